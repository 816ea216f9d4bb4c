#include "ManualLoadBalancer.h"

#include <core/Translate.h>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::ManualLoadBalancer", text);
}

} // namespace

ManualLoadBalancer::ManualLoadBalancer(const Inventory &inventory) : m_inventory(inventory) {}

QString ManualLoadBalancer::instructions(Action action, const QStringList &nodes) const
{
    QStringList addresses;
    for (const QString &name : nodes) {
        if (const AppNode *node = m_inventory.node(name))
            addresses.append(QStringLiteral("%1 (%2)").arg(name, m_inventory.upstreamAddress(*node)));
    }
    switch (action) {
    case Action::State:
        return tr("Check on the load balancer which nodes get traffic and whether it shows the maintenance page.");
    case Action::MaintenanceOn:
        return tr("On the load balancer, answer every request with 503 and the maintenance page, so no "
                  "request reaches a node. Confirm when done.");
    case Action::MaintenanceOff:
        return tr("On the load balancer, remove the maintenance page and send traffic to the nodes again. "
                  "Confirm when done.");
    case Action::Upstream:
        return tr("On the load balancer, send traffic only to: %1. Confirm when done.")
            .arg(addresses.join(QStringLiteral(", ")));
    }
    return {};
}

LoadBalancerState ManualLoadBalancer::state()
{
    LoadBalancerState result;
    result.ok = true;
    result.mode = LbMode::Unknown;
    result.detail = instructions(Action::State);
    return result;
}

AdapterResult ManualLoadBalancer::setMaintenance(bool on)
{
    return AdapterResult::success(instructions(on ? Action::MaintenanceOn : Action::MaintenanceOff));
}

AdapterResult ManualLoadBalancer::setUpstream(const QStringList &nodes)
{
    return AdapterResult::success(instructions(Action::Upstream, nodes));
}

PlannedCommands ManualLoadBalancer::plannedCommands(Action action, const QStringList &nodes) const
{
    return {{QStringLiteral("lb"), tr("(by hand) %1").arg(instructions(action, nodes))}};
}

} // namespace nb
