#pragma once

#include "AdapterResult.h"

#include <inventory/Inventory.h>

namespace nb {

enum class LbMode { Serve, Maintenance, OneNode, Unknown };

struct LoadBalancerState
{
    bool ok = false;
    QString error;
    LbMode mode = LbMode::Unknown;
    QStringList upstream; // node names the LB sends traffic to
    QString detail;
};

// Switches the load balancer in front of the nodes between serving them, a 503
// maintenance page, and a subset (one-node mode for in-app maintenance). Each switch
// is checked once here; the procedure engine confirms it with repeated probes.
class LoadBalancerAdapter
{
public:
    enum class Action { State, MaintenanceOn, MaintenanceOff, Upstream };

    virtual ~LoadBalancerAdapter() = default;

    virtual LoadBalancerState state() = 0;
    virtual AdapterResult setMaintenance(bool on) = 0;
    // nodes: names from the inventory; all of them = the cluster serves normally.
    virtual AdapterResult setUpstream(const QStringList &nodes) = 0;
    virtual PlannedCommands plannedCommands(Action action, const QStringList &nodes = {}) const = 0;

    // True when the console cannot switch this LB itself: each action's result then
    // carries instructions (value) and the operator must confirm they were carried out.
    virtual bool needsOperatorConfirmation() const { return false; }
};

} // namespace nb
