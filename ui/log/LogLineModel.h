#pragma once

#include <ssh/CommandRunner.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <deque>

// Output lines of every host, newest last, with bounded memory: past the cap the oldest
// lines are dropped with one remove (the run journal keeps every line). Lines arrive in
// batches and each batch is one insert; display text is built only when a view asks.
class LogLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, HostColumn, StreamColumn, TextColumn, ColumnCount };
    enum Role { HostRole = Qt::UserRole + 1, IsStderrRole, TimeMsRole, LineTextRole };

    explicit LogLineModel(QObject *parent = nullptr);

    void appendLines(const nb::OutputLines &lines);
    // A host whose lines may all have been dropped upstream still gets its tab.
    void addHost(const QString &host);
    // Lines that never reached the model (dropped upstream in a flood) still count.
    void countDropped(qint64 lines);
    void clear();
    void setLineCap(int cap);
    int lineCap() const { return m_cap; }
    // Every line ever appended, and how many of them the cap pushed out.
    qint64 totalLines() const { return m_total; }
    qint64 droppedLines() const { return m_dropped; }
    QStringList hosts() const { return m_hosts; }

    // Fast access for filters, which look at every line once as it arrives.
    const QString &hostAt(int row) const { return m_hosts.at(m_records[std::size_t(row)].host); }
    int hostIdAt(int row) const { return m_records[std::size_t(row)].host; }
    int hostId(const QString &host) const; // -1: not known yet
    bool isStderrAt(int row) const { return m_records[std::size_t(row)].stderrStream; }
    const QString &textAt(int row) const { return m_records[std::size_t(row)].text; }
    // Every line gets a serial number that never changes: row r holds serial firstSerial() + r.
    // Filters keep serials, so dropping the oldest lines never renumbers what they hold.
    qint64 firstSerial() const { return m_firstSerial; }

    // "12:00:01.250  app-1  [err] text": one line as copied or saved.
    QString lineAsText(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void hostAdded(const QString &host);

private:
    // 24 bytes plus the shared text: a million lines stay cheap.
    struct Record
    {
        qint64 timeMs;
        QString text;
        quint16 host; // index into m_hosts
        bool stderrStream;
    };

    quint16 hostIndex(const QString &host);
    void dropOldest(int count);
    QString timeText(qint64 timeMs) const;

    std::deque<Record> m_records;
    QStringList m_hosts;
    QHash<QString, quint16> m_hostIndex;
    int m_cap = 100000;
    qint64 m_total = 0;
    qint64 m_dropped = 0;
    qint64 m_firstSerial = 0;
    // Converting to local time asks the C library, which checks the zone file on every
    // call; a flood's lines share their second, so the second's text is kept.
    mutable qint64 m_cachedSecond = -1;
    mutable QString m_cachedSecondText;
};
