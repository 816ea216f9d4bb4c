#pragma once

#include <ssh/CommandRunner.h>

#include <QHash>
#include <QSet>

#include <condition_variable>
#include <mutex>

// A thread-safe CommandRunner standing in for the SSH engine under the monitor: each
// host (told apart by the endpoint's label) answers with a scripted reply and can be
// held (its call blocks, as a host that does not answer would) until released. Nothing
// reaches a host.
class FakeHostRunner : public nb::CommandRunner
{
public:
    struct Reply
    {
        nb::CommandResult::Outcome outcome = nb::CommandResult::Outcome::Exited;
        int exitCode = 0;
        QString out;
        QString err; // the error sentence when the outcome is not Exited
    };

    static Reply printed(const QString &out)
    {
        Reply reply;
        reply.out = out;
        return reply;
    }

    // The reply for commands on host that contain text (first match wins). "%CALLS%" in
    // the output becomes 100 times the number of calls the host had, for counters that grow.
    void answer(const QString &host, const QString &text, const Reply &reply)
    {
        std::lock_guard lock(m_mutex);
        m_replies[host].append({text, reply});
    }
    void clearAnswers(const QString &host)
    {
        std::lock_guard lock(m_mutex);
        m_replies.remove(host);
    }
    void hold(const QString &host)
    {
        std::lock_guard lock(m_mutex);
        m_held.insert(host);
    }
    void release(const QString &host)
    {
        std::lock_guard lock(m_mutex);
        m_held.remove(host);
        m_changed.notify_all();
    }
    int calls(const QString &host, const QString &containing = {}) const
    {
        std::lock_guard lock(m_mutex);
        int count = 0;
        for (const QString &command : m_calls.value(host))
            count += command.contains(containing) ? 1 : 0;
        return count;
    }

    nb::CommandResult run(const nb::SshEndpoint &endpoint, const nb::ShellCommand &command,
                          const nb::CommandOptions &options, const nb::LineSink &) override
    {
        std::unique_lock lock(m_mutex);
        m_calls[endpoint.label].append(command.text());
        // A cancel sets a flag without notifying: look at it now and then.
        while (m_held.contains(endpoint.label) && !options.cancel.isCancelled())
            m_changed.wait_for(lock, std::chrono::milliseconds(10));
        nb::CommandResult result;
        if (options.cancel.isCancelled()) {
            result.outcome = nb::CommandResult::Outcome::Cancelled;
            result.error = QStringLiteral("cancelled");
            return result;
        }
        result.outcome = nb::CommandResult::Outcome::NotRun;
        result.error = endpoint.label + QStringLiteral(": no reply scripted");
        for (const auto &[text, reply] : m_replies.value(endpoint.label)) {
            if (!command.text().contains(text))
                continue;
            result.outcome = reply.outcome;
            result.exitCode = reply.exitCode;
            if (reply.outcome != nb::CommandResult::Outcome::Exited)
                result.error = reply.err;
            else
                result.error.clear();
            const auto add = [&](const QString &printed, nb::OutputLine::Stream stream) {
                for (const QString &line : printed.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    result.lines.append({endpoint.label, stream, 0, line});
            };
            QString out = reply.out;
            out.replace(QStringLiteral("%CALLS%"), QString::number(100 * m_calls.value(endpoint.label).size()));
            add(out, nb::OutputLine::Stream::Stdout);
            if (reply.outcome == nb::CommandResult::Outcome::Exited)
                add(reply.err, nb::OutputLine::Stream::Stderr);
            break;
        }
        return result;
    }

    nb::CommandResult upload(const nb::SshEndpoint &, const QString &, const QByteArray &, int) override
    {
        return {};
    }
    nb::CommandResult download(const nb::SshEndpoint &, const QString &, const QString &,
                               const std::function<void(qint64, qint64)> &) override
    {
        return {};
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QSet<QString> m_held;
    QHash<QString, QStringList> m_calls;
    QHash<QString, QVector<std::pair<QString, Reply>>> m_replies;
};
