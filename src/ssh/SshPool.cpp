#include "SshPool.h"

#include "HttpTunnel.h"
#include "RemoteCommand.h"
#include "SecretMasker.h"
#include "SftpTransfer.h"
#include "SshConnection.h"
#include "SshWorker.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <condition_variable>
#include <future>

namespace nb {

namespace {

QString workerKey(const SshEndpoint &endpoint)
{
    return QStringList{endpoint.label, endpoint.host, QString::number(endpoint.port), endpoint.user,
                       endpoint.identityFile, endpoint.knownHostsFile, endpoint.proxyCommand,
                       endpoint.sshConfigFile}
        .join(QChar(0x1f));
}

CommandResult notConnected(const QString &error)
{
    CommandResult result;
    result.outcome = CommandResult::Outcome::NotRun;
    result.error = error;
    return result;
}

} // namespace

SshPool::SshPool(SshPolicy policy) : m_policy(std::move(policy)) {}

SshPool::~SshPool()
{
    cancelAll();
    std::lock_guard lock(m_mutex);
    for (auto &entry : m_workers)
        entry.second->requestStop();
    m_workers.clear();
}

SshWorker &SshPool::workerFor(const SshEndpoint &endpoint)
{
    std::lock_guard lock(m_mutex);
    auto &worker = m_workers[workerKey(endpoint)];
    if (!worker)
        worker = std::make_unique<SshWorker>(endpoint, m_policy);
    return *worker;
}

void SshPool::postOnConnection(const SshEndpoint &endpoint, std::function<void(SshConnection &)> work,
                               std::function<void(const QString &)> failed)
{
    workerFor(endpoint).post([work = std::move(work), failed = std::move(failed)](SshConnection &connection) {
        const QString error = connection.ensureOpen();
        if (error.isEmpty())
            work(connection);
        else
            failed(error);
    });
}

void SshPool::onConnection(const SshEndpoint &endpoint, const std::function<void(SshConnection &)> &work,
                           const std::function<void(const QString &)> &failed)
{
    std::promise<void> done;
    postOnConnection(
        endpoint,
        [&](SshConnection &connection) {
            work(connection);
            done.set_value();
        },
        [&](const QString &error) {
            failed(error);
            done.set_value();
        });
    done.get_future().wait();
}

void SshPool::startRun(const SshEndpoint &endpoint, const ShellCommand &command, const CommandOptions &options,
                       const LineSink &sink, std::function<void(CommandResult)> finished)
{
    if (!command.isValid()) {
        finished(notConnected(endpoint.label + QLatin1String(": ") + command.errorString()));
        return;
    }
    if (options.cancel.isCancelled()) {
        CommandResult result = notConnected(endpoint.label + QLatin1String(": ")
                                            + QCoreApplication::translate("nb::SshPool", "cancelled before it started."));
        result.outcome = CommandResult::Outcome::Cancelled;
        finished(std::move(result));
        return;
    }
    QElapsedTimer clock;
    clock.start();
    track(options.cancel);
    const auto complete = [this, cancel = options.cancel, clock, finished = std::move(finished)](CommandResult result) {
        untrack(cancel);
        result.durationMs = clock.elapsed(); // what the operator waited: connecting included
        finished(std::move(result));
    };
    postOnConnection(
        endpoint,
        [command, options, sink, complete](SshConnection &connection) {
            RemoteCommand first(connection, command, options, sink);
            CommandResult result = first.run();
            // A reused session the host has dropped meanwhile fails before anything
            // ran: one fresh connection, one more try.
            if (first.failedBeforeStart() && connection.open().isEmpty())
                result = RemoteCommand(connection, command, options, sink).run();
            if (result.outcome == CommandResult::Outcome::Disconnected)
                connection.close();
            complete(std::move(result));
        },
        [secrets = options.secrets, complete](const QString &error) {
            complete(notConnected(SecretMasker(secrets).mask(error)));
        });
}

CommandResult SshPool::run(const SshEndpoint &endpoint, const ShellCommand &command,
                           const CommandOptions &options, const LineSink &sink)
{
    std::promise<CommandResult> result;
    startRun(endpoint, command, options, sink, [&result](CommandResult done) { result.set_value(std::move(done)); });
    return result.get_future().get();
}

QVector<CommandResult> SshPool::runOnAll(const QVector<SshEndpoint> &endpoints, const ShellCommand &command,
                                         const CommandOptions &options, const LineSink &sink)
{
    QVector<CommandResult> results(endpoints.size());
    std::mutex sinkMutex;
    const LineSink serialSink = !sink ? LineSink() : LineSink([&](const OutputLines &batch) {
        std::lock_guard lock(sinkMutex);
        sink(batch);
    });

    // Each host's run goes straight to its worker; this thread only hands them out, at
    // most the limit at a time, and waits. No thread per host just to wait: under a
    // fan-out every thread made costs the machine the hosts are competing for.
    std::mutex stateMutex;
    std::condition_variable changed;
    int running = 0;
    qsizetype finished = 0;
    const int limit = std::max(1, m_policy.maxParallelHosts);
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        {
            std::unique_lock lock(stateMutex);
            changed.wait(lock, [&] { return running < limit; });
            ++running;
        }
        startRun(endpoints.at(i), command, options, serialSink, [&, i](CommandResult result) {
            results[i] = std::move(result);
            std::lock_guard lock(stateMutex);
            --running;
            ++finished;
            changed.notify_all();
        });
    }
    std::unique_lock lock(stateMutex);
    changed.wait(lock, [&] { return finished == endpoints.size(); });
    return results;
}

CommandResult SshPool::upload(const SshEndpoint &endpoint, const QString &remotePath,
                              const QByteArray &content, int permissions)
{
    CommandResult result;
    onConnection(
        endpoint,
        [&](SshConnection &connection) { result = SftpTransfer::upload(connection, remotePath, content, permissions); },
        [&](const QString &error) { result = notConnected(error); });
    return result;
}

CommandResult SshPool::download(const SshEndpoint &endpoint, const QString &remotePath, const QString &localPath,
                                const std::function<void(qint64, qint64)> &progress)
{
    CommandResult result;
    onConnection(
        endpoint,
        [&](SshConnection &connection) { result = SftpTransfer::download(connection, remotePath, localPath, progress); },
        [&](const QString &error) { result = notConnected(error); });
    return result;
}

HttpResponse SshPool::httpGetViaTunnel(const SshEndpoint &endpoint, const QString &host, int port,
                                       const QString &path, std::chrono::milliseconds timeout)
{
    HttpResponse response;
    onConnection(
        endpoint,
        [&](SshConnection &connection) { response = HttpTunnel::get(connection, host, port, path, timeout); },
        [&](const QString &error) { response.error = error; });
    return response;
}

void SshPool::cancelAll()
{
    std::lock_guard lock(m_mutex);
    for (const CancelToken &token : m_running)
        token.cancel();
}

void SshPool::track(const CancelToken &token)
{
    std::lock_guard lock(m_mutex);
    m_running.push_back(token);
}

void SshPool::untrack(const CancelToken &token)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        if (it->sharesFlagWith(token)) {
            m_running.erase(it);
            return;
        }
    }
}

} // namespace nb
