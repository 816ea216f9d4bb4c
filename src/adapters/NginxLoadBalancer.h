#pragma once

#include "LoadBalancerAdapter.h"

#include <ssh/CommandRunner.h>

#include <QMap>

namespace nb {

class HostCommand;

// nginx: the console owns exactly two files the operator's config includes — the
// upstream's server lines and the server-level mode (serve or maintenance). A switch
// uploads new content, runs `nginx -t`, restores the previous files if that fails
// (reporting nginx's own message) and otherwise reloads.
class NginxLoadBalancer : public LoadBalancerAdapter
{
public:
    NginxLoadBalancer(const Inventory &inventory, CommandRunner &runner);

    LoadBalancerState state() override;
    AdapterResult setMaintenance(bool on) override;
    AdapterResult setUpstream(const QStringList &nodes) override;
    PlannedCommands plannedCommands(Action action, const QStringList &nodes = {}) const override;

    QString upstreamContent(const QStringList &nodes) const;
    QString modeContent(bool maintenance) const;
    QString pagePath() const; // the maintenance page, beside the mode file
    ShellCommand testCommand() const;
    ShellCommand reloadCommand() const;

    static const char *const PageName;

private:
    AdapterResult switchFiles(const QMap<QString, QByteArray> &files, const QString &what);
    AdapterResult readFile(HostCommand &host, const QString &path, QByteArray &content);
    QString nodeNameFor(const QString &address, const QString &comment) const;

    Inventory m_inventory;
    CommandRunner &m_runner;
};

} // namespace nb
