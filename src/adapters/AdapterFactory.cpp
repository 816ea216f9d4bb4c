#include "AdapterFactory.h"

#include "ComposeRuntime.h"
#include "CustomLoadBalancer.h"
#include "CustomRuntime.h"
#include "HaproxyLoadBalancer.h"
#include "KubernetesRuntime.h"
#include "ManualLoadBalancer.h"
#include "MysqlDatabase.h"
#include "NginxLoadBalancer.h"
#include "Pm2Runtime.h"
#include "PostgresDatabase.h"
#include "SystemdRuntime.h"

namespace nb {

std::unique_ptr<RuntimeAdapter> AdapterFactory::runtime(const Inventory &inventory, CommandRunner &runner)
{
    const QString &kind = inventory.app.runtime;
    if (kind == QLatin1String("systemd"))
        return std::make_unique<SystemdRuntime>(inventory, runner);
    if (kind == QLatin1String("pm2"))
        return std::make_unique<Pm2Runtime>(inventory, runner);
    if (kind == QLatin1String("kubernetes"))
        return std::make_unique<KubernetesRuntime>(inventory, runner);
    if (kind == QLatin1String("custom"))
        return std::make_unique<CustomRuntime>(inventory, runner);
    return std::make_unique<ComposeRuntime>(inventory, runner);
}

std::unique_ptr<LoadBalancerAdapter> AdapterFactory::loadBalancer(const Inventory &inventory, CommandRunner &runner)
{
    const QString &kind = inventory.loadBalancer.kind;
    if (kind == QLatin1String("nginx"))
        return std::make_unique<NginxLoadBalancer>(inventory, runner);
    if (kind == QLatin1String("haproxy"))
        return std::make_unique<HaproxyLoadBalancer>(inventory, runner);
    if (kind == QLatin1String("custom"))
        return std::make_unique<CustomLoadBalancer>(inventory, runner);
    return std::make_unique<ManualLoadBalancer>(inventory);
}

std::unique_ptr<DatabaseAdapter> AdapterFactory::database(const Inventory &inventory, CommandRunner &runner)
{
    if (inventory.database.host.isEmpty())
        return nullptr;
    if (inventory.database.dialect == QLatin1String("mysql") || inventory.database.dialect == QLatin1String("mariadb"))
        return std::make_unique<MysqlDatabase>(inventory, runner);
    return std::make_unique<PostgresDatabase>(inventory, runner);
}

} // namespace nb
