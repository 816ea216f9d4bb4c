#pragma once

#include <inventory/Inventory.h>
#include <ssh/CommandRunner.h>

namespace nb {

// Where each role of the cluster is reached over SSH: the inventory's own settings
// for that host on top of the cluster's defaults.
namespace HostEndpoints {
SshEndpoint node(const Inventory &inventory, const AppNode &node);
SshEndpoint loadBalancer(const Inventory &inventory);
SshEndpoint database(const Inventory &inventory);
} // namespace HostEndpoints

} // namespace nb
