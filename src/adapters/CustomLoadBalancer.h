#pragma once

#include "LoadBalancerAdapter.h"

#include <ssh/CommandRunner.h>

namespace nb {

// The operator's own load-balancer commands (load_balancer.custom), run on the LB
// host. `status` prints the mode (serve, maintenance or one-node) and then, optionally,
// the node names that get traffic; {nodes} is the comma-separated node names or "all".
class CustomLoadBalancer : public LoadBalancerAdapter
{
public:
    CustomLoadBalancer(const Inventory &inventory, CommandRunner &runner);

    LoadBalancerState state() override;
    AdapterResult setMaintenance(bool on) override;
    AdapterResult setUpstream(const QStringList &nodes) override;
    PlannedCommands plannedCommands(Action action, const QStringList &nodes = {}) const override;

    ShellCommand upstreamCommand(const QStringList &nodes) const;

private:
    Inventory m_inventory;
    CommandRunner &m_runner;
};

} // namespace nb
