#pragma once

#include "ClusterControl.h"
#include "ProcedureStep.h"

#include <QString>
#include <QStringList>

namespace nb {

class RunContext;

// When a NocoBase node counts as healthy: /api/__health_check answered 200 "ok" AND
// app:getInfo reports the expected version AND its log since the start has no
// error-level line other than the health-poll noise. Exit codes prove nothing: NocoBase
// exits 0 after a failed upgrade and stays alive answering 503 APP_ERROR.
class NodeReadiness
{
public:
    static StepResult judge(const AppNode &node, const NodeSnapshot &probe, const QString &version,
                            const QStringList &errorLines);
    // Polls the node until it is healthy, fails at once on a sticky error or a wrong
    // version, or gives up after the run's health timeout. Shows progress and the log.
    static StepResult waitUntilHealthy(RunContext &context, const AppNode &node, const QString &version,
                                       qint64 sinceMs);
    // Refuses to start a node whose host has another release than `version`: NocoBase
    // would "upgrade" the database to its older version (NOCOBASE-NOTES.md §8).
    static StepResult releaseMatches(RunContext &context, const AppNode &node, const QString &version);
    // The lines of a fresh read of a log's tail that the previous read did not show:
    // runtimes without a time filter (pm2, most custom commands) return the same last
    // lines every time, so the overlap (the previous read's end = this read's start) goes.
    static QStringList unseenLines(const QStringList &previous, const QStringList &current);
    // Shows (and journals) the node's log lines the run has not shown yet, written since
    // sinceMs at the earliest.
    static void showNewLog(RunContext &context, const AppNode &node, qint64 sinceMs);
};

} // namespace nb
