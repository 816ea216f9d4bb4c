#include "CustomRuntime.h"

#include "HostCommand.h"

#include <QCoreApplication>

namespace nb {

namespace {

ShellCommand versionTemplate(const QString &text, const QString &version)
{
    return ShellCommand::fromTemplate(text, {{QStringLiteral("version"), version}},
                                      {{QStringLiteral("version"), ShellValueKind::Version}});
}

} // namespace

ShellCommand CustomRuntime::statusCommand(const AppNode &) const
{
    return ShellCommand::fromOperatorText(m_inventory.app.custom.status);
}

ShellCommand CustomRuntime::startCommand(const AppNode &) const
{
    return ShellCommand::fromOperatorText(m_inventory.app.custom.start);
}

ShellCommand CustomRuntime::stopCommand(const AppNode &) const
{
    return ShellCommand::fromOperatorText(m_inventory.app.custom.stop);
}

ShellCommand CustomRuntime::releaseCommand(const AppNode &) const
{
    return ShellCommand::fromOperatorText(m_inventory.app.custom.version);
}

ShellCommand CustomRuntime::logsCommand(const AppNode &, int lines, const QDateTime &) const
{
    if (m_inventory.app.custom.logs.isEmpty())
        return ShellCommand::fromOperatorText(QString()); // invalid: "the command is empty"
    return ShellCommand::fromTemplate(m_inventory.app.custom.logs,
                                      {{QStringLiteral("lines"), QString::number(std::max(lines, 0))}});
}

QVector<ShellCommand> CustomRuntime::setVersionCommands(const AppNode &, const QString &version) const
{
    if (m_inventory.app.custom.setVersion.isEmpty())
        return {};
    return {versionTemplate(m_inventory.app.custom.setVersion, version)};
}

ShellCommand CustomRuntime::pullCommand(const AppNode &, const QString &version) const
{
    if (m_inventory.app.custom.pull.isEmpty())
        return {};
    return versionTemplate(m_inventory.app.custom.pull, version);
}

RuntimeStatus CustomRuntime::readStatus(const AppNode &node, const CommandResult &result) const
{
    const QString said = HostCommand::reason(result);
    if (result.exitCode == 0)
        return {RunState::Running, said};
    if (result.exitCode == 3)
        return {RunState::Stopped, said};
    return {RunState::Unknown, QCoreApplication::translate("nb::CustomRuntime", "%1: status exited %2: %3")
                                   .arg(node.name).arg(result.exitCode).arg(said)};
}

} // namespace nb
