#include "SystemdRuntime.h"

#include <QCoreApplication>

namespace nb {

ShellCommand SystemdRuntime::systemctl(const char *verb, const AppNode &node) const
{
    const QString program = m_inventory.app.systemd.systemctl;
    ShellCommand command = ShellCommand::fromOperatorText(program.isEmpty() ? QStringLiteral("systemctl") : program);
    command.arg(QString::fromLatin1(verb), ShellValueKind::Name);
    return command.args(m_inventory.effectiveSystemdUnits(node), ShellValueKind::Name);
}

ShellCommand SystemdRuntime::statusCommand(const AppNode &node) const
{
    return systemctl("is-active", node);
}

ShellCommand SystemdRuntime::startCommand(const AppNode &node) const
{
    return systemctl("start", node);
}

ShellCommand SystemdRuntime::stopCommand(const AppNode &node) const
{
    return systemctl("stop", node);
}

ShellCommand SystemdRuntime::releaseCommand(const AppNode &) const
{
    return ShellCommand::fromOperatorText(m_inventory.app.systemd.version);
}

ShellCommand SystemdRuntime::logsCommand(const AppNode &node, int lines, const QDateTime &since) const
{
    const QString lineCount = QString::number(std::max(lines, 0));
    if (!m_inventory.app.systemd.logs.isEmpty())
        return ShellCommand::fromTemplate(m_inventory.app.systemd.logs, {{QStringLiteral("lines"), lineCount}});
    ShellCommand command("journalctl");
    command.raw("--no-pager -o cat -n").arg(lineCount);
    if (since.isValid())
        command.raw("--since").arg(since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    for (const QString &unit : m_inventory.effectiveSystemdUnits(node))
        command.raw("-u").arg(unit, ShellValueKind::Name);
    return command;
}

QVector<ShellCommand> SystemdRuntime::setVersionCommands(const AppNode &, const QString &version) const
{
    if (m_inventory.app.systemd.setVersion.isEmpty())
        return {};
    return {ShellCommand::fromTemplate(m_inventory.app.systemd.setVersion, {{QStringLiteral("version"), version}},
                                       {{QStringLiteral("version"), ShellValueKind::Version}})};
}

RuntimeStatus SystemdRuntime::readStatus(const AppNode &node, const CommandResult &result) const
{
    // is-active prints one state per unit and exits non-zero unless all are active.
    const QStringList states = result.stdoutLines();
    const QStringList units = m_inventory.effectiveSystemdUnits(node);
    QStringList detail;
    int active = 0;
    int down = 0;
    for (int i = 0; i < states.size(); ++i) {
        const QString state = states.at(i).trimmed();
        detail.append(QStringLiteral("%1 %2").arg(i < units.size() ? units.at(i) : QString(), state).trimmed());
        if (state == QLatin1String("active"))
            ++active;
        else if (state == QLatin1String("inactive") || state == QLatin1String("failed"))
            ++down;
    }
    const QString text = detail.join(QStringLiteral(", "));
    if (active == units.size())
        return {RunState::Running, text};
    if (down == units.size())
        return {RunState::Stopped, text};
    return {RunState::Unknown, QCoreApplication::translate("nb::SystemdRuntime", "%1: units are %2")
                                   .arg(node.name, text.isEmpty() ? QStringLiteral("?") : text)};
}

} // namespace nb
