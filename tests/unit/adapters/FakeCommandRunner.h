#pragma once

#include <ssh/CommandRunner.h>

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QVector>

#include <functional>

// A CommandRunner that records what an adapter sends and answers from a script: the
// boundary the adapters' unit tests fake. Nothing reaches a host.
class FakeCommandRunner : public nb::CommandRunner
{
public:
    struct Call
    {
        QString host;    // endpoint label
        QString command; // shell text, or "upload PATH" / "download PATH"
        QByteArray input;
        std::chrono::milliseconds timeout{0};
    };

    struct Reply
    {
        int exitCode = 0;
        QString out;
        QString err;
        nb::CommandResult::Outcome outcome = nb::CommandResult::Outcome::Exited;
    };

    // The first rule whose text is contained in the command answers it; a rule may be
    // used once (the next matching rule answers the next call) or always.
    void when(const QString &contains, const Reply &reply, bool once = false)
    {
        m_rules.append({contains, reply, once, false});
    }

    QHash<QString, QByteArray> files;     // remote path -> content, read by download
    QHash<QString, QByteArray> uploads;   // remote path -> last uploaded content
    QVector<Call> calls;

    QStringList commands() const
    {
        QStringList result;
        for (const auto &call : calls)
            result.append(call.command);
        return result;
    }

    nb::CommandResult run(const nb::SshEndpoint &endpoint, const nb::ShellCommand &command,
                          const nb::CommandOptions &options, const nb::LineSink &) override
    {
        calls.append({endpoint.label, command.text(), options.standardInput, options.timeout});
        nb::CommandResult result;
        if (!command.isValid()) {
            result.error = command.errorString();
            return result;
        }
        Reply reply;
        for (auto &rule : m_rules) {
            if (rule.used || !command.text().contains(rule.contains))
                continue;
            reply = rule.reply;
            rule.used = rule.once;
            break;
        }
        result.outcome = reply.outcome;
        result.exitCode = reply.exitCode;
        const auto addLines = [&](const QString &text, nb::OutputLine::Stream stream) {
            if (text.isEmpty())
                return;
            for (const QString &line : text.split(QLatin1Char('\n')))
                result.lines.append({endpoint.label, stream, 0, line});
        };
        addLines(reply.out, nb::OutputLine::Stream::Stdout);
        addLines(reply.err, nb::OutputLine::Stream::Stderr);
        if (reply.outcome != nb::CommandResult::Outcome::Exited)
            result.error = reply.err;
        return result;
    }

    nb::CommandResult upload(const nb::SshEndpoint &endpoint, const QString &remotePath,
                             const QByteArray &content, int permissions) override
    {
        calls.append({endpoint.label, QStringLiteral("upload %1 %2").arg(remotePath).arg(permissions, 0, 8),
                      content, {}});
        uploads.insert(remotePath, content);
        files.insert(remotePath, content);
        nb::CommandResult result;
        result.outcome = nb::CommandResult::Outcome::Exited;
        result.exitCode = 0;
        return result;
    }

    nb::CommandResult download(const nb::SshEndpoint &endpoint, const QString &remotePath,
                               const QString &localPath,
                               const std::function<void(qint64, qint64)> &progress) override
    {
        calls.append({endpoint.label, QStringLiteral("download %1").arg(remotePath), {}, {}});
        nb::CommandResult result;
        if (!files.contains(remotePath)) {
            result.error = QStringLiteral("%1: no such file").arg(remotePath);
            return result;
        }
        QFile file(localPath);
        if (!file.open(QIODevice::WriteOnly))
            return result;
        const QByteArray content = files.value(remotePath);
        file.write(content);
        if (progress)
            progress(content.size(), content.size());
        result.outcome = nb::CommandResult::Outcome::Exited;
        result.exitCode = 0;
        return result;
    }

private:
    struct Rule
    {
        QString contains;
        Reply reply;
        bool once;
        bool used;
    };
    QVector<Rule> m_rules;
};
