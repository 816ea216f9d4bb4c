#pragma once

#include "CommandRunner.h"

#include <inventory/Inventory.h>

namespace nb {

struct EndpointSelection
{
    QVector<SshEndpoint> endpoints;
    QString error; // one sentence naming the selector's problem; endpoints empty then
};

// The SSH endpoints a target selector names: "all" or "apps" (every app node, the
// default when the selector is empty), "lb", "db", or node names separated by commas
// (lb and db may be mixed in). Nodes take Inventory::effectiveSsh; the load balancer
// and database hosts the cluster's ssh settings.
EndpointSelection endpointsFor(const Inventory &inventory, const QString &selector = {});

SshEndpoint endpointForNode(const Inventory &inventory, const AppNode &node);
SshEndpoint endpointForHost(const Inventory &inventory, const QString &label, const QString &host);

} // namespace nb
