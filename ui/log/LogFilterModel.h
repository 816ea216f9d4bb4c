#pragma once

#include <QSortFilterProxyModel>

// What one log tab shows: one host or all, one stream or both, lines containing a text.
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Streams { Both, StdoutOnly, StderrOnly };

    explicit LogFilterModel(QObject *parent = nullptr);

    void setHost(const QString &host); // empty: every host
    QString host() const { return m_host; }
    void setStreams(Streams streams);
    void setText(const QString &text); // case-insensitive substring; empty: every line

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_host;
    Streams m_streams = Streams::Both;
    QString m_text;
};
