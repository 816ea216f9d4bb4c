#pragma once

#include "AdapterResult.h"

#include <ssh/CommandRunner.h>

#include <chrono>

namespace nb {

// How long each kind of command may take before it is stopped. Every command an
// adapter sends has one of these; none waits forever on a hung host.
namespace Timeouts {
constexpr std::chrono::seconds Query{30};
constexpr std::chrono::minutes StartStop{3};
constexpr std::chrono::minutes Pull{20};
constexpr std::chrono::minutes Reload{1};
constexpr std::chrono::hours Dump{2};
} // namespace Timeouts

// Runs one adapter command on one host and turns a failure into a sentence for the
// operator ("app-1: docker compose up failed (exit 1): no such image").
class HostCommand
{
public:
    HostCommand(CommandRunner &runner, SshEndpoint endpoint);

    const SshEndpoint &endpoint() const { return m_endpoint; }

    CommandResult run(const ShellCommand &command, std::chrono::milliseconds timeout,
                      const QByteArray &standardInput = {}, const QStringList &secrets = {});
    // Runs it and reports success, or the failure as a sentence about `action`.
    AdapterResult check(const ShellCommand &command, const QString &action,
                        std::chrono::milliseconds timeout);
    CommandResult upload(const QString &remotePath, const QByteArray &content, int permissions = 0644);

    QString failure(const QString &action, const CommandResult &result) const;
    // The line that best explains a failure: the last stderr line naming an error, else
    // the last stderr line, else the last stdout line.
    static QString reason(const CommandResult &result);
    PlannedCommand plan(const ShellCommand &command) const;
    PlannedCommand planUpload(const QString &remotePath, const QString &what) const;

private:
    CommandRunner &m_runner;
    SshEndpoint m_endpoint;
};

} // namespace nb
