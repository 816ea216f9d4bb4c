#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

// SSH settings as written; empty fields are "not set" so a node's own settings can
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
};

struct AppNode
{
    QString name;
    QString host;
    SshSettings ssh;         // overrides of the cluster's ssh settings
    ComposeSettings compose; // overrides of app.compose (a host may keep it elsewhere)
    int line = 0;            // where the node is written, for messages
};

struct AppSettings
{
    QString runtime; // compose | systemd | pm2 | kubernetes | custom
    ComposeSettings compose;
    QString image;
    QString healthUrl; // may contain {host}
    QVector<AppNode> nodes;
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
    ComposeSettings effectiveCompose(const AppNode &node) const;
    // health_url with {host} replaced, or NocoBase's default port on the node's host.
    QString healthUrl(const AppNode &node) const;
};

} // namespace nb
