#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

// Turns an Ansible inventory (INI or YAML) into a first inventory for the console:
// the groups named in the mapping become the app nodes, the load balancer and the
// database; ansible_host, ansible_port and ansible_user become host, ssh.port and
// ssh.user. What Ansible cannot know (runtime paths, LB files) gets the documented
// defaults, marked in the output for the operator to check.
namespace AnsibleImport {

struct Host
{
    QString name;
    QHash<QString, QString> vars; // host vars merged over its groups' vars
};

struct Parsed
{
    QVector<Host> hosts;                    // in the order they first appear
    QHash<QString, QStringList> groupHosts; // group -> its own hosts
    QHash<QString, QStringList> children;   // group -> child groups
    QHash<QString, QHash<QString, QString>> groupVars;
    QString error; // with the line, when the file cannot be read

    // Every host of a group, its children's included, in order, without repeats.
    QStringList hostsOf(const QString &group) const;
    // The host's variables: all, then its groups (parents before children), then its own.
    QHash<QString, QString> varsOf(const QString &host) const;
};

struct RoleMap
{
    QString app = QStringLiteral("app");
    QString lb = QStringLiteral("lb");
    QString db = QStringLiteral("db");
};

struct Result
{
    QByteArray yaml;   // the new inventory's text, empty on error
    QString error;
    QStringList notes; // things the operator should check
};

Parsed parseIni(const QByteArray &text);
Parsed parseYaml(const QByteArray &text);
// INI or YAML, told apart by content (a YAML inventory is a mapping with "all:" or
// groups with hosts/children/vars keys; an INI one has [section] lines).
Parsed parse(const QByteArray &text);

// "app=nocobase_nodes,lb=loadbalancers,db=databases"; roles left out keep their
// default group name (app, lb, db).
bool parseMap(const QString &text, RoleMap &map, QString *error);

Result toInventory(const Parsed &ansible, const RoleMap &map, const QString &cluster, const QString &sourceName);

} // namespace AnsibleImport

} // namespace nb
