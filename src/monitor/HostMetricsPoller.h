#pragma once

#include "HostMetrics.h"

#include <adapters/RuntimeAdapter.h>
#include <ssh/CommandRunner.h>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVector>

#include <memory>

namespace nb {

// One host's answer to one poll, delivered on the poller's thread.
struct HostReading
{
    QString node;
    bool answered = false; // the metrics command ran on the host
    QString error;         // why it did not, for a person (names the host)
    HostMetrics metrics;   // cpuPercent is filled in by whoever keeps the previous read
    bool hasRuntime = false;
    RuntimeStatus runtime; // the runtime adapter's view of the node's process
    qint64 timeMs = 0;     // epoch ms when the answer came
    qint64 durationMs = 0; // the whole poll of this host, connecting included
};

// Reads host metrics and the runtime's state of many hosts over a CommandRunner, each
// host on a worker thread (the runner blocks). A host whose previous poll is still
// running is skipped, so a slow or dead host costs one thread, never a growing queue.
// Results come back by queued call; a poller destroyed first simply never hears them.
class HostMetricsPoller : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString node;
        SshEndpoint endpoint;
        QString dataPath; // whose filesystem df reports
        AppNode appNode;  // what the runtime adapter is asked about
    };

    // The runtime adapter may be null (host figures only); when set it must use runner.
    HostMetricsPoller(std::shared_ptr<CommandRunner> runner, QObject *parent = nullptr);
    ~HostMetricsPoller() override;

    void setTargets(const QVector<Target> &targets, std::shared_ptr<RuntimeAdapter> runtime);
    void setCommandTimeout(int ms) { m_timeoutMs = ms; }

    // Starts a read on every host that has none running; returns how many started.
    int pollNow();
    int inFlight() const { return int(m_inFlight.size()); }
    // Polls not started because the host's previous one was still running.
    int skippedPolls() const { return m_skipped; }
    // Cancels every read in flight; their results are dropped.
    void cancel();

signals:
    void hostRead(const nb::HostReading &reading);

private:
    struct Shared;
    void deliver(const HostReading &reading, quint64 generation);

    std::shared_ptr<Shared> m_shared;
    std::shared_ptr<RuntimeAdapter> m_runtime;
    QVector<Target> m_targets;
    QSet<QString> m_inFlight;
    int m_skipped = 0;
    int m_timeoutMs = 5000;
};

} // namespace nb

Q_DECLARE_METATYPE(nb::HostReading)
