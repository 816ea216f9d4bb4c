#pragma once

#include <procedure/ClusterControl.h>
#include <procedure/VersionPolicy.h>

#include <QMap>
#include <QMutex>
#include <QSet>
#include <QStringList>

// A simulated NocoBase cluster behind the adapter boundary. Nodes behave as NocoBase
// does (NOCOBASE-NOTES.md): a start installs into an empty database, migrates when its
// release is newer than the database's, writes an OLDER release into a newer database,
// and a failed migration leaves the node alive answering 503 APP_ERROR.
class FakeCluster : public nb::ClusterControl
{
public:
    struct Node
    {
        bool running = false;
        QString release;
        bool failed = false;
        QString failure;
    };

    explicit FakeCluster(const nb::Inventory &inventory, const QString &release, bool installed = true)
    {
        for (const auto &node : inventory.app.nodes) {
            m_nodes[node.name] = {installed, release, false, {}};
            m_allNodes.append(node.name);
        }
        dbVersion = installed ? release : QString();
        upstream = m_allNodes;
    }

    // Scenario knobs and observations; guarded by m_mutex while a run is going.
    QString dbVersion;
    int rows = 42;
    bool maintenance = false;
    QStringList upstream;
    QSet<QString> failMigrationTo;
    QSet<QString> ignoreSetVersionOn;
    QMap<QString, int> failStarts; // node -> how many starts fail before one works
    QStringList events;
    QMap<QString, QPair<QString, int>> backups; // path -> (db version, rows)

    Node node(const QString &name) const
    {
        QMutexLocker lock(&m_mutex);
        return m_nodes.value(name);
    }
    int runningCount() const
    {
        QMutexLocker lock(&m_mutex);
        int count = 0;
        for (const auto &n : m_nodes)
            count += n.running ? 1 : 0;
        return count;
    }
    int indexOf(const QString &event) const { return events.indexOf(event); }

    nb::PlannedCommands preview(Operation operation, const nb::AppNode *node, const QString &value) const override
    {
        const QString host = node ? node->name : QStringLiteral("cluster");
        return {{host, QStringLiteral("op%1 %2").arg(int(operation)).arg(value)}};
    }

    nb::NodeSnapshot probeNode(const nb::AppNode &node) override
    {
        QMutexLocker lock(&m_mutex);
        const Node &n = m_nodes[node.name];
        nb::NodeSnapshot probe;
        probe.node = node.name;
        probe.run = n.running ? nb::NodeSnapshot::Run::Running : nb::NodeSnapshot::Run::Stopped;
        probe.release = n.release;
        if (!n.running) {
            probe.health = nb::NodeSnapshot::Health::Down;
            probe.error = QStringLiteral("connection refused");
        } else if (n.failed) {
            probe.health = nb::NodeSnapshot::Health::Failed;
            probe.code = QStringLiteral("APP_ERROR");
            probe.message = n.failure;
        } else {
            probe.health = nb::NodeSnapshot::Health::Ready;
            probe.dbVersion = dbVersion;
        }
        return probe;
    }

    nb::NodeSnapshot probeHealth(const nb::AppNode &node) override
    {
        nb::NodeSnapshot probe = probeNode(node);
        probe.run = nb::NodeSnapshot::Run::Unknown;
        probe.release.clear();
        return probe;
    }

    nb::StepResult pull(const nb::AppNode &node, const QString &version) override
    {
        record(QStringLiteral("pull:%1:%2").arg(node.name, version));
        return nb::StepResult::success();
    }

    nb::StepResult setVersion(const nb::AppNode &node, const QString &version) override
    {
        QMutexLocker lock(&m_mutex);
        events.append(QStringLiteral("set-version:%1:%2").arg(node.name, version));
        if (!ignoreSetVersionOn.contains(node.name))
            m_nodes[node.name].release = version;
        return nb::StepResult::success();
    }

    nb::StepResult start(const nb::AppNode &node) override
    {
        QMutexLocker lock(&m_mutex);
        events.append(QStringLiteral("start:%1").arg(node.name));
        if (failStarts.value(node.name) > 0) {
            --failStarts[node.name];
            return nb::StepResult::failure(QStringLiteral("%1: docker compose up failed (exit 1): no space left")
                                               .arg(node.name));
        }
        Node &n = m_nodes[node.name];
        n.running = true;
        n.failed = false;
        if (dbVersion.isEmpty() || nb::VersionPolicy::compare(n.release, dbVersion) != 0) {
            if (failMigrationTo.contains(n.release)) {
                n.failed = true;
                n.failure = QStringLiteral("Migration 20260101-x/@nocobase/server (up) failed: Original error: boom");
            } else {
                dbVersion = n.release; // also when older: the quirk the console must avoid
            }
        }
        return nb::StepResult::success();
    }

    nb::StepResult stop(const nb::AppNode &node) override
    {
        QMutexLocker lock(&m_mutex);
        events.append(QStringLiteral("stop:%1").arg(node.name));
        m_nodes[node.name].running = false;
        return nb::StepResult::success();
    }

    QStringList errorLogLines(const nb::AppNode &, qint64) override { return {}; }
    void streamLog(const nb::AppNode &, qint64) override {}

    nb::LoadBalancerProbe probeLoadBalancer() override
    {
        QMutexLocker lock(&m_mutex);
        return {maintenance ? QStringLiteral("maintenance") : QStringLiteral("serve"), upstream, {}};
    }

    nb::StepResult setMaintenance(bool on) override
    {
        QMutexLocker lock(&m_mutex);
        events.append(on ? QStringLiteral("lb:maintenance") : QStringLiteral("lb:serve"));
        maintenance = on;
        return nb::StepResult::success();
    }

    nb::StepResult setUpstream(const QStringList &names) override
    {
        QMutexLocker lock(&m_mutex);
        upstream = names.isEmpty() ? m_allNodes : names;
        events.append(QStringLiteral("lb:upstream:") + upstream.join(QLatin1Char(',')));
        return nb::StepResult::success();
    }

    nb::LoadBalancerAnswer probeLoadBalancerUrl() override
    {
        QMutexLocker lock(&m_mutex);
        if (maintenance)
            return {503, {}};
        for (const QString &name : upstream) {
            const Node &n = m_nodes[name];
            if (n.running && !n.failed)
                return {200, {}};
        }
        return {502, {}};
    }

    nb::StepResult checkBackupSpace() override { return nb::StepResult::success(); }

    nb::StepResult backup(QString *path, QString *checksum) override
    {
        QMutexLocker lock(&m_mutex);
        *path = QStringLiteral("/backups/%1.dump").arg(backups.size());
        *checksum = QStringLiteral("sum-%1").arg(backups.size());
        backups.insert(*path, {dbVersion, rows});
        events.append(QStringLiteral("backup"));
        return nb::StepResult::success();
    }

    nb::StepResult verifyBackup(const QString &path) override
    {
        QMutexLocker lock(&m_mutex);
        return backups.contains(path) ? nb::StepResult::success()
                                      : nb::StepResult::failure(QStringLiteral("db: no backup at ") + path);
    }

    nb::StepResult restore(const QString &path, const QString &checksum) override
    {
        QMutexLocker lock(&m_mutex);
        if (!checksum.startsWith(QStringLiteral("sum-")))
            return nb::StepResult::failure(QStringLiteral("db: checksum not passed"));
        events.append(QStringLiteral("restore"));
        dbVersion = backups.value(path).first;
        rows = backups.value(path).second;
        return nb::StepResult::success();
    }

private:
    void record(const QString &event)
    {
        QMutexLocker lock(&m_mutex);
        events.append(event);
    }

    mutable QMutex m_mutex;
    QMap<QString, Node> m_nodes;
    QStringList m_allNodes;
};
