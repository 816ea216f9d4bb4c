#include "Preflight.h"

#include "ClusterSteps.h"
#include "RunContext.h"
#include "VersionPolicy.h"

#include <core/Translate.h>

#include <QDir>
#include <QHash>
#include <QTemporaryFile>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::Preflight", text);
}

// Every host answers: each node's runtime and release, the load balancer.
StepResult probeAll(RunContext &context, QHash<QString, NodeSnapshot> &probes)
{
    const LoadBalancerProbe lb = context.cluster().probeLoadBalancer();
    if (!lb.error.isEmpty())
        return StepResult::failure(tr("lb: %1").arg(lb.error));
    const auto &settings = context.inventory().loadBalancer;
    if (context.cluster().loadBalancerByHand() && settings.host.isEmpty() && settings.url.isEmpty())
        return StepResult::failure(tr("lb: switched by hand and has no url: nothing can prove its switches"),
                                   tr("Add the cluster's public address as load_balancer.url to the inventory."));
    if (context.cluster().loadBalancerByHand())
        context.note(tr("lb: switched by hand; each switch is asked of you, then checked at %1")
                         .arg(settings.url.isEmpty() ? settings.host : settings.url));
    else
        context.note(tr("lb: mode %1, upstream %2").arg(lb.mode, lb.upstream.join(QStringLiteral(", "))));
    for (const auto &node : context.nodes(StepTarget::AllNodes)) {
        const NodeSnapshot probe = context.cluster().probeNode(node);
        if (probe.run == NodeSnapshot::Run::Unknown || probe.release.isEmpty())
            return StepResult::failure(tr("%1: cannot read the node's state: %2")
                                           .arg(node.name, probe.error.isEmpty() ? tr("no answer") : probe.error),
                                       tr("Check that the host is reachable over SSH with a verified key."));
        probes.insert(node.name, probe);
    }
    return StepResult::success();
}

void rememberOnce(RunContext &context, const QString &key, const QString &value)
{
    if (context.fact(key).isEmpty())
        context.remember(key, value);
}

// The folder for the copy of the backup is tried now: finding it unwritable after the
// dump, with every node stopped, would lengthen the maintenance window for nothing.
StepResult checkBackupCopyDir(RunContext &context)
{
    const QString dir = ClusterSteps::backupCopyDir(context);
    if (dir.isEmpty())
        return StepResult::success();
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".nbconsole-write-test-XXXXXX")));
    if (!QDir().mkpath(dir) || !probe.open())
        return StepResult::failure(tr("this computer: cannot write the backup's copy into %1: %2")
                                       .arg(dir, probe.errorString()),
                                   tr("Choose a folder you can write to, or leave the copy out."));
    context.note(tr("this computer: the backup will also be copied into %1").arg(dir));
    rememberOnce(context, QStringLiteral("backup_copy_dir"), dir);
    return StepResult::success();
}

ProcedureStep base(const QString &id, const QString &title)
{
    ProcedureStep step;
    step.id = id;
    step.title = title;
    step.explanation = tr("Every host answers over SSH with a verified key, the runtime, the load balancer and "
                          "the database respond; nothing is changed.");
    step.target = StepTarget::Cluster;
    step.changesCluster = false;
    step.onFailure = {FailurePolicy::Retry, FailurePolicy::Abort};
    step.preview = [](const RunContext &context) {
        PlannedCommands commands = context.cluster().preview(ClusterControl::Operation::LbProbe);
        for (const auto &node : context.nodes(StepTarget::AllNodes))
            commands += context.cluster().preview(ClusterControl::Operation::Probe, &node);
        return commands;
    };
    return step;
}

} // namespace

ProcedureStep Preflight::upgrade(const QString &id)
{
    ProcedureStep step = base(id, tr("Preflight: cluster, target version, backup space"));
    step.preview = [preview = step.preview](const RunContext &context) {
        return preview(context) + context.cluster().preview(ClusterControl::Operation::BackupSpace);
    };
    step.action = [](RunContext &context) {
        const QString target = context.target();
        const QString refusal = VersionPolicy::refusal(target);
        if (!refusal.isEmpty())
            return StepResult::failure(tr("upgrade: %1").arg(refusal), tr("Name an exact release with --to."));
        QHash<QString, NodeSnapshot> probes;
        StepResult result = probeAll(context, probes);
        if (!result.ok)
            return result;

        bool allAtTarget = true;
        for (const auto &node : context.nodes(StepTarget::AllNodes)) {
            const NodeSnapshot &probe = probes[node.name];
            if (VersionPolicy::compare(probe.release, target) > 0)
                return StepResult::failure(tr("%1: runs %2, newer than %3; NocoBase cannot downgrade")
                                               .arg(node.name, probe.release, target),
                                           tr("Roll back with the backup of the upgrade that brought %1.")
                                               .arg(probe.release));
            allAtTarget = allAtTarget && probe.release == target
                && probe.health == NodeSnapshot::Health::Ready && probe.dbVersion == target;
        }
        if (allAtTarget)
            return StepResult{true, tr("Every node already runs %1; nothing to do.").arg(target), {}, true};

        result = context.cluster().checkBackupSpace();
        if (!result.ok)
            return result;
        result = checkBackupCopyDir(context);
        if (!result.ok)
            return result;
        for (const auto &node : context.nodes(StepTarget::AllNodes)) {
            const NodeSnapshot &probe = probes[node.name];
            context.note(tr("%1: %2 -> %3").arg(node.name, probe.release, target));
            const int jump = VersionPolicy::minorJump(probe.release, target);
            if (jump > context.settings().minorJumpWarning)
                context.note(tr("Warning: %1 -> %2 crosses %3 minor versions; NocoBase migrations have failed on "
                                "skipped versions. Consider an intermediate release.")
                                 .arg(probe.release, target).arg(jump));
            // A resumed run must keep the version from before its own change.
            rememberOnce(context, QStringLiteral("previous_version.") + node.name, probe.release);
        }
        rememberOnce(context, QStringLiteral("first_node"), context.firstNode().name);
        rememberOnce(context, QStringLiteral("target"), target);
        return StepResult::success();
    };
    return step;
}

ProcedureStep Preflight::firstStart(const QString &id)
{
    ProcedureStep step = base(id, tr("Preflight: cluster and release"));
    step.action = [](RunContext &context) {
        QHash<QString, NodeSnapshot> probes;
        const StepResult result = probeAll(context, probes);
        if (!result.ok)
            return result;
        const AppNode &first = context.firstNode();
        const QString release = probes[first.name].release;
        bool allHealthy = true;
        for (const auto &node : context.nodes(StepTarget::AllNodes)) {
            const NodeSnapshot &probe = probes[node.name];
            if (probe.release != release)
                return StepResult::failure(tr("%1: has release %2 but %3 has %4; every node must run the same release")
                                               .arg(node.name, probe.release, first.name, release));
            allHealthy = allHealthy && probe.health == NodeSnapshot::Health::Ready && probe.dbVersion == release;
        }
        if (allHealthy)
            return StepResult{true, tr("Every node already runs %1 and is healthy; nothing to do.").arg(release),
                              {}, true};
        rememberOnce(context, QStringLiteral("first_node"), first.name);
        rememberOnce(context, QStringLiteral("target"), release);
        return StepResult::success(tr("Release %1 on every node").arg(release));
    };
    return step;
}

ProcedureStep Preflight::maintenance(const QString &id)
{
    ProcedureStep step = base(id, tr("Preflight: cluster and the node that stays"));
    step.action = [](RunContext &context) {
        QHash<QString, NodeSnapshot> probes;
        const StepResult result = probeAll(context, probes);
        if (!result.ok)
            return result;
        const AppNode &first = context.firstNode();
        const NodeSnapshot &staying = probes[first.name];
        if (staying.health != NodeSnapshot::Health::Ready)
            return StepResult::failure(tr("%1: the node that stays is not healthy (%2 %3)")
                                           .arg(first.name, staying.code, staying.message));
        for (const auto &node : context.nodes(StepTarget::OtherNodes)) {
            if (probes[node.name].release != staying.release)
                return StepResult::failure(tr("%1: has release %2 but %3 runs %4; it would change the database's "
                                              "version when it starts")
                                               .arg(node.name, probes[node.name].release, first.name, staying.release));
        }
        rememberOnce(context, QStringLiteral("first_node"), first.name);
        rememberOnce(context, QStringLiteral("target"), staying.release);
        return StepResult::success();
    };
    return step;
}

} // namespace nb
