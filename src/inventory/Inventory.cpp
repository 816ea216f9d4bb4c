#include "Inventory.h"

namespace nb {

namespace {

QString firstSet(const QString &own, const QString &fallback)
{
    return own.isEmpty() ? fallback : own;
}

} // namespace

SshSettings Inventory::effectiveSsh(const AppNode &node) const
{
    SshSettings result;
    result.user = firstSet(node.ssh.user, ssh.user);
    result.identityFile = firstSet(node.ssh.identityFile, ssh.identityFile);
    result.knownHosts = firstSet(node.ssh.knownHosts, ssh.knownHosts);
    result.port = node.ssh.port ? node.ssh.port : ssh.port;
    result.proxyCommand = firstSet(node.ssh.proxyCommand, ssh.proxyCommand);
    return result;
}

ComposeSettings Inventory::effectiveCompose(const AppNode &node) const
{
    return {firstSet(node.compose.projectDir, app.compose.projectDir),
            firstSet(node.compose.service, app.compose.service)};
}

QString Inventory::healthUrl(const AppNode &node) const
{
    const QString pattern = app.healthUrl.isEmpty()
        ? QStringLiteral("http://{host}:13000/api/__health_check")
        : app.healthUrl;
    QString url = pattern;
    return url.replace(QLatin1String("{host}"), node.host);
}

} // namespace nb
