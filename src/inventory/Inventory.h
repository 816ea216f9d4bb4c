#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

// SSH settings as written; empty fields are "not set" so a host's own settings can
// override the cluster's defaults field by field (see effectiveSsh()).
struct SshSettings
{
    QString user;
    QString identityFile;
    QString knownHosts;
    int port = 0;
    QString proxyCommand;
};

struct ComposeSettings
{
    QString projectDir;
    QString service;
    QString file; // the compose file inside project_dir; empty = Docker's own search order
};

// systemd: the unit(s) that make up one node, and how systemctl is run.
struct SystemdSettings
{
    QStringList units;
    QString systemctl;      // e.g. "sudo -n systemctl"; empty = "systemctl"
    QString version;        // command printing the installed release
    QString setVersion;     // optional template with {version}
    QString logs;           // optional template with {lines}; default journalctl
};

struct Pm2Settings
{
    QString process; // pm2 process name
    QString appDir;  // the NocoBase app directory (create-nocobase-app)
    QString pm2;     // how pm2 is run; empty = "pm2"
    QString version; // command printing the release; default reads @nocobase/app's package.json
    QString setVersion;
};

struct KubernetesSettings
{
    QString namespaceName;
    QString deployment;
    QString container;
    QString context;
    QString kubeconfig;
    QString kubectl; // how kubectl is run on the host; empty = "kubectl"
};

// The operator's own commands; placeholders are checked at load time.
struct CustomRuntimeSettings
{
    QString start;
    QString stop;
    QString status;     // exit 0 running, 3 stopped, anything else an error
    QString version;    // prints the release installed on the host
    QString setVersion; // {version}
    QString logs;       // {lines}
    QString pull;       // optional, {version}
};

struct AppNode
{
    QString name;
    QString host;
    QString address;         // how the load balancer reaches the node; empty = host
    SshSettings ssh;         // overrides of the cluster's ssh settings
    ComposeSettings compose; // overrides of app.compose (a host may keep it elsewhere)
    QStringList systemdUnits;     // overrides of app.systemd.units
    QString pm2Process;           // override of app.pm2.process
    QString kubernetesDeployment; // override of app.kubernetes.deployment
    int line = 0;            // where the node is written, for messages
};

struct AppSettings
{
    QString runtime; // compose | systemd | pm2 | kubernetes | custom
    ComposeSettings compose;
    SystemdSettings systemd;
    Pm2Settings pm2;
    KubernetesSettings kubernetes;
    CustomRuntimeSettings custom;
    QString image;
    QString healthUrl; // may contain {host}
    QVector<AppNode> nodes;
};

struct HaproxySettings
{
    QString socket;  // the runtime API (admin) socket on the LB host
    QString backend;
    QHash<QString, QString> servers; // node name -> HAProxy server name; default the node name
    QString socat;   // how socat is run; empty = "socat"
};

struct CustomLoadBalancerSettings
{
    QString maintenanceOn;
    QString maintenanceOff;
    QString upstream; // {nodes}: comma-separated node names, or "all"
    QString status;   // prints serve|maintenance|one-node, then optionally the node names
};

struct LoadBalancerSettings
{
    QString kind; // nginx | haproxy | custom | manual
    QString host;
    QString upstreamFile;
    QString modeFile;
    QString nginx;
    QString url;
    QString lockPath;
    SshSettings ssh;
    HaproxySettings haproxy;
    CustomLoadBalancerSettings custom;
};

struct DatabaseSettings
{
    QString dialect; // postgres | mysql | mariadb
    QString host;
    int port = 0;
    QString name;
    QString user;
    QString password; // keychain | ask | env:NAME | none
    QString backupDir;
    QString connectHost; // the address the dump tools use on the DB host; empty = host
    SshSettings ssh;

    int effectivePort() const;
};

struct RedisSettings
{
    QString url;
};

struct StorageSettings
{
    QString path;
};

struct Inventory
{
    QString filePath;
    QString cluster;
    SshSettings ssh;
    AppSettings app;
    LoadBalancerSettings loadBalancer;
    DatabaseSettings database;
    QString redisUrl;
    QString storagePath;

    // The node's SSH settings with the cluster's defaults filled in.
    SshSettings effectiveSsh(const AppNode &node) const;
    SshSettings effectiveSsh(const SshSettings &own) const;
    ComposeSettings effectiveCompose(const AppNode &node) const;
    QStringList effectiveSystemdUnits(const AppNode &node) const;
    QString effectivePm2Process(const AppNode &node) const;
    QString effectiveDeployment(const AppNode &node) const;
    // health_url with {host} replaced, or NocoBase's default port on the node's host.
    QString healthUrl(const AppNode &node) const;
    // app:getInfo on the same origin as the health URL.
    QString infoUrl(const AppNode &node) const;
    // "address:port" the load balancer sends the node's traffic to.
    QString upstreamAddress(const AppNode &node) const;
    const AppNode *node(const QString &name) const;
};

} // namespace nb
