#include "RunRecord.h"

#include <core/Translate.h>

namespace nb {

namespace {

struct StateName
{
    StepState state;
    const char *name;
};

constexpr StateName StepStateNames[] = {
    {StepState::Pending, "pending"},
    {StepState::Running, "running"},
    {StepState::Succeeded, "succeeded"},
    {StepState::Failed, "failed"},
    {StepState::Skipped, "skipped"},
    {StepState::SkippedAfterFailure, "skipped-after-failure"},
    {StepState::Interrupted, "interrupted"},
    {StepState::DoneByHand, "done-by-hand"},
};

struct OutcomeName
{
    RunOutcome outcome;
    const char *name;
};

constexpr OutcomeName RunOutcomeNames[] = {
    {RunOutcome::Running, "running"},         {RunOutcome::Interrupted, "interrupted"},
    {RunOutcome::Succeeded, "succeeded"},     {RunOutcome::Failed, "failed"},
    {RunOutcome::RolledBack, "rolled-back"},  {RunOutcome::Refused, "refused"},
};

QString tr(const char *text)
{
    return nb::translate("nb::RunRecord", text);
}

} // namespace

QString toString(StepState state)
{
    for (const auto &entry : StepStateNames) {
        if (entry.state == state)
            return QLatin1String(entry.name);
    }
    return {};
}

StepState stepStateFromString(const QString &text)
{
    for (const auto &entry : StepStateNames) {
        if (text == QLatin1String(entry.name))
            return entry.state;
    }
    return StepState::Pending;
}

QString toString(RunOutcome outcome)
{
    for (const auto &entry : RunOutcomeNames) {
        if (entry.outcome == outcome)
            return QLatin1String(entry.name);
    }
    return {};
}

RunOutcome runOutcomeFromString(const QString &text)
{
    for (const auto &entry : RunOutcomeNames) {
        if (text == QLatin1String(entry.name))
            return entry.outcome;
    }
    return RunOutcome::Interrupted;
}

QString describe(StepState state)
{
    switch (state) {
    case StepState::Pending: return tr("not started");
    case StepState::Running: return tr("running");
    case StepState::Succeeded: return tr("done");
    case StepState::Failed: return tr("failed");
    case StepState::Skipped: return tr("skipped");
    case StepState::SkippedAfterFailure: return tr("skipped because of an earlier failure");
    case StepState::Interrupted: return tr("interrupted");
    case StepState::DoneByHand: return tr("done by hand");
    }
    return {};
}

QString describe(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Running: return tr("running");
    case RunOutcome::Interrupted: return tr("interrupted");
    case RunOutcome::Succeeded: return tr("succeeded");
    case RunOutcome::Failed: return tr("failed");
    case RunOutcome::RolledBack: return tr("rolled back");
    case RunOutcome::Refused: return tr("refused, nothing changed");
    }
    return {};
}

int RunRecord::resumeIndex() const
{
    for (int i = 0; i < steps.size(); ++i) {
        const auto &s = steps.at(i);
        if (s.rollback)
            continue;
        if (s.state != StepState::Succeeded && s.state != StepState::Skipped
            && s.state != StepState::DoneByHand)
            return i;
    }
    return -1;
}

const StepRecord *RunRecord::step(const QString &id) const
{
    for (const auto &s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace nb
