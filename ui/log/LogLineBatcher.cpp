#include "LogLineBatcher.h"

#include "LogLineModel.h"
#include "OffThreadRelease.h"

#include <QMutexLocker>

namespace {

// A run of lines inside a queued batch; holding the batch keeps its lines alive.
struct Piece
{
    nb::OutputLines lines;
    int from;
    int count;
};

} // namespace

LogLineBatcher::LogLineBatcher(QObject *parent) : QObject(parent)
{
    m_clock.start();
    for (QTimer *timer : {&m_quiet, &m_maxDelay, &m_nextTurn}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_quiet, &QTimer::timeout, this, &LogLineBatcher::onQuietTimeout);
    connect(&m_maxDelay, &QTimer::timeout, this, &LogLineBatcher::handOver);
    connect(&m_nextTurn, &QTimer::timeout, this, &LogLineBatcher::handOver);
}

void LogLineBatcher::setBacklogLimit(int lines)
{
    QMutexLocker lock(&m_mutex);
    m_backlogLimit = qMax(1, lines);
}

qint64 LogLineBatcher::waitingLines() const
{
    QMutexLocker lock(&m_mutex);
    return m_waiting;
}

void LogLineBatcher::feed(LogLineModel *model)
{
    connect(this, &LogLineBatcher::hostSeen, model, &LogLineModel::addHost);
    connect(this, &LogLineBatcher::linesReady, model, &LogLineModel::appendLines);
    connect(this, &LogLineBatcher::linesDropped, model, &LogLineModel::countDropped);
}

void LogLineBatcher::append(const nb::OutputLines &lines)
{
    if (lines.isEmpty())
        return;
    // Batches pushed out of the backlog are released after the lock: freeing thousands of
    // strings must not hold up the other hosts or the UI thread.
    std::vector<nb::OutputLines> overflow;
    bool wake = false;
    {
        QMutexLocker lock(&m_mutex);
        const QString &host = lines.first().host;
        if (!m_knownHosts.contains(host)) {
            m_knownHosts.insert(host);
            m_newHosts.append(host);
        }
        m_queue.push_back(lines);
        m_waiting += lines.size();
        while (m_waiting > m_backlogLimit) {
            const qint64 excess = m_waiting - m_backlogLimit;
            const int left = int(m_queue.front().size()) - m_frontTaken;
            const int drop = int(qMin<qint64>(excess, left));
            m_droppedPending += drop;
            m_waiting -= drop;
            if (drop == left) {
                overflow.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
                m_frontTaken = 0;
            } else {
                m_frontTaken += drop;
            }
        }
        wake = !m_scheduled;
        m_scheduled = true;
    }
    // Timers belong to this object's thread. Only the first batch after a pause crosses
    // over to start them; later ones just move the quiet mark, which the quiet timer reads.
    m_lastAppendMs.store(m_clock.elapsed(), std::memory_order_relaxed);
    if (wake)
        QMetaObject::invokeMethod(this, &LogLineBatcher::arm, Qt::QueuedConnection);
}

nb::LineSink LogLineBatcher::sink()
{
    return [this](const nb::OutputLines &lines) { append(lines); };
}

void LogLineBatcher::arm()
{
    if (m_nextTurn.isActive())
        return; // a backlog is being handed on already
    if (!m_maxDelay.isActive())
        m_maxDelay.start(MaxDelayMs);
    m_quiet.start(QuietMs);
}

void LogLineBatcher::onQuietTimeout()
{
    const qint64 quietFor = m_clock.elapsed() - m_lastAppendMs.load(std::memory_order_relaxed);
    if (quietFor >= QuietMs)
        handOver();
    else
        m_quiet.start(int(QuietMs - quietFor));
}

void LogLineBatcher::handOver()
{
    QElapsedTimer turn;
    turn.start();
    m_quiet.stop();
    m_maxDelay.stop();
    const int slice = int(qBound<double>(MinSlice, TurnBudgetMs / m_msPerLine, MaxSlice));
    std::vector<Piece> pieces;
    int taken = 0;
    qint64 dropped = 0;
    bool more = false;
    QStringList newHosts;
    {
        // Only reference counts change hands here; copying lines waits for the unlock.
        QMutexLocker lock(&m_mutex);
        while (taken < slice && !m_queue.empty()) {
            nb::OutputLines &front = m_queue.front();
            const int left = int(front.size()) - m_frontTaken;
            const int count = qMin(left, slice - taken);
            pieces.push_back({front, m_frontTaken, count});
            taken += count;
            m_waiting -= count;
            if (count == left) {
                m_queue.pop_front();
                m_frontTaken = 0;
            } else {
                m_frontTaken += count;
            }
        }
        newHosts.swap(m_newHosts);
        dropped = m_droppedPending;
        m_droppedPending = 0;
        more = !m_queue.empty();
        if (!more)
            m_scheduled = false;
    }
    for (const QString &host : std::as_const(newHosts))
        emit hostSeen(host);
    if (dropped > 0)
        emit linesDropped(dropped);
    if (taken > 0) {
        {
            nb::OutputLines batch;
            const Piece &first = pieces.front();
            if (pieces.size() == 1 && first.from == 0 && first.count == first.lines.size()) {
                batch = first.lines;
            } else {
                batch.reserve(taken);
                for (const Piece &piece : pieces) {
                    for (int i = piece.from; i < piece.from + piece.count; ++i)
                        batch.append(piece.lines.at(i));
                }
            }
            emit linesReady(batch);
        } // the batch lets go of the workers' vectors before they leave for the release thread
        releaseOffUiThread(std::move(pieces));
        // Wall time, not CPU time: what the operator waits for is the wall clock. A turn
        // the scheduler cut short makes the next slices smaller, which is what helps then.
        const double msPerLine = turn.nsecsElapsed() / 1e6 / taken;
        m_msPerLine = 0.7 * m_msPerLine + 0.3 * msPerLine;
    }
    if (more)
        m_nextTurn.start(0);
}
