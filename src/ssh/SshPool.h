#pragma once

#include "CommandRunner.h"
#include "HttpResponse.h"
#include "SshPolicy.h"

#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace nb {

class SshConnection;
class SshWorker;

// The SSH engine behind CommandRunner: one worker thread and one reused session per
// host, fan-out over many hosts with a concurrency limit, SFTP and HTTP through a
// tunnel. Every call blocks its caller (use ExecJob from the GUI thread). The default
// policy is the strict one: known_hosts only, no prompts.
class SshPool : public CommandRunner
{
public:
    explicit SshPool(SshPolicy policy = {});
    ~SshPool() override; // cancels what runs, closes every session
    SshPool(const SshPool &) = delete;
    SshPool &operator=(const SshPool &) = delete;

    CommandResult run(const SshEndpoint &endpoint, const ShellCommand &command,
                      const CommandOptions &options = {}, const LineSink &sink = {}) override;
    CommandResult upload(const SshEndpoint &endpoint, const QString &remotePath,
                         const QByteArray &content, int permissions = 0644) override;
    CommandResult download(const SshEndpoint &endpoint, const QString &remotePath,
                           const QString &localPath,
                           const std::function<void(qint64, qint64)> &progress = {}) override;

    // The command on every endpoint at once (at most policy.maxParallelHosts at a
    // time); results in the order of endpoints. The sink is called for one batch at a
    // time, whichever host it comes from. options.cancel stops the whole fan-out.
    QVector<CommandResult> runOnAll(const QVector<SshEndpoint> &endpoints, const ShellCommand &command,
                                    const CommandOptions &options = {}, const LineSink &sink = {});

    // GET http://host:port/path as seen from the endpoint (host is often 127.0.0.1
    // or the node's own address).
    HttpResponse httpGetViaTunnel(const SshEndpoint &endpoint, const QString &host, int port,
                                  const QString &path,
                                  std::chrono::milliseconds timeout = std::chrono::seconds(10));

    // Cancels every command running or queued in this pool.
    void cancelAll();
    const SshPolicy &policy() const { return m_policy; }

private:
    // Runs work on the endpoint's worker with an open connection and waits for it;
    // connectError receives the reason when no connection could be opened.
    void onConnection(const SshEndpoint &endpoint, const std::function<void(SshConnection &)> &work,
                      const std::function<void(const QString &connectError)> &failed);
    // The same without waiting: work or failed runs later on the endpoint's worker.
    void postOnConnection(const SshEndpoint &endpoint, std::function<void(SshConnection &)> work,
                          std::function<void(const QString &connectError)> failed);
    // Starts the command on the endpoint's worker; finished receives the result there (or
    // at once, here, when nothing could be started).
    void startRun(const SshEndpoint &endpoint, const ShellCommand &command, const CommandOptions &options,
                  const LineSink &sink, std::function<void(CommandResult)> finished);
    SshWorker &workerFor(const SshEndpoint &endpoint);
    void track(const CancelToken &token);
    void untrack(const CancelToken &token);

    SshPolicy m_policy;
    std::mutex m_mutex;
    std::map<QString, std::unique_ptr<SshWorker>> m_workers;
    std::vector<CancelToken> m_running;
};

} // namespace nb
