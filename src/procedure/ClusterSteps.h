#pragma once

#include "ProcedureStep.h"

#include "inventory/Inventory.h"

#include <QString>

#include <functional>

namespace nb {

// The building blocks the procedures are made of, each defined once: what a step
// shows, runs, checks and allows on failure. First start, upgrade, rollback and
// maintenance differ only in which blocks they line up and with which versions.
class ClusterSteps
{
public:
    // The release a node must have (and report through getInfo) in this step.
    using VersionFor = std::function<QString(const RunContext &, const AppNode &)>;
    static QString targetVersion(const RunContext &context, const AppNode &node);
    static QString previousVersion(const RunContext &context, const AppNode &node);

    static ProcedureStep pull(const QString &id);
    static ProcedureStep loadBalancerToMaintenance(const QString &id);
    static ProcedureStep loadBalancerToAllNodes(const QString &id, bool fromMaintenance);
    static ProcedureStep loadBalancerToFirstNode(const QString &id);
    static ProcedureStep stopNodes(const QString &id, StepTarget target);
    static ProcedureStep backup(const QString &id);
    // Only when the run was asked to keep a copy of the backup on this machine.
    static ProcedureStep copyBackup(const QString &id);
    // The folder on this machine the run copies its backup into; empty = none.
    static QString backupCopyDir(const RunContext &context);
    static ProcedureStep setVersion(const QString &id, const VersionFor &version);
    static ProcedureStep restoreBackup(const QString &id);
    static ProcedureStep startNodes(const QString &id, StepTarget target, const VersionFor &version);
    static ProcedureStep verifyNode(const QString &id, const VersionFor &version);

    // "Downtime 14.2 s: 9.8 s starting NocoBase until healthy, 1.5 s stopping it, 0.7 s
    // backup, 2.2 s the console's own steps" from the facts the steps recorded, or empty
    // before the window closed.
    static QString downtimeSummary(const RunContext &context);
};

} // namespace nb
