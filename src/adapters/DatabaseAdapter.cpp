#include "DatabaseAdapter.h"

#include "HostCommand.h"
#include <core/Translate.h>
#include <ssh/InventoryEndpoints.h>

#include <QCryptographicHash>
#include <QFile>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::DatabaseAdapter", text);
}

} // namespace

DatabaseAdapter::DatabaseAdapter(const Inventory &inventory, CommandRunner &runner)
    : m_inventory(inventory), m_runner(runner)
{
}

HostCommand DatabaseAdapter::host() const
{
    return HostCommand(m_runner, endpointForDatabase(m_inventory));
}

QString DatabaseAdapter::connectHost() const
{
    const DatabaseSettings &db = m_inventory.database;
    return db.connectHost.isEmpty() ? db.host : db.connectHost;
}

QString DatabaseAdapter::backupPathFor(const QDateTime &when) const
{
    QString dir = m_inventory.database.backupDir;
    if (!dir.endsWith(QLatin1Char('/')))
        dir += QLatin1Char('/');
    return dir + QStringLiteral("%1-%2-%3.%4")
                     .arg(m_inventory.cluster, m_inventory.database.name,
                          when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")), extension());
}

ShellCommand DatabaseAdapter::withSecret(const ShellCommand &tool) const
{
    if (!m_password)
        return tool;
    // The file is private from birth (umask) and removed however the shell ends; the
    // password itself only ever travels on stdin.
    ShellCommand command("umask 077 && f=$(mktemp) && trap 'rm -f \"$f\"' EXIT && trap 'exit 129' HUP INT TERM"
                         " && cat > \"$f\"");
    return command.andThen(tool);
}

ShellCommand DatabaseAdapter::dumpCommand(const QString &path) const
{
    return withSecret(dumpTool(path, m_password.has_value()));
}

ShellCommand DatabaseAdapter::restoreCommand(const QString &path) const
{
    return withSecret(restoreTool(path, m_password.has_value()));
}

ShellCommand DatabaseAdapter::freeSpaceCommand() const
{
    ShellCommand command("df");
    return command.raw("-Pk").arg(m_inventory.database.backupDir, ShellValueKind::AbsolutePath);
}

bool DatabaseAdapter::verifyOutputOk(const CommandResult &result) const
{
    return result.succeeded();
}

BackupInfo DatabaseAdapter::backup()
{
    BackupInfo info;
    HostCommand target = host();
    info.taken = QDateTime::currentDateTimeUtc();
    info.path = backupPathFor(info.taken);
    const QByteArray secret = m_password ? secretFileContent(*m_password) : QByteArray();
    const QStringList secrets = m_password ? QStringList{*m_password} : QStringList();

    ShellCommand mkdir("mkdir");
    mkdir.raw("-p --").arg(m_inventory.database.backupDir, ShellValueKind::AbsolutePath);
    const AdapterResult made = target.check(mkdir, tr("creating %1").arg(m_inventory.database.backupDir),
                                            Timeouts::Query);
    if (!made.ok) {
        info.error = made.error;
        return info;
    }
    const CommandResult dumped = target.run(dumpCommand(info.path), Timeouts::Dump, secret, secrets);
    if (!dumped.succeeded()) {
        info.error = target.failure(tr("the database dump"), dumped);
        return info;
    }
    const CommandResult verified = target.run(verifyCommand(info.path), Timeouts::Dump);
    if (!verifyOutputOk(verified)) {
        info.error = target.failure(tr("reading back the dump %1").arg(info.path), verified);
        if (verified.succeeded())
            info.error = tr("db: the dump %1 is incomplete (it does not read back)").arg(info.path);
        return info;
    }
    ShellCommand sum("sha256sum");
    sum.raw("--").arg(info.path, ShellValueKind::AbsolutePath);
    const CommandResult summed = target.run(sum, Timeouts::Dump);
    ShellCommand stat("stat");
    stat.raw("-c %s --").arg(info.path, ShellValueKind::AbsolutePath);
    const CommandResult sized = target.run(stat, Timeouts::Query);
    info.sha256 = summed.stdoutText().section(QLatin1Char(' '), 0, 0).trimmed();
    bool sizeOk = false;
    info.size = sized.stdoutText().trimmed().toLongLong(&sizeOk);
    if (!summed.succeeded() || info.sha256.size() != 64 || !sized.succeeded() || !sizeOk) {
        info.error = target.failure(tr("recording the dump's checksum and size"),
                                    summed.succeeded() ? sized : summed);
        return info;
    }
    info.ok = true;
    return info;
}

AdapterResult DatabaseAdapter::restore(const BackupInfo &backup)
{
    HostCommand target = host();
    if (!backup.sha256.isEmpty()) {
        ShellCommand sum("sha256sum");
        sum.raw("--").arg(backup.path, ShellValueKind::AbsolutePath);
        const CommandResult summed = target.run(sum, Timeouts::Dump);
        const QString now = summed.stdoutText().section(QLatin1Char(' '), 0, 0).trimmed();
        if (!summed.succeeded())
            return AdapterResult::failure(target.failure(tr("checking %1").arg(backup.path), summed));
        if (now != backup.sha256)
            return AdapterResult::failure(tr("db: %1 changed since it was taken (sha256 %2, expected %3); "
                                             "not restoring it").arg(backup.path, now, backup.sha256));
    }
    const CommandResult restored = target.run(restoreCommand(backup.path), Timeouts::Dump,
                                              m_password ? secretFileContent(*m_password) : QByteArray(),
                                              m_password ? QStringList{*m_password} : QStringList());
    if (!restored.succeeded())
        return AdapterResult::failure(target.failure(tr("restoring %1").arg(backup.path), restored));
    return AdapterResult::success(backup.path);
}

AdapterResult DatabaseAdapter::freeSpace()
{
    HostCommand target = host();
    const CommandResult result = target.run(freeSpaceCommand(), Timeouts::Query);
    if (!result.succeeded())
        return AdapterResult::failure(target.failure(tr("df"), result));
    // POSIX format: a header, then "FS 1024-blocks Used Available Capacity Mounted-on".
    const QStringList lines = result.stdoutLines();
    const QStringList fields = lines.value(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool ok = false;
    const qint64 availableKiB = fields.value(3).toLongLong(&ok);
    if (!ok)
        return AdapterResult::failure(tr("db: df printed no free space for %1").arg(m_inventory.database.backupDir));
    return AdapterResult::success(QString::number(availableKiB * 1024));
}

AdapterResult DatabaseAdapter::download(const BackupInfo &backup, const QString &localPath,
                                        const std::function<void(qint64, qint64)> &progress)
{
    HostCommand target = host();
    const CommandResult result = m_runner.download(target.endpoint(), backup.path, localPath, progress);
    if (!result.succeeded())
        return AdapterResult::failure(target.failure(tr("downloading %1").arg(backup.path), result));
    if (backup.sha256.isEmpty())
        return AdapterResult::success(localPath);
    // A copy nobody checked is no backup: it is read back here, as the dump was on its host.
    QFile copy(localPath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!copy.open(QIODevice::ReadOnly) || !hash.addData(&copy))
        return AdapterResult::failure(tr("db: cannot read back the copy %1: %2").arg(localPath, copy.errorString()));
    const QString copied = QString::fromLatin1(hash.result().toHex());
    if (copied != backup.sha256) {
        copy.remove();
        return AdapterResult::failure(tr("db: the copy of %1 differs from the backup (sha256 %2, expected %3); "
                                         "it was removed").arg(backup.path, copied, backup.sha256));
    }
    return AdapterResult::success(localPath);
}

PlannedCommands DatabaseAdapter::plannedCommands(Action action, const QString &backupPath) const
{
    const HostCommand target = host();
    const QString path = backupPath.isEmpty() ? backupPathFor(QDateTime::currentDateTimeUtc()) : backupPath;
    switch (action) {
    case Action::Backup: {
        ShellCommand mkdir("mkdir");
        mkdir.raw("-p --").arg(m_inventory.database.backupDir, ShellValueKind::AbsolutePath);
        ShellCommand sum("sha256sum");
        sum.raw("--").arg(path, ShellValueKind::AbsolutePath);
        ShellCommand stat("stat");
        stat.raw("-c %s --").arg(path, ShellValueKind::AbsolutePath);
        return {target.plan(mkdir), target.plan(dumpCommand(path)), target.plan(verifyCommand(path)),
                target.plan(sum), target.plan(stat)};
    }
    case Action::Restore:
        return {target.plan(restoreCommand(path))};
    case Action::FreeSpace:
        return {target.plan(freeSpaceCommand())};
    }
    return {};
}

} // namespace nb
