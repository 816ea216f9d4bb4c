#include "JournalingCommandRunner.h"

#include "journal/JournalEvent.h"

namespace nb {

namespace {

QString outcomeName(CommandResult::Outcome outcome)
{
    switch (outcome) {
    case CommandResult::Outcome::Exited: return QStringLiteral("exited");
    case CommandResult::Outcome::Signalled: return QStringLiteral("signalled");
    case CommandResult::Outcome::TimedOut: return QStringLiteral("timed-out");
    case CommandResult::Outcome::Cancelled: return QStringLiteral("cancelled");
    case CommandResult::Outcome::NotRun: return QStringLiteral("not-run");
    case CommandResult::Outcome::Disconnected: return QStringLiteral("disconnected");
    }
    return {};
}

thread_local bool t_quiet = false;
thread_local bool t_unrecorded = false;

} // namespace

JournalingCommandRunner::Quiet::Quiet() : m_previous(t_quiet)
{
    t_quiet = true;
}

JournalingCommandRunner::Quiet::~Quiet()
{
    t_quiet = m_previous;
}

JournalingCommandRunner::Unrecorded::Unrecorded() : m_previous(t_unrecorded)
{
    t_unrecorded = true;
}

JournalingCommandRunner::Unrecorded::~Unrecorded()
{
    t_unrecorded = m_previous;
}

JournalingCommandRunner::JournalingCommandRunner(CommandRunner &inner, RunJournal &journal,
                                                 ProcedureObserver &observer)
    : m_inner(inner), m_journal(journal), m_observer(observer)
{
}

CommandResult JournalingCommandRunner::run(const SshEndpoint &endpoint, const ShellCommand &command,
                                           const CommandOptions &options, const LineSink &sink)
{
    started(endpoint, command.text());
    // The sink runs on the SSH engine's thread for the host, not on this one.
    const bool quiet = t_quiet;
    const bool unrecorded = t_unrecorded;
    const CommandResult result = m_inner.run(endpoint, command, options, [&](const OutputLines &lines) {
        if (!unrecorded)
            m_journal.appendOutput(lines);
        if (!quiet)
            m_observer.output(lines);
        if (sink)
            sink(lines);
    });
    finished(endpoint, result);
    return result;
}

CommandResult JournalingCommandRunner::upload(const SshEndpoint &endpoint, const QString &remotePath,
                                              const QByteArray &content, int permissions)
{
    started(endpoint, QStringLiteral("upload %1 (%2 bytes)").arg(remotePath).arg(content.size()));
    const CommandResult result = m_inner.upload(endpoint, remotePath, content, permissions);
    finished(endpoint, result);
    return result;
}

CommandResult JournalingCommandRunner::download(const SshEndpoint &endpoint, const QString &remotePath,
                                                const QString &localPath,
                                                const std::function<void(qint64, qint64)> &progress)
{
    started(endpoint, QStringLiteral("download %1 to %2").arg(remotePath, localPath));
    const CommandResult result = m_inner.download(endpoint, remotePath, localPath, progress);
    finished(endpoint, result);
    return result;
}

void JournalingCommandRunner::started(const SshEndpoint &endpoint, const QString &command)
{
    QJsonObject event = JournalEvent::make(JournalEvent::CommandStarted);
    event.insert(QStringLiteral("host"), endpoint.label);
    event.insert(QStringLiteral("command"), command);
    m_journal.append(event);
    if (!t_quiet)
        m_observer.commandStarted(endpoint.label, command);
}

void JournalingCommandRunner::finished(const SshEndpoint &endpoint, const CommandResult &result)
{
    QJsonObject event = JournalEvent::make(JournalEvent::CommandFinished);
    event.insert(QStringLiteral("host"), endpoint.label);
    event.insert(QStringLiteral("outcome"), outcomeName(result.outcome));
    event.insert(QStringLiteral("exit_code"), result.exitCode);
    if (!result.error.isEmpty())
        event.insert(QStringLiteral("error"), result.error);
    event.insert(QStringLiteral("ms"), result.durationMs);
    m_journal.append(event);
}

} // namespace nb
