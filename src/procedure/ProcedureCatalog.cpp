#include "ProcedureCatalog.h"

#include "ClusterSteps.h"
#include "Preflight.h"

#include <core/Translate.h>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::ProcedureCatalog", text);
}

} // namespace

Procedure ProcedureCatalog::firstStart()
{
    // The seed procedure: one node installs the schema and enables the plugins, only
    // then the others start (two nodes installing one database at once conflict). The
    // "target" is the release every node has, which the preflight remembers.
    return {QStringLiteral("first-start"),
            tr("First start"),
            {Preflight::firstStart(QStringLiteral("preflight")),
             ClusterSteps::startNodes(QStringLiteral("start-first"), StepTarget::FirstNode, ClusterSteps::targetVersion),
             ClusterSteps::startNodes(QStringLiteral("start-others"), StepTarget::OtherNodes, ClusterSteps::targetVersion),
             ClusterSteps::loadBalancerToAllNodes(QStringLiteral("lb-serve"), true)},
            {}};
}

Procedure ProcedureCatalog::upgrade()
{
    return {QStringLiteral("upgrade"),
            tr("Version upgrade"),
            {Preflight::upgrade(QStringLiteral("preflight")),
             ClusterSteps::pull(QStringLiteral("pull")),
             ClusterSteps::loadBalancerToMaintenance(QStringLiteral("lb-maintenance")),
             ClusterSteps::stopNodes(QStringLiteral("stop-all"), StepTarget::AllNodes),
             ClusterSteps::backup(QStringLiteral("backup")),
             ClusterSteps::copyBackup(QStringLiteral("backup-copy")),
             ClusterSteps::setVersion(QStringLiteral("set-version"), ClusterSteps::targetVersion),
             ClusterSteps::startNodes(QStringLiteral("start-first"), StepTarget::FirstNode,
                                      ClusterSteps::targetVersion),
             ClusterSteps::verifyNode(QStringLiteral("verify-first"), ClusterSteps::targetVersion),
             ClusterSteps::startNodes(QStringLiteral("start-others"), StepTarget::OtherNodes,
                                      ClusterSteps::targetVersion),
             ClusterSteps::loadBalancerToAllNodes(QStringLiteral("lb-serve"), true)},
            QStringLiteral("rollback")};
}

Procedure ProcedureCatalog::rollback()
{
    // Old release + the database as it was before the version change: NocoBase cannot
    // downgrade a migrated database, so restoring the backup is not optional.
    return {QStringLiteral("rollback"),
            tr("Rollback to the previous version"),
            {ClusterSteps::loadBalancerToMaintenance(QStringLiteral("rollback-lb-maintenance")),
             ClusterSteps::stopNodes(QStringLiteral("rollback-stop-all"), StepTarget::AllNodes),
             ClusterSteps::setVersion(QStringLiteral("rollback-set-version"), ClusterSteps::previousVersion),
             ClusterSteps::restoreBackup(QStringLiteral("rollback-restore")),
             ClusterSteps::startNodes(QStringLiteral("rollback-start-first"), StepTarget::FirstNode,
                                      ClusterSteps::previousVersion),
             ClusterSteps::startNodes(QStringLiteral("rollback-start-others"), StepTarget::OtherNodes,
                                      ClusterSteps::previousVersion),
             ClusterSteps::loadBalancerToAllNodes(QStringLiteral("rollback-lb-serve"), true)},
            {}};
}

Procedure ProcedureCatalog::maintenanceBegin()
{
    return {QStringLiteral("maintenance-begin"),
            tr("In-app maintenance: scale down to one node"),
            {Preflight::maintenance(QStringLiteral("preflight")),
             ClusterSteps::loadBalancerToFirstNode(QStringLiteral("lb-one-node")),
             ClusterSteps::stopNodes(QStringLiteral("stop-others"), StepTarget::OtherNodes)},
            {}};
}

Procedure ProcedureCatalog::maintenanceEnd()
{
    return {QStringLiteral("maintenance-end"),
            tr("In-app maintenance: back to every node"),
            {Preflight::maintenance(QStringLiteral("preflight")),
             ClusterSteps::startNodes(QStringLiteral("start-others"), StepTarget::OtherNodes, ClusterSteps::targetVersion),
             ClusterSteps::loadBalancerToAllNodes(QStringLiteral("lb-all"), false)},
            {}};
}

std::optional<Procedure> ProcedureCatalog::byId(const QString &id)
{
    for (const auto &procedure : {firstStart(), upgrade(), rollback(), maintenanceBegin(), maintenanceEnd()}) {
        if (procedure.id == id)
            return procedure;
    }
    return std::nullopt;
}

} // namespace nb
