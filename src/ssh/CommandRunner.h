#pragma once

#include "CancelToken.h"
#include "ShellCommand.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <chrono>
#include <functional>

namespace nb {

// Where a command runs: one host as the inventory names it, with the SSH settings that
// apply to it (cluster defaults merged with the host's own). Empty fields fall back to
// ~/.ssh/config and then to libssh's defaults.
struct SshEndpoint
{
    QString label;        // node or role name shown in logs: app-1, lb, db
    QString host;         // address or ~/.ssh/config alias
    int port = 0;
    QString user;
    QString identityFile;
    QString knownHostsFile;
    QString proxyCommand;
    QString sshConfigFile; // empty: ~/.ssh/config
};

struct OutputLine
{
    enum class Stream { Stdout, Stderr };
    QString host; // the endpoint's label
    Stream stream = Stream::Stdout;
    qint64 timeMs = 0; // milliseconds since the epoch, when the line was complete
    QString text;      // without the line break; secrets already masked
};

} // namespace nb

// Two implicitly shared strings and plain numbers: a growing batch of lines may move its
// storage with realloc instead of moving a million lines one by one.
Q_DECLARE_TYPEINFO(nb::OutputLine, Q_RELOCATABLE_TYPE);

namespace nb {

using OutputLines = QVector<OutputLine>;
// Receives whole lines as they arrive, in order per host and stream. Called on the
// thread that runs the command; it must not block for long.
using LineSink = std::function<void(const OutputLines &batch)>;

struct CommandOptions
{
    std::chrono::milliseconds timeout{std::chrono::minutes(10)};
    QByteArray standardInput; // written to the command, then EOF; for secrets (sudo -S)
    QStringList secrets;      // masked as *** in every line and message
    bool keepOutput = true;   // keep lines in the result (off for huge streams)
    CancelToken cancel;       // cancel() from any thread stops the command (TERM, then close)
};

struct CommandResult
{
    enum class Outcome {
        Exited,      // the command ran; see exitCode
        Signalled,   // killed by a signal on the host; see exitSignal
        TimedOut,    // the timeout fired, the command was stopped
        Cancelled,   // cancelled by the operator
        NotRun,      // invalid command or could not connect/authenticate
        Disconnected // the connection dropped while it ran
    };
    Outcome outcome = Outcome::NotRun;
    int exitCode = -1;
    QString exitSignal;
    QString error; // one sentence for a person when the outcome is not Exited
    OutputLines lines;
    qint64 durationMs = 0;

    bool succeeded() const { return outcome == Outcome::Exited && exitCode == 0; }
    QStringList stdoutLines() const;
    QString stdoutText() const; // stdout lines joined with '\n'
};

// Runs commands on hosts. The SSH engine implements it over libssh; unit tests of the
// adapters and procedures use a fake. Calls block the calling thread, so they are made
// from worker threads, never from the GUI thread.
class CommandRunner
{
public:
    virtual ~CommandRunner() = default;

    virtual CommandResult run(const SshEndpoint &endpoint, const ShellCommand &command,
                              const CommandOptions &options = {}, const LineSink &sink = {}) = 0;

    // Writes a whole file on the host (atomically where the host allows: temporary file
    // then rename), with the given permissions.
    virtual CommandResult upload(const SshEndpoint &endpoint, const QString &remotePath,
                                 const QByteArray &content, int permissions = 0644) = 0;

    // Reads a whole file from the host; progress(done, total) is called as it arrives.
    virtual CommandResult download(const SshEndpoint &endpoint, const QString &remotePath,
                                   const QString &localPath,
                                   const std::function<void(qint64, qint64)> &progress = {}) = 0;
};

} // namespace nb
