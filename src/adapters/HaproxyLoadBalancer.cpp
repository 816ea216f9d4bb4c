#include "HaproxyLoadBalancer.h"

#include "HostCommand.h"
#include <core/Translate.h>
#include <ssh/InventoryEndpoints.h>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::HaproxyLoadBalancer", text);
}

// srv_admin_state bits (HAProxy's SRV_ADMF_*): forced, inherited, configured,
// resolver and hostname maintenance; forced and inherited drain.
constexpr int MaintenanceBits = 0x01 | 0x02 | 0x04 | 0x20 | 0x40;
constexpr int DrainBits = 0x08 | 0x10;

} // namespace

HaproxyLoadBalancer::HaproxyLoadBalancer(const Inventory &inventory, CommandRunner &runner)
    : m_inventory(inventory), m_runner(runner)
{
}

QString HaproxyLoadBalancer::serverName(const QString &node) const
{
    return m_inventory.loadBalancer.haproxy.servers.value(node, node);
}

ShellCommand HaproxyLoadBalancer::socketCommand(const QString &apiLine) const
{
    const HaproxySettings &settings = m_inventory.loadBalancer.haproxy;
    ShellCommand line("printf");
    line.raw("'%s\\n'").arg(apiLine);
    ShellCommand socat = ShellCommand::fromOperatorText(settings.socat.isEmpty() ? QStringLiteral("socat")
                                                                                 : settings.socat);
    const QString why = ShellCommand::validate(settings.socket, ShellValueKind::AbsolutePath);
    if (!why.isEmpty())
        socat.arg(settings.socket, ShellValueKind::AbsolutePath); // refused with the reason
    else
        socat.raw("stdio").arg(QStringLiteral("UNIX-CONNECT:") + settings.socket);
    return line.pipeTo(socat);
}

QString HaproxyLoadBalancer::setStateLine(const QStringList &readyNodes) const
{
    // One connection, several commands: the runtime API runs lines split by ';'.
    QStringList commands;
    for (const AppNode &node : m_inventory.app.nodes) {
        commands.append(QStringLiteral("set server %1/%2 state %3")
                            .arg(m_inventory.loadBalancer.haproxy.backend, serverName(node.name),
                                 readyNodes.contains(node.name) ? QStringLiteral("ready") : QStringLiteral("maint")));
    }
    return commands.join(QStringLiteral("; "));
}

LoadBalancerState HaproxyLoadBalancer::state()
{
    LoadBalancerState result;
    HostCommand host(m_runner, endpointForLoadBalancer(m_inventory));
    const QString backend = m_inventory.loadBalancer.haproxy.backend;
    const CommandResult shown = host.run(socketCommand(QStringLiteral("show servers state ") + backend), Timeouts::Query);
    if (!shown.succeeded()) {
        result.error = host.failure(tr("show servers state"), shown);
        return result;
    }
    int nameColumn = -1;
    int adminColumn = -1;
    QStringList ready;
    int inMaintenance = 0;
    int servers = 0;
    for (const QString &line : shown.stdoutLines()) {
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (line.startsWith(QLatin1Char('#'))) {
            nameColumn = static_cast<int>(fields.indexOf(QStringLiteral("srv_name"))) - 1;
            adminColumn = static_cast<int>(fields.indexOf(QStringLiteral("srv_admin_state"))) - 1;
            continue;
        }
        if (nameColumn < 0 || adminColumn < 0 || fields.size() <= std::max(nameColumn, adminColumn))
            continue;
        ++servers;
        const QString server = fields.at(nameColumn);
        const int admin = fields.at(adminColumn).toInt();
        QString node = server;
        for (const AppNode &candidate : m_inventory.app.nodes) {
            if (serverName(candidate.name) == server)
                node = candidate.name;
        }
        if (admin & MaintenanceBits)
            ++inMaintenance;
        else if (!(admin & DrainBits))
            ready.append(node);
    }
    if (servers == 0) {
        result.error = tr("lb: HAProxy reports no servers in backend '%1' (%2)")
                           .arg(backend, HostCommand::reason(shown));
        return result;
    }
    result.ok = true;
    result.upstream = ready;
    if (inMaintenance == servers)
        result.mode = LbMode::Maintenance;
    else if (ready.size() == 1 && m_inventory.app.nodes.size() > 1)
        result.mode = LbMode::OneNode;
    else
        result.mode = LbMode::Serve;
    return result;
}

AdapterResult HaproxyLoadBalancer::apply(const QStringList &readyNodes, const QString &what)
{
    HostCommand host(m_runner, endpointForLoadBalancer(m_inventory));
    const CommandResult set = host.run(socketCommand(setStateLine(readyNodes)), Timeouts::Query);
    // The runtime API answers nothing on success and a sentence on failure, while
    // socat itself exits 0 either way.
    const QString answer = set.stdoutText().trimmed();
    if (!set.succeeded() || !answer.isEmpty()) {
        return AdapterResult::failure(set.succeeded() ? tr("lb: HAProxy refused %1: %2").arg(what, answer)
                                                      : host.failure(what, set));
    }
    const LoadBalancerState now = state();
    if (!now.ok)
        return AdapterResult::failure(now.error);
    QStringList expected = readyNodes;
    QStringList actual = now.upstream;
    expected.sort();
    actual.sort();
    if (expected != actual)
        return AdapterResult::failure(tr("lb: after %1 HAProxy sends traffic to [%2], not [%3]")
                                          .arg(what, actual.join(QStringLiteral(", ")),
                                               expected.join(QStringLiteral(", "))));
    return AdapterResult::success(what);
}

AdapterResult HaproxyLoadBalancer::setMaintenance(bool on)
{
    QStringList all;
    for (const AppNode &node : m_inventory.app.nodes)
        all.append(node.name);
    return apply(on ? QStringList() : all, on ? tr("maintenance on") : tr("maintenance off"));
}

AdapterResult HaproxyLoadBalancer::setUpstream(const QStringList &nodes)
{
    if (nodes.isEmpty())
        return AdapterResult::failure(tr("lb: an upstream needs at least one node; use maintenance instead"));
    for (const QString &name : nodes) {
        if (!m_inventory.node(name))
            return AdapterResult::failure(tr("lb: there is no node '%1' in the inventory").arg(name));
    }
    return apply(nodes, tr("upstream %1").arg(nodes.join(QStringLiteral(", "))));
}

PlannedCommands HaproxyLoadBalancer::plannedCommands(Action action, const QStringList &nodes) const
{
    const HostCommand host(m_runner, endpointForLoadBalancer(m_inventory));
    const ShellCommand show = socketCommand(QStringLiteral("show servers state ") + m_inventory.loadBalancer.haproxy.backend);
    QStringList all;
    for (const AppNode &node : m_inventory.app.nodes)
        all.append(node.name);
    switch (action) {
    case Action::State:
        return {host.plan(show)};
    case Action::MaintenanceOn:
        return {host.plan(socketCommand(setStateLine({}))), host.plan(show)};
    case Action::MaintenanceOff:
        return {host.plan(socketCommand(setStateLine(all))), host.plan(show)};
    case Action::Upstream:
        return {host.plan(socketCommand(setStateLine(nodes))), host.plan(show)};
    }
    return {};
}

} // namespace nb
