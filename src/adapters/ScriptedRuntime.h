#pragma once

#include "RuntimeAdapter.h"

#include <ssh/CommandRunner.h>

namespace nb {

class HostCommand;

// A runtime whose every action is one command on the node's host (systemd, pm2,
// kubernetes, the operator's own scripts). Subclasses say which command and how to
// read its answer; running, timeouts, error sentences and previews live here once.
class ScriptedRuntime : public RuntimeAdapter
{
public:
    ScriptedRuntime(const Inventory &inventory, CommandRunner &runner);

    RuntimeStatus status(const AppNode &node) override;
    AdapterResult start(const AppNode &node) override;
    AdapterResult stop(const AppNode &node) override;
    AdapterResult pull(const AppNode &node, const QString &version) override;
    AdapterResult release(const AppNode &node) override;
    VersionChange previewVersion(const AppNode &node, const QString &version) override;
    VersionChange setVersion(const AppNode &node, const QString &version) override;
    AdapterResult logs(const AppNode &node, int lines, const QDateTime &since = {}) override;
    PlannedCommands plannedCommands(Action action, const AppNode &node,
                                    const QString &version = QString()) const override;

    virtual ShellCommand statusCommand(const AppNode &node) const = 0;
    virtual ShellCommand startCommand(const AppNode &node) const = 0;
    virtual ShellCommand stopCommand(const AppNode &node) const = 0;
    virtual ShellCommand releaseCommand(const AppNode &node) const = 0;
    virtual ShellCommand logsCommand(const AppNode &node, int lines, const QDateTime &since) const = 0;
    // The commands that change the release, in order; empty when the runtime cannot.
    virtual QVector<ShellCommand> setVersionCommands(const AppNode &node, const QString &version) const = 0;
    // Empty (the default) when there is nothing to fetch ahead of a version change.
    virtual ShellCommand pullCommand(const AppNode &node, const QString &version) const;

protected:
    virtual QString name() const = 0; // "systemctl", "pm2", "kubectl", "custom command"
    virtual RuntimeStatus readStatus(const AppNode &node, const CommandResult &result) const = 0;
    virtual QString readRelease(const CommandResult &result) const;
    // Runs after a failed version change (kubectl rollout undo); nothing by default.
    virtual ShellCommand undoCommand(const AppNode &node) const;

    HostCommand host(const AppNode &node) const;

    Inventory m_inventory;
    CommandRunner &m_runner;
};

} // namespace nb
