#include "LogLineBatcher.h"

#include <QMutexLocker>

LogLineBatcher::LogLineBatcher(QObject *parent) : QObject(parent)
{
    m_clock.start();
    for (QTimer *timer : {&m_quiet, &m_maxDelay, &m_drain}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_quiet, &QTimer::timeout, this, &LogLineBatcher::onQuietTimeout);
    connect(&m_maxDelay, &QTimer::timeout, this, &LogLineBatcher::flush);
    connect(&m_drain, &QTimer::timeout, this, &LogLineBatcher::flush);
}

void LogLineBatcher::setBacklogLimit(int lines)
{
    QMutexLocker lock(&m_mutex);
    m_backlogLimit = qMax(1, lines);
}

void LogLineBatcher::append(const nb::OutputLines &lines)
{
    if (lines.isEmpty())
        return;
    bool wasEmpty = false;
    {
        QMutexLocker lock(&m_mutex);
        wasEmpty = m_pending.size() == m_pendingStart;
        m_pending += lines;
        const int excess = int(m_pending.size()) - m_pendingStart - m_backlogLimit;
        if (excess > 0) {
            m_pendingStart += excess;
            m_droppedPending += excess;
        }
        // Reclaim the handed-on front once it is most of the buffer.
        if (m_pendingStart > m_pending.size() / 2) {
            m_pending.remove(0, m_pendingStart);
            m_pendingStart = 0;
        }
    }
    // Timers belong to this object's thread. Only the first line of a batch crosses over to
    // start them; later lines just move the quiet mark, which the quiet timer reads.
    m_lastAppendMs.store(m_clock.elapsed(), std::memory_order_relaxed);
    if (wasEmpty)
        QMetaObject::invokeMethod(this, &LogLineBatcher::arm, Qt::QueuedConnection);
}

nb::LineSink LogLineBatcher::sink()
{
    return [this](const nb::OutputLines &lines) { append(lines); };
}

void LogLineBatcher::arm()
{
    if (m_drain.isActive())
        return; // a backlog is being handed on already
    if (!m_maxDelay.isActive())
        m_maxDelay.start(MaxDelayMs);
    m_quiet.start(QuietMs);
}

void LogLineBatcher::onQuietTimeout()
{
    const qint64 quietFor = m_clock.elapsed() - m_lastAppendMs.load(std::memory_order_relaxed);
    if (quietFor >= QuietMs)
        flush();
    else
        m_quiet.start(int(QuietMs - quietFor));
}

void LogLineBatcher::flush()
{
    m_quiet.stop();
    m_maxDelay.stop();
    nb::OutputLines slice;
    qint64 dropped = 0;
    bool more = false;
    {
        QMutexLocker lock(&m_mutex);
        const int waiting = int(m_pending.size()) - m_pendingStart;
        const int take = qMin(waiting, m_slice);
        if (take == waiting && m_pendingStart == 0) {
            slice.swap(m_pending);
        } else {
            slice = m_pending.mid(m_pendingStart, take);
            m_pendingStart += take;
        }
        if (m_pendingStart == m_pending.size()) {
            m_pending.clear();
            m_pendingStart = 0;
        }
        more = m_pending.size() > m_pendingStart;
        dropped = m_droppedPending;
        m_droppedPending = 0;
    }
    if (dropped > 0)
        emit linesDropped(dropped);
    if (!slice.isEmpty()) {
        QElapsedTimer took;
        took.start();
        emit linesReady(slice);
        // Grow or shrink the next slice so one hand-over costs about SliceTargetMs.
        const double ms = qMax<double>(0.5, took.nsecsElapsed() / 1e6);
        if (slice.size() == m_slice || ms > SliceTargetMs)
            m_slice = qBound(200, int(m_slice * qBound(0.5, SliceTargetMs / ms, 2.0)), 50000);
    }
    if (more)
        m_drain.start(0);
}
