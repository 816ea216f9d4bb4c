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
// (lb and db may be mixed in).
EndpointSelection endpointsFor(const Inventory &inventory, const QString &selector = {});

// Each role's host with its own ssh: overrides on top of the cluster's defaults.
SshEndpoint endpointForNode(const Inventory &inventory, const AppNode &node);
SshEndpoint endpointForLoadBalancer(const Inventory &inventory);
SshEndpoint endpointForDatabase(const Inventory &inventory);

} // namespace nb
