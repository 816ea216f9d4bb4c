#include "LogFilterModel.h"

#include "LogLineModel.h"

#include <algorithm>

LogFilterModel::LogFilterModel(LogLineModel *lines, QObject *parent)
    : QAbstractProxyModel(parent), m_lines(lines)
{
    setSourceModel(lines);
    connect(lines, &QAbstractItemModel::rowsInserted, this, &LogFilterModel::onRowsInserted);
    connect(lines, &QAbstractItemModel::rowsAboutToBeRemoved, this, &LogFilterModel::onRowsAboutToBeRemoved);
    connect(lines, &QAbstractItemModel::modelAboutToBeReset, this, &LogFilterModel::beginResetModel);
    connect(lines, &QAbstractItemModel::modelReset, this, [this] {
        m_serials.clear();
        collect(0, m_lines->rowCount() - 1, m_serials);
        endResetModel();
    });
    collect(0, lines->rowCount() - 1, m_serials);
}

void LogFilterModel::setHost(const QString &host)
{
    if (host == m_host)
        return;
    m_host = host;
    m_hostId = -1;
    refilter();
}

void LogFilterModel::setStreams(Streams streams)
{
    if (streams == m_streams)
        return;
    m_streams = streams;
    refilter();
}

void LogFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    refilter();
}

void LogFilterModel::resolveHost()
{
    if (m_hostId < 0 && !m_host.isEmpty())
        m_hostId = m_lines->hostId(m_host);
}

// Every tab looks at every arriving line, so the host is compared by number, not by name.
bool LogFilterModel::accepts(int sourceRow) const
{
    if (!m_host.isEmpty() && m_lines->hostIdAt(sourceRow) != m_hostId)
        return false;
    if (m_streams != Streams::Both && m_lines->isStderrAt(sourceRow) != (m_streams == Streams::StderrOnly))
        return false;
    return m_text.isEmpty() || m_lines->textAt(sourceRow).contains(m_text, Qt::CaseInsensitive);
}

void LogFilterModel::collect(int first, int last, std::deque<qint64> &into)
{
    resolveHost();
    const qint64 base = m_lines->firstSerial();
    for (int row = first; row <= last; ++row) {
        if (accepts(row))
            into.push_back(base + row);
    }
}

void LogFilterModel::refilter()
{
    beginResetModel();
    m_serials.clear();
    collect(0, m_lines->rowCount() - 1, m_serials);
    endResetModel();
}

void LogFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::deque<qint64> added;
    collect(first, last, added);
    if (added.empty())
        return;
    const int at = int(m_serials.size());
    beginInsertRows(QModelIndex(), at, at + int(added.size()) - 1);
    m_serials.insert(m_serials.end(), added.begin(), added.end());
    endInsertRows();
}

void LogFilterModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // The line model only drops its oldest lines, so the shown lines that go are a prefix.
    const qint64 base = m_lines->firstSerial();
    const auto from = std::lower_bound(m_serials.begin(), m_serials.end(), base + first);
    const auto to = std::upper_bound(from, m_serials.end(), base + last);
    if (from == to)
        return;
    const int row = int(from - m_serials.begin());
    beginRemoveRows(QModelIndex(), row, row + int(to - from) - 1);
    m_serials.erase(from, to);
    endRemoveRows();
}

QModelIndex LogFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex LogFilterModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

int LogFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_serials.size());
}

int LogFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_lines->columnCount();
}

bool LogFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_serials.empty();
}

QModelIndex LogFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return QModelIndex();
    return m_lines->index(int(m_serials[std::size_t(proxyIndex.row())] - m_lines->firstSerial()), proxyIndex.column());
}

QModelIndex LogFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return QModelIndex();
    const qint64 serial = m_lines->firstSerial() + sourceIndex.row();
    const auto found = std::lower_bound(m_serials.begin(), m_serials.end(), serial);
    if (found == m_serials.end() || *found != serial)
        return QModelIndex();
    return createIndex(int(found - m_serials.begin()), sourceIndex.column());
}
