#pragma once

#include "ScriptedRuntime.h"

namespace nb {

// The operator's own commands (app.custom); placeholders are filled in validated and
// quoted. `status` exits 0 when running and 3 when stopped, like an LSB init script.
class CustomRuntime : public ScriptedRuntime
{
public:
    using ScriptedRuntime::ScriptedRuntime;

    ShellCommand statusCommand(const AppNode &node) const override;
    ShellCommand startCommand(const AppNode &node) const override;
    ShellCommand stopCommand(const AppNode &node) const override;
    ShellCommand releaseCommand(const AppNode &node) const override;
    ShellCommand logsCommand(const AppNode &node, int lines, const QDateTime &since) const override;
    QVector<ShellCommand> setVersionCommands(const AppNode &node, const QString &version) const override;
    ShellCommand pullCommand(const AppNode &node, const QString &version) const override;

protected:
    QString name() const override { return QStringLiteral("custom command"); }
    RuntimeStatus readStatus(const AppNode &node, const CommandResult &result) const override;
};

} // namespace nb
