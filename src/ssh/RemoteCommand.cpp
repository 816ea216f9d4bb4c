#include "RemoteCommand.h"

#include "SshConnection.h"

#include <core/Translate.h>

#include <QElapsedTimer>

#include <algorithm>
#include <cstring>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::RemoteCommand", text);
}

// After TERM, how long the host gets to end the command before the channel is closed
// anyway: cancel must return promptly even if the command ignores the signal.
constexpr qint64 StopGraceMs = 1500;
// The poll loop wakes at least this often to look at cancellation and keepalives.
constexpr qint64 MaxPollMs = 50;

QString secondsText(std::chrono::milliseconds duration)
{
    return QString::number(double(duration.count()) / 1000.0, 'g', 4);
}

} // namespace

RemoteCommand::RemoteCommand(SshConnection &connection, const ShellCommand &command,
                             const CommandOptions &options, const LineSink &sink)
    : m_connection(connection)
    , m_command(command)
    , m_options(options)
    , m_output(connection.endpoint().label, options.secrets, sink, options.keepOutput)
{
}

CommandResult RemoteCommand::run()
{
    QElapsedTimer clock;
    clock.start();
    CommandResult result;
    if (!m_command.isValid()) {
        result.error = message(tr("the command was not run: %1").arg(m_command.errorString()));
    } else if (start(result)) {
        pump();
        finishResult(result);
    }
    if (m_channel) {
        // The callbacks live in this object; a channel the host has not closed yet
        // may still receive data after we are gone.
        ssh_remove_channel_callbacks(m_channel, &m_callbacks);
        if (!m_disconnected)
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
    m_output.finish();
    result.lines = m_output.takeKeptLines();
    // The host's own last word (Permission denied, No space left) says more than a number.
    if (result.outcome == CommandResult::Outcome::Exited && result.exitCode != 0 && !m_output.lastErrorLine().isEmpty())
        result.error = message(tr("the command exited with code %1: %2").arg(result.exitCode)
                                   .arg(m_output.lastErrorLine()));
    result.durationMs = clock.elapsed();
    return result;
}

bool RemoteCommand::start(CommandResult &result)
{
    ssh_session session = m_connection.handle();
    m_channel = ssh_channel_new(session);
    if (!m_channel || ssh_channel_open_session(m_channel) != SSH_OK) {
        m_failedBeforeStart = true;
        result.error = message(tr("could not open a session channel on %1: %2")
                                   .arg(m_connection.hostDescription(), m_connection.libsshError()));
        return false;
    }
    std::memset(&m_callbacks, 0, sizeof m_callbacks);
    m_callbacks.userdata = this;
    m_callbacks.channel_data_function = &RemoteCommand::onData;
    m_callbacks.channel_exit_status_function = &RemoteCommand::onExitStatus;
    m_callbacks.channel_exit_signal_function = &RemoteCommand::onExitSignal;
    m_callbacks.channel_close_function = &RemoteCommand::onClose;
    ssh_callbacks_init(&m_callbacks);
    ssh_set_channel_callbacks(m_channel, &m_callbacks);

    if (ssh_channel_request_exec(m_channel, m_command.text().toUtf8().constData()) != SSH_OK) {
        m_failedBeforeStart = true;
        result.error = message(tr("the host refused to run the command: %1").arg(m_connection.libsshError()));
        return false;
    }
    // Input goes through the channel, never the command line (where `ps` would show
    // it); then EOF, so a command that reads stdin does not wait for more.
    const QByteArray &input = m_options.standardInput;
    qsizetype written = 0;
    while (written < input.size()) {
        const int n = ssh_channel_write(m_channel, input.constData() + written,
                                        uint32_t(std::min<qsizetype>(input.size() - written, 32768)));
        if (n <= 0)
            break;
        written += n;
    }
    ssh_channel_send_eof(m_channel);
    return true;
}

void RemoteCommand::pump()
{
    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, m_connection.handle());
    QElapsedTimer running;
    running.start();
    QElapsedTimer stopping;
    const qint64 timeoutMs = m_options.timeout.count();

    while (!m_closed) {
        qint64 wait = MaxPollMs;
        const qint64 due = m_output.msUntilDue();
        if (due >= 0)
            wait = std::min(wait, due);
        if (m_stop == Stop::None)
            wait = std::min(wait, std::max<qint64>(0, timeoutMs - running.elapsed()));
        const int rc = ssh_event_dopoll(event, int(wait));
        m_output.flushDue();
        if (m_closed)
            break;
        if (rc == SSH_ERROR || !m_connection.keepAlive()) {
            m_disconnected = true;
            break;
        }
        if (m_stop == Stop::None) {
            if (m_options.cancel.isCancelled())
                stopRemote(Stop::Cancelled);
            else if (running.elapsed() >= timeoutMs)
                stopRemote(Stop::TimedOut);
            if (m_stop != Stop::None)
                stopping.start();
        } else if (stopping.elapsed() >= StopGraceMs) {
            break;
        }
    }
    ssh_event_remove_session(event, m_connection.handle());
    ssh_event_free(event);
}

void RemoteCommand::stopRemote(Stop why)
{
    m_stop = why;
    // sshd delivers the signal to the command's process group (for non-root users);
    // closing the channel alone would leave a command without a pty running.
    ssh_channel_request_send_signal(m_channel, "TERM");
}

void RemoteCommand::finishResult(CommandResult &result)
{
    if (m_stop == Stop::Cancelled) {
        result.outcome = CommandResult::Outcome::Cancelled;
        result.error = message(tr("the command was cancelled."));
    } else if (m_stop == Stop::TimedOut) {
        result.outcome = CommandResult::Outcome::TimedOut;
        result.error = message(tr("the command did not finish within %1 s and was stopped.")
                                   .arg(secondsText(m_options.timeout)));
    } else if (m_disconnected) {
        result.outcome = CommandResult::Outcome::Disconnected;
        result.error = message(tr("the connection to %1 dropped while the command ran (%2).")
                                   .arg(m_connection.hostDescription(),
                                        ssh_is_connected(m_connection.handle())
                                            ? tr("no answer for %1 s").arg(secondsText(m_connection.policy().keepaliveWindow()))
                                            : m_connection.libsshError()));
    } else if (!m_exitSignal.isEmpty()) {
        result.outcome = CommandResult::Outcome::Signalled;
        result.exitSignal = m_exitSignal;
        result.error = message(tr("the command was killed by signal %1.").arg(m_exitSignal));
    } else if (m_exited) {
        result.outcome = CommandResult::Outcome::Exited;
        result.exitCode = m_exitStatus;
        if (m_exitStatus != 0)
            result.error = message(tr("the command exited with code %1.").arg(m_exitStatus));
    } else {
        result.outcome = CommandResult::Outcome::Disconnected;
        result.error = message(tr("the host closed the channel without an exit status."));
    }
}

QString RemoteCommand::message(const QString &text) const
{
    return m_output.masker().mask(m_connection.endpoint().label + QLatin1String(": ") + text);
}

int RemoteCommand::onData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *userdata)
{
    auto *self = static_cast<RemoteCommand *>(userdata);
    self->m_output.append(isStderr ? OutputLine::Stream::Stderr : OutputLine::Stream::Stdout,
                          static_cast<const char *>(data), qsizetype(length));
    return int(length);
}

void RemoteCommand::onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *self = static_cast<RemoteCommand *>(userdata);
    self->m_exited = true;
    self->m_exitStatus = status;
}

void RemoteCommand::onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *,
                                 const char *, void *userdata)
{
    auto *self = static_cast<RemoteCommand *>(userdata);
    self->m_exitSignal = QString::fromUtf8(signal);
}

void RemoteCommand::onClose(ssh_session, ssh_channel, void *userdata)
{
    static_cast<RemoteCommand *>(userdata)->m_closed = true;
}

} // namespace nb
