#pragma once

#include "ClusterControl.h"
#include "ClusterLock.h"

#include <QJsonObject>
#include <QVector>

#include <optional>

namespace nb {

// The cluster as it is right now, gathered for `status`: every node, the load
// balancer and the lock are asked at once, so one host that does not answer costs its
// own timeout and nothing more; its problem is reported beside it.
struct ClusterStatus
{
    QString cluster;
    QVector<AppNode> nodes;
    QVector<NodeSnapshot> snapshots; // same order as nodes
    LoadBalancerProbe loadBalancer;
    std::optional<LockHolder> lock; // empty when the lock could not be read
    QString lockError;

    // Asks everything in parallel and waits for the answers.
    static ClusterStatus gather(const Inventory &inventory, ClusterControl &control, ClusterLock &lock);

    // "ok", "APP_COMMANDING: load plugins", "refused" (nothing listens on the health
    // URL), "unreachable" (no answer at all).
    static QString healthText(const NodeSnapshot &snapshot);
    // The snapshot's error where it tells more than healthText: not for a stopped node
    // refusing its health check, which is what a stopped node does.
    static QString errorWorthShowing(const NodeSnapshot &snapshot);

    // DESIGN.md §6: {"cluster", "nodes": [...], "load_balancer": {...}, "lock"}.
    QJsonObject toJson() const;
};

} // namespace nb
