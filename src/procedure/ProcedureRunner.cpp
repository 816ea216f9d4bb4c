#include "ProcedureRunner.h"

#include "journal/JournalEvent.h"

#include <core/Translate.h>

#include <QJsonArray>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::ProcedureRunner", text);
}

QJsonArray stepList(const Procedure &procedure)
{
    QJsonArray steps;
    for (const auto &step : procedure.steps)
        steps.append(QJsonObject{{QStringLiteral("id"), step.id}, {QStringLiteral("title"), step.title}});
    return steps;
}

QJsonObject stepEvent(const char *kind, const ProcedureStep &step)
{
    QJsonObject event = JournalEvent::make(kind);
    event.insert(QStringLiteral("step"), step.id);
    return event;
}

void journalStepEnd(RunContext &context, const ProcedureStep &step, StepState state, const QString &message)
{
    QJsonObject event = stepEvent(JournalEvent::StepFinished, step);
    event.insert(QStringLiteral("state"), toString(state));
    if (!message.isEmpty())
        event.insert(QStringLiteral("message"), message);
    context.journal().append(event, true);
    context.observer().stepFinished(step, state, message);
}

QString confirmationQuestion(const RunContext &context, const ProcedureStep &step)
{
    if (step.confirmation == ConfirmationLevel::TypeClusterName)
        return tr("%1 — type the cluster name (%2) to go on").arg(step.title, context.inventory().cluster);
    return tr("%1 — go on?").arg(step.title);
}

} // namespace

ProcedureRunner::ProcedureRunner(const Procedure &procedure, const Procedure *rollback)
    : m_procedure(procedure), m_rollback(rollback)
{
}

ProcedureRunner::Result ProcedureRunner::run(RunContext &context)
{
    m_changed = false;
    QJsonObject event = JournalEvent::make(JournalEvent::RunStarted);
    event.insert(QStringLiteral("run"), context.runId());
    event.insert(QStringLiteral("procedure"), m_procedure.id);
    event.insert(QStringLiteral("cluster"), context.inventory().cluster);
    event.insert(QStringLiteral("inventory"), context.inventory().filePath);
    event.insert(QStringLiteral("target"), context.settings().target);
    event.insert(QStringLiteral("operator"), context.settings().operatorName);
    event.insert(QStringLiteral("options"), context.settings().options);
    event.insert(QStringLiteral("steps"), stepList(m_procedure));
    context.journal().append(event, true);
    context.observer().runStarted(context.runId(), m_procedure, false);
    return runFrom(context, 0);
}

ProcedureRunner::Result ProcedureRunner::resume(RunContext &context, int fromIndex, bool clusterChanged,
                                                const QString &clusterState)
{
    m_changed = clusterChanged;
    QJsonObject event = JournalEvent::make(JournalEvent::RunResumed);
    event.insert(QStringLiteral("at"), fromIndex >= 0 && fromIndex < m_procedure.steps.size()
                                           ? m_procedure.steps.at(fromIndex).id : QString());
    event.insert(QStringLiteral("cluster_state"), clusterState);
    context.journal().append(event, true);
    context.observer().runStarted(context.runId(), m_procedure, true);
    return runFrom(context, fromIndex);
}

ProcedureRunner::Result ProcedureRunner::rollBack(RunContext &context, const QString &reason)
{
    m_changed = true;
    QJsonObject event = JournalEvent::make(JournalEvent::RunResumed);
    event.insert(QStringLiteral("at"), QStringLiteral("rollback"));
    context.journal().append(event, true);
    context.observer().runStarted(context.runId(), m_procedure, true);
    return finish(context, runRollback(context, reason));
}

ProcedureRunner::Result ProcedureRunner::runFrom(RunContext &context, int fromIndex)
{
    const int count = int(m_procedure.steps.size());
    Result result;
    for (int i = fromIndex; i < count; ++i) {
        const StepEnd end = runStep(context, m_procedure.steps.at(i), i, count, false, result);
        if (end == StepEnd::Finish)
            return finish(context, {RunOutcome::Succeeded, result.message, {}});
        if (end != StepEnd::Done)
            return finish(context, result);
    }
    result.outcome = RunOutcome::Succeeded;
    return finish(context, result);
}

ProcedureRunner::StepEnd ProcedureRunner::runStep(RunContext &context, const ProcedureStep &step, int index,
                                                  int count, bool inRollback, Result &result)
{
    QJsonObject started = stepEvent(JournalEvent::StepStarted, step);
    started.insert(QStringLiteral("title"), step.title);
    context.journal().append(started, true);
    context.setCurrentStep(&step);
    const bool applies = !step.applies || step.applies(context);
    // A front end may ask "Run this step?" here.
    context.waitForOperator([&] { context.observer().stepStarted(step, index, count, applies); });

    if (!applies) {
        journalStepEnd(context, step, StepState::Skipped,
                       step.skippedBecause.isEmpty() ? tr("nothing to do") : step.skippedBecause);
        return StepEnd::Done;
    }
    if (step.confirmation != ConfirmationLevel::None) {
        const bool yes = context.waitForOperator(
            [&] { return context.observer().confirm(step, confirmationQuestion(context, step), step.confirmation); });
        context.decision(step, QStringLiteral("confirm"), yes ? QStringLiteral("yes") : QStringLiteral("no"));
        if (!yes) {
            const QString message = tr("%1: the operator declined; the step did not run.").arg(step.title);
            journalStepEnd(context, step, StepState::Failed, message);
            result = {m_changed ? RunOutcome::Failed : RunOutcome::Refused, message,
                      m_changed ? tr("Run 'nbconsole-cli resume' to continue or 'nbconsole-cli rollback' to go back.")
                                : tr("Nothing was changed.")};
            return StepEnd::Stop;
        }
    }
    // Cancelled before its action (the wizard's "Do not run" on a step that asks nothing
    // cancels the run there): the step changed nothing, so the run may end as refused.
    if (step.changesCluster && !context.isCancelled())
        m_changed = true;

    for (;;) {
        StepResult outcome = context.isCancelled()
            ? StepResult::failure(tr("%1: cancelled by the operator.").arg(step.title))
            : step.action(context);
        if (outcome.ok && step.check && !outcome.finishRun)
            outcome = step.check(context);
        if (!context.journal().error().isEmpty())
            outcome = StepResult::failure(tr("The journal cannot be written: %1").arg(context.journal().error()),
                                          tr("Free disk space or fix the permissions, then resume the run."));
        if (outcome.ok) {
            journalStepEnd(context, step, StepState::Succeeded, outcome.reason);
            if (outcome.finishRun) {
                result.message = outcome.reason;
                return StepEnd::Finish;
            }
            return StepEnd::Done;
        }

        journalStepEnd(context, step, StepState::Failed, outcome.reason);
        QVector<FailurePolicy> allowed = step.onFailure;
        if (inRollback || !m_rollback || !m_changed)
            allowed.removeAll(FailurePolicy::RollBack);
        const FailureDecision decision = context.isCancelled()
            ? FailureDecision{FailurePolicy::Abort, {}}
            : context.waitForOperator([&] { return context.observer().decideFailure(step, outcome, allowed); });
        const FailurePolicy policy = allowed.contains(decision.policy) ? decision.policy : FailurePolicy::Abort;
        context.decision(step, QStringLiteral("failure"), toString(policy), decision.reason);

        switch (policy) {
        case FailurePolicy::Retry:
            started.insert(QStringLiteral("t"), JournalEvent::make(JournalEvent::StepStarted).value(QStringLiteral("t")));
            context.journal().append(started, true);
            context.waitForOperator([&] { context.observer().stepStarted(step, index, count, true); });
            continue;
        case FailurePolicy::MarkDoneByHand:
            journalStepEnd(context, step, StepState::DoneByHand, decision.reason);
            return StepEnd::Done;
        case FailurePolicy::RollBack: {
            const Result rolled = runRollback(context, outcome.reason);
            result = rolled;
            if (rolled.outcome == RunOutcome::RolledBack)
                result.message = tr("%1 The cluster was rolled back.").arg(outcome.reason);
            return rolled.outcome == RunOutcome::RolledBack ? StepEnd::RolledBack : StepEnd::RollbackFailed;
        }
        case FailurePolicy::Abort:
            break;
        }
        result.outcome = m_changed ? RunOutcome::Failed : RunOutcome::Refused;
        result.message = outcome.reason;
        if (inRollback)
            result.hint = tr("Fix the cause, then run 'nbconsole-cli rollback' again.");
        else if (!m_changed)
            result.hint = tr("Nothing was changed.");
        else if (m_rollback && step.afterVersionChange)
            result.hint = tr("The cluster was left as it is. Run 'nbconsole-cli rollback' to restore the previous "
                             "version and database, or fix the cause and run 'nbconsole-cli resume'.");
        else
            result.hint = tr("The cluster was left as it is. Fix the cause and run 'nbconsole-cli resume'.");
        if (!outcome.hint.isEmpty())
            result.hint = outcome.hint + QLatin1Char('\n') + result.hint;
        return StepEnd::Stop;
    }
}

ProcedureRunner::Result ProcedureRunner::runRollback(RunContext &context, const QString &reason)
{
    if (!m_rollback)
        return {RunOutcome::Failed, reason, tr("This procedure has no rollback.")};
    QJsonObject event = JournalEvent::make(JournalEvent::RollbackStarted);
    event.insert(QStringLiteral("reason"), reason);
    event.insert(QStringLiteral("steps"), stepList(*m_rollback));
    context.journal().append(event, true);
    context.note(tr("Rolling back: %1").arg(reason));

    const int count = int(m_rollback->steps.size());
    for (int i = 0; i < count; ++i) {
        Result result;
        const StepEnd end = runStep(context, m_rollback->steps.at(i), i, count, true, result);
        if (end != StepEnd::Done)
            return {RunOutcome::Failed, tr("The rollback failed: %1").arg(result.message), result.hint};
    }
    return {RunOutcome::RolledBack, tr("The cluster was rolled back."), {}};
}

ProcedureRunner::Result ProcedureRunner::finish(RunContext &context, const Result &result)
{
    QJsonObject event = JournalEvent::make(JournalEvent::RunFinished);
    event.insert(QStringLiteral("outcome"), toString(result.outcome));
    event.insert(QStringLiteral("message"), result.message);
    if (!result.hint.isEmpty())
        event.insert(QStringLiteral("hint"), result.hint);
    context.journal().append(event, true);
    context.observer().runFinished(result.outcome, result.message, result.hint);
    return result;
}

QVector<QPair<const ProcedureStep *, PlannedCommands>> ProcedureRunner::dryRun(const Procedure &procedure,
                                                                              const RunContext &context,
                                                                              int fromIndex)
{
    QVector<QPair<const ProcedureStep *, PlannedCommands>> plan;
    for (int i = qMax(0, fromIndex); i < procedure.steps.size(); ++i) {
        const ProcedureStep &step = procedure.steps.at(i);
        if (!step.applies || step.applies(context))
            plan.append({&step, step.preview ? step.preview(context) : PlannedCommands()});
    }
    return plan;
}

} // namespace nb
