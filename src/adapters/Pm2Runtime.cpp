#include "Pm2Runtime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nb {

ShellCommand Pm2Runtime::pm2() const
{
    const QString program = m_inventory.app.pm2.pm2;
    return ShellCommand::fromOperatorText(program.isEmpty() ? QStringLiteral("pm2") : program);
}

ShellCommand Pm2Runtime::statusCommand(const AppNode &) const
{
    return pm2().raw("jlist");
}

ShellCommand Pm2Runtime::startCommand(const AppNode &node) const
{
    // pm2 resolves the app's relative paths against the working directory.
    ShellCommand command("cd");
    command.arg(m_inventory.app.pm2.appDir, ShellValueKind::AbsolutePath);
    return command.andThen(pm2().raw("start").arg(m_inventory.effectivePm2Process(node), ShellValueKind::Name));
}

ShellCommand Pm2Runtime::stopCommand(const AppNode &node) const
{
    return pm2().raw("stop").arg(m_inventory.effectivePm2Process(node), ShellValueKind::Name);
}

ShellCommand Pm2Runtime::releaseCommand(const AppNode &) const
{
    if (!m_inventory.app.pm2.version.isEmpty())
        return ShellCommand::fromOperatorText(m_inventory.app.pm2.version);
    QString dir = m_inventory.app.pm2.appDir;
    if (!dir.endsWith(QLatin1Char('/')))
        dir += QLatin1Char('/');
    ShellCommand command("cat");
    return command.raw("--").arg(dir + QStringLiteral("node_modules/@nocobase/app/package.json"),
                                 ShellValueKind::AbsolutePath);
}

ShellCommand Pm2Runtime::logsCommand(const AppNode &node, int lines, const QDateTime &) const
{
    // pm2 logs has no --since; the caller filters by time if it needs to.
    return pm2().raw("logs").arg(m_inventory.effectivePm2Process(node), ShellValueKind::Name)
        .raw("--nostream --raw --lines").arg(QString::number(std::max(lines, 0)));
}

QVector<ShellCommand> Pm2Runtime::setVersionCommands(const AppNode &, const QString &version) const
{
    if (m_inventory.app.pm2.setVersion.isEmpty())
        return {};
    return {ShellCommand::fromTemplate(m_inventory.app.pm2.setVersion, {{QStringLiteral("version"), version}},
                                       {{QStringLiteral("version"), ShellValueKind::Version}})};
}

RuntimeStatus Pm2Runtime::readStatus(const AppNode &node, const CommandResult &result) const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("nb::Pm2Runtime", text); };
    if (result.exitCode != 0)
        return {RunState::Unknown, tr("%1: pm2 jlist failed (exit code %2)").arg(node.name).arg(result.exitCode)};
    const QString process = m_inventory.effectivePm2Process(node);
    const QJsonDocument doc = QJsonDocument::fromJson(result.stdoutText().toUtf8());
    if (!doc.isArray())
        return {RunState::Unknown, tr("%1: pm2 jlist did not print a JSON list").arg(node.name)};
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("name")).toString() != process)
            continue;
        const QString state = entry.value(QStringLiteral("pm2_env")).toObject().value(QStringLiteral("status")).toString();
        if (state == QLatin1String("online"))
            return {RunState::Running, state};
        if (state == QLatin1String("stopped") || state == QLatin1String("errored"))
            return {RunState::Stopped, state};
        return {RunState::Unknown, tr("%1: pm2 reports '%2'").arg(node.name, state)};
    }
    return {RunState::Stopped, tr("pm2 has no process '%1'").arg(process)};
}

QString Pm2Runtime::readRelease(const CommandResult &result) const
{
    if (!m_inventory.app.pm2.version.isEmpty())
        return ScriptedRuntime::readRelease(result);
    return QJsonDocument::fromJson(result.stdoutText().toUtf8()).object().value(QStringLiteral("version")).toString();
}

} // namespace nb
