#pragma once

#include <procedure/ClusterControl.h>
#include <procedure/VersionPolicy.h>

#include <QFile>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QStringList>

#include <functional>

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
    // Each node's log. Read back like pm2 or a custom command does it: the last lines,
    // whatever time is asked for.
    QMap<QString, QStringList> logs;
    QStringList events;
    QMap<QString, QPair<QString, int>> backups; // path -> (db version, rows)
    int failCopies = 0; // how many copies of the backup to this machine fail first
    // A load balancer switched by hand: a switch only says what to do; the operator
    // carries it out (doByHand) before saying it is done.
    bool byHand = false;

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
        logs[node.name].append(QStringLiteral("NocoBase %1 listening").arg(n.release));
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
    QStringList recentLog(const nb::AppNode &node, qint64) override
    {
        QMutexLocker lock(&m_mutex);
        return logs.value(node.name).mid(qMax(0, int(logs.value(node.name).size()) - 200));
    }
    void appendLog(const QString &node, const QString &line)
    {
        QMutexLocker lock(&m_mutex);
        logs[node].append(line);
    }

    nb::LoadBalancerProbe probeLoadBalancer() override
    {
        QMutexLocker lock(&m_mutex);
        if (byHand)
            return {QStringLiteral("unknown"), {}, {}};
        return {maintenance ? QStringLiteral("maintenance") : QStringLiteral("serve"), upstream, {}};
    }
    bool loadBalancerByHand() const override { return byHand; }

    nb::StepResult setMaintenance(bool on) override
    {
        const auto apply = [this, on] {
            events.append(on ? QStringLiteral("lb:maintenance") : QStringLiteral("lb:serve"));
            maintenance = on;
        };
        return change(apply, on ? QStringLiteral("show the maintenance page") : QStringLiteral("serve the nodes"));
    }

    nb::StepResult setUpstream(const QStringList &names) override
    {
        const auto apply = [this, names] {
            upstream = names.isEmpty() ? m_allNodes : names;
            events.append(QStringLiteral("lb:upstream:") + upstream.join(QLatin1Char(',')));
        };
        return change(apply, QStringLiteral("send traffic to ") + (names.isEmpty() ? m_allNodes : names).join(QLatin1Char(',')));
    }

    // What the operator does on a load balancer switched by hand.
    void doByHand()
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &apply : m_pendingByHand)
            apply();
        m_pendingByHand.clear();
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

    nb::StepResult copyBackup(const QString &path, const QString &checksum, const QString &localPath,
                              const std::function<void(qint64, qint64)> &progress) override
    {
        {
            QMutexLocker lock(&m_mutex);
            events.append(QStringLiteral("copy-backup"));
            if (failCopies > 0) {
                --failCopies;
                return nb::StepResult::failure(QStringLiteral("db: copy of %1 broke off").arg(path));
            }
        }
        QFile copy(localPath);
        if (!copy.open(QIODevice::WriteOnly))
            return nb::StepResult::failure(copy.errorString());
        const QByteArray content = (checksum + QLatin1Char('\n')).toUtf8().repeated(100);
        for (int part = 1; part <= 4; ++part) {
            copy.write(content.mid((part - 1) * content.size() / 4, content.size() / 4));
            progress(part * content.size() / 4, content.size());
        }
        return nb::StepResult::success();
    }

private:
    nb::StepResult change(const std::function<void()> &apply, const QString &instructions)
    {
        QMutexLocker lock(&m_mutex);
        if (!byHand) {
            apply();
            return nb::StepResult::success();
        }
        m_pendingByHand.append(apply);
        return nb::StepResult::success(QStringLiteral("On the load balancer, ") + instructions + QLatin1Char('.'));
    }

    void record(const QString &event)
    {
        QMutexLocker lock(&m_mutex);
        events.append(event);
    }

    mutable QMutex m_mutex;
    QMap<QString, Node> m_nodes;
    QStringList m_allNodes;
    QVector<std::function<void()>> m_pendingByHand;
};
