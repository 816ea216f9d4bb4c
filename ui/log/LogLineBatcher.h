#pragma once

#include <ssh/CommandRunner.h>

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QTimer>
#include <atomic>

// The flood guard between the hosts' worker threads and the log view: lines from any
// thread are queued here and handed on as one batch when output has been quiet for
// 10 ms, or at the latest 40 ms after the first waiting line. A flood of a thousand
// tiny writes becomes a few dozen model inserts a second, and a quiet host's last line
// still shows at once.
//
// When hosts write faster than the view can take lines, the hand-over is cut into
// slices sized to about 15 ms of work each, with the event loop running in between, and
// the backlog is bounded: lines older than the backlog limit would only be pushed out of
// the view's cap anyway, so they are dropped here and announced as dropped (the run
// journal, written before the sink, keeps them).
class LogLineBatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int QuietMs = 10;
    static constexpr int MaxDelayMs = 40;
    static constexpr int SliceTargetMs = 15;

    explicit LogLineBatcher(QObject *parent = nullptr);

    // Safe from any thread.
    void append(const nb::OutputLines &lines);
    // A sink for CommandRunner::run; the batcher must outlive the commands that use it.
    nb::LineSink sink();
    void setBacklogLimit(int lines);

signals:
    void linesReady(const nb::OutputLines &lines);
    void linesDropped(qint64 count);

private:
    void arm();
    void onQuietTimeout();
    void flush();

    QMutex m_mutex;
    nb::OutputLines m_pending; // lines before m_pendingStart are already handed on
    int m_pendingStart = 0;
    int m_backlogLimit = 100000;
    qint64 m_droppedPending = 0;
    int m_slice = 2000; // lines per hand-over, adapted to how long the last one took
    QElapsedTimer m_clock;
    std::atomic<qint64> m_lastAppendMs{0};
    QTimer m_quiet;
    QTimer m_maxDelay;
    QTimer m_drain; // hands on the next slice once the event loop has run
};
