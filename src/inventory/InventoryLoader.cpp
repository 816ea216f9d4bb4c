#include "InventoryLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace nb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nb::InventoryLoader", text);
}

// Walks one YAML mapping, reading known keys and reporting each problem with the place
// it was written. Keys nobody asked for are reported as unknown at the end, because a
// misspelt key silently ignored is how a setting "does nothing" at 2 a.m.
class MappingReader
{
public:
    MappingReader(const YAML::Node &node, QString path, const QString &file,
                  InventoryProblems &problems)
        : m_node(node), m_path(std::move(path)), m_file(file), m_problems(problems)
    {
        if (m_node && !m_node.IsNull() && !m_node.IsMap()) {
            report(m_node, m_path, tr("expected a mapping of keys to values"));
            m_valid = false;
        }
    }

    ~MappingReader()
    {
        if (!m_valid || !m_node || !m_node.IsMap())
            return;
        for (auto it = m_node.begin(); it != m_node.end(); ++it) {
            const QString key = QString::fromStdString(it->first.Scalar());
            if (!m_known.contains(key))
                report(it->first, childPath(key), tr("unknown key"));
        }
    }

    MappingReader(const MappingReader &) = delete;
    MappingReader &operator=(const MappingReader &) = delete;

    bool exists() const { return m_valid && m_node && m_node.IsMap(); }

    YAML::Node child(const QString &key)
    {
        m_known.insert(key);
        if (!exists())
            return YAML::Node();
        return m_node[key.toStdString()];
    }

    QString string(const QString &key, bool required = false)
    {
        const YAML::Node value = child(key);
        if (!value || value.IsNull()) {
            if (required)
                reportMissing(key);
            return {};
        }
        if (!value.IsScalar()) {
            report(value, childPath(key), tr("expected a text value"));
            return {};
        }
        const QString text = QString::fromStdString(value.Scalar());
        if (required && text.trimmed().isEmpty())
            report(value, childPath(key), tr("must not be empty"));
        return text;
    }

    int port(const QString &key)
    {
        const YAML::Node value = child(key);
        if (!value || value.IsNull())
            return 0;
        bool ok = false;
        const int number = value.IsScalar() ? QString::fromStdString(value.Scalar()).toInt(&ok) : 0;
        if (!ok || number < 1 || number > 65535) {
            report(value, childPath(key), tr("expected a port number between 1 and 65535"));
            return 0;
        }
        return number;
    }

    QString oneOf(const QString &key, const QStringList &allowed, const QString &fallback)
    {
        const QString value = string(key);
        if (value.isEmpty())
            return fallback;
        if (!allowed.contains(value)) {
            report(child(key), childPath(key),
                   tr("'%1' is not one of: %2").arg(value, allowed.join(QStringLiteral(", "))));
        }
        return value;
    }

    void reportMissing(const QString &key)
    {
        report(m_node, childPath(key), tr("is required"));
    }

    void report(const YAML::Node &where, const QString &field, const QString &message)
    {
        InventoryProblem problem{m_file, 0, 0, field, message};
        if (where) {
            const YAML::Mark mark = where.Mark();
            if (!mark.is_null()) {
                problem.line = mark.line + 1;
                problem.column = mark.column + 1;
            }
        }
        m_problems.append(problem);
    }

    QString childPath(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    const QString &file() const { return m_file; }
    InventoryProblems &problems() { return m_problems; }

private:
    YAML::Node m_node;
    QString m_path;
    const QString &m_file;
    InventoryProblems &m_problems;
    QSet<QString> m_known;
    bool m_valid = true;
};

SshSettings readSsh(MappingReader &parent, const QString &key)
{
    SshSettings ssh;
    MappingReader reader(parent.child(key), parent.childPath(key), parent.file(), parent.problems());
    ssh.user = reader.string(QStringLiteral("user"));
    ssh.identityFile = reader.string(QStringLiteral("identity_file"));
    ssh.knownHosts = reader.string(QStringLiteral("known_hosts"));
    ssh.port = reader.port(QStringLiteral("port"));
    ssh.proxyCommand = reader.string(QStringLiteral("proxy_command"));
    return ssh;
}

ComposeSettings readCompose(MappingReader &parent, const QString &key)
{
    ComposeSettings compose;
    MappingReader reader(parent.child(key), parent.childPath(key), parent.file(), parent.problems());
    compose.projectDir = reader.string(QStringLiteral("project_dir"));
    compose.service = reader.string(QStringLiteral("service"));
    return compose;
}

void readNodes(MappingReader &app, AppSettings &settings)
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
        MappingReader reader(nodes[i], nodePath, app.file(), app.problems());
        if (!reader.exists()) {
            app.report(nodes[i], nodePath, tr("expected a node with name and host"));
            continue;
        }
        AppNode node;
        node.name = reader.string(QStringLiteral("name"), true);
        node.host = reader.string(QStringLiteral("host"), true);
        node.ssh = readSsh(reader, QStringLiteral("ssh"));
        node.compose = readCompose(reader, QStringLiteral("compose"));
        node.line = nodes[i].Mark().line + 1;
        if (!node.name.isEmpty() && names.contains(node.name)) {
            reader.report(reader.child(QStringLiteral("name")), reader.childPath(QStringLiteral("name")),
                          tr("duplicate node name '%1'").arg(node.name));
        }
        names.insert(node.name);
        settings.nodes.append(node);
    }
}

void readInventory(const YAML::Node &root, const QString &file, Inventory &inventory,
                   InventoryProblems &problems)
{
    MappingReader top(root, QString(), file, problems);
    if (!top.exists()) {
        problems.append({file, 0, 0, QString(), tr("the file is empty or is not a YAML mapping")});
        return;
    }
    inventory.cluster = top.string(QStringLiteral("cluster"), true);
    inventory.ssh = readSsh(top, QStringLiteral("ssh"));

    {
        MappingReader app(top.child(QStringLiteral("app")), QStringLiteral("app"), file, problems);
        if (!app.exists()) {
            top.reportMissing(QStringLiteral("app"));
        } else {
            inventory.app.runtime = app.oneOf(QStringLiteral("runtime"),
                {QStringLiteral("compose"), QStringLiteral("systemd"), QStringLiteral("pm2"),
                 QStringLiteral("kubernetes"), QStringLiteral("custom")},
                QStringLiteral("compose"));
            inventory.app.compose = readCompose(app, QStringLiteral("compose"));
            inventory.app.image = app.string(QStringLiteral("image"));
            inventory.app.healthUrl = app.string(QStringLiteral("health_url"));
            readNodes(app, inventory.app);
        }
    }
    {
        MappingReader lb(top.child(QStringLiteral("load_balancer")), QStringLiteral("load_balancer"),
                         file, problems);
        if (!lb.exists()) {
            top.reportMissing(QStringLiteral("load_balancer"));
        } else {
            auto &settings = inventory.loadBalancer;
            settings.kind = lb.oneOf(QStringLiteral("kind"),
                {QStringLiteral("nginx"), QStringLiteral("haproxy"), QStringLiteral("custom"),
                 QStringLiteral("manual")},
                QString());
            if (settings.kind.isEmpty())
                lb.reportMissing(QStringLiteral("kind"));
            settings.host = lb.string(QStringLiteral("host"), settings.kind != QLatin1String("manual"));
            settings.upstreamFile = lb.string(QStringLiteral("upstream_file"));
            settings.modeFile = lb.string(QStringLiteral("mode_file"));
            settings.nginx = lb.string(QStringLiteral("nginx"));
            settings.url = lb.string(QStringLiteral("url"));
            settings.lockPath = lb.string(QStringLiteral("lock_path"));
        }
    }
    {
        MappingReader db(top.child(QStringLiteral("database")), QStringLiteral("database"), file,
                         problems);
        if (db.exists()) {
            auto &settings = inventory.database;
            settings.dialect = db.oneOf(QStringLiteral("dialect"),
                {QStringLiteral("postgres"), QStringLiteral("mysql"), QStringLiteral("mariadb")},
                QStringLiteral("postgres"));
            settings.host = db.string(QStringLiteral("host"), true);
            settings.port = db.port(QStringLiteral("port"));
            settings.name = db.string(QStringLiteral("name"), true);
            settings.user = db.string(QStringLiteral("user"));
            settings.password = db.string(QStringLiteral("password"));
            settings.backupDir = db.string(QStringLiteral("backup_dir"));
        }
    }
    {
        MappingReader redis(top.child(QStringLiteral("redis")), QStringLiteral("redis"), file, problems);
        inventory.redisUrl = redis.string(QStringLiteral("url"));
    }
    {
        MappingReader storage(top.child(QStringLiteral("storage")), QStringLiteral("storage"), file,
                              problems);
        inventory.storagePath = storage.string(QStringLiteral("path"));
    }
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
        result.problems.append({fileName, error.mark.is_null() ? 0 : error.mark.line + 1,
                                error.mark.is_null() ? 0 : error.mark.column + 1, QString(),
                                tr("not valid YAML: %1").arg(QString::fromStdString(error.msg))});
        return result;
    }

    Inventory inventory;
    inventory.filePath = fileName;
    try {
        readInventory(root, fileName, inventory, result.problems);
    } catch (const YAML::Exception &error) {
        // yaml-cpp throws on some malformed documents only when a node is accessed.
        result.problems.append({fileName, error.mark.is_null() ? 0 : error.mark.line + 1,
                                error.mark.is_null() ? 0 : error.mark.column + 1, QString(),
                                tr("not valid YAML: %1").arg(QString::fromStdString(error.msg))});
    }
    if (result.problems.isEmpty())
        result.inventory = inventory;
    return result;
}

} // namespace nb
