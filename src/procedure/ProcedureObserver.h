#pragma once

#include "ProcedureStep.h"

#include "journal/RunRecord.h"
#include "ssh/CommandRunner.h"

#include <QString>

namespace nb {

struct FailureDecision
{
    FailurePolicy policy = FailurePolicy::Abort;
    QString reason; // required for MarkDoneByHand
};

// How a run talks to its front end (the CLI's terminal, the GUI wizard). Every call
// comes from the runner's worker thread; confirm() and decideFailure() block the run
// until the front end answers, so a GUI forwards them to its own thread and waits.
class ProcedureObserver
{
public:
    virtual ~ProcedureObserver() = default;

    virtual void runStarted(const QString &runId, const Procedure &procedure, bool resumed) = 0;
    // applies: false for a step this run passes over (it ends as skipped right after).
    virtual void stepStarted(const ProcedureStep &step, int index, int count, bool applies) = 0;
    virtual void commandStarted(const QString &host, const QString &command) = 0;
    virtual void output(const OutputLines &lines) = 0;
    virtual void note(const QString &text) = 0;
    virtual void stepFinished(const ProcedureStep &step, StepState state, const QString &message) = 0;
    virtual bool confirm(const ProcedureStep &step, const QString &question, ConfirmationLevel level) = 0;
    virtual FailureDecision decideFailure(const ProcedureStep &step, const StepResult &result,
                                          const QVector<FailurePolicy> &allowed) = 0;
    virtual void runFinished(RunOutcome outcome, const QString &message, const QString &hint) = 0;
};

} // namespace nb
