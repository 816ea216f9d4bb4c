#pragma once

#include "ProcedureStep.h"
#include "RunContext.h"

#include "journal/RunRecord.h"

#include <QString>

namespace nb {

// Executes a procedure's steps in order on the calling (worker) thread: confirmation,
// action, check, and on failure what the front end chooses among the step's policies.
// The only place that decides what runs next; wizard and CLI only answer questions.
class ProcedureRunner
{
public:
    struct Result
    {
        RunOutcome outcome = RunOutcome::Refused;
        QString message; // first line for the operator: host or node and reason
        QString hint;    // what to do next
    };

    // `rollback` is run when the operator (or --on-failure) chooses to roll back.
    ProcedureRunner(const Procedure &procedure, const Procedure *rollback = nullptr);

    // A fresh run from the first step.
    Result run(RunContext &context);
    // Continues a journaled run at the given step index; `clusterChanged` says whether
    // an earlier attempt already changed the cluster.
    Result resume(RunContext &context, int fromIndex, bool clusterChanged, const QString &clusterState);
    // Runs only the rollback (e.g. `rollback --run ID` after a run stopped on failure).
    Result rollBack(RunContext &context, const QString &reason);

    // The preview per host of every step that would run (a step that does not apply to
    // this run, such as copying the backup when no folder was given, is left out), from
    // the step a resume would continue at; nothing runs.
    static QVector<QPair<const ProcedureStep *, PlannedCommands>> dryRun(const Procedure &procedure,
                                                                        const RunContext &context,
                                                                        int fromIndex = 0);

private:
    enum class StepEnd { Done, Finish, Stop, RolledBack, RollbackFailed };

    Result runFrom(RunContext &context, int fromIndex);
    StepEnd runStep(RunContext &context, const ProcedureStep &step, int index, int count,
                    bool inRollback, Result &result);
    Result runRollback(RunContext &context, const QString &reason);
    Result finish(RunContext &context, const Result &result);

    const Procedure &m_procedure;
    const Procedure *m_rollback;
    bool m_changed = false;
};

} // namespace nb
