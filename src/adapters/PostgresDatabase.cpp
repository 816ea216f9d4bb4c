#include "PostgresDatabase.h"

namespace nb {

ShellCommand PostgresDatabase::connection(ShellCommand tool) const
{
    const DatabaseSettings &db = m_inventory.database;
    // -w: never prompt; a missing password fails at once instead of hanging the step.
    tool.raw("-w -h").arg(connectHost(), ShellValueKind::Name)
        .raw("-p").arg(QString::number(db.effectivePort()));
    if (!db.user.isEmpty())
        tool.raw("-U").arg(db.user, ShellValueKind::Name);
    return tool.raw("-d").arg(db.name, ShellValueKind::Name);
}

ShellCommand PostgresDatabase::dumpTool(const QString &path, bool secretFile) const
{
    ShellCommand tool = secretFile ? ShellCommand("PGPASSFILE=\"$f\" pg_dump") : ShellCommand("pg_dump");
    return connection(tool.raw("-Fc")).raw("-f").arg(path, ShellValueKind::AbsolutePath);
}

ShellCommand PostgresDatabase::restoreTool(const QString &path, bool secretFile) const
{
    ShellCommand tool = secretFile ? ShellCommand("PGPASSFILE=\"$f\" pg_restore") : ShellCommand("pg_restore");
    return connection(tool.raw("--clean --if-exists --no-owner")).arg(path, ShellValueKind::AbsolutePath);
}

ShellCommand PostgresDatabase::verifyCommand(const QString &path) const
{
    ShellCommand command("pg_restore");
    return command.raw("--list").arg(path, ShellValueKind::AbsolutePath).raw("> /dev/null");
}

QByteArray PostgresDatabase::secretFileContent(const QString &password) const
{
    // .pgpass format: any host, port, database and user; ':' and '\' escaped.
    QString escaped = password;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return QStringLiteral("*:*:*:*:%1\n").arg(escaped).toUtf8();
}

} // namespace nb
