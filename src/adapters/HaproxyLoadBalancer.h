#pragma once

#include "LoadBalancerAdapter.h"

#include <ssh/CommandRunner.h>

namespace nb {

// HAProxy through its runtime API (the admin socket, reached with socat on the LB
// host): servers are put in `maint` or `ready` state; nothing in HAProxy's own
// configuration is edited, and the state does not survive an HAProxy restart.
class HaproxyLoadBalancer : public LoadBalancerAdapter
{
public:
    HaproxyLoadBalancer(const Inventory &inventory, CommandRunner &runner);

    LoadBalancerState state() override;
    AdapterResult setMaintenance(bool on) override;
    AdapterResult setUpstream(const QStringList &nodes) override;
    PlannedCommands plannedCommands(Action action, const QStringList &nodes = {}) const override;

    // One runtime-API line sent to the admin socket.
    ShellCommand socketCommand(const QString &apiLine) const;
    QString setStateLine(const QStringList &readyNodes) const;
    QString serverName(const QString &node) const;

private:
    AdapterResult apply(const QStringList &readyNodes, const QString &what);

    Inventory m_inventory;
    CommandRunner &m_runner;
};

} // namespace nb
