#pragma once

#include <procedure/ProcedureObserver.h>

#include <QString>
#include <QTextStream>

#include <mutex>

// The CLI face of a run: steps, notes and every output line as "name | line" on
// stdout; questions on the terminal (the typed cluster name for destructive steps),
// or the answers --yes and --on-failure gave in advance.
class TerminalObserver : public nb::ProcedureObserver
{
public:
    enum class OnFailure { Ask, RollBack, Stop };

    TerminalObserver(QTextStream &out, QTextStream &err, const QString &cluster, bool assumeYes,
                     OnFailure onFailure, bool showCommands);

    void runStarted(const QString &runId, const nb::Procedure &procedure, bool resumed) override;
    void stepStarted(const nb::ProcedureStep &step, int index, int count, bool applies) override;
    void commandStarted(const QString &host, const QString &command) override;
    void output(const nb::OutputLines &lines) override;
    void note(const QString &text) override;
    void stepFinished(const nb::ProcedureStep &step, nb::StepState state, const QString &message) override;
    bool confirm(const nb::ProcedureStep &step, const QString &question, nb::ConfirmationLevel level) override;
    nb::FailureDecision decideFailure(const nb::ProcedureStep &step, const nb::StepResult &result,
                                      const QVector<nb::FailurePolicy> &allowed) override;
    void runFinished(nb::RunOutcome outcome, const QString &message, const QString &hint) override;

    // What counts as success and goes to stdout: Succeeded, or RolledBack for `rollback`.
    void setSuccess(nb::RunOutcome outcome) { m_success = outcome; }

    // One line typed by the operator; nothing when stdin is closed or not a terminal.
    static std::optional<QString> ask(QTextStream &err, const QString &prompt);

private:
    bool confirmDoneByHand(const QString &instructions);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_cluster;
    bool m_assumeYes;
    OnFailure m_onFailure;
    bool m_showCommands;
    nb::RunOutcome m_success = nb::RunOutcome::Succeeded;
    std::mutex m_mutex; // output arrives from one thread per host
};
