#include "ResumePlan.h"

#include <core/Translate.h>

#include <algorithm>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::ResumePlan", text);
}

QString describeNode(const AppNode &node, const NodeSnapshot &probe)
{
    if (probe.run == NodeSnapshot::Run::Unknown)
        return tr("%1: state unknown (%2)").arg(node.name, probe.error);
    const QString running = probe.run == NodeSnapshot::Run::Running ? tr("running") : tr("stopped");
    QString health;
    switch (probe.health) {
    case NodeSnapshot::Health::Ready: health = tr("healthy, version %1").arg(probe.dbVersion); break;
    case NodeSnapshot::Health::Busy: health = tr("busy (%1 %2)").arg(probe.code, probe.message); break;
    case NodeSnapshot::Health::Failed: health = tr("failed (%1 %2)").arg(probe.code, probe.message); break;
    case NodeSnapshot::Health::Down: health = tr("not answering"); break;
    case NodeSnapshot::Health::Unknown: health = tr("health unknown"); break;
    }
    return tr("%1: %2, release %3, %4").arg(node.name, running, probe.release, health);
}

} // namespace

bool ResumePlan::changedCluster(const RunRecord &record, const Procedure &procedure)
{
    return std::any_of(record.steps.cbegin(), record.steps.cend(), [&procedure](const StepRecord &step) {
        const ProcedureStep *defined = step.rollback ? nullptr : procedure.step(step.id);
        return defined && defined->changesCluster && step.state != StepState::Pending
            && step.state != StepState::SkippedAfterFailure;
    });
}

ResumePlan ResumePlan::make(const RunRecord &record, const Procedure &procedure, const Inventory &inventory,
                            ClusterControl &cluster, const LockHolder &lock)
{
    ResumePlan plan;
    for (const auto &step : record.steps)
        plan.inRollback = plan.inRollback || (step.rollback && step.state != StepState::Pending);
    plan.clusterChanged = changedCluster(record, procedure);
    // The record lists the steps as they were when the run started; map by id so a
    // procedure that gained a step since still resumes at the right one.
    const int index = record.resumeIndex();
    plan.fromIndex = procedure.steps.size();
    if (index >= 0) {
        for (int i = 0; i < procedure.steps.size(); ++i) {
            if (procedure.steps.at(i).id == record.steps.at(index).id)
                plan.fromIndex = i;
        }
    }

    for (const auto &node : inventory.app.nodes)
        plan.clusterState.append(describeNode(node, cluster.probeNode(node)));
    const LoadBalancerProbe lb = cluster.probeLoadBalancer();
    if (!lb.error.isEmpty())
        plan.clusterState.append(tr("lb: state unknown (%1)").arg(lb.error));
    else if (cluster.loadBalancerByHand())
        plan.clusterState.append(tr("the load balancer is switched by hand: check whether it is in maintenance"));
    else if (lb.mode == QLatin1String("maintenance"))
        plan.clusterState.append(tr("the load balancer is still in maintenance"));
    else if (lb.upstream.size() < inventory.app.nodes.size())
        plan.clusterState.append(tr("the load balancer sends traffic to %1 only").arg(lb.upstream.join(QStringLiteral(", "))));
    else
        plan.clusterState.append(tr("the load balancer serves from every node"));
    plan.clusterState.append(lock.isEmpty() ? tr("the cluster is not locked")
                                            : tr("the cluster lock is held by %1").arg(lock.describe()));
    return plan;
}

} // namespace nb
