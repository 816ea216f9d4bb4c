#include "ExecJob.h"

#include "SshPool.h"

namespace nb {

ExecJob::ExecJob(SshPool &pool, QObject *parent) : QObject(parent), m_pool(pool)
{
    qRegisterMetaType<nb::OutputLines>();
    qRegisterMetaType<nb::CommandResult>();
    qRegisterMetaType<QVector<nb::CommandResult>>();
}

ExecJob::~ExecJob()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void ExecJob::start(const QVector<SshEndpoint> &endpoints, const ShellCommand &command,
                    const CommandOptions &options)
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    CommandOptions own = options;
    own.cancel = m_cancel;
    // Signals emitted on this thread reach receivers in the GUI thread queued.
    m_thread = std::thread([this, endpoints, command, own] {
        const QVector<CommandResult> results = m_pool.runOnAll(
            endpoints, command, own, [this](const OutputLines &batch) { emit linesReady(batch); });
        m_running = false;
        emit finished(results);
    });
}

void ExecJob::cancel()
{
    m_cancel.cancel();
}

bool ExecJob::isRunning() const
{
    return m_running;
}

} // namespace nb
