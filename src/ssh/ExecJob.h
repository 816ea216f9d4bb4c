#pragma once

#include "CommandRunner.h"

#include <QObject>
#include <QVector>

#include <atomic>
#include <thread>

Q_DECLARE_METATYPE(nb::OutputLines)
Q_DECLARE_METATYPE(nb::CommandResult)
Q_DECLARE_METATYPE(QVector<nb::CommandResult>)

namespace nb {

class SshPool;

// A command on one or many hosts, started from the GUI thread and reported back to it:
// output arrives as batches (linesReady) through queued signals, never one per byte,
// and the GUI thread never blocks. Deleting the job cancels it and waits for the
// (prompt) cancellation, so no signal outlives the job.
class ExecJob : public QObject
{
    Q_OBJECT

public:
    ExecJob(SshPool &pool, QObject *parent = nullptr);
    ~ExecJob() override;

    // Starts once; the options' cancel token is replaced by the job's own.
    void start(const QVector<SshEndpoint> &endpoints, const ShellCommand &command,
               const CommandOptions &options = {});
    void cancel();
    bool isRunning() const;

signals:
    void linesReady(const nb::OutputLines &batch);
    // All hosts done; results in the order of the endpoints.
    void finished(const QVector<nb::CommandResult> &results);

private:
    SshPool &m_pool;
    CancelToken m_cancel;
    std::thread m_thread;
    bool m_started = false;
    std::atomic<bool> m_running{false};
};

} // namespace nb
