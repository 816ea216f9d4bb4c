#include "LogFilterModel.h"

#include "LogLineModel.h"

LogFilterModel::LogFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Lines never change once written; only inserts and removals need to be followed.
    setDynamicSortFilter(false);
}

void LogFilterModel::setHost(const QString &host)
{
    if (host == m_host)
        return;
    m_host = host;
    invalidateRowsFilter();
}

void LogFilterModel::setStreams(Streams streams)
{
    if (streams == m_streams)
        return;
    m_streams = streams;
    invalidateRowsFilter();
}

void LogFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_host.isEmpty() && index.data(LogLineModel::HostRole).toString() != m_host)
        return false;
    if (m_streams != Streams::Both) {
        const bool isStderr = index.data(LogLineModel::IsStderrRole).toBool();
        if (isStderr != (m_streams == Streams::StderrOnly))
            return false;
    }
    return m_text.isEmpty()
        || index.data(LogLineModel::LineTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}
