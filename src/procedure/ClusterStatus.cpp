#include "ClusterStatus.h"

#include <QJsonArray>

#include <thread>
#include <vector>

namespace nb {

ClusterStatus ClusterStatus::gather(const Inventory &inventory, ClusterControl &control, ClusterLock &lock)
{
    ClusterStatus status;
    status.cluster = inventory.cluster;
    status.nodes = inventory.app.nodes;
    status.snapshots.resize(status.nodes.size());

    std::vector<std::thread> workers;
    for (qsizetype i = 0; i < status.nodes.size(); ++i) {
        workers.emplace_back([&status, &control, i] {
            const AppNode &node = status.nodes.at(i);
            NodeSnapshot snapshot = control.probeNode(node);
            // probeNode does not ask a stopped node; status says what its URL answers
            // (a process started outside the runtime would still show up here).
            if (snapshot.run == NodeSnapshot::Run::Stopped) {
                const NodeSnapshot answer = control.probeHealth(node);
                snapshot.health = answer.health;
                snapshot.code = answer.code;
                snapshot.message = answer.message;
                snapshot.dbVersion = answer.dbVersion;
                if (snapshot.error.isEmpty())
                    snapshot.error = answer.error;
            }
            status.snapshots[i] = snapshot;
        });
    }
    workers.emplace_back([&status, &control] { status.loadBalancer = control.probeLoadBalancer(); });
    workers.emplace_back([&status, &lock] {
        const ClusterLock::Result read = lock.read();
        if (read.ok)
            status.lock = read.holder;
        else
            status.lockError = read.error;
    });
    for (auto &worker : workers)
        worker.join();
    return status;
}

namespace {

// sshd passes on the app port's refusal word for word; anything else (no SSH, a
// timeout) means the URL could not be asked at all.
bool refused(const NodeSnapshot &snapshot)
{
    return snapshot.health == NodeSnapshot::Health::Down && snapshot.run != NodeSnapshot::Run::Unknown
        && snapshot.error.contains(QLatin1String("refused"), Qt::CaseInsensitive);
}

} // namespace

QString ClusterStatus::errorWorthShowing(const NodeSnapshot &snapshot)
{
    return snapshot.run == NodeSnapshot::Run::Stopped && refused(snapshot) ? QString() : snapshot.error;
}

QString ClusterStatus::healthText(const NodeSnapshot &snapshot)
{
    switch (snapshot.health) {
    case NodeSnapshot::Health::Ready: return QStringLiteral("ok");
    case NodeSnapshot::Health::Busy:
    case NodeSnapshot::Health::Failed:
        if (snapshot.code.isEmpty())
            return snapshot.message;
        return snapshot.message.isEmpty() ? snapshot.code : snapshot.code + QStringLiteral(": ") + snapshot.message;
    case NodeSnapshot::Health::Down:
        return refused(snapshot) ? QStringLiteral("refused") : QStringLiteral("unreachable");
    case NodeSnapshot::Health::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QJsonObject ClusterStatus::toJson() const
{
    const auto textOrNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    QJsonArray nodeArray;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const NodeSnapshot &snapshot = snapshots.at(i);
        const QJsonValue running = snapshot.run == NodeSnapshot::Run::Unknown
            ? QJsonValue() : QJsonValue(snapshot.run == NodeSnapshot::Run::Running);
        nodeArray.append(QJsonObject{{QStringLiteral("name"), nodes.at(i).name},
                                     {QStringLiteral("host"), nodes.at(i).host},
                                     {QStringLiteral("running"), running},
                                     {QStringLiteral("health"), healthText(snapshot)},
                                     {QStringLiteral("release"), textOrNull(snapshot.release)},
                                     {QStringLiteral("db_version"), textOrNull(snapshot.dbVersion)},
                                     {QStringLiteral("error"), textOrNull(snapshot.error)}});
    }
    QJsonArray upstream;
    for (const QString &name : loadBalancer.upstream)
        upstream.append(name);
    QJsonValue lockValue;
    if (lock && !lock->isEmpty())
        lockValue = QJsonObject{{QStringLiteral("owner"), lock->owner},
                                {QStringLiteral("run"), lock->runId},
                                {QStringLiteral("since"), lock->since}};
    QJsonObject root{{QStringLiteral("cluster"), cluster},
                     {QStringLiteral("nodes"), nodeArray},
                     {QStringLiteral("load_balancer"),
                      QJsonObject{{QStringLiteral("mode"), loadBalancer.mode},
                                  {QStringLiteral("upstream"), upstream},
                                  {QStringLiteral("error"), textOrNull(loadBalancer.error)}}},
                     {QStringLiteral("lock"), lockValue}};
    if (!lockError.isEmpty())
        root.insert(QStringLiteral("lock_error"), lockError);
    return root;
}

} // namespace nb
