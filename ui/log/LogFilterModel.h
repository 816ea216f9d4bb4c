#pragma once

#include <QAbstractProxyModel>
#include <deque>

class LogLineModel;

// What one log tab shows: one host or all, one stream or both, lines containing a text.
//
// Not a QSortFilterProxyModel: that one renumbers its whole mapping whenever the oldest
// source lines are dropped, which at a 100,000-line cap and a tab per host took most of
// the UI thread during a flood. The log only ever grows at the end and shrinks at the
// front, so this filter keeps the serial numbers of the lines it shows and pays only for
// the lines that arrive or leave.
class LogFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum class Streams { Both, StdoutOnly, StderrOnly };

    explicit LogFilterModel(LogLineModel *lines, QObject *parent = nullptr);

    void setHost(const QString &host); // empty: every host
    QString host() const { return m_host; }
    void setStreams(Streams streams);
    void setText(const QString &text); // case-insensitive substring; empty: every line
    bool accepts(int sourceRow) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void refilter();
    void resolveHost();
    void collect(int first, int last, std::deque<qint64> &into);

    LogLineModel *m_lines;
    std::deque<qint64> m_serials; // of the shown lines, ascending
    QString m_host;
    int m_hostId = -1; // the line model's number for m_host, once it has a line of it
    Streams m_streams = Streams::Both;
    QString m_text;
};
