#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

enum class StepState {
    Pending,             // not reached yet
    Running,             // started; the run is still going
    Succeeded,           // the action ran and its check proved it
    Failed,              // the action or its check failed
    Skipped,             // nothing to do (e.g. no other nodes), or the operator skipped it
    SkippedAfterFailure, // never started because an earlier step failed
    Interrupted,         // started but the console died before it finished
    DoneByHand,          // the operator did it by hand and gave a reason
};

enum class RunOutcome {
    Running,     // no end recorded; Interrupted once the writer is gone
    Interrupted, // the console died mid-run: resume it
    Succeeded,
    Failed,      // stopped after changing the cluster: resume or roll back
    RolledBack,
    Refused,     // stopped before changing anything (preflight, lock, a refused confirmation)
};

QString toString(StepState state);
StepState stepStateFromString(const QString &text);
QString toString(RunOutcome outcome);
RunOutcome runOutcomeFromString(const QString &text);
// What a person reads in `runs` and in reports.
QString describe(StepState state);
QString describe(RunOutcome outcome);

struct CommandRecord
{
    QString host;
    QString command;
    QString outcome; // CommandResult's outcome, see JournalEvent::CommandFinished
    int exitCode = -1;
    QString error;
    qint64 durationMs = 0;
    qint64 lineCount = 0;
};

struct NodeStepRecord
{
    StepState state = StepState::Pending;
    QString message;
};

struct StepRecord
{
    QString id;
    QString title;
    bool rollback = false; // a step of the rollback that followed a failure
    StepState state = StepState::Pending;
    QString message;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    QMap<QString, NodeStepRecord> nodes; // node (or lb, db) -> its part of the step
    QVector<CommandRecord> commands;
    QStringList notes;
};

struct DecisionRecord
{
    QString step;
    QString kind;   // confirm | failure | resume | unlock | by_hand
    QString answer; // yes | no | retry | rollback | abort | by-hand | done
    QString reason;
    qint64 timeMs = 0;
};

// A run as its journal tells it. Only the journal's view: what was intended and what
// the console saw happen; the cluster's real state is probed separately.
struct RunRecord
{
    QString path;
    QString runId;
    QString procedure;
    QString cluster;
    QString inventory;
    QString target;
    QString operatorName;
    QJsonObject options;
    qint64 startedMs = 0;
    qint64 lastEventMs = 0;
    qint64 finishedMs = 0;
    RunOutcome outcome = RunOutcome::Running;
    QString message;
    QString hint;
    QVector<StepRecord> steps;
    QHash<QString, QString> facts;
    QVector<DecisionRecord> decisions;
    int resumeCount = 0;

    // Stopped before its end and not still going: what resume and rollback take up. A
    // Running run belongs to the console that is writing it.
    bool isUnfinished() const
    {
        return outcome == RunOutcome::Interrupted || outcome == RunOutcome::Failed;
    }
    // The first procedure step that still has to run (the resume point), or -1.
    int resumeIndex() const;
    const StepRecord *step(const QString &id) const;
};

} // namespace nb
