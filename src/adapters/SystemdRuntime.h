#pragma once

#include "ScriptedRuntime.h"

namespace nb {

// NocoBase as systemd unit(s): `systemctl is-active|start|stop UNIT…`; the release
// comes from the operator's `version` command, a version change from `set_version`.
class SystemdRuntime : public ScriptedRuntime
{
public:
    using ScriptedRuntime::ScriptedRuntime;

    ShellCommand statusCommand(const AppNode &node) const override;
    ShellCommand startCommand(const AppNode &node) const override;
    ShellCommand stopCommand(const AppNode &node) const override;
    ShellCommand releaseCommand(const AppNode &node) const override;
    ShellCommand logsCommand(const AppNode &node, int lines, const QDateTime &since) const override;
    QVector<ShellCommand> setVersionCommands(const AppNode &node, const QString &version) const override;

protected:
    QString name() const override { return QStringLiteral("systemctl"); }
    RuntimeStatus readStatus(const AppNode &node, const CommandResult &result) const override;

private:
    ShellCommand systemctl(const char *verb, const AppNode &node) const;
};

} // namespace nb
