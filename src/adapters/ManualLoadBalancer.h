#pragma once

#include "LoadBalancerAdapter.h"

namespace nb {

// A load balancer the console cannot drive (a cloud LB, another team's appliance):
// no commands, only instructions for the operator, who confirms each switch by hand.
class ManualLoadBalancer : public LoadBalancerAdapter
{
public:
    explicit ManualLoadBalancer(const Inventory &inventory);

    LoadBalancerState state() override;
    AdapterResult setMaintenance(bool on) override;
    AdapterResult setUpstream(const QStringList &nodes) override;
    PlannedCommands plannedCommands(Action action, const QStringList &nodes = {}) const override;
    bool needsOperatorConfirmation() const override { return true; }

    QString instructions(Action action, const QStringList &nodes = {}) const;

private:
    Inventory m_inventory;
};

} // namespace nb
