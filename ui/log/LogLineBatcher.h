#pragma once

#include <ssh/CommandRunner.h>

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <atomic>
#include <deque>

class LogLineModel;

// The flood guard between the hosts' worker threads and the log view: batches from any
// thread are queued here and handed on when output has been quiet for 10 ms, or at the
// latest 40 ms after the first waiting line. Many hosts' batches become one model insert.
//
// Under a flood the UI thread must keep turning, so neither side waits for the other:
// a producer only queues its batch (a shared, reference-counted vector) under the lock,
// never copying or formatting there; the UI thread takes off the queue only what about
// TurnBudgetMs of model work can show, hands it on, and returns to the event loop before
// taking more. The backlog is bounded: lines older than the backlog limit would only be
// pushed out of the view's cap anyway, so they are dropped here and announced as dropped
// (the run journal, written before the sink, keeps them).
class LogLineBatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int QuietMs = 10;
    static constexpr int MaxDelayMs = 40;
    // Model work per event-loop turn. Small on purpose: on a machine whose cores are
    // busy with the hosts' threads, a longer turn is cut into scheduler slices and the
    // wait between those slices multiplies the stall the operator sees.
    static constexpr int TurnBudgetMs = 4;
    // However cheap or dear lines seem, a turn moves at least the first and at most the
    // second number of lines.
    static constexpr int MinSlice = 100;
    static constexpr int MaxSlice = 20000;

    explicit LogLineBatcher(QObject *parent = nullptr);

    // Hands the model every line, every new host and the count of dropped lines.
    void feed(LogLineModel *model);

    // Safe from any thread.
    void append(const nb::OutputLines &lines);
    // A sink for CommandRunner::run; the batcher must outlive the commands that use it.
    nb::LineSink sink();
    void setBacklogLimit(int lines);
    // Lines queued and not yet handed on.
    qint64 waitingLines() const;

signals:
    // Each host once, before any of its lines, even when the backlog drops all of them.
    void hostSeen(const QString &host);
    void linesReady(const nb::OutputLines &lines);
    void linesDropped(qint64 count);

private:
    void arm();
    void onQuietTimeout();
    void handOver();

    mutable QMutex m_mutex;
    // Guarded by m_mutex.
    std::deque<nb::OutputLines> m_queue;
    int m_frontTaken = 0; // lines at the head of m_queue.front() already handed on or dropped
    qint64 m_waiting = 0;
    qint64 m_droppedPending = 0;
    int m_backlogLimit = 100000;
    bool m_scheduled = false; // a hand-over is armed or running; producers need not wake it
    // A worker's batch holds one host's lines, so the first line names the batch's host.
    QSet<QString> m_knownHosts;
    QStringList m_newHosts;

    // UI thread only.
    double m_msPerLine = 0.01; // what a line cost the receivers lately; cautious at first
    QElapsedTimer m_clock;
    std::atomic<qint64> m_lastAppendMs{0};
    QTimer m_quiet;
    QTimer m_maxDelay;
    QTimer m_nextTurn; // takes the next slice once the event loop has run
};
