#pragma once

#include "ProcedureObserver.h"

#include "journal/RunJournal.h"
#include "ssh/CommandRunner.h"

namespace nb {

// The command runner a run hands to its adapters: every command, its host, exit code
// and each output line go to the journal and to the front end, then on to the real
// runner. This is how the journal sees everything without the adapters knowing of it.
class JournalingCommandRunner : public CommandRunner
{
public:
    JournalingCommandRunner(CommandRunner &inner, RunJournal &journal, ProcedureObserver &observer);

    // While one lives on a thread, that thread's commands are journaled in full but not
    // shown: a probe every quarter second would bury the operator in JSON.
    class Quiet
    {
    public:
        Quiet();
        ~Quiet();
        Quiet(const Quiet &) = delete;
        Quiet &operator=(const Quiet &) = delete;

    private:
        bool m_previous;
    };

    // Quiet, and the output is not journaled either (the command and its exit still
    // are): for re-reading a log tail whose new lines the caller records itself, so
    // the journal holds each line once.
    class Unrecorded
    {
    public:
        Unrecorded();
        ~Unrecorded();
        Unrecorded(const Unrecorded &) = delete;
        Unrecorded &operator=(const Unrecorded &) = delete;

    private:
        Quiet m_quiet;
        bool m_previous;
    };

    CommandResult run(const SshEndpoint &endpoint, const ShellCommand &command,
                      const CommandOptions &options = {}, const LineSink &sink = {}) override;
    CommandResult upload(const SshEndpoint &endpoint, const QString &remotePath,
                         const QByteArray &content, int permissions = 0644) override;
    CommandResult download(const SshEndpoint &endpoint, const QString &remotePath, const QString &localPath,
                           const std::function<void(qint64, qint64)> &progress = {}) override;

private:
    void started(const SshEndpoint &endpoint, const QString &command);
    void finished(const SshEndpoint &endpoint, const CommandResult &result);

    CommandRunner &m_inner;
    RunJournal &m_journal;
    ProcedureObserver &m_observer;
};

} // namespace nb
