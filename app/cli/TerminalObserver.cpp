#include "TerminalObserver.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TerminalObserver", text);
}

} // namespace

TerminalObserver::TerminalObserver(QTextStream &out, QTextStream &err, const QString &cluster, bool assumeYes,
                                   OnFailure onFailure, bool showCommands)
    : m_out(out), m_err(err), m_cluster(cluster), m_assumeYes(assumeYes), m_onFailure(onFailure),
      m_showCommands(showCommands)
{
}

void TerminalObserver::runStarted(const QString &runId, const nb::Procedure &procedure, bool resumed)
{
    std::lock_guard lock(m_mutex);
    m_out << (resumed ? tr("Resuming %1 on %2 (run %3)") : tr("%1 on %2 (run %3)"))
                 .arg(procedure.title, m_cluster, runId)
          << '\n';
    m_out.flush();
}

void TerminalObserver::stepStarted(const nb::ProcedureStep &step, int index, int count, bool)
{
    std::lock_guard lock(m_mutex);
    m_out << QStringLiteral("[%1/%2] ").arg(index + 1).arg(count) << step.title << '\n';
    m_out.flush();
}

void TerminalObserver::commandStarted(const QString &host, const QString &command)
{
    if (!m_showCommands)
        return;
    std::lock_guard lock(m_mutex);
    m_out << host << " $ " << command << '\n';
    m_out.flush();
}

void TerminalObserver::output(const nb::OutputLines &lines)
{
    std::lock_guard lock(m_mutex);
    for (const auto &line : lines)
        m_out << line.host << (line.stream == nb::OutputLine::Stream::Stderr ? " ! " : " | ") << line.text << '\n';
    m_out.flush();
}

void TerminalObserver::note(const QString &text)
{
    std::lock_guard lock(m_mutex);
    m_out << "      " << text << '\n';
    m_out.flush();
}

void TerminalObserver::stepFinished(const nb::ProcedureStep &, nb::StepState state, const QString &message)
{
    std::lock_guard lock(m_mutex);
    m_out << "      " << nb::describe(state);
    if (!message.isEmpty())
        m_out << ": " << message;
    m_out << '\n';
    m_out.flush();
}

std::optional<QString> TerminalObserver::ask(QTextStream &err, const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    err << prompt << ' ';
    err.flush();
    char buffer[1024];
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return std::nullopt;
    return QString::fromLocal8Bit(buffer).trimmed();
}

bool TerminalObserver::confirm(const nb::ProcedureStep &step, const QString &question,
                               nb::ConfirmationLevel level)
{
    std::lock_guard lock(m_mutex);
    if (level == nb::ConfirmationLevel::DoneByHand)
        return confirmDoneByHand(question);
    if (m_assumeYes) {
        m_out << "      " << tr("confirmed by --yes") << '\n';
        return true;
    }
    m_err << step.explanation << '\n';
    const auto answer = ask(m_err, level == nb::ConfirmationLevel::TypeClusterName ? question + QLatin1Char(':')
                                                                                   : question + tr(" [y/N]"));
    if (!answer) {
        m_err << tr("No terminal to confirm on: run with --yes to confirm in advance.") << '\n';
        return false;
    }
    if (level == nb::ConfirmationLevel::TypeClusterName)
        return *answer == m_cluster;
    return answer->compare(QLatin1String("y"), Qt::CaseInsensitive) == 0
        || answer->compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
}

bool TerminalObserver::confirmDoneByHand(const QString &instructions)
{
    // --yes confirms in advance what the console will do; it cannot say that somebody
    // switched a load balancer by hand, so this is always asked.
    m_err << instructions << '\n';
    const auto answer = ask(m_err, tr("Done? [y/N]"));
    if (!answer) {
        m_err << tr("No terminal to confirm on: this load balancer is switched by hand, which --yes cannot "
                    "confirm. Run interactively, or describe the switch as commands (load_balancer kind: custom).")
              << '\n';
        return false;
    }
    return answer->compare(QLatin1String("y"), Qt::CaseInsensitive) == 0
        || answer->compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
}

nb::FailureDecision TerminalObserver::decideFailure(const nb::ProcedureStep &, const nb::StepResult &result,
                                                    const QVector<nb::FailurePolicy> &allowed)
{
    std::lock_guard lock(m_mutex);
    if (m_onFailure == OnFailure::RollBack && allowed.contains(nb::FailurePolicy::RollBack))
        return {nb::FailurePolicy::RollBack, tr("--on-failure rollback")};
    if (m_onFailure != OnFailure::Ask)
        return {nb::FailurePolicy::Abort, {}};

    m_err << result.reason << '\n';
    QStringList choices;
    for (const auto policy : allowed)
        choices.append(nb::toString(policy));
    for (;;) {
        const auto answer = ask(m_err, tr("What now? (%1)").arg(choices.join(QStringLiteral(", "))));
        if (!answer)
            return {nb::FailurePolicy::Abort, {}};
        for (const auto policy : allowed) {
            if (*answer != nb::toString(policy))
                continue;
            if (policy != nb::FailurePolicy::MarkDoneByHand)
                return {policy, {}};
            const auto reason = ask(m_err, tr("What did you do by hand?"));
            if (reason && !reason->isEmpty())
                return {policy, *reason};
        }
    }
}

void TerminalObserver::runFinished(nb::RunOutcome outcome, const QString &message, const QString &hint)
{
    std::lock_guard lock(m_mutex);
    if (outcome == m_success) {
        m_out << (message.isEmpty() ? tr("Done.") : message) << '\n';
        m_out.flush();
        return;
    }
    // The contract: the first line on stderr is one sentence naming the host or node.
    m_err << message << '\n';
    if (!hint.isEmpty())
        m_err << hint << '\n';
    m_err.flush();
}
