#include "HostCommand.h"

#include <core/Translate.h>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::HostCommand", text);
}

} // namespace

HostCommand::HostCommand(CommandRunner &runner, SshEndpoint endpoint)
    : m_runner(runner), m_endpoint(std::move(endpoint))
{
}

CommandResult HostCommand::run(const ShellCommand &command, std::chrono::milliseconds timeout,
                               const QByteArray &standardInput, const QStringList &secrets)
{
    if (!command.isValid()) {
        CommandResult refused;
        refused.error = tr("the command was not sent: %1").arg(command.errorString());
        return refused;
    }
    CommandOptions options;
    options.timeout = timeout;
    options.standardInput = standardInput;
    options.secrets = secrets;
    return m_runner.run(m_endpoint, command, options);
}

AdapterResult HostCommand::check(const ShellCommand &command, const QString &action,
                                 std::chrono::milliseconds timeout)
{
    const CommandResult result = run(command, timeout);
    if (!result.succeeded())
        return AdapterResult::failure(failure(action, result));
    AdapterResult ok = AdapterResult::success();
    for (const auto &line : result.lines)
        ok.lines.append(line.text);
    return ok;
}

CommandResult HostCommand::upload(const QString &remotePath, const QByteArray &content, int permissions)
{
    return m_runner.upload(m_endpoint, remotePath, content, permissions);
}

QString HostCommand::failure(const QString &action, const CommandResult &result) const
{
    QString why;
    switch (result.outcome) {
    case CommandResult::Outcome::Exited: {
        const QString line = reason(result);
        why = line.isEmpty() ? tr("exit code %1").arg(result.exitCode)
                             : tr("exit code %1: %2").arg(result.exitCode).arg(line);
        break;
    }
    case CommandResult::Outcome::Signalled:
        why = tr("killed by signal %1").arg(result.exitSignal);
        break;
    default:
        why = result.error.isEmpty() ? tr("it did not run") : result.error;
        break;
    }
    return tr("%1: %2 failed (%3)").arg(m_endpoint.label, action, why);
}

QString HostCommand::reason(const CommandResult &result)
{
    // Tools often follow their error with context ("password retrieved from file …"),
    // so a line that says "error" beats the merely last one.
    QString lastStdout;
    QString lastStderr;
    QString lastError;
    for (const auto &line : result.lines) {
        const QString text = line.text.trimmed();
        if (text.isEmpty())
            continue;
        (line.stream == OutputLine::Stream::Stderr ? lastStderr : lastStdout) = text;
        if (line.stream == OutputLine::Stream::Stderr
            && (text.contains(QLatin1String("error"), Qt::CaseInsensitive)
                || text.contains(QLatin1String("fatal"), Qt::CaseInsensitive)))
            lastError = text;
    }
    if (!lastError.isEmpty())
        return lastError;
    return lastStderr.isEmpty() ? lastStdout : lastStderr;
}

PlannedCommand HostCommand::plan(const ShellCommand &command) const
{
    return {m_endpoint.label, command.isValid() ? command.text()
                                                : tr("(refused: %1)").arg(command.errorString())};
}

PlannedCommand HostCommand::planUpload(const QString &remotePath, const QString &what) const
{
    return {m_endpoint.label, tr("(upload %1 to %2)").arg(what, remotePath)};
}

} // namespace nb
