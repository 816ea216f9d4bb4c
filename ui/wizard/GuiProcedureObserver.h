#pragma once

#include <procedure/ProcedureObserver.h>
#include <ssh/CancelToken.h>

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <optional>

namespace nb {
class RunContext;
}

// The wizard's side of a run. The runner calls in from its worker thread; every
// notification leaves as a queued signal, and a question (confirm, decideFailure)
// waits for answerConfirm()/answerFailure() from the GUI thread. abandon() (the
// wizard closes) answers "no" / abort to the waiting question and to every later
// one and cancels the run, so a worker never waits for a window that is gone.
//
// The wizard goes step by step: a step the procedure runs without asking still waits
// for the operator's Run (confirmationAsked with ConfirmationLevel::None); "no" there
// cancels the run, which the engine turns into a stop before the step's action.
class GuiProcedureObserver : public QObject, public nb::ProcedureObserver
{
    Q_OBJECT

public:
    explicit GuiProcedureObserver(QObject *parent = nullptr);

    // Previews are computed on the worker thread from this context, and abandon()
    // cancels its run; set it (from the worker) before the run starts.
    void setContext(const nb::RunContext *context);

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

    // From the GUI thread.
    void answerConfirm(bool yes);
    void answerFailure(const nb::FailureDecision &decision);
    void abandon();
    // Journals what the operator chose when they cancelled the run (kind "cancel",
    // against the step the run is in), so the record says why it stopped.
    void journalCancel(const QString &answer, const QString &reason);
    // Before the next run of the same wizard (maintenance end, a rollback after a
    // cancel): the last run's abandon() must not cancel it.
    void reset();

signals:
    // Steps are the procedure's own, which outlives the run.
    void stepShown(const nb::ProcedureStep *step, int index, int count, const nb::PlannedCommands &preview);
    void commandSent(const QString &host, const QString &command);
    void linesArrived(const nb::OutputLines &lines);
    void noted(const QString &text);
    void stepEnded(const nb::ProcedureStep *step, nb::StepState state, const QString &message);
    void confirmationAsked(const nb::ProcedureStep *step, const QString &question, nb::ConfirmationLevel level);
    void failureAsked(const nb::ProcedureStep *step, const QString &reason, const QString &hint,
                      const QVector<nb::FailurePolicy> &allowed);
    void finished(nb::RunOutcome outcome, const QString &message, const QString &hint);

private:
    // Waits for the GUI thread's answer; nothing when the wizard was abandoned.
    template<typename Answer>
    std::optional<Answer> wait(std::optional<Answer> &slot);
    bool ask(const nb::ProcedureStep &step, const QString &question, nb::ConfirmationLevel level);

    const nb::RunContext *m_context = nullptr;
    QString m_stepId;
    QMutex m_mutex;
    QWaitCondition m_answered;
    bool m_abandoned = false;
    std::optional<nb::CancelToken> m_cancel;
    std::optional<bool> m_confirmAnswer;
    std::optional<nb::FailureDecision> m_failureAnswer;
};
