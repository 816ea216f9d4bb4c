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
class LogLineBatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int QuietMs = 10;
    static constexpr int MaxDelayMs = 40;

    explicit LogLineBatcher(QObject *parent = nullptr);

    // Safe from any thread.
    void append(const nb::OutputLines &lines);
    // A sink for CommandRunner::run; the batcher must outlive the commands that use it.
    nb::LineSink sink();

signals:
    void linesReady(const nb::OutputLines &lines);

private:
    void arm();
    void onQuietTimeout();
    void flush();

    QMutex m_mutex;
    nb::OutputLines m_pending;
    QElapsedTimer m_clock;
    std::atomic<qint64> m_lastAppendMs{0};
    QTimer m_quiet;
    QTimer m_maxDelay;
};
