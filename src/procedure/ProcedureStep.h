#pragma once

#include "adapters/AdapterResult.h"

#include <QString>
#include <QVector>

#include <functional>

namespace nb {

class RunContext;

enum class StepTarget { AllNodes, FirstNode, OtherNodes, LoadBalancer, Database, Cluster };
// DoneByHand: the operator did something outside the console (switched a cloud load
// balancer) and says so; nothing answers it in advance, not even --yes.
enum class ConfirmationLevel { None, Confirm, TypeClusterName, DoneByHand };
enum class FailurePolicy { Retry, RollBack, Abort, MarkDoneByHand };

QString toString(FailurePolicy policy);

// What an action or a check found. The reason is the one sentence an operator reads
// first: it names the host or node and says what happened.
struct StepResult
{
    bool ok = true;
    QString reason;
    QString hint;          // what the operator can do next
    bool finishRun = false; // ok, and nothing more to do (e.g. already at the target)

    static StepResult success(const QString &message = QString()) { return {true, message, {}, false}; }
    static StepResult failure(const QString &reason, const QString &hint = QString())
    {
        return {false, reason, hint, false};
    }
};

// A step of a procedure, defined once; the wizard and the CLI render it and the runner
// executes it. Actions are "make it so" (stopping a stopped node is fine), so a resumed
// run can repeat the step it was interrupted in.
struct ProcedureStep
{
    QString id;
    QString title;       // translated
    QString explanation; // translated: what happens and why
    StepTarget target = StepTarget::Cluster;
    ConfirmationLevel confirmation = ConfirmationLevel::None;
    bool changesCluster = true;  // false for checks and for what users do not notice (pulling)
    bool afterVersionChange = false; // a failure here is what --on-failure is about
    QVector<FailurePolicy> onFailure{FailurePolicy::Retry, FailurePolicy::Abort};

    std::function<PlannedCommands(const RunContext &)> preview;
    std::function<StepResult(RunContext &)> action;
    std::function<StepResult(RunContext &)> check; // proves the action worked
    std::function<bool(const RunContext &)> applies; // empty = always
    QString skippedBecause; // translated: why a step that does not apply is passed over
};

struct Procedure
{
    QString id; // first-start, upgrade, maintenance-begin, maintenance-end, rollback
    QString title;
    QVector<ProcedureStep> steps;
    QString rollbackId; // the procedure a failure may roll back with, if any

    const ProcedureStep *step(const QString &stepId) const;
};

} // namespace nb
