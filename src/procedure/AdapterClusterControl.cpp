#include "AdapterClusterControl.h"

#include "adapters/AdapterFactory.h"
#include "adapters/HealthProbe.h"
#include "adapters/HostCommand.h"
#include "ssh/InventoryEndpoints.h"
#include "adapters/LogErrorScan.h"
#include "JournalingCommandRunner.h"
#include "monitor/ClusterMonitor.h"
#include "ssh/SshPool.h"

#include <core/Translate.h>

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::AdapterClusterControl", text);
}

StepResult toStep(const AdapterResult &result)
{
    return result.ok ? StepResult::success(result.value) : StepResult::failure(result.error);
}

// The backup a run journaled: where it is and the checksum it had when it was taken.
BackupInfo takenBackup(const QString &path, const QString &checksum)
{
    BackupInfo info;
    info.ok = true;
    info.path = path;
    info.sha256 = checksum;
    return info;
}

QString loadBalancerUrl(const Inventory &inventory)
{
    QString base = inventory.loadBalancer.url;
    if (base.isEmpty())
        base = QStringLiteral("http://%1/").arg(inventory.loadBalancer.host);
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    // The health check, not "/": NocoBase's own nginx answers "/" from disk even when
    // the app is down (NOCOBASE-NOTES.md §1.2).
    return base + QStringLiteral("api/__health_check");
}

QString modeName(LbMode mode)
{
    switch (mode) {
    case LbMode::Serve: return QStringLiteral("serve");
    case LbMode::Maintenance: return QStringLiteral("maintenance");
    case LbMode::OneNode: return QStringLiteral("one-node");
    case LbMode::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

} // namespace

AdapterClusterControl::AdapterClusterControl(const Inventory &inventory, CommandRunner &runner, SshPool &pool)
    : m_inventory(inventory), m_runner(runner), m_pool(pool)
{
}

std::unique_ptr<AdapterClusterControl> AdapterClusterControl::create(const Inventory &inventory,
                                                                     CommandRunner &runner, SshPool &pool,
                                                                     const std::optional<QString> &databasePassword,
                                                                     QString *error)
{
    if (inventory.app.nodes.isEmpty()) {
        *error = tr("%1: the inventory lists no app nodes").arg(inventory.filePath);
        return nullptr;
    }
    std::unique_ptr<AdapterClusterControl> control(new AdapterClusterControl(inventory, runner, pool));
    control->m_runtime = AdapterFactory::runtime(inventory, runner);
    control->m_loadBalancer = AdapterFactory::loadBalancer(inventory, runner);
    // Status, first start and maintenance do without one; the upgrade's preflight asks
    // for the backup space first and stops there (see noDatabase()).
    control->m_database = AdapterFactory::database(inventory, runner);
    if (control->m_database)
        control->m_database->setPassword(databasePassword);
    return control;
}

PlannedCommands AdapterClusterControl::preview(Operation operation, const AppNode *node, const QString &value) const
{
    const AppNode none;
    const AppNode &target = node ? *node : none;
    switch (operation) {
    case Operation::Probe:
        return m_runtime->plannedCommands(RuntimeAdapter::Action::Status, target)
            + m_runtime->plannedCommands(RuntimeAdapter::Action::Release, target);
    case Operation::Pull: return m_runtime->plannedCommands(RuntimeAdapter::Action::Pull, target, value);
    case Operation::SetVersion: return m_runtime->plannedCommands(RuntimeAdapter::Action::SetVersion, target, value);
    case Operation::Start: return m_runtime->plannedCommands(RuntimeAdapter::Action::Start, target);
    case Operation::Stop: return m_runtime->plannedCommands(RuntimeAdapter::Action::Stop, target);
    case Operation::Logs: return m_runtime->plannedCommands(RuntimeAdapter::Action::Logs, target);
    case Operation::LbMaintenanceOn:
    case Operation::LbMaintenanceOff:
        return m_loadBalancer->plannedCommands(operation == Operation::LbMaintenanceOn
                                                   ? LoadBalancerAdapter::Action::MaintenanceOn
                                                   : LoadBalancerAdapter::Action::MaintenanceOff);
    case Operation::LbUpstream:
        return m_loadBalancer->plannedCommands(LoadBalancerAdapter::Action::Upstream,
                                               node ? QStringList{node->name} : allNodeNames());
    case Operation::LbProbe: return m_loadBalancer->plannedCommands(LoadBalancerAdapter::Action::State);
    case Operation::Backup:
    case Operation::VerifyBackup:
    case Operation::Restore:
    case Operation::BackupSpace:
    case Operation::CopyBackup:
        return databasePreview(operation, value);
    }
    return {};
}

PlannedCommands AdapterClusterControl::databasePreview(Operation operation, const QString &value) const
{
    if (!m_database)
        return {{QStringLiteral("db"), noDatabase().reason}};
    switch (operation) {
    case Operation::Backup: return m_database->plannedCommands(DatabaseAdapter::Action::Backup, value);
    case Operation::VerifyBackup:
        return {HostCommand(m_runner, endpointForDatabase(m_inventory)).plan(m_database->verifyCommand(value))};
    case Operation::Restore: return m_database->plannedCommands(DatabaseAdapter::Action::Restore, value);
    case Operation::BackupSpace: return m_database->plannedCommands(DatabaseAdapter::Action::FreeSpace);
    case Operation::CopyBackup:
        return {{endpointForDatabase(m_inventory).label,
                 tr("sftp: download this run's backup into %1 on this machine, then compare its sha256").arg(value)}};
    default: return {};
    }
}

StepResult AdapterClusterControl::noDatabase() const
{
    // An upgrade without a backup has no way back.
    return StepResult::failure(tr("db: the inventory %1 has no database section; the upgrade needs it for the backup")
                                   .arg(m_inventory.filePath),
                               tr("Add the database section to the inventory."));
}

NodeSnapshot AdapterClusterControl::probeNode(const AppNode &node)
{
    const JournalingCommandRunner::Quiet quiet;
    NodeSnapshot probe;
    probe.node = node.name;
    const RuntimeStatus status = m_runtime->status(node);
    probe.run = status.state == RunState::Running ? NodeSnapshot::Run::Running
        : status.state == RunState::Stopped       ? NodeSnapshot::Run::Stopped
                                                  : NodeSnapshot::Run::Unknown;
    if (probe.run == NodeSnapshot::Run::Unknown)
        probe.error = status.detail;
    const AdapterResult release = m_runtime->release(node);
    if (release.ok)
        probe.release = release.value;
    else if (probe.error.isEmpty())
        probe.error = release.error;
    if (probe.run != NodeSnapshot::Run::Running) {
        probe.health = NodeSnapshot::Health::Down;
        return probe;
    }
    const NodeSnapshot answer = probeHealth(node);
    probe.health = answer.health;
    probe.code = answer.code;
    probe.message = answer.message;
    probe.dbVersion = answer.dbVersion;
    if (probe.error.isEmpty())
        probe.error = answer.error;
    return probe;
}

NodeSnapshot AdapterClusterControl::probeHealth(const AppNode &node)
{
    NodeSnapshot probe;
    probe.node = node.name;
    const QString healthUrl = m_inventory.healthUrl(node);
    const auto answer = HealthProbe::probeViaTunnel(m_pool, endpointForNode(m_inventory, node), healthUrl,
                                                    ClusterMonitor::infoUrlFor(QUrl(healthUrl)).toString());
    probe.code = answer.health.code;
    probe.message = answer.health.message;
    switch (answer.health.state) {
    case HealthCheck::State::Ready:
        // A database that went away keeps the health check at "ok" while getInfo fails
        // (NOCOBASE-NOTES.md §7): ready means both answered.
        probe.dbVersion = answer.version;
        probe.health = answer.version.isEmpty() ? NodeSnapshot::Health::Busy : NodeSnapshot::Health::Ready;
        if (answer.version.isEmpty())
            probe.message = answer.versionError;
        break;
    case HealthCheck::State::NotReady:
        // APP_NOT_FOUND: NocoBase's gateway listens a moment before its supervisor has
        // the main app; a request in that gap is answered 404 and the start goes on.
        probe.health = answer.health.code == QLatin1String("APP_COMMANDING")
                || answer.health.code == QLatin1String("APP_PREPARING")
                || answer.health.code == QLatin1String("APP_INITIALIZING")
                || answer.health.code == QLatin1String("APP_STARTING")
                || answer.health.code == QLatin1String("APP_NOT_FOUND")
            ? NodeSnapshot::Health::Busy : NodeSnapshot::Health::Failed;
        break;
    case HealthCheck::State::NotListening:
    case HealthCheck::State::Unreachable:
        probe.health = NodeSnapshot::Health::Down;
        probe.error = answer.health.error;
        break;
    }
    return probe;
}

StepResult AdapterClusterControl::pull(const AppNode &node, const QString &version)
{
    return toStep(m_runtime->pull(node, version));
}

StepResult AdapterClusterControl::setVersion(const AppNode &node, const QString &version)
{
    const VersionChange change = m_runtime->setVersion(node, version);
    return change.ok ? StepResult::success(tr("%1: %2 -> %3").arg(node.name, change.before, change.after))
                     : StepResult::failure(change.error);
}

StepResult AdapterClusterControl::start(const AppNode &node)
{
    return toStep(m_runtime->start(node));
}

StepResult AdapterClusterControl::stop(const AppNode &node)
{
    return toStep(m_runtime->stop(node));
}

QStringList AdapterClusterControl::errorLogLines(const AppNode &node, qint64 sinceMs)
{
    // A re-read: the lines reached the journal as the start was watched.
    const JournalingCommandRunner::Unrecorded unrecorded;
    const AdapterResult logs = m_runtime->logs(node, 2000, QDateTime::fromMSecsSinceEpoch(sinceMs));
    return logs.ok ? LogErrorScan::errorLines(logs.lines) : QStringList{logs.error};
}

QStringList AdapterClusterControl::recentLog(const AppNode &node, qint64 sinceMs)
{
    const JournalingCommandRunner::Unrecorded unrecorded;
    const AdapterResult logs = m_runtime->logs(node, 200, QDateTime::fromMSecsSinceEpoch(sinceMs));
    return logs.ok ? logs.lines : QStringList();
}

LoadBalancerProbe AdapterClusterControl::probeLoadBalancer()
{
    const JournalingCommandRunner::Quiet quiet;
    const LoadBalancerState state = m_loadBalancer->state();
    LoadBalancerProbe probe;
    probe.mode = modeName(state.mode);
    probe.upstream = state.upstream;
    if (!state.ok)
        probe.error = state.error;
    return probe;
}

bool AdapterClusterControl::loadBalancerByHand() const
{
    return m_loadBalancer->needsOperatorConfirmation();
}

StepResult AdapterClusterControl::setMaintenance(bool on)
{
    return toStep(m_loadBalancer->setMaintenance(on));
}

StepResult AdapterClusterControl::setUpstream(const QStringList &nodeNames)
{
    return toStep(m_loadBalancer->setUpstream(nodeNames.isEmpty() ? allNodeNames() : nodeNames));
}

LoadBalancerAnswer AdapterClusterControl::probeLoadBalancerUrl()
{
    // Asked from this machine, as a user's browser would: the answer through an SSH
    // tunnel differs (nginx drops a proxied request whose client half-closed).
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(loadBalancerUrl(m_inventory))};
    request.setTransferTimeout(3000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString error = status ? QString() : tr("lb: %1").arg(reply->errorString());
    delete reply;
    return {status, error};
}

StepResult AdapterClusterControl::checkBackupSpace()
{
    if (!m_database)
        return noDatabase();
    const AdapterResult free = m_database->freeSpace();
    if (!free.ok)
        return StepResult::failure(free.error);
    // The dump of a NocoBase database is far smaller than the data files; the floor
    // only catches a full disk, which would fail the dump inside the downtime.
    constexpr qint64 MinimumFree = 256LL * 1024 * 1024;
    const qint64 bytes = free.value.toLongLong();
    if (bytes < MinimumFree)
        return StepResult::failure(tr("db: only %1 MiB free in %2 for the backup")
                                       .arg(bytes / (1024 * 1024)).arg(m_inventory.database.backupDir),
                                   tr("Free space on the database host or set database.backup_dir elsewhere."));
    return StepResult::success(tr("db: %1 MiB free for the backup").arg(bytes / (1024 * 1024)));
}

StepResult AdapterClusterControl::backup(QString *backupPath, QString *checksum)
{
    if (!m_database)
        return noDatabase();
    const BackupInfo info = m_database->backup();
    if (!info.ok)
        return StepResult::failure(info.error);
    *backupPath = info.path;
    *checksum = info.sha256;
    return StepResult::success(tr("db: %1 (%2 bytes)").arg(info.path).arg(info.size));
}

StepResult AdapterClusterControl::verifyBackup(const QString &backupPath)
{
    if (!m_database)
        return noDatabase();
    HostCommand host(m_runner, endpointForDatabase(m_inventory));
    return toStep(host.check(m_database->verifyCommand(backupPath), tr("reading back %1").arg(backupPath),
                             Timeouts::Dump));
}

StepResult AdapterClusterControl::restore(const QString &backupPath, const QString &checksum)
{
    if (!m_database)
        return noDatabase();
    return toStep(m_database->restore(takenBackup(backupPath, checksum)));
}

StepResult AdapterClusterControl::copyBackup(const QString &backupPath, const QString &checksum,
                                             const QString &localPath,
                                             const std::function<void(qint64, qint64)> &progress)
{
    if (!m_database)
        return noDatabase();
    const AdapterResult copied = m_database->download(takenBackup(backupPath, checksum), localPath, progress);
    if (!copied.ok)
        return toStep(copied);
    return StepResult::success(tr("db: %1 copied to %2, sha256 matches").arg(backupPath, localPath));
}

QStringList AdapterClusterControl::allNodeNames() const
{
    QStringList names;
    for (const auto &node : m_inventory.app.nodes)
        names.append(node.name);
    return names;
}

} // namespace nb
