#include "MysqlDatabase.h"

namespace nb {

ShellCommand MysqlDatabase::connection(ShellCommand tool) const
{
    const DatabaseSettings &db = m_inventory.database;
    tool.raw("-h").arg(connectHost(), ShellValueKind::Name).raw("-P").arg(QString::number(db.effectivePort()));
    if (!db.user.isEmpty())
        tool.raw("-u").arg(db.user, ShellValueKind::Name);
    return tool;
}

ShellCommand MysqlDatabase::dumpTool(const QString &path, bool secretFile) const
{
    // --defaults-extra-file must be the first option, or the tools ignore it.
    ShellCommand tool = secretFile ? ShellCommand("mysqldump --defaults-extra-file=\"$f\"") : ShellCommand("mysqldump");
    tool.raw("--single-transaction --routines --triggers --events");
    return connection(tool).arg(m_inventory.database.name, ShellValueKind::Name)
        .raw(">").arg(path, ShellValueKind::AbsolutePath);
}

ShellCommand MysqlDatabase::restoreTool(const QString &path, bool secretFile) const
{
    ShellCommand tool = secretFile ? ShellCommand("mysql --defaults-extra-file=\"$f\"") : ShellCommand("mysql");
    return connection(tool).arg(m_inventory.database.name, ShellValueKind::Name)
        .raw("<").arg(path, ShellValueKind::AbsolutePath);
}

ShellCommand MysqlDatabase::verifyCommand(const QString &path) const
{
    ShellCommand command("tail");
    return command.raw("-n 1 --").arg(path, ShellValueKind::AbsolutePath);
}

bool MysqlDatabase::verifyOutputOk(const CommandResult &result) const
{
    return result.succeeded() && result.stdoutText().startsWith(QLatin1String("-- Dump completed"));
}

QByteArray MysqlDatabase::secretFileContent(const QString &password) const
{
    QString escaped = password;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("[client]\npassword=\"%1\"\n").arg(escaped).toUtf8();
}

} // namespace nb
