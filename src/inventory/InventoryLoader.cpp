#include "InventoryLoader.h"

#include "SshHostIdentity.h"
#include "YamlMappingReader.h"

#include <core/Translate.h>
#include <ssh/ShellCommand.h>

#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <yaml-cpp/yaml.h>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::InventoryLoader", text);
}

const QString Compose = QStringLiteral("compose");
const QString Systemd = QStringLiteral("systemd");
const QString Pm2 = QStringLiteral("pm2");
const QString Kubernetes = QStringLiteral("kubernetes");
const QString Custom = QStringLiteral("custom");

QString placeholderList(const QStringList &names)
{
    QStringList braced;
    for (const QString &name : names)
        braced.append(QLatin1Char('{') + name + QLatin1Char('}'));
    return braced.join(QStringLiteral(", "));
}

// An operator's command template may only use the placeholders the console fills in
// for that command; `{verison}` must fail here, not on the host at 2 a.m.
QString readTemplate(YamlMappingReader &reader, const QString &key, const QStringList &allowed,
                     bool required, const QString &requiredPlaceholder = QString())
{
    const QString text = reader.string(key, required);
    if (text.isEmpty())
        return text;
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (allowed.contains(name))
            continue;
        reader.reportAt(key, allowed.isEmpty()
            ? tr("unknown placeholder {%1}; this command takes no placeholders").arg(name)
            : tr("unknown placeholder {%1}; this command can use %2").arg(name, placeholderList(allowed)));
        return text;
    }
    if (!requiredPlaceholder.isEmpty()
        && !text.contains(QLatin1Char('{') + requiredPlaceholder + QLatin1Char('}'))) {
        reader.reportAt(key, tr("must contain {%1}").arg(requiredPlaceholder));
    }
    return text;
}

// "repo/name:tag": the tag is a version, every path component a name. A registry's
// ":port" sits before the last '/', so only a ':' after it starts the tag.
QString imageProblem(const QString &image)
{
    const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = image.indexOf(QLatin1Char(':'), slash + 1);
    const QString repository = colon < 0 ? image : image.left(colon);
    for (const QString &part : repository.split(QLatin1Char('/'))) {
        if (!ShellCommand::validate(part, ShellValueKind::Name).isEmpty())
            return tr("'%1' is not a valid image name (e.g. nocobase/nocobase)").arg(image);
    }
    if (colon >= 0)
        return ShellCommand::validate(image.mid(colon + 1), ShellValueKind::Version);
    return {};
}

QString readUrl(YamlMappingReader &reader, const QString &key)
{
    const QString text = reader.string(key);
    if (text.isEmpty())
        return text;
    QString probe = text;
    const QUrl url(probe.replace(QLatin1String("{host}"), QLatin1String("host")), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        reader.reportAt(key, tr("'%1' is not an http:// or https:// URL").arg(text));
    }
    return text;
}

SshSettings readSsh(YamlMappingReader &parent, const QString &key)
{
    SshSettings ssh;
    YamlMappingReader reader(parent, key);
    ssh.user = reader.name(QStringLiteral("user"));
    ssh.identityFile = reader.string(QStringLiteral("identity_file"));
    ssh.knownHosts = reader.string(QStringLiteral("known_hosts"));
    ssh.port = reader.port(QStringLiteral("port"));
    ssh.proxyCommand = reader.string(QStringLiteral("proxy_command"));
    return ssh;
}

ComposeSettings readCompose(YamlMappingReader &parent)
{
    ComposeSettings compose;
    YamlMappingReader reader(parent, Compose);
    compose.projectDir = reader.path(QStringLiteral("project_dir"));
    compose.service = reader.name(QStringLiteral("service"));
    compose.file = reader.name(QStringLiteral("file"));
    return compose;
}

QStringList readUnits(YamlMappingReader &reader)
{
    const QStringList units = reader.stringList(QStringLiteral("units"));
    for (const QString &unit : units) {
        const QString why = ShellCommand::validate(unit, ShellValueKind::Name);
        if (!why.isEmpty())
            reader.reportAt(QStringLiteral("units"), why);
    }
    return units;
}

void readNodeOverrides(YamlMappingReader &reader, AppNode &node)
{
    node.compose = readCompose(reader);
    {
        YamlMappingReader systemd(reader, Systemd);
        node.systemdUnits = readUnits(systemd);
    }
    {
        YamlMappingReader pm2(reader, Pm2);
        node.pm2Process = pm2.name(QStringLiteral("process"));
    }
    {
        YamlMappingReader kubernetes(reader, Kubernetes);
        node.kubernetesDeployment = kubernetes.name(QStringLiteral("deployment"));
    }
}

void checkDistinctHosts(YamlMappingReader &app, const YAML::Node &nodes, const Inventory &inventory)
{
    const QString configPath = SshHostIdentity::defaultConfigPath();
    QVector<SshHostIdentity> seen;
    for (int i = 0; i < inventory.app.nodes.size(); ++i) {
        const AppNode &node = inventory.app.nodes.at(i);
        if (node.host.isEmpty()) {
            seen.append(SshHostIdentity{});
            continue;
        }
        const auto identity = SshHostIdentity::resolve(node.host, inventory.effectiveSsh(node).port,
                                                       configPath);
        for (int j = 0; j < seen.size(); ++j) {
            if (seen.at(j) == identity) {
                const std::size_t index = static_cast<std::size_t>(i);
                app.report(nodes[index][std::string("host")],
                           QStringLiteral("%1[%2].host").arg(app.childPath(QStringLiteral("nodes"))).arg(i),
                           tr("'%1' is the same host as node '%2' (%3 port %4)")
                               .arg(node.host, inventory.app.nodes.at(j).name, identity.address)
                               .arg(identity.port));
                break;
            }
        }
        seen.append(identity);
    }
}

void readNodes(YamlMappingReader &app, Inventory &inventory)
{
    const YAML::Node nodes = app.child(QStringLiteral("nodes"));
    const QString path = app.childPath(QStringLiteral("nodes"));
    if (!nodes || nodes.IsNull()) {
        app.reportMissing(QStringLiteral("nodes"));
        return;
    }
    if (!nodes.IsSequence() || nodes.size() == 0) {
        app.report(nodes, path, tr("expected a list of at least one node"));
        return;
    }
    QSet<QString> names;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const QString nodePath = QStringLiteral("%1[%2]").arg(path).arg(i);
        YamlMappingReader reader(nodes[i], nodePath, app.file(), app.problems());
        if (!reader.exists()) {
            app.report(nodes[i], nodePath, tr("expected a node with name and host"));
            continue;
        }
        AppNode node;
        node.name = reader.name(QStringLiteral("name"), true);
        node.host = reader.name(QStringLiteral("host"), true);
        node.address = reader.name(QStringLiteral("address"));
        node.ssh = readSsh(reader, QStringLiteral("ssh"));
        readNodeOverrides(reader, node);
        node.line = nodes[i].Mark().line + 1;
        if (!node.name.isEmpty() && names.contains(node.name)) {
            reader.reportAt(QStringLiteral("name"), tr("duplicate node name '%1'").arg(node.name));
        }
        names.insert(node.name);
        inventory.app.nodes.append(node);
    }
    checkDistinctHosts(app, nodes, inventory);
}

// Every node must end up with the settings its runtime needs, from app-level defaults
// or its own overrides.
void checkRuntimeSettings(YamlMappingReader &app, const Inventory &inventory)
{
    const AppSettings &settings = inventory.app;
    const auto missing = [&](const QString &section, const QString &key) {
        YamlMappingReader reader(app.child(section), app.childPath(section), app.file(), app.problems());
        app.report(reader.exists() ? reader.node() : app.node(),
                   app.childPath(section) + QLatin1Char('.') + key,
                   tr("is required for the %1 runtime").arg(settings.runtime));
    };
    const auto everyNode = [&](auto has) {
        return std::all_of(settings.nodes.cbegin(), settings.nodes.cend(), has);
    };
    if (settings.runtime == Compose) {
        if (!everyNode([&](const AppNode &n) { return !inventory.effectiveCompose(n).projectDir.isEmpty(); }))
            missing(Compose, QStringLiteral("project_dir"));
        if (!everyNode([&](const AppNode &n) { return !inventory.effectiveCompose(n).service.isEmpty(); }))
            missing(Compose, QStringLiteral("service"));
    } else if (settings.runtime == Systemd) {
        if (!everyNode([&](const AppNode &n) { return !inventory.effectiveSystemdUnits(n).isEmpty(); }))
            missing(Systemd, QStringLiteral("units"));
        if (settings.systemd.version.isEmpty())
            missing(Systemd, QStringLiteral("version"));
    } else if (settings.runtime == Pm2) {
        if (!everyNode([&](const AppNode &n) { return !inventory.effectivePm2Process(n).isEmpty(); }))
            missing(Pm2, QStringLiteral("process"));
        if (settings.pm2.appDir.isEmpty())
            missing(Pm2, QStringLiteral("app_dir"));
    } else if (settings.runtime == Kubernetes) {
        if (!everyNode([&](const AppNode &n) { return !inventory.effectiveDeployment(n).isEmpty(); }))
            missing(Kubernetes, QStringLiteral("deployment"));
        if (settings.kubernetes.container.isEmpty())
            missing(Kubernetes, QStringLiteral("container"));
        if (settings.image.isEmpty())
            app.reportMissing(QStringLiteral("image"), tr("for the kubernetes runtime"));
    } else if (settings.runtime == Custom) {
        const CustomRuntimeSettings &custom = settings.custom;
        const QStringList keys{QStringLiteral("start"), QStringLiteral("stop"),
                               QStringLiteral("status"), QStringLiteral("version")};
        const QStringList values{custom.start, custom.stop, custom.status, custom.version};
        for (int i = 0; i < keys.size(); ++i) {
            if (values.at(i).isEmpty())
                missing(Custom, keys.at(i));
        }
    }
}

void readApp(YamlMappingReader &app, Inventory &inventory)
{
    AppSettings &settings = inventory.app;
    settings.runtime = app.oneOf(QStringLiteral("runtime"), {Compose, Systemd, Pm2, Kubernetes, Custom},
                                 Compose);
    settings.compose = readCompose(app);
    {
        YamlMappingReader systemd(app, Systemd);
        settings.systemd.units = readUnits(systemd);
        settings.systemd.systemctl = systemd.string(QStringLiteral("systemctl"));
        settings.systemd.version = readTemplate(systemd, QStringLiteral("version"), {}, false);
        settings.systemd.setVersion = readTemplate(systemd, QStringLiteral("set_version"),
                                                   {QStringLiteral("version")}, false,
                                                   QStringLiteral("version"));
        settings.systemd.logs = readTemplate(systemd, QStringLiteral("logs"), {QStringLiteral("lines")}, false);
    }
    {
        YamlMappingReader pm2(app, Pm2);
        settings.pm2.process = pm2.name(QStringLiteral("process"));
        settings.pm2.appDir = pm2.path(QStringLiteral("app_dir"));
        settings.pm2.pm2 = pm2.string(QStringLiteral("pm2"));
        settings.pm2.version = readTemplate(pm2, QStringLiteral("version"), {}, false);
        settings.pm2.setVersion = readTemplate(pm2, QStringLiteral("set_version"), {QStringLiteral("version")},
                                               false, QStringLiteral("version"));
    }
    {
        YamlMappingReader kubernetes(app, Kubernetes);
        auto &k8s = settings.kubernetes;
        k8s.namespaceName = kubernetes.name(QStringLiteral("namespace"));
        k8s.deployment = kubernetes.name(QStringLiteral("deployment"));
        k8s.container = kubernetes.name(QStringLiteral("container"));
        k8s.context = kubernetes.name(QStringLiteral("context"));
        k8s.kubeconfig = kubernetes.path(QStringLiteral("kubeconfig"));
        k8s.kubectl = kubernetes.string(QStringLiteral("kubectl"));
    }
    {
        YamlMappingReader custom(app, Custom);
        auto &c = settings.custom;
        c.start = readTemplate(custom, QStringLiteral("start"), {}, false);
        c.stop = readTemplate(custom, QStringLiteral("stop"), {}, false);
        c.status = readTemplate(custom, QStringLiteral("status"), {}, false);
        c.version = readTemplate(custom, QStringLiteral("version"), {}, false);
        c.setVersion = readTemplate(custom, QStringLiteral("set_version"), {QStringLiteral("version")}, false,
                                    QStringLiteral("version"));
        c.logs = readTemplate(custom, QStringLiteral("logs"), {QStringLiteral("lines")}, false);
        c.pull = readTemplate(custom, QStringLiteral("pull"), {QStringLiteral("version")}, false,
                              QStringLiteral("version"));
    }
    settings.image = app.string(QStringLiteral("image"));
    if (!settings.image.isEmpty()) {
        const QString why = imageProblem(settings.image);
        if (!why.isEmpty())
            app.reportAt(QStringLiteral("image"), why);
    }
    settings.healthUrl = readUrl(app, QStringLiteral("health_url"));
    readNodes(app, inventory);
    checkRuntimeSettings(app, inventory);
}

void readLoadBalancer(YamlMappingReader &lb, Inventory &inventory)
{
    auto &settings = inventory.loadBalancer;
    settings.kind = lb.oneOf(QStringLiteral("kind"),
        {QStringLiteral("nginx"), QStringLiteral("haproxy"), Custom, QStringLiteral("manual")}, QString());
    if (settings.kind.isEmpty())
        lb.reportMissing(QStringLiteral("kind"));
    settings.host = lb.name(QStringLiteral("host"), settings.kind != QLatin1String("manual"));
    const bool nginx = settings.kind == QLatin1String("nginx");
    settings.upstreamFile = lb.path(QStringLiteral("upstream_file"), nginx);
    settings.modeFile = lb.path(QStringLiteral("mode_file"), nginx);
    settings.nginx = lb.string(QStringLiteral("nginx"));
    settings.url = readUrl(lb, QStringLiteral("url"));
    settings.lockPath = lb.path(QStringLiteral("lock_path"));
    settings.ssh = readSsh(lb, QStringLiteral("ssh"));
    {
        const bool haproxy = settings.kind == QLatin1String("haproxy");
        if (haproxy && !lb.has(QStringLiteral("haproxy")))
            lb.reportMissing(QStringLiteral("haproxy"), tr("for the haproxy load balancer"));
        YamlMappingReader reader(lb, QStringLiteral("haproxy"));
        settings.haproxy.socket = reader.path(QStringLiteral("socket"), haproxy && reader.exists());
        settings.haproxy.backend = reader.name(QStringLiteral("backend"), haproxy && reader.exists());
        settings.haproxy.socat = reader.string(QStringLiteral("socat"));
        YamlMappingReader servers(reader, QStringLiteral("servers"));
        for (const AppNode &node : inventory.app.nodes) {
            const QString server = servers.name(node.name);
            if (!server.isEmpty())
                settings.haproxy.servers.insert(node.name, server);
        }
    }
    {
        const bool custom = settings.kind == Custom;
        if (custom && !lb.has(Custom))
            lb.reportMissing(Custom, tr("for the custom load balancer"));
        YamlMappingReader reader(lb, Custom);
        const bool required = custom && reader.exists();
        auto &c = settings.custom;
        c.maintenanceOn = readTemplate(reader, QStringLiteral("maintenance_on"), {}, required);
        c.maintenanceOff = readTemplate(reader, QStringLiteral("maintenance_off"), {}, required);
        c.upstream = readTemplate(reader, QStringLiteral("upstream"), {QStringLiteral("nodes")}, required,
                                  QStringLiteral("nodes"));
        c.status = readTemplate(reader, QStringLiteral("status"), {}, required);
    }
}

void readDatabase(YamlMappingReader &db, DatabaseSettings &settings)
{
    settings.dialect = db.oneOf(QStringLiteral("dialect"),
        {QStringLiteral("postgres"), QStringLiteral("mysql"), QStringLiteral("mariadb")},
        QStringLiteral("postgres"));
    settings.host = db.name(QStringLiteral("host"), true);
    settings.port = db.port(QStringLiteral("port"));
    settings.name = db.name(QStringLiteral("name"), true);
    settings.user = db.name(QStringLiteral("user"));
    settings.password = db.string(QStringLiteral("password"));
    static const QRegularExpression passwordRule(QRegularExpression::anchoredPattern(
        QStringLiteral("keychain|ask|none|env:[A-Za-z_][A-Za-z0-9_]*")));
    if (settings.password.isEmpty())
        settings.password = QStringLiteral("keychain");
    else if (!passwordRule.match(settings.password).hasMatch())
        db.reportAt(QStringLiteral("password"),
                    tr("expected keychain, ask, env:VARIABLE or none (the password itself never "
                       "goes into the inventory)"));
    settings.backupDir = db.path(QStringLiteral("backup_dir"), true);
    settings.connectHost = db.name(QStringLiteral("connect_host"));
    settings.ssh = readSsh(db, QStringLiteral("ssh"));
}

void readInventory(const YAML::Node &root, const QString &file, Inventory &inventory,
                   InventoryProblems &problems)
{
    YamlMappingReader top(root, QString(), file, problems);
    if (!top.exists()) {
        problems.append({file, 0, 0, QString(), tr("the file is empty or is not a YAML mapping")});
        return;
    }
    inventory.cluster = top.name(QStringLiteral("cluster"), true);
    inventory.ssh = readSsh(top, QStringLiteral("ssh"));
    {
        YamlMappingReader app(top, QStringLiteral("app"));
        if (!app.exists())
            top.reportMissing(QStringLiteral("app"));
        else
            readApp(app, inventory);
    }
    {
        YamlMappingReader lb(top, QStringLiteral("load_balancer"));
        if (!lb.exists())
            top.reportMissing(QStringLiteral("load_balancer"));
        else
            readLoadBalancer(lb, inventory);
    }
    {
        YamlMappingReader db(top, QStringLiteral("database"));
        if (db.exists())
            readDatabase(db, inventory.database);
    }
    {
        YamlMappingReader redis(top, QStringLiteral("redis"));
        inventory.redisUrl = redis.string(QStringLiteral("url"));
    }
    {
        YamlMappingReader storage(top, QStringLiteral("storage"));
        inventory.storagePath = storage.path(QStringLiteral("path"));
    }
}

InventoryProblem yamlProblem(const QString &fileName, const YAML::Exception &error)
{
    return {fileName, error.mark.is_null() ? 0 : error.mark.line + 1,
            error.mark.is_null() ? 0 : error.mark.column + 1, QString(),
            tr("not valid YAML: %1").arg(QString::fromStdString(error.msg))};
}

} // namespace

InventoryLoadResult InventoryLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt, {{path, 0, 0, QString(),
                                tr("cannot read the file: %1").arg(file.errorString())}}};
    }
    return parse(file.readAll(), path);
}

InventoryLoadResult InventoryLoader::parse(const QByteArray &yaml, const QString &fileName)
{
    InventoryLoadResult result;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &error) {
        result.problems.append(yamlProblem(fileName, error));
        return result;
    }

    Inventory inventory;
    inventory.filePath = fileName;
    try {
        readInventory(root, fileName, inventory, result.problems);
    } catch (const YAML::Exception &error) {
        // yaml-cpp throws on some malformed documents only when a node is accessed.
        result.problems.append(yamlProblem(fileName, error));
    }
    if (result.problems.isEmpty())
        result.inventory = inventory;
    return result;
}

} // namespace nb
