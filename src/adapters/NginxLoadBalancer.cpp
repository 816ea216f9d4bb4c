#include "NginxLoadBalancer.h"

#include "HostCommand.h"
#include <core/Translate.h>
#include <ssh/InventoryEndpoints.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::NginxLoadBalancer", text);
}

const char MaintenanceMarker[] = "return 503;";

QString parentDir(const QString &path)
{
    return path.left(path.lastIndexOf(QLatin1Char('/')));
}

// A value inside nginx's double quotes, where \\ and \" are the escapes.
QString nginxQuoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

// nginx names the failing directive in an [emerg] line; the last line ("test failed")
// says nothing, so prefer the first line of that kind, without the "nginx: " or
// "2026/01/02 03:04:05 [emerg] 123#123: " decoration the error log setup adds.
QString nginxMessage(const CommandResult &result)
{
    static const QRegularExpression decorated(
        QStringLiteral("^(?:nginx: |\\S+ \\S+ )?\\[(emerg|alert)\\] (?:\\d+#\\d+: )?(.*)$"));
    for (const auto &line : result.lines) {
        const auto match = decorated.match(line.text.trimmed());
        if (match.hasMatch())
            return QStringLiteral("[%1] %2").arg(match.captured(1), match.captured(2));
    }
    return HostCommand::reason(result);
}

} // namespace

const char *const NginxLoadBalancer::PageName = "nbconsole-maintenance.html";

NginxLoadBalancer::NginxLoadBalancer(const Inventory &inventory, CommandRunner &runner)
    : m_inventory(inventory), m_runner(runner)
{
}

QString NginxLoadBalancer::pagePath() const
{
    return parentDir(m_inventory.loadBalancer.modeFile) + QLatin1Char('/') + QLatin1String(PageName);
}

QString NginxLoadBalancer::upstreamContent(const QStringList &nodes) const
{
    QString text = QStringLiteral("# Written by nbconsole: the NocoBase nodes that get traffic.\n");
    for (const QString &name : nodes) {
        if (const AppNode *node = m_inventory.node(name))
            text += QStringLiteral("server %1; # %2\n").arg(m_inventory.upstreamAddress(*node), node->name);
    }
    return text;
}

QString NginxLoadBalancer::modeContent(bool maintenance) const
{
    if (!maintenance)
        return QStringLiteral("# Written by nbconsole: serve. Requests go to the upstream.\n");
    // A server-level `return` runs again after an internal redirect, so it skips the
    // page's own URI; a redirect to a URI turns every method into GET, so the static
    // page answers POST too; `internal` plus error_page 404 keep a direct request for
    // the page a 503 as well.
    const QString page = QStringLiteral("/") + QLatin1String(PageName);
    return QStringLiteral(
               "# Written by nbconsole: maintenance. Every request is answered 503 with the page.\n"
               "error_page 503 %1;\n"
               "error_page 404 =503 %1;\n"
               "if ($uri != %1) {\n"
               "    %3\n"
               "}\n"
               "location = %1 {\n"
               "    internal;\n"
               "    root %2;\n"
               "    default_type text/html;\n"
               "    add_header Retry-After 120 always;\n"
               "    add_header Cache-Control no-store always;\n"
               "}\n")
        .arg(page, nginxQuoted(parentDir(m_inventory.loadBalancer.modeFile)), QLatin1String(MaintenanceMarker));
}

ShellCommand NginxLoadBalancer::testCommand() const
{
    const QString nginx = m_inventory.loadBalancer.nginx;
    return ShellCommand::fromOperatorText(nginx.isEmpty() ? QStringLiteral("nginx") : nginx).raw("-t");
}

ShellCommand NginxLoadBalancer::reloadCommand() const
{
    const QString nginx = m_inventory.loadBalancer.nginx;
    return ShellCommand::fromOperatorText(nginx.isEmpty() ? QStringLiteral("nginx") : nginx).raw("-s reload");
}

AdapterResult NginxLoadBalancer::readFile(HostCommand &host, const QString &path, QByteArray &content)
{
    QTemporaryDir local;
    const QString copy = local.filePath(QStringLiteral("file"));
    const CommandResult result = m_runner.download(host.endpoint(), path, copy);
    QFile file(copy);
    if (!result.succeeded() || !file.open(QIODevice::ReadOnly))
        return AdapterResult::failure(host.failure(tr("reading %1").arg(path), result));
    content = file.readAll();
    return AdapterResult::success();
}

QString NginxLoadBalancer::nodeNameFor(const QString &address, const QString &comment) const
{
    if (m_inventory.node(comment))
        return comment;
    for (const AppNode &node : m_inventory.app.nodes) {
        if (m_inventory.upstreamAddress(node) == address)
            return node.name;
    }
    return address; // a server the inventory does not know: shown as written
}

LoadBalancerState NginxLoadBalancer::state()
{
    LoadBalancerState result;
    HostCommand host(m_runner, endpointForLoadBalancer(m_inventory));
    QByteArray mode;
    QByteArray upstream;
    for (const auto &[path, content] : {std::pair<QString, QByteArray *>{m_inventory.loadBalancer.modeFile, &mode},
                                        {m_inventory.loadBalancer.upstreamFile, &upstream}}) {
        const AdapterResult read = readFile(host, path, *content);
        if (!read.ok) {
            result.error = read.error;
            return result;
        }
    }
    static const QRegularExpression server(
        QStringLiteral("^\\s*server\\s+([^\\s;]+)[^;]*;\\s*(?:#\\s*(\\S+))?"), QRegularExpression::MultilineOption);
    auto it = server.globalMatch(QString::fromUtf8(upstream));
    while (it.hasNext()) {
        const auto match = it.next();
        result.upstream.append(nodeNameFor(match.captured(1), match.captured(2)));
    }
    result.ok = true;
    if (mode.contains(MaintenanceMarker))
        result.mode = LbMode::Maintenance;
    else if (result.upstream.size() == 1 && m_inventory.app.nodes.size() > 1)
        result.mode = LbMode::OneNode;
    else
        result.mode = LbMode::Serve;
    return result;
}

AdapterResult NginxLoadBalancer::setMaintenance(bool on)
{
    if (on) {
        QFile page(QStringLiteral(":/maintenance/maintenance.html"));
        if (!page.open(QIODevice::ReadOnly))
            return AdapterResult::failure(tr("lb: the maintenance page is missing from this build"));
        HostCommand host(m_runner, endpointForLoadBalancer(m_inventory));
        const CommandResult uploaded = host.upload(pagePath(), page.readAll());
        if (!uploaded.succeeded())
            return AdapterResult::failure(host.failure(tr("uploading the maintenance page"), uploaded));
    }
    return switchFiles({{m_inventory.loadBalancer.modeFile, modeContent(on).toUtf8()}},
                       on ? tr("maintenance on") : tr("maintenance off"));
}

AdapterResult NginxLoadBalancer::setUpstream(const QStringList &nodes)
{
    if (nodes.isEmpty())
        return AdapterResult::failure(tr("lb: an upstream needs at least one node; use maintenance instead"));
    for (const QString &name : nodes) {
        if (!m_inventory.node(name))
            return AdapterResult::failure(tr("lb: there is no node '%1' in the inventory").arg(name));
    }
    return switchFiles({{m_inventory.loadBalancer.upstreamFile, upstreamContent(nodes).toUtf8()}},
                       tr("upstream %1").arg(nodes.join(QStringLiteral(", "))));
}

AdapterResult NginxLoadBalancer::switchFiles(const QMap<QString, QByteArray> &files, const QString &what)
{
    HostCommand host(m_runner, endpointForLoadBalancer(m_inventory));
    QMap<QString, QByteArray> previous;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const AdapterResult read = readFile(host, it.key(), previous[it.key()]);
        if (!read.ok)
            return read;
    }
    const auto restore = [&]() {
        QStringList failed;
        for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
            if (!host.upload(it.key(), it.value()).succeeded())
                failed.append(it.key());
        }
        return failed.isEmpty() ? tr(" The previous files were restored.")
                                : tr(" Restoring %1 failed: fix it by hand.").arg(failed.join(QStringLiteral(", ")));
    };
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const CommandResult written = host.upload(it.key(), it.value());
        if (!written.succeeded())
            return AdapterResult::failure(host.failure(tr("writing %1").arg(it.key()), written) + restore());
    }
    const CommandResult test = host.run(testCommand(), Timeouts::Reload);
    if (!test.succeeded()) {
        return AdapterResult::failure(tr("lb: nginx refused the new configuration (%1): %2.%3")
                                          .arg(what, nginxMessage(test), restore()));
    }
    const CommandResult reload = host.run(reloadCommand(), Timeouts::Reload);
    if (!reload.succeeded()) {
        return AdapterResult::failure(host.failure(tr("nginx -s reload"), reload) + restore());
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QByteArray now;
        const AdapterResult read = readFile(host, it.key(), now);
        if (!read.ok)
            return read;
        if (now != it.value())
            return AdapterResult::failure(tr("lb: %1 changed again right after the switch; another "
                                             "operator may be at work").arg(it.key()));
    }
    return AdapterResult::success(what);
}

PlannedCommands NginxLoadBalancer::plannedCommands(Action action, const QStringList &nodes) const
{
    const HostCommand host(m_runner, endpointForLoadBalancer(m_inventory));
    const auto switchPlan = [&](const QString &path, const QString &what) {
        return PlannedCommands{host.planUpload(path, what), host.plan(testCommand()),
                               {host.endpoint().label, tr("(if that fails: put back the previous %1)").arg(path)},
                               host.plan(reloadCommand())};
    };
    const auto &lb = m_inventory.loadBalancer;
    switch (action) {
    case Action::State:
        return {{host.endpoint().label, tr("(read %1 and %2)").arg(lb.modeFile, lb.upstreamFile)}};
    case Action::MaintenanceOn:
        return PlannedCommands{host.planUpload(pagePath(), tr("the maintenance page"))}
               + switchPlan(lb.modeFile, tr("the maintenance mode (503 + page)"));
    case Action::MaintenanceOff:
        return switchPlan(lb.modeFile, tr("the serve mode"));
    case Action::Upstream:
        return switchPlan(lb.upstreamFile, tr("server lines for %1").arg(nodes.join(QStringLiteral(", "))));
    }
    return {};
}

} // namespace nb
