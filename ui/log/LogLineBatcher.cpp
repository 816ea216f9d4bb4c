#include "LogLineBatcher.h"

#include <QMutexLocker>

LogLineBatcher::LogLineBatcher(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_quiet.setSingleShot(true);
    m_quiet.setTimerType(Qt::PreciseTimer);
    m_maxDelay.setSingleShot(true);
    m_maxDelay.setTimerType(Qt::PreciseTimer);
    connect(&m_quiet, &QTimer::timeout, this, &LogLineBatcher::onQuietTimeout);
    connect(&m_maxDelay, &QTimer::timeout, this, &LogLineBatcher::flush);
}

void LogLineBatcher::append(const nb::OutputLines &lines)
{
    if (lines.isEmpty())
        return;
    bool wasEmpty = false;
    {
        QMutexLocker lock(&m_mutex);
        wasEmpty = m_pending.isEmpty();
        m_pending += lines;
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
    nb::OutputLines batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
    }
    m_quiet.stop();
    m_maxDelay.stop();
    if (!batch.isEmpty())
        emit linesReady(batch);
}
