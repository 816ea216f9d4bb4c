#pragma once

#include "ClusterControl.h"

#include "adapters/DatabaseAdapter.h"
#include "adapters/LoadBalancerAdapter.h"
#include "adapters/RuntimeAdapter.h"

#include <optional>

#include <memory>

namespace nb {

class SshPool;

// The procedures' view of a real cluster, made of the adapters for its runtime, load
// balancer and database, and of probes through SSH for what NocoBase itself says.
// Adapters get the run's (journaling) runner; the health probes use the pool directly, so
// the journal is not flooded by a poll every quarter second.
class AdapterClusterControl : public ClusterControl
{
public:
    // Null, with the reason in *error, when the inventory lacks what procedures need.
    // The database may be missing: only what needs it then fails, saying so.
    static std::unique_ptr<AdapterClusterControl> create(const Inventory &inventory, CommandRunner &runner,
                                                         SshPool &pool,
                                                         const std::optional<QString> &databasePassword,
                                                         QString *error);

    PlannedCommands preview(Operation operation, const AppNode *node, const QString &value) const override;

    NodeSnapshot probeNode(const AppNode &node) override;
    NodeSnapshot probeHealth(const AppNode &node) override;
    StepResult pull(const AppNode &node, const QString &version) override;
    StepResult setVersion(const AppNode &node, const QString &version) override;
    StepResult start(const AppNode &node) override;
    StepResult stop(const AppNode &node) override;
    QStringList errorLogLines(const AppNode &node, qint64 sinceMs) override;
    QStringList recentLog(const AppNode &node, qint64 sinceMs) override;

    LoadBalancerProbe probeLoadBalancer() override;
    bool loadBalancerByHand() const override;
    StepResult setMaintenance(bool on) override;
    StepResult setUpstream(const QStringList &nodeNames) override;
    LoadBalancerAnswer probeLoadBalancerUrl() override;

    StepResult checkBackupSpace() override;
    StepResult backup(QString *backupPath, QString *checksum) override;
    StepResult verifyBackup(const QString &backupPath) override;
    StepResult restore(const QString &backupPath, const QString &checksum) override;
    StepResult copyBackup(const QString &backupPath, const QString &checksum, const QString &localPath,
                          const std::function<void(qint64, qint64)> &progress) override;

private:
    AdapterClusterControl(const Inventory &inventory, CommandRunner &runner, SshPool &pool);
    QStringList allNodeNames() const;
    PlannedCommands databasePreview(Operation operation, const QString &value) const;
    StepResult noDatabase() const;

    Inventory m_inventory;
    std::unique_ptr<RuntimeAdapter> m_runtime;
    std::unique_ptr<LoadBalancerAdapter> m_loadBalancer;
    std::unique_ptr<DatabaseAdapter> m_database;
    CommandRunner &m_runner;
    SshPool &m_pool;
};

} // namespace nb
