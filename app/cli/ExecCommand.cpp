#include "ExecCommand.h"

#include "CliContext.h"

#include <ssh/InventoryEndpoints.h>
#include <ssh/SshPool.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringEncoder>

#include <cstdio>
#include <map>
#include <mutex>
#include <termios.h>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExecCommand", text);
}

// Reads one line from the terminal without echo; nothing when stdin is not a terminal
// (scripts must use ssh-agent or unencrypted keys, never a prompt that hangs).
std::optional<QString> askOnTerminal(const QString &prompt, bool echo)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fprintf(stderr, "%s ", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    termios saved{};
    const bool hide = !echo && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (!read)
        return std::nullopt;
    QString answer = QString::fromLocal8Bit(buffer);
    while (answer.endsWith(QLatin1Char('\n')) || answer.endsWith(QLatin1Char('\r')))
        answer.chop(1);
    return answer;
}

// Appends "host | line" (stderr: "host ! line") as UTF-8, encoding straight into the
// buffer: at a million lines a temporary string per line is most of the CLI's work.
void appendLine(QByteArray &buffer, QStringEncoder &encoder, const nb::OutputLine &line)
{
    const auto append = [&](QStringView text) {
        const qsizetype used = buffer.size();
        buffer.resize(used + encoder.requiredSpace(text.size()));
        char *end = encoder.appendToBuffer(buffer.data() + used, text);
        buffer.truncate(end - buffer.constData());
    };
    append(line.host);
    buffer.append(line.stream == nb::OutputLine::Stream::Stdout ? " | " : " ! ");
    append(line.text);
    buffer.append('\n');
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 2);
}

QString outcomeText(const nb::CommandResult &result)
{
    using Outcome = nb::CommandResult::Outcome;
    switch (result.outcome) {
    case Outcome::Exited:
        return tr("exit %1").arg(result.exitCode);
    case Outcome::Signalled:
        return tr("killed by %1").arg(result.exitSignal);
    case Outcome::TimedOut:
        return tr("timed out");
    case Outcome::Cancelled:
        return tr("cancelled");
    case Outcome::NotRun:
        return tr("not run");
    case Outcome::Disconnected:
        return tr("disconnected");
    }
    return {};
}

} // namespace

QString ExecCommand::summary() const
{
    return tr("run a command on hosts in parallel, stream \"name | line\"");
}

nb::SshPolicy ExecCommand::policyFor(const CliContext &context)
{
    nb::SshPolicy policy;
    const bool acceptNew = context.acceptNewHostKeys;
    policy.unknownHostKey = [acceptNew](const nb::HostKeyQuestion &) {
        return acceptNew ? nb::HostKeyDecision::AcceptAndSave : nb::HostKeyDecision::Reject;
    };
    // Hosts connect in parallel: one prompt at a time, and a key's passphrase is asked
    // once for all hosts that use the key.
    auto mutex = std::make_shared<std::mutex>();
    auto answers = std::make_shared<std::map<QString, QString>>();
    policy.secret = [mutex, answers](const nb::SecretRequest &request) -> std::optional<QString> {
        std::lock_guard lock(*mutex);
        const QString key = request.kind == nb::SecretRequest::Kind::KeyPassphrase
            ? request.keyFile
            : request.hostLabel + QLatin1Char('\n') + request.prompt;
        if (const auto known = answers->find(key); known != answers->end())
            return known->second;
        const QString prompt = request.kind == nb::SecretRequest::Kind::KeyPassphrase
            ? tr("Passphrase for %1:").arg(request.keyFile)
            : QStringLiteral("%1: %2").arg(request.hostLabel, request.prompt.trimmed());
        const auto answer = askOnTerminal(prompt, request.echo);
        if (answer)
            (*answers)[key] = *answer;
        return answer;
    };
    return policy;
}

int ExecCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + tr("SELECTOR: all or apps (every app node, the default), lb, db, or node names separated by commas.\n"
             "Example: nbconsole-cli exec --targets app-1,lb -- df -h /"));
    parser.addHelpOption();
    const QCommandLineOption targets(QStringLiteral("targets"), tr("The hosts to run on."), tr("SELECTOR"),
                                     QStringLiteral("all"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Stop the command after SECONDS (default 600)."),
                                     tr("SECONDS"), QStringLiteral("600"));
    parser.addOption(targets);
    parser.addOption(timeout);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command, after --."), QStringLiteral("-- CMD"));
    if (const auto exitCode = context.parseArguments(parser, arguments, QStringLiteral("exec")))
        return *exitCode;
    bool timeoutOk = false;
    const double timeoutSeconds = parser.value(timeout).toDouble(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0) {
        context.printError(tr("The timeout '%1' is not a positive number of seconds.").arg(parser.value(timeout)));
        return 2;
    }
    const nb::ShellCommand command = nb::ShellCommand::fromOperatorText(parser.positionalArguments().join(QLatin1Char(' ')));
    if (!command.isValid()) {
        context.printError(tr("Nothing was run: %1.").arg(command.errorString()),
                           tr("Give the command after --, e.g. nbconsole-cli exec -- uptime"));
        return 2;
    }
    const auto inventory = context.loadInventory();
    if (!inventory)
        return 2;
    const nb::EndpointSelection selection = nb::endpointsFor(*inventory, parser.value(targets));
    if (!selection.error.isEmpty()) {
        context.printError(selection.error);
        return 2;
    }

    nb::SshPool pool(policyFor(context));
    nb::CommandOptions options;
    options.timeout = std::chrono::milliseconds(qint64(timeoutSeconds * 1000));
    options.keepOutput = false;
    QTextStream &out = context.out();
    out.flush();
    QByteArray buffer;
    QStringEncoder encoder(QStringEncoder::Utf8);
    const auto results = pool.runOnAll(selection.endpoints, command, options, [&](const nb::OutputLines &batch) {
        buffer.resize(0);
        for (const nb::OutputLine &line : batch)
            appendLine(buffer, encoder, line);
        std::fwrite(buffer.constData(), 1, size_t(buffer.size()), stdout);
        std::fflush(stdout);
    });

    int failed = 0;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const nb::CommandResult &result = results.at(i);
        out << tr("%1: %2 (%3 s)").arg(selection.endpoints.at(i).label, outcomeText(result), seconds(result.durationMs))
            << '\n';
        if (!result.succeeded()) {
            ++failed;
            context.err() << result.error << '\n';
        }
    }
    out.flush();
    if (failed > 0) {
        context.printError(QCoreApplication::translate("ExecCommand", "%n of %1 host(s) failed.", nullptr, failed)
                               .arg(results.size()));
        return 1;
    }
    return 0;
}
