#include "HostEndpoints.h"

namespace nb {

namespace {

SshEndpoint endpoint(const QString &label, const QString &host, const SshSettings &ssh)
{
    SshEndpoint result;
    result.label = label;
    result.host = host;
    result.port = ssh.port;
    result.user = ssh.user;
    result.identityFile = ssh.identityFile;
    result.knownHostsFile = ssh.knownHosts;
    result.proxyCommand = ssh.proxyCommand;
    return result;
}

} // namespace

SshEndpoint HostEndpoints::node(const Inventory &inventory, const AppNode &node)
{
    return endpoint(node.name, node.host, inventory.effectiveSsh(node));
}

SshEndpoint HostEndpoints::loadBalancer(const Inventory &inventory)
{
    return endpoint(QStringLiteral("lb"), inventory.loadBalancer.host,
                    inventory.effectiveSsh(inventory.loadBalancer.ssh));
}

SshEndpoint HostEndpoints::database(const Inventory &inventory)
{
    return endpoint(QStringLiteral("db"), inventory.database.host,
                    inventory.effectiveSsh(inventory.database.ssh));
}

} // namespace nb
