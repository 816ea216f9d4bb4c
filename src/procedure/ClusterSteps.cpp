#include "ClusterSteps.h"

#include "LoadBalancerSwitch.h"
#include "NodeReadiness.h"
#include "RunContext.h"

#include <core/Translate.h>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::ClusterSteps", text);
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

PlannedCommands previewPerNode(const RunContext &context, StepTarget target, ClusterControl::Operation operation,
                               const ClusterSteps::VersionFor &version = {})
{
    PlannedCommands commands;
    for (const auto &node : context.nodes(target))
        commands += context.cluster().preview(operation, &node, version ? version(context, node) : QString());
    return commands;
}

StepResult nodesStopped(RunContext &context, StepTarget target)
{
    return context.forEachNode(context.nodes(target), [&context](const AppNode &node) {
        const NodeSnapshot probe = context.cluster().probeNode(node);
        if (probe.run != NodeSnapshot::Run::Stopped)
            return StepResult::failure(probe.error.isEmpty()
                                           ? tr("%1: still running after the stop").arg(node.name)
                                           : tr("%1: cannot tell whether it stopped: %2").arg(node.name, probe.error));
        return StepResult::success();
    });
}

// A load balancer the console cannot drive is switched by the operator: the step shows
// what to do and waits for their word; the probes of the step's check then prove it.
StepResult switchedByOperator(RunContext &context, const StepResult &instructions)
{
    if (!instructions.ok || !context.cluster().loadBalancerByHand())
        return instructions;
    if (context.askDoneByHand(instructions.reason))
        return StepResult::success(tr("lb: switched by the operator"));
    return StepResult::failure(tr("lb: the operator did not confirm the switch: %1").arg(instructions.reason),
                               tr("Switch the load balancer as described, then retry the step."));
}

StepResult upstreamIs(RunContext &context, const QStringList &expected, const QString &what)
{
    const StepResult answered = LoadBalancerSwitch::confirm(context, 200, what);
    // Only the public URL can tell about a load balancer switched by hand.
    if (!answered.ok || context.cluster().loadBalancerByHand())
        return answered;
    const LoadBalancerProbe probe = context.cluster().probeLoadBalancer();
    QStringList upstream = probe.upstream;
    QStringList wanted = expected;
    upstream.sort();
    wanted.sort();
    if (!probe.error.isEmpty() || upstream != wanted)
        return StepResult::failure(tr("lb: sends traffic to %1, expected %2")
                                       .arg(probe.error.isEmpty() ? upstream.join(QStringLiteral(", ")) : probe.error,
                                            wanted.join(QStringLiteral(", "))));
    return answered;
}

QStringList names(const QVector<AppNode> &nodes)
{
    QStringList result;
    for (const auto &node : nodes)
        result.append(node.name);
    return result;
}

} // namespace

QString ClusterSteps::targetVersion(const RunContext &context, const AppNode &)
{
    return context.target();
}

QString ClusterSteps::previousVersion(const RunContext &context, const AppNode &node)
{
    return context.fact(QStringLiteral("previous_version.") + node.name);
}

ProcedureStep ClusterSteps::pull(const QString &id)
{
    ProcedureStep step;
    step.id = id;
    step.title = tr("Fetch the new version on every node");
    step.explanation = tr("Every node downloads the target version while the cluster still serves, so the "
                          "maintenance window does not wait for downloads and a missing version stops the "
                          "upgrade before anything changes.");
    step.target = StepTarget::AllNodes;
    step.changesCluster = false;
    step.preview = [](const RunContext &context) {
        return previewPerNode(context, StepTarget::AllNodes, ClusterControl::Operation::Pull, targetVersion);
    };
    step.action = [](RunContext &context) {
        return context.forEachNode(context.nodes(StepTarget::AllNodes), [&context](const AppNode &node) {
            return context.cluster().pull(node, context.target());
        });
    };
    return step;
}

ProcedureStep ClusterSteps::loadBalancerToMaintenance(const QString &id)
{
    ProcedureStep step;
    step.id = id;
    step.title = tr("Load balancer to maintenance");
    step.explanation = tr("The load balancer answers every request with the 503 maintenance page. This comes "
                          "before any node stops: with no node behind it nginx would answer 502 without the "
                          "page. The cluster is unavailable from here until the last step.");
    step.target = StepTarget::LoadBalancer;
    step.confirmation = ConfirmationLevel::TypeClusterName;
    step.preview = [](const RunContext &context) {
        return context.cluster().preview(ClusterControl::Operation::LbMaintenanceOn);
    };
    step.action = [](RunContext &context) {
        if (context.fact(QStringLiteral("window_start_ms")).isEmpty())
            context.remember(QStringLiteral("window_start_ms"), QString::number(now()));
        return switchedByOperator(context, context.cluster().setMaintenance(true));
    };
    step.check = [](RunContext &context) {
        return LoadBalancerSwitch::confirm(context, 503, tr("maintenance page served"));
    };
    return step;
}

ProcedureStep ClusterSteps::loadBalancerToAllNodes(const QString &id, bool fromMaintenance)
{
    ProcedureStep step;
    step.id = id;
    step.title = fromMaintenance ? tr("Load balancer back to the cluster") : tr("Load balancer to every node");
    step.explanation = tr("The load balancer sends traffic to every node again; several answers in a row from "
                          "its public URL prove the switch.");
    step.target = StepTarget::LoadBalancer;
    step.preview = [fromMaintenance](const RunContext &context) {
        PlannedCommands commands = context.cluster().preview(ClusterControl::Operation::LbUpstream);
        if (fromMaintenance)
            commands += context.cluster().preview(ClusterControl::Operation::LbMaintenanceOff);
        return commands;
    };
    step.action = [fromMaintenance](RunContext &context) {
        // After an upgrade the upstream is usually whole already: one reload less
        // inside the maintenance window.
        QStringList upstream = context.cluster().probeLoadBalancer().upstream;
        QStringList all = names(context.nodes(StepTarget::AllNodes));
        upstream.sort();
        all.sort();
        StepResult result = upstream == all ? StepResult::success() : context.cluster().setUpstream({});
        if (result.ok && fromMaintenance) {
            const StepResult serving = context.cluster().setMaintenance(false);
            const QString both = QStringList{result.reason, serving.reason}.join(QLatin1Char('\n')).trimmed();
            result = serving.ok ? StepResult::success(both) : serving;
        }
        return switchedByOperator(context, result);
    };
    step.check = [](RunContext &context) {
        const StepResult result = upstreamIs(context, names(context.nodes(StepTarget::AllNodes)),
                                             tr("serving from every node"));
        if (result.ok && !context.fact(QStringLiteral("window_start_ms")).isEmpty()
            && context.fact(QStringLiteral("window_end_ms")).isEmpty()) {
            context.remember(QStringLiteral("window_end_ms"), QString::number(now()));
            context.note(downtimeSummary(context));
        }
        return result;
    };
    return step;
}

ProcedureStep ClusterSteps::loadBalancerToFirstNode(const QString &id)
{
    ProcedureStep step;
    step.id = id;
    step.title = tr("Load balancer to the one node that stays");
    step.explanation = tr("All traffic goes to one node, so the maintenance done in NocoBase's own UI happens on "
                          "the node every user talks to.");
    step.target = StepTarget::LoadBalancer;
    step.preview = [](const RunContext &context) {
        return context.cluster().preview(ClusterControl::Operation::LbUpstream, &context.firstNode());
    };
    step.action = [](RunContext &context) {
        return switchedByOperator(context, context.cluster().setUpstream({context.firstNode().name}));
    };
    step.check = [](RunContext &context) {
        return upstreamIs(context, {context.firstNode().name}, tr("serving from %1 only").arg(context.firstNode().name));
    };
    return step;
}

ProcedureStep ClusterSteps::stopNodes(const QString &id, StepTarget target)
{
    ProcedureStep step;
    step.id = id;
    step.title = target == StepTarget::AllNodes ? tr("Stop every node") : tr("Stop the other nodes");
    step.explanation = tr("The nodes stop; nothing is removed (no volumes, no data).");
    step.target = target;
    step.confirmation = target == StepTarget::OtherNodes ? ConfirmationLevel::Confirm : ConfirmationLevel::None;
    step.applies = [target](const RunContext &context) { return !context.nodes(target).isEmpty(); };
    step.preview = [target](const RunContext &context) {
        return previewPerNode(context, target, ClusterControl::Operation::Stop);
    };
    step.action = [target](RunContext &context) {
        QElapsedTimer timer;
        timer.start();
        const StepResult result = context.forEachNode(
            context.nodes(target), [&context](const AppNode &node) { return context.cluster().stop(node); });
        context.addTime(QStringLiteral("stop_ms"), timer.elapsed());
        return result;
    };
    step.check = [target](RunContext &context) { return nodesStopped(context, target); };
    return step;
}

ProcedureStep ClusterSteps::backup(const QString &id)
{
    ProcedureStep step;
    step.id = id;
    step.title = tr("Back up the database");
    step.explanation = tr("A dump of the database, taken with every node stopped, then read back to prove it is "
                          "complete. A rollback restores exactly this dump.");
    step.target = StepTarget::Database;
    step.preview = [](const RunContext &context) {
        return context.cluster().preview(ClusterControl::Operation::Backup);
    };
    step.action = [](RunContext &context) {
        QElapsedTimer timer;
        timer.start();
        QString path;
        QString checksum;
        const StepResult result = context.cluster().backup(&path, &checksum);
        context.addTime(QStringLiteral("backup_ms"), timer.elapsed());
        if (result.ok) {
            context.remember(QStringLiteral("backup_sha256"), checksum);
            context.remember(QStringLiteral("backup"), path);
        }
        return result;
    };
    step.check = [](RunContext &context) {
        QElapsedTimer timer;
        timer.start();
        const StepResult result = context.cluster().verifyBackup(context.fact(QStringLiteral("backup")));
        context.addTime(QStringLiteral("backup_ms"), timer.elapsed());
        return result;
    };
    return step;
}

QString ClusterSteps::backupCopyDir(const RunContext &context)
{
    // A resumed run keeps the folder its preflight accepted.
    const QString remembered = context.fact(QStringLiteral("backup_copy_dir"));
    return remembered.isEmpty() ? context.settings().backupCopyDir : remembered;
}

ProcedureStep ClusterSteps::copyBackup(const QString &id)
{
    ProcedureStep step;
    step.id = id;
    step.title = tr("Copy the backup to this computer");
    step.explanation = tr("The dump is downloaded over SFTP and its sha256 compared with the backup's, so a "
                          "way back survives the database host. The maintenance window lasts until it is here.");
    step.target = StepTarget::Database;
    step.changesCluster = false;
    step.onFailure = {FailurePolicy::Retry, FailurePolicy::MarkDoneByHand, FailurePolicy::Abort};
    step.applies = [](const RunContext &context) { return !backupCopyDir(context).isEmpty(); };
    step.skippedBecause = tr("no folder was given for a copy");
    step.preview = [](const RunContext &context) {
        return context.cluster().preview(ClusterControl::Operation::CopyBackup, nullptr, backupCopyDir(context));
    };
    step.action = [](RunContext &context) {
        const QString remote = context.fact(QStringLiteral("backup"));
        if (remote.isEmpty())
            return StepResult::failure(tr("db: this run has no backup to copy"));
        const QString local = QDir(backupCopyDir(context)).filePath(QFileInfo(remote).fileName());
        QElapsedTimer timer;
        timer.start();
        int shownTenths = 0;
        const auto progress = [&context, &shownTenths](qint64 done, qint64 total) {
            if (total <= 0 || done * 10 / total <= shownTenths)
                return;
            shownTenths = int(done * 10 / total);
            constexpr double MiB = 1024.0 * 1024.0;
            context.note(tr("db: copying the backup: %1 % (%2 of %3 MiB)")
                             .arg(shownTenths * 10)
                             .arg(double(done) / MiB, 0, 'f', 1)
                             .arg(double(total) / MiB, 0, 'f', 1));
        };
        const StepResult result = context.cluster().copyBackup(
            remote, context.fact(QStringLiteral("backup_sha256")), local, progress);
        context.addTime(QStringLiteral("backup_ms"), timer.elapsed());
        if (result.ok)
            context.remember(QStringLiteral("backup_copy"), local);
        return result;
    };
    return step;
}

ProcedureStep ClusterSteps::setVersion(const QString &id, const VersionFor &version)
{
    ProcedureStep step;
    step.id = id;
    step.title = tr("Set the version on every node");
    step.explanation = tr("Every node's host is configured for the new release; nothing starts yet.");
    step.target = StepTarget::AllNodes;
    step.afterVersionChange = true;
    step.onFailure = {FailurePolicy::Retry, FailurePolicy::RollBack, FailurePolicy::Abort};
    step.preview = [version](const RunContext &context) {
        return previewPerNode(context, StepTarget::AllNodes, ClusterControl::Operation::SetVersion, version);
    };
    step.action = [version](RunContext &context) {
        return context.forEachNode(context.nodes(StepTarget::AllNodes), [&context, version](const AppNode &node) {
            return context.cluster().setVersion(node, version(context, node));
        });
    };
    step.check = [version](RunContext &context) {
        return context.forEachNode(context.nodes(StepTarget::AllNodes), [&context, version](const AppNode &node) {
            return NodeReadiness::releaseMatches(context, node, version(context, node));
        });
    };
    return step;
}

ProcedureStep ClusterSteps::restoreBackup(const QString &id)
{
    ProcedureStep step;
    step.id = id;
    step.title = tr("Restore the database from this run's backup");
    step.explanation = tr("NocoBase cannot downgrade: the database goes back to the dump taken before the "
                          "version changed. Changes made since then are lost.");
    step.target = StepTarget::Database;
    step.confirmation = ConfirmationLevel::TypeClusterName;
    step.onFailure = {FailurePolicy::Retry, FailurePolicy::Abort};
    step.applies = [](const RunContext &context) { return !context.fact(QStringLiteral("backup")).isEmpty(); };
    step.skippedBecause = tr("the run took no backup");
    step.preview = [](const RunContext &context) {
        return context.cluster().preview(ClusterControl::Operation::Restore, nullptr,
                                         context.fact(QStringLiteral("backup")));
    };
    step.action = [](RunContext &context) {
        return context.cluster().restore(context.fact(QStringLiteral("backup")),
                                         context.fact(QStringLiteral("backup_sha256")));
    };
    return step;
}

ProcedureStep ClusterSteps::startNodes(const QString &id, StepTarget target, const VersionFor &version)
{
    ProcedureStep step;
    step.id = id;
    if (target == StepTarget::FirstNode) {
        step.title = tr("Start the first node and wait until it is healthy");
        step.explanation = tr("One node starts alone and runs the install or the migrations; the others wait, "
                              "because two nodes migrating one database at once conflict. Healthy means: health "
                              "check 'ok', the expected version in app:getInfo and no error in its log.");
    } else {
        step.title = target == StepTarget::OtherNodes ? tr("Start the other nodes")
                                                      : tr("Start every node");
        step.explanation = tr("The remaining nodes start on the migrated database and must each become healthy.");
    }
    step.target = target;
    step.afterVersionChange = true;
    step.onFailure = {FailurePolicy::Retry, FailurePolicy::RollBack, FailurePolicy::Abort,
                      FailurePolicy::MarkDoneByHand};
    step.applies = [target](const RunContext &context) { return !context.nodes(target).isEmpty(); };
    step.preview = [target, version](const RunContext &context) {
        return previewPerNode(context, target, ClusterControl::Operation::Start, version);
    };
    step.action = [target, version](RunContext &context) {
        QElapsedTimer timer;
        timer.start();
        const StepResult result = context.forEachNode(context.nodes(target), [&context, version](const AppNode &node) {
            const QString expected = version(context, node);
            const StepResult matches = NodeReadiness::releaseMatches(context, node, expected);
            if (!matches.ok)
                return matches;
            const qint64 startedMs = now();
            const StepResult started = context.cluster().start(node);
            if (!started.ok)
                return started;
            return NodeReadiness::waitUntilHealthy(context, node, expected, startedMs);
        });
        context.addTime(QStringLiteral("nocobase_wait_ms"), timer.elapsed());
        return result;
    };
    return step;
}

ProcedureStep ClusterSteps::verifyNode(const QString &id, const VersionFor &version)
{
    ProcedureStep step;
    step.id = id;
    step.title = tr("Verify the first node");
    step.explanation = tr("The first node is probed again before the others join it: health, version and log.");
    step.target = StepTarget::FirstNode;
    step.changesCluster = false;
    step.afterVersionChange = true;
    step.onFailure = {FailurePolicy::Retry, FailurePolicy::RollBack, FailurePolicy::Abort,
                      FailurePolicy::MarkDoneByHand};
    step.preview = [](const RunContext &context) {
        return context.cluster().preview(ClusterControl::Operation::Probe, &context.firstNode());
    };
    step.action = [version](RunContext &context) {
        const AppNode &node = context.firstNode();
        const NodeSnapshot probe = context.cluster().probeHealth(node);
        const qint64 since = context.fact(QStringLiteral("window_start_ms")).toLongLong();
        // What the node wrote since its start step stopped watching reaches the journal too.
        NodeReadiness::showNewLog(context, node, since);
        return NodeReadiness::judge(node, probe, version(context, node),
                                    context.cluster().errorLogLines(node, since));
    };
    return step;
}

QString ClusterSteps::downtimeSummary(const RunContext &context)
{
    const qint64 start = context.fact(QStringLiteral("window_start_ms")).toLongLong();
    const qint64 end = context.fact(QStringLiteral("window_end_ms")).toLongLong();
    if (!start || end < start)
        return {};
    const qint64 window = end - start;
    const qint64 nocobase = context.fact(QStringLiteral("nocobase_wait_ms")).toLongLong();
    const qint64 stopping = context.fact(QStringLiteral("stop_ms")).toLongLong();
    const qint64 backupMs = context.fact(QStringLiteral("backup_ms")).toLongLong();
    const qint64 operatorMs = context.fact(QStringLiteral("operator_wait_ms")).toLongLong();
    const auto seconds = [](qint64 ms) { return QString::number(double(ms) / 1000.0, 'f', 1); };
    const QString console = seconds(qMax<qint64>(0, window - nocobase - stopping - backupMs - operatorMs));
    // Unattended runs (--yes) wait for nobody; their summary does not mention it.
    if (operatorMs < 50)
        return tr("Downtime %1 s: %2 s starting NocoBase until healthy, %3 s stopping it, %4 s backup, %5 s the "
                  "console's own steps")
            .arg(seconds(window), seconds(nocobase), seconds(stopping), seconds(backupMs), console);
    return tr("Downtime %1 s: %2 s starting NocoBase until healthy, %3 s stopping it, %4 s backup, %5 s waiting "
              "for you, %6 s the console's own steps")
        .arg(seconds(window), seconds(nocobase), seconds(stopping), seconds(backupMs), seconds(operatorMs), console);
}

} // namespace nb
