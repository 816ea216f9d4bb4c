#pragma once

#include "ScriptedRuntime.h"

namespace nb {

// NocoBase under pm2 (a create-nocobase-app install started with `yarn start -d`):
// state from `pm2 jlist`, release from @nocobase/app's package.json in app_dir.
class Pm2Runtime : public ScriptedRuntime
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
    QString name() const override { return QStringLiteral("pm2"); }
    RuntimeStatus readStatus(const AppNode &node, const CommandResult &result) const override;
    QString readRelease(const CommandResult &result) const override;

private:
    ShellCommand pm2() const;
};

} // namespace nb
