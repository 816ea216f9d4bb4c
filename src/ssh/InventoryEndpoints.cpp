#include "InventoryEndpoints.h"

#include <core/Translate.h>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::InventoryEndpoints", text);
}

SshEndpoint fromSettings(const QString &label, const QString &host, const SshSettings &ssh)
{
    SshEndpoint endpoint;
    endpoint.label = label;
    endpoint.host = host;
    endpoint.port = ssh.port;
    endpoint.user = ssh.user;
    endpoint.identityFile = ssh.identityFile;
    endpoint.knownHostsFile = ssh.knownHosts;
    endpoint.proxyCommand = ssh.proxyCommand;
    return endpoint;
}

} // namespace

SshEndpoint endpointForNode(const Inventory &inventory, const AppNode &node)
{
    return fromSettings(node.name, node.host, inventory.effectiveSsh(node));
}

SshEndpoint endpointForLoadBalancer(const Inventory &inventory)
{
    return fromSettings(QStringLiteral("lb"), inventory.loadBalancer.host,
                        inventory.effectiveSsh(inventory.loadBalancer.ssh));
}

SshEndpoint endpointForDatabase(const Inventory &inventory)
{
    return fromSettings(QStringLiteral("db"), inventory.database.host,
                        inventory.effectiveSsh(inventory.database.ssh));
}

EndpointSelection endpointsFor(const Inventory &inventory, const QString &selector)
{
    EndpointSelection selection;
    QStringList added;
    const auto add = [&](const SshEndpoint &endpoint) {
        if (!added.contains(endpoint.label)) {
            added.append(endpoint.label);
            selection.endpoints.append(endpoint);
        }
    };
    const QStringList items = selector.trimmed().isEmpty()
        ? QStringList{QStringLiteral("all")}
        : selector.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString item : items) {
        item = item.trimmed();
        if (item == QLatin1String("all") || item == QLatin1String("apps")) {
            for (const AppNode &node : inventory.app.nodes)
                add(endpointForNode(inventory, node));
            continue;
        }
        if (item == QLatin1String("lb") || item == QLatin1String("db")) {
            const SshEndpoint endpoint = item == QLatin1String("lb") ? endpointForLoadBalancer(inventory)
                                                                     : endpointForDatabase(inventory);
            if (endpoint.host.isEmpty()) {
                selection.error = tr("The target '%1' has no host in the inventory %2.").arg(item, inventory.filePath);
                selection.endpoints.clear();
                return selection;
            }
            add(endpoint);
            continue;
        }
        const auto node = std::find_if(inventory.app.nodes.cbegin(), inventory.app.nodes.cend(),
                                       [&](const AppNode &candidate) { return candidate.name == item; });
        if (node == inventory.app.nodes.cend()) {
            QStringList names;
            for (const AppNode &candidate : inventory.app.nodes)
                names.append(candidate.name);
            selection.error = tr("Unknown target '%1': the inventory %2 has the nodes %3 (and the targets all, apps, lb, db).")
                                  .arg(item, inventory.filePath, names.join(QLatin1String(", ")));
            selection.endpoints.clear();
            return selection;
        }
        add(endpointForNode(inventory, *node));
    }
    if (selection.endpoints.isEmpty())
        selection.error = tr("The targets '%1' name no host in the inventory %2.").arg(selector, inventory.filePath);
    return selection;
}

} // namespace nb
