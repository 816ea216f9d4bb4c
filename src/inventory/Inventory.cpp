#include "Inventory.h"

#include <QUrl>

namespace nb {

namespace {

QString firstSet(const QString &own, const QString &fallback)
{
    return own.isEmpty() ? fallback : own;
}

// NocoBase's application port (APP_PORT) when health_url does not say otherwise.
constexpr int NocoBasePort = 13000;

} // namespace

int DatabaseSettings::effectivePort() const
{
    if (port)
        return port;
    return dialect == QLatin1String("postgres") || dialect.isEmpty() ? 5432 : 3306;
}

SshSettings Inventory::effectiveSsh(const SshSettings &own) const
{
    SshSettings result;
    result.user = firstSet(own.user, ssh.user);
    result.identityFile = firstSet(own.identityFile, ssh.identityFile);
    result.knownHosts = firstSet(own.knownHosts, ssh.knownHosts);
    result.port = own.port ? own.port : ssh.port;
    result.proxyCommand = firstSet(own.proxyCommand, ssh.proxyCommand);
    return result;
}

SshSettings Inventory::effectiveSsh(const AppNode &node) const
{
    return effectiveSsh(node.ssh);
}

ComposeSettings Inventory::effectiveCompose(const AppNode &node) const
{
    return {firstSet(node.compose.projectDir, app.compose.projectDir),
            firstSet(node.compose.service, app.compose.service),
            firstSet(node.compose.file, app.compose.file)};
}

QStringList Inventory::effectiveSystemdUnits(const AppNode &node) const
{
    return node.systemdUnits.isEmpty() ? app.systemd.units : node.systemdUnits;
}

QString Inventory::effectivePm2Process(const AppNode &node) const
{
    return firstSet(node.pm2Process, app.pm2.process);
}

QString Inventory::effectiveDeployment(const AppNode &node) const
{
    return firstSet(node.kubernetesDeployment, app.kubernetes.deployment);
}

QString Inventory::healthUrl(const AppNode &node) const
{
    const QString pattern = app.healthUrl.isEmpty()
        ? QStringLiteral("http://{host}:%1/api/__health_check").arg(NocoBasePort)
        : app.healthUrl;
    QString url = pattern;
    return url.replace(QLatin1String("{host}"), firstSet(node.address, node.host));
}

QString Inventory::infoUrl(const AppNode &node) const
{
    QUrl url(healthUrl(node));
    QString path = url.path();
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    path = path.left(slash + 1) + QStringLiteral("app:getInfo");
    url.setPath(path);
    url.setQuery(QString());
    return url.toString();
}

QString Inventory::upstreamAddress(const AppNode &node) const
{
    const QUrl url(healthUrl(node));
    return QStringLiteral("%1:%2").arg(firstSet(node.address, node.host)).arg(url.port(NocoBasePort));
}

const AppNode *Inventory::node(const QString &name) const
{
    for (const auto &candidate : app.nodes) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

} // namespace nb
