#include "AnsibleImport.h"

#include "YamlTextEdit.h"

#include <core/Translate.h>

#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <functional>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::AnsibleImport", text);
}

void addHost(AnsibleImport::Parsed &parsed, const QString &group, const QString &name,
             const QHash<QString, QString> &vars)
{
    auto it = std::find_if(parsed.hosts.begin(), parsed.hosts.end(), [&](const auto &h) { return h.name == name; });
    if (it == parsed.hosts.end()) {
        parsed.hosts.append({name, {}});
        it = parsed.hosts.end() - 1;
    }
    for (auto var = vars.cbegin(); var != vars.cend(); ++var)
        it->vars.insert(var.key(), var.value());
    if (!parsed.groupHosts[group].contains(name))
        parsed.groupHosts[group].append(name);
}

// "app[01:03].example.org" -> app01…app03; Ansible's numeric host ranges.
QStringList expandRange(const QString &pattern)
{
    static const QRegularExpression range(QStringLiteral("^(.*)\\[(\\d+):(\\d+)\\](.*)$"));
    const auto match = range.match(pattern);
    if (!match.hasMatch())
        return {pattern};
    const QString from = match.captured(2);
    const int width = from.startsWith(QLatin1Char('0')) ? static_cast<int>(from.size()) : 0;
    QStringList names;
    for (int i = from.toInt(); i <= match.captured(3).toInt() && names.size() < 10000; ++i)
        names.append(match.captured(1) + QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0')) + match.captured(4));
    return names;
}

// key=value pairs; values may be quoted, as Ansible's INI parser allows.
QHash<QString, QString> keyValues(const QString &text)
{
    static const QRegularExpression pair(QStringLiteral("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|'[^']*'|\\S+)"));
    QHash<QString, QString> vars;
    auto it = pair.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        QString value = match.captured(2);
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
            value = value.mid(1, value.size() - 2);
        vars.insert(match.captured(1), value);
    }
    return vars;
}

QString scalar(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

void readYamlGroup(AnsibleImport::Parsed &parsed, const QString &group, const YAML::Node &node)
{
    if (!node.IsMap())
        return;
    const YAML::Node hosts = node["hosts"];
    // IsMap() throws on a missing key's node; IsDefined() does not.
    if (hosts.IsDefined() && hosts.IsMap()) {
        for (auto it = hosts.begin(); it != hosts.end(); ++it) {
            QHash<QString, QString> vars;
            if (it->second.IsMap()) {
                for (auto var = it->second.begin(); var != it->second.end(); ++var)
                    vars.insert(scalar(var->first), scalar(var->second));
            }
            for (const QString &name : expandRange(scalar(it->first)))
                addHost(parsed, group, name, vars);
        }
    }
    const YAML::Node vars = node["vars"];
    if (vars.IsDefined() && vars.IsMap()) {
        for (auto var = vars.begin(); var != vars.end(); ++var)
            parsed.groupVars[group].insert(scalar(var->first), scalar(var->second));
    }
    const YAML::Node children = node["children"];
    if (children.IsDefined() && children.IsMap()) {
        for (auto it = children.begin(); it != children.end(); ++it) {
            const QString child = scalar(it->first);
            if (!parsed.children[group].contains(child))
                parsed.children[group].append(child);
            readYamlGroup(parsed, child, it->second);
        }
    }
}

} // namespace

QStringList AnsibleImport::Parsed::hostsOf(const QString &group) const
{
    QStringList result;
    QSet<QString> visited;
    std::function<void(const QString &)> collect = [&](const QString &name) {
        if (visited.contains(name))
            return; // a cycle in children would otherwise never end
        visited.insert(name);
        for (const QString &host : groupHosts.value(name)) {
            if (!result.contains(host))
                result.append(host);
        }
        for (const QString &child : children.value(name))
            collect(child);
    };
    collect(group);
    if (group == QLatin1String("all")) {
        for (const Host &host : hosts) {
            if (!result.contains(host.name))
                result.append(host.name);
        }
    }
    return result;
}

QHash<QString, QString> AnsibleImport::Parsed::varsOf(const QString &host) const
{
    QHash<QString, QString> vars = groupVars.value(QStringLiteral("all"));
    // Parents before children, so the more specific group wins, as in Ansible.
    QStringList order;
    std::function<void(const QString &, int)> walk = [&](const QString &group, int depth) {
        if (depth > 32)
            return;
        for (const QString &child : children.value(group)) {
            if (hostsOf(child).contains(host)) {
                order.removeAll(child);
                order.append(child);
                walk(child, depth + 1);
            }
        }
    };
    walk(QStringLiteral("all"), 0);
    for (auto it = groupHosts.cbegin(); it != groupHosts.cend(); ++it) {
        if (it.key() != QLatin1String("all") && it.value().contains(host) && !order.contains(it.key()))
            order.append(it.key());
    }
    for (const QString &group : order) {
        const auto own = groupVars.value(group);
        for (auto it = own.cbegin(); it != own.cend(); ++it)
            vars.insert(it.key(), it.value());
    }
    for (const Host &candidate : hosts) {
        if (candidate.name != host)
            continue;
        for (auto it = candidate.vars.cbegin(); it != candidate.vars.cend(); ++it)
            vars.insert(it.key(), it.value());
    }
    return vars;
}

AnsibleImport::Parsed AnsibleImport::parseIni(const QByteArray &text)
{
    Parsed parsed;
    QString group = QStringLiteral("ungrouped");
    enum class Section { Hosts, Vars, Children } section = Section::Hosts;
    static const QRegularExpression header(QStringLiteral("^\\[([^\\]:]+)(?::(vars|children))?\\]$"));
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const auto match = header.match(line);
            if (!match.hasMatch()) {
                parsed.error = tr("line %1: '%2' is not a [group], [group:vars] or [group:children] header")
                                   .arg(i + 1).arg(line);
                return parsed;
            }
            group = match.captured(1);
            section = match.captured(2) == QLatin1String("vars") ? Section::Vars
                : match.captured(2) == QLatin1String("children") ? Section::Children : Section::Hosts;
            continue;
        }
        if (section == Section::Vars) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq < 0) {
                parsed.error = tr("line %1: expected NAME=VALUE in [%2:vars]").arg(i + 1).arg(group);
                return parsed;
            }
            const auto vars = keyValues(line);
            for (auto it = vars.cbegin(); it != vars.cend(); ++it)
                parsed.groupVars[group].insert(it.key(), it.value());
        } else if (section == Section::Children) {
            if (!parsed.children[group].contains(line))
                parsed.children[group].append(line);
        } else {
            const QString name = line.section(QRegularExpression(QStringLiteral("\\s+")), 0, 0);
            const auto vars = keyValues(line.mid(name.size()));
            for (const QString &host : expandRange(name))
                addHost(parsed, group, host, vars);
        }
    }
    return parsed;
}

AnsibleImport::Parsed AnsibleImport::parseYaml(const QByteArray &text)
{
    Parsed parsed;
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (!root.IsMap()) {
            parsed.error = tr("the YAML inventory is not a mapping of groups");
            return parsed;
        }
        for (auto it = root.begin(); it != root.end(); ++it)
            readYamlGroup(parsed, scalar(it->first), it->second);
    } catch (const YAML::Exception &exception) {
        parsed.error = tr("line %1: not valid YAML: %2").arg(exception.mark.line + 1)
                           .arg(QString::fromStdString(exception.msg));
    }
    return parsed;
}

AnsibleImport::Parsed AnsibleImport::parse(const QByteArray &text)
{
    static const QRegularExpression iniHeader(QStringLiteral("^\\s*\\[[^\\]]+\\]\\s*$"),
                                              QRegularExpression::MultilineOption);
    return iniHeader.match(QString::fromUtf8(text)).hasMatch() ? parseIni(text) : parseYaml(text);
}

bool AnsibleImport::parseMap(const QString &text, RoleMap &map, QString *error)
{
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString role = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const QString group = pair.section(QLatin1Char('='), 1).trimmed();
        QString *target = role == QLatin1String("app") ? &map.app
            : role == QLatin1String("lb") ? &map.lb : role == QLatin1String("db") ? &map.db : nullptr;
        if (!target || group.isEmpty() || !pair.contains(QLatin1Char('='))) {
            if (error)
                *error = tr("'%1' is not ROLE=GROUP with ROLE one of app, lb, db").arg(pair);
            return false;
        }
        *target = group;
    }
    return true;
}

AnsibleImport::Result AnsibleImport::toInventory(const Parsed &ansible, const RoleMap &map, const QString &cluster,
                                                 const QString &sourceName)
{
    Result result;
    if (!ansible.error.isEmpty()) {
        result.error = tr("%1: %2").arg(sourceName, ansible.error);
        return result;
    }
    const QStringList apps = ansible.hostsOf(map.app);
    if (apps.isEmpty()) {
        result.error = tr("%1: group '%2' (the app nodes) has no hosts").arg(sourceName, map.app);
        return result;
    }
    const auto q = [](const QString &value) { return YamlTextEdit::formatScalar(value); };
    // host, plus the ssh overrides Ansible knows for it.
    const auto hostFields = [&](const QString &name) {
        const auto vars = ansible.varsOf(name);
        QByteArray fields = "host: " + q(vars.value(QStringLiteral("ansible_host"), name));
        QByteArrayList ssh;
        if (vars.contains(QStringLiteral("ansible_user")))
            ssh.append("user: " + q(vars.value(QStringLiteral("ansible_user"))));
        if (vars.contains(QStringLiteral("ansible_port")))
            ssh.append("port: " + q(vars.value(QStringLiteral("ansible_port"))));
        if (!ssh.isEmpty())
            fields += ", ssh: {" + ssh.join(", ") + "}";
        return fields;
    };

    QByteArray yaml = "# Imported from the Ansible inventory " + sourceName.toUtf8() + " (app=" + map.app.toUtf8()
        + ", lb=" + map.lb.toUtf8() + ", db=" + map.db.toUtf8() + ").\n"
        "# Lines marked CHECK are defaults Ansible cannot know: compare them with the hosts.\n"
        "cluster: " + q(cluster) + "\n"
        "app:\n"
        "  runtime: compose\n"
        "  compose: {project_dir: /opt/nocobase, service: app}   # CHECK\n"
        "  nodes:\n";
    for (const QString &name : apps)
        yaml += "    - {name: " + q(name) + ", " + hostFields(name) + "}\n";

    const QStringList lbs = ansible.hostsOf(map.lb);
    if (lbs.isEmpty()) {
        yaml += "load_balancer: {kind: manual}   # CHECK: group '" + map.lb.toUtf8()
            + "' has no hosts; add url: (the cluster's public address)\n";
        result.notes.append(tr("group '%1' has no hosts: the load balancer is set to manual; add its public url")
                                .arg(map.lb));
    } else {
        if (lbs.size() > 1)
            result.notes.append(tr("group '%1' has %2 hosts; the first, %3, is the load balancer")
                                    .arg(map.lb).arg(lbs.size()).arg(lbs.first()));
        yaml += "load_balancer: {kind: nginx, " + hostFields(lbs.first()) + ",\n"
                "                upstream_file: /etc/nginx/nocobase/upstream.conf,   # CHECK\n"
                "                mode_file: /etc/nginx/nocobase/mode.conf, nginx: sudo -n nginx}\n";
    }
    const QStringList dbs = ansible.hostsOf(map.db);
    if (dbs.isEmpty()) {
        result.notes.append(tr("group '%1' has no hosts: no database section was written").arg(map.db));
    } else {
        yaml += "database: {dialect: postgres, " + hostFields(dbs.first()) + ", name: nocobase,   # CHECK\n"
                "           password: keychain, backup_dir: /var/backups/nocobase}\n";
    }
    result.yaml = yaml;
    return result;
}

} // namespace nb
