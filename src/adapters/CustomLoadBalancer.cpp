#include "CustomLoadBalancer.h"

#include "HostCommand.h"
#include <core/Translate.h>
#include <ssh/InventoryEndpoints.h>

#include <QRegularExpression>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::CustomLoadBalancer", text);
}

} // namespace

CustomLoadBalancer::CustomLoadBalancer(const Inventory &inventory, CommandRunner &runner)
    : m_inventory(inventory), m_runner(runner)
{
}

ShellCommand CustomLoadBalancer::upstreamCommand(const QStringList &nodes) const
{
    const bool all = nodes.size() == m_inventory.app.nodes.size();
    return ShellCommand::fromTemplate(m_inventory.loadBalancer.custom.upstream,
                                      {{QStringLiteral("nodes"), all ? QStringLiteral("all")
                                                                     : nodes.join(QLatin1Char(','))}});
}

LoadBalancerState CustomLoadBalancer::state()
{
    LoadBalancerState result;
    HostCommand host(m_runner, endpointForLoadBalancer(m_inventory));
    const CommandResult status = host.run(ShellCommand::fromOperatorText(m_inventory.loadBalancer.custom.status),
                                          Timeouts::Query);
    if (!status.succeeded()) {
        result.error = host.failure(tr("the status command"), status);
        return result;
    }
    const QStringList words = status.stdoutText().split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                                        Qt::SkipEmptyParts);
    const QString mode = words.value(0);
    if (mode == QLatin1String("serve"))
        result.mode = LbMode::Serve;
    else if (mode == QLatin1String("maintenance"))
        result.mode = LbMode::Maintenance;
    else if (mode == QLatin1String("one-node"))
        result.mode = LbMode::OneNode;
    else {
        result.error = tr("lb: the status command printed '%1', not serve, maintenance or one-node").arg(mode);
        return result;
    }
    result.upstream = words.mid(1);
    if (result.upstream == QStringList{QStringLiteral("all")} || (result.upstream.isEmpty() && result.mode == LbMode::Serve)) {
        result.upstream.clear();
        for (const AppNode &node : m_inventory.app.nodes)
            result.upstream.append(node.name);
    }
    result.ok = true;
    return result;
}

AdapterResult CustomLoadBalancer::setMaintenance(bool on)
{
    HostCommand host(m_runner, endpointForLoadBalancer(m_inventory));
    const auto &custom = m_inventory.loadBalancer.custom;
    return host.check(ShellCommand::fromOperatorText(on ? custom.maintenanceOn : custom.maintenanceOff),
                      on ? tr("maintenance on") : tr("maintenance off"), Timeouts::Reload);
}

AdapterResult CustomLoadBalancer::setUpstream(const QStringList &nodes)
{
    for (const QString &name : nodes) {
        if (!m_inventory.node(name))
            return AdapterResult::failure(tr("lb: there is no node '%1' in the inventory").arg(name));
    }
    if (nodes.isEmpty())
        return AdapterResult::failure(tr("lb: an upstream needs at least one node; use maintenance instead"));
    HostCommand host(m_runner, endpointForLoadBalancer(m_inventory));
    return host.check(upstreamCommand(nodes), tr("the upstream command"), Timeouts::Reload);
}

PlannedCommands CustomLoadBalancer::plannedCommands(Action action, const QStringList &nodes) const
{
    const HostCommand host(m_runner, endpointForLoadBalancer(m_inventory));
    const auto &custom = m_inventory.loadBalancer.custom;
    switch (action) {
    case Action::State:
        return {host.plan(ShellCommand::fromOperatorText(custom.status))};
    case Action::MaintenanceOn:
        return {host.plan(ShellCommand::fromOperatorText(custom.maintenanceOn))};
    case Action::MaintenanceOff:
        return {host.plan(ShellCommand::fromOperatorText(custom.maintenanceOff))};
    case Action::Upstream:
        return {host.plan(upstreamCommand(nodes))};
    }
    return {};
}

} // namespace nb
