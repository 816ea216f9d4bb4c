#pragma once

#include "ProcedureStep.h"

#include "inventory/Inventory.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace nb {

// What a procedure needs to know about one app node, as the cluster says it now.
struct NodeSnapshot
{
    enum class Run { Unknown, Running, Stopped };
    enum class Health { Unknown, Ready, Busy, Failed, Down };

    QString node;
    QString error;     // the host or a probe did not answer: why
    Run run = Run::Unknown;
    QString release;   // what the node's host has installed (image tag, package version)
    Health health = Health::Unknown;
    QString code;      // NocoBase's error.code when not ready (APP_COMMANDING, APP_ERROR)
    QString message;   // progress while busy, the reason when failed
    QString dbVersion; // app:getInfo: the version whose install or upgrade finished
};

struct LoadBalancerProbe
{
    QString mode;         // serve | maintenance | one-node | unknown
    QStringList upstream; // node names it sends traffic to
    QString error;
};

// One answer of the load balancer's public URL.
struct LoadBalancerAnswer
{
    int status = 0; // 0: no HTTP answer
    QString error;
};

// The operations procedures perform on a cluster, one call per host and role. The
// product implements it over the adapters (runtime, load balancer, database, health);
// unit tests over a simulated cluster. Calls block and may come from several worker
// threads at once (one per node). Every call that runs commands does so through the
// run's command runner, so the journal sees each command, exit code and line.
class ClusterControl
{
public:
    enum class Operation {
        Probe, Pull, SetVersion, Start, Stop, Logs,
        LbMaintenanceOn, LbMaintenanceOff, LbUpstream, LbProbe,
        Backup, VerifyBackup, Restore, BackupSpace, CopyBackup,
    };

    virtual ~ClusterControl() = default;

    // The exact commands an operation would run, per host; nothing is run.
    virtual PlannedCommands preview(Operation operation, const AppNode *node = nullptr,
                                    const QString &value = QString()) const = 0;

    virtual NodeSnapshot probeNode(const AppNode &node) = 0;
    // Only what NocoBase answers (health and getInfo), without asking the runtime: the
    // cheap probe for polling a start. run and release stay unknown.
    virtual NodeSnapshot probeHealth(const AppNode &node) = 0;
    virtual StepResult pull(const AppNode &node, const QString &version) = 0;
    virtual StepResult setVersion(const AppNode &node, const QString &version) = 0;
    virtual StepResult start(const AppNode &node) = 0;
    virtual StepResult stop(const AppNode &node) = 0;
    // Error-level log lines since the given time, without NocoBase's health-poll noise
    // (every 503 health reply is logged at error level, NOCOBASE-NOTES.md §1.2). The
    // log read for it is neither shown nor journaled.
    virtual QStringList errorLogLines(const AppNode &node, qint64 sinceMs) = 0;
    // The last lines of the node's log (since sinceMs where the runtime can filter by
    // time), for the operator to watch a start; neither shown nor journaled (the caller
    // records the lines it has not seen before). Empty when unread.
    virtual QStringList recentLog(const AppNode &node, qint64 sinceMs) = 0;

    virtual LoadBalancerProbe probeLoadBalancer() = 0;
    // True when the console cannot switch the load balancer itself (a cloud LB): the
    // switches then return the operator's instructions and the probe cannot tell the
    // upstream; only the public URL shows the result.
    virtual bool loadBalancerByHand() const { return false; }
    virtual StepResult setMaintenance(bool on) = 0;
    virtual StepResult setUpstream(const QStringList &nodeNames) = 0; // all nodes when empty
    virtual LoadBalancerAnswer probeLoadBalancerUrl() = 0;

    virtual StepResult checkBackupSpace() = 0;
    // Writes a dump and returns where it is on the database host and its checksum
    // (a restore refuses a dump that changed since).
    virtual StepResult backup(QString *backupPath, QString *checksum) = 0;
    virtual StepResult verifyBackup(const QString &backupPath) = 0;
    virtual StepResult restore(const QString &backupPath, const QString &checksum) = 0;
    // Copies the dump to localPath on this machine and checks it against the checksum;
    // progress(done, total) as it arrives.
    virtual StepResult copyBackup(const QString &backupPath, const QString &checksum, const QString &localPath,
                                  const std::function<void(qint64, qint64)> &progress) = 0;
};

} // namespace nb
