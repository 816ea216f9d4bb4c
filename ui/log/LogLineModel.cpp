#include "LogLineModel.h"

#include "OffThreadRelease.h"

#include <style/StatusColors.h>

#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

#include <utility>
#include <vector>

LogLineModel::LogLineModel(QObject *parent) : QAbstractTableModel(parent) {}

quint16 LogLineModel::hostIndex(const QString &host)
{
    auto found = m_hostIndex.constFind(host);
    if (found != m_hostIndex.constEnd())
        return *found;
    const auto index = quint16(m_hosts.size());
    m_hosts.append(host);
    m_hostIndex.insert(host, index);
    emit hostAdded(host);
    return index;
}

int LogLineModel::hostId(const QString &host) const
{
    const auto found = m_hostIndex.constFind(host);
    return found == m_hostIndex.constEnd() ? -1 : int(*found);
}

void LogLineModel::addHost(const QString &host)
{
    hostIndex(host);
}

void LogLineModel::appendLines(const nb::OutputLines &lines)
{
    if (lines.isEmpty())
        return;
    m_total += lines.size();
    // A batch larger than the cap keeps only its tail; the rest is counted as dropped.
    const int skip = qMax(0, int(lines.size()) - m_cap);
    const int incoming = int(lines.size()) - skip;
    m_dropped += skip;
    const int overflow = int(m_records.size()) + incoming - m_cap;
    if (overflow > 0)
        dropOldest(overflow);

    // New hosts are announced before the insert starts: a listener may add a view of the
    // model, which must not see it half-changed.
    QVector<quint16> hosts(incoming);
    for (int i = 0; i < incoming; ++i)
        hosts[i] = hostIndex(lines.at(skip + i).host);

    const int first = int(m_records.size());
    beginInsertRows(QModelIndex(), first, first + incoming - 1);
    for (int i = 0; i < incoming; ++i) {
        const nb::OutputLine &line = lines.at(skip + i);
        m_records.push_back({line.timeMs, line.text, hosts.at(i), line.stream == nb::OutputLine::Stream::Stderr});
    }
    endInsertRows();
}

void LogLineModel::countDropped(qint64 lines)
{
    m_total += lines;
    m_dropped += lines;
}

void LogLineModel::dropOldest(int count)
{
    count = qMin(count, int(m_records.size()));
    if (count <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, count - 1);
    std::vector<Record> dropped(std::make_move_iterator(m_records.begin()),
                                std::make_move_iterator(m_records.begin() + count));
    m_records.erase(m_records.begin(), m_records.begin() + count);
    releaseOffUiThread(std::move(dropped));
    m_firstSerial += count;
    endRemoveRows();
    m_dropped += count;
}

void LogLineModel::clear()
{
    beginResetModel();
    m_firstSerial += qint64(m_records.size());
    releaseOffUiThread(std::exchange(m_records, {}));
    endResetModel();
}

void LogLineModel::setLineCap(int cap)
{
    m_cap = qMax(1, cap);
    dropOldest(int(m_records.size()) - m_cap);
}

int LogLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int LogLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogLineModel::timeText(qint64 timeMs) const
{
    const qint64 second = timeMs / 1000;
    if (second != m_cachedSecond) {
        m_cachedSecond = second;
        m_cachedSecondText = QDateTime::fromMSecsSinceEpoch(second * 1000).toString(QStringLiteral("HH:mm:ss"));
    }
    return m_cachedSecondText + QLatin1Char('.') + QString::number(timeMs % 1000).rightJustified(3, QLatin1Char('0'));
}

QVariant LogLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Record &record = m_records[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(record.timeMs);
        case HostColumn:
            return m_hosts.at(record.host);
        case StreamColumn:
            // The marker carries the stream for people who cannot tell the colours apart.
            return record.stderrStream ? tr("err") : tr("out");
        case TextColumn:
            return record.text;
        }
        break;
    case Qt::ForegroundRole:
        if (record.stderrStream)
            return StatusColors::forRole(StatusColors::Role::StandardError, QGuiApplication::palette());
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == StreamColumn)
            return record.stderrStream ? tr("standard error") : tr("standard output");
        break;
    case HostRole:
        return m_hosts.at(record.host);
    case IsStderrRole:
        return record.stderrStream;
    case TimeMsRole:
        return record.timeMs;
    case LineTextRole:
        return record.text;
    default:
        break;
    }
    return QVariant();
}

QVariant LogLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case HostColumn:
        return tr("Host");
    case StreamColumn:
        return tr("Stream");
    case TextColumn:
        return tr("Output");
    }
    return QVariant();
}

QString LogLineModel::lineAsText(int row) const
{
    const Record &record = m_records[std::size_t(row)];
    return QStringLiteral("%1  %2  %3%4")
        .arg(timeText(record.timeMs), m_hosts.at(record.host),
             record.stderrStream ? QStringLiteral("[err] ") : QString(), record.text);
}
