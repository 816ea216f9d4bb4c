#pragma once

#include "CommandRunner.h"
#include "OutputStreamer.h"

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

namespace nb {

class SshConnection;

// One command on an open connection: an exec channel driven by channel callbacks and
// ssh_event_dopoll, so stdout, stderr, exit status and exit signal arrive separately
// while the loop also watches the timeout, cancellation and the keepalive window.
class RemoteCommand
{
public:
    RemoteCommand(SshConnection &connection, const ShellCommand &command,
                  const CommandOptions &options, const LineSink &sink);
    RemoteCommand(const RemoteCommand &) = delete;
    RemoteCommand &operator=(const RemoteCommand &) = delete;

    CommandResult run();
    // The channel could not be opened: nothing ran, so a fresh connection may retry.
    bool failedBeforeStart() const { return m_failedBeforeStart; }

private:
    enum class Stop { None, Cancelled, TimedOut };

    bool start(CommandResult &result);
    void pump();
    void stopRemote(Stop why);
    void finishResult(CommandResult &result);
    QString message(const QString &text) const;

    static int onData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *userdata);
    static void onExitStatus(ssh_session, ssh_channel, int status, void *userdata);
    static void onExitSignal(ssh_session, ssh_channel, const char *signal, int core,
                             const char *errmsg, const char *lang, void *userdata);
    static void onClose(ssh_session, ssh_channel, void *userdata);

    SshConnection &m_connection;
    const ShellCommand &m_command;
    const CommandOptions &m_options;
    OutputStreamer m_output;
    ssh_channel m_channel = nullptr;
    ssh_channel_callbacks_struct m_callbacks{};
    bool m_closed = false;
    bool m_disconnected = false;
    bool m_failedBeforeStart = false;
    bool m_exited = false;
    int m_exitStatus = -1;
    QString m_exitSignal;
    Stop m_stop = Stop::None;
};

} // namespace nb
