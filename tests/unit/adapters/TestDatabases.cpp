#include "FakeCommandRunner.h"

#include <adapters/MysqlDatabase.h>
#include <adapters/PostgresDatabase.h>
#include <inventory/InventoryLoader.h>

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

namespace {

nb::Inventory inventory(const QString &dialect)
{
    const auto result = nb::InventoryLoader::parse(QStringLiteral(R"(
cluster: prod
app:
  compose: {project_dir: /opt/nocobase, service: app}
  nodes:
    - {name: app-1, host: 10.0.0.11}
load_balancer: {kind: manual}
database: {dialect: %1, host: db.ssh, connect_host: 10.0.0.20, name: nocobase, user: nocobase,
           password: keychain, backup_dir: /var/backups/nb}
)").arg(dialect).toUtf8(), QStringLiteral("inline.yaml"));
    Q_ASSERT(result.inventory);
    return *result.inventory;
}

const QString Sha = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

} // namespace

class TestDatabases : public QObject
{
    Q_OBJECT

private slots:
    void postgresCommandsKeepThePasswordOffTheCommandLine()
    {
        const nb::Inventory inv = inventory(QStringLiteral("postgres"));
        FakeCommandRunner runner;
        nb::PostgresDatabase db(inv, runner);
        const QString file = QStringLiteral("/var/backups/nb/prod-nocobase-20260102-030405.dump");
        QCOMPARE(db.backupPathFor(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)), file);
        QCOMPARE(db.dumpCommand(file).text(),
                 QStringLiteral("pg_dump -Fc -w -h '10.0.0.20' -p '5432' -U 'nocobase' -d 'nocobase' -f '%1'").arg(file));
        db.setPassword(QStringLiteral("s3:cr\\et"));
        const QString prefix = QStringLiteral("umask 077 && f=$(mktemp) && trap 'rm -f \"$f\"' EXIT && trap 'exit 129' "
                                              "HUP INT TERM && cat > \"$f\" && ");
        QCOMPARE(db.dumpCommand(file).text(),
                 prefix + QStringLiteral("PGPASSFILE=\"$f\" pg_dump -Fc -w -h '10.0.0.20' -p '5432' -U 'nocobase' "
                                         "-d 'nocobase' -f '%1'").arg(file));
        QCOMPARE(db.restoreCommand(file).text(),
                 prefix + QStringLiteral("PGPASSFILE=\"$f\" pg_restore --clean --if-exists --no-owner -w -h '10.0.0.20' "
                                         "-p '5432' -U 'nocobase' -d 'nocobase' '%1'").arg(file));
        QCOMPARE(db.verifyCommand(file).text(), QStringLiteral("pg_restore --list '%1' > /dev/null").arg(file));
        QCOMPARE(db.freeSpaceCommand().text(), QStringLiteral("df -Pk '/var/backups/nb'"));

        runner.when(QStringLiteral("sha256sum"), {0, Sha + QStringLiteral("  ") + file, {}});
        runner.when(QStringLiteral("stat -c %s"), {0, QStringLiteral("48213"), {}});
        const nb::BackupInfo backup = db.backup();
        QVERIFY2(backup.ok, qPrintable(backup.error));
        QCOMPARE(backup.sha256, Sha);
        QCOMPARE(backup.size, 48213);
        for (const auto &call : runner.calls) {
            QCOMPARE(call.host, QStringLiteral("db"));
            QVERIFY2(!call.command.contains(QStringLiteral("s3:cr")), qPrintable(call.command));
        }
        const auto dump = std::find_if(runner.calls.cbegin(), runner.calls.cend(),
                                       [](const auto &call) { return call.command.contains(QStringLiteral("pg_dump")); });
        QVERIFY(dump != runner.calls.cend());
        QCOMPARE(dump->input, QByteArray("*:*:*:*:s3\\:cr\\\\et\n"));
        QCOMPARE(dump->timeout, std::chrono::milliseconds(std::chrono::hours(2)));
        QCOMPARE(runner.commands().first(), QStringLiteral("mkdir -p -- '/var/backups/nb'"));
    }

    void aDumpThatDoesNotReadBackIsNoBackup()
    {
        const nb::Inventory inv = inventory(QStringLiteral("postgres"));
        FakeCommandRunner runner;
        runner.when(QStringLiteral("pg_restore --list"),
                    {1, {}, QStringLiteral("pg_restore: error: could not read from input file: end of file")});
        const nb::BackupInfo backup = nb::PostgresDatabase(inv, runner).backup();
        QVERIFY(!backup.ok);
        QVERIFY2(backup.error.startsWith(QStringLiteral("db: reading back the dump /var/backups/nb/prod-nocobase-")), qPrintable(backup.error));
        QVERIFY(backup.error.endsWith(QStringLiteral(".dump failed (exit code 1: pg_restore: error: could not read "
                                                     "from input file: end of file)")));
    }

    void restoreRefusesAChangedDump()
    {
        const nb::Inventory inv = inventory(QStringLiteral("postgres"));
        FakeCommandRunner runner;
        runner.when(QStringLiteral("sha256sum"), {0, QStringLiteral("0000  /x"), {}});
        nb::BackupInfo backup;
        backup.path = QStringLiteral("/var/backups/nb/x.dump");
        backup.sha256 = Sha;
        const auto result = nb::PostgresDatabase(inv, runner).restore(backup);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("db: /var/backups/nb/x.dump changed since it was taken (sha256 0000, "
                                              "expected %1); not restoring it").arg(Sha));
        QVERIFY(runner.commands().filter(QStringLiteral("pg_restore")).isEmpty());
    }

    void freeSpaceIsReadFromDf()
    {
        const nb::Inventory inv = inventory(QStringLiteral("postgres"));
        FakeCommandRunner runner;
        runner.when(QStringLiteral("df -Pk"), {0, QStringLiteral("Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                                                                 "/dev/sda1 102400 2048 100352 2% /var"), {}});
        const auto free = nb::PostgresDatabase(inv, runner).freeSpace();
        QVERIFY(free.ok);
        QCOMPARE(free.value, QStringLiteral("102760448"));
    }

    void mysqlCommands()
    {
        const nb::Inventory inv = inventory(QStringLiteral("mariadb"));
        FakeCommandRunner runner;
        nb::MysqlDatabase db(inv, runner);
        const QString file = QStringLiteral("/var/backups/nb/prod-nocobase-20260102-030405.sql");
        QCOMPARE(db.backupPathFor(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)), file);
        QCOMPARE(db.dumpCommand(file).text(),
                 QStringLiteral("mysqldump --single-transaction --routines --triggers --events -h '10.0.0.20' -P '3306' "
                                "-u 'nocobase' 'nocobase' > '%1'").arg(file));
        db.setPassword(QStringLiteral("pa\"ss"));
        QVERIFY(db.dumpCommand(file).text().endsWith(
            QStringLiteral("cat > \"$f\" && mysqldump --defaults-extra-file=\"$f\" --single-transaction --routines "
                           "--triggers --events -h '10.0.0.20' -P '3306' -u 'nocobase' 'nocobase' > '%1'").arg(file)));
        QVERIFY(db.restoreCommand(file).text().endsWith(
            QStringLiteral("mysql --defaults-extra-file=\"$f\" -h '10.0.0.20' -P '3306' -u 'nocobase' 'nocobase' < '%1'")
                .arg(file)));
        QCOMPARE(db.verifyCommand(file).text(), QStringLiteral("tail -n 1 -- '%1'").arg(file));

        runner.when(QStringLiteral("tail -n 1"), {0, QStringLiteral("INSERT INTO `x` VALUES (1"), {}});
        const auto truncated = db.backup();
        QVERIFY(!truncated.ok);
        QVERIFY2(truncated.error.contains(QStringLiteral("is incomplete")), qPrintable(truncated.error));
        const auto dump = std::find_if(runner.calls.cbegin(), runner.calls.cend(),
                                       [](const auto &call) { return call.command.contains(QStringLiteral("mysqldump")); });
        QCOMPARE(dump->input, QByteArray("[client]\npassword=\"pa\\\"ss\"\n"));
    }

    void downloadReportsProgress()
    {
        const nb::Inventory inv = inventory(QStringLiteral("postgres"));
        FakeCommandRunner runner;
        runner.files.insert(QStringLiteral("/var/backups/nb/x.dump"), QByteArray(1000, 'x'));
        nb::BackupInfo backup;
        backup.path = QStringLiteral("/var/backups/nb/x.dump");
        QTemporaryDir dir;
        qint64 last = 0;
        const auto result = nb::PostgresDatabase(inv, runner).download(backup, dir.filePath(QStringLiteral("x.dump")),
                                                                      [&](qint64 done, qint64) { last = done; });
        QVERIFY(result.ok);
        QCOMPARE(last, 1000);
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("x.dump"))).size(), 1000);
    }

    void downloadKeepsOnlyACopyThatMatchesTheBackup()
    {
        const nb::Inventory inv = inventory(QStringLiteral("postgres"));
        FakeCommandRunner runner;
        const QByteArray dump(4096, 'd');
        runner.files.insert(QStringLiteral("/var/backups/nb/x.dump"), dump);
        nb::BackupInfo backup;
        backup.path = QStringLiteral("/var/backups/nb/x.dump");
        backup.sha256 = QString::fromLatin1(QCryptographicHash::hash(dump, QCryptographicHash::Sha256).toHex());
        QTemporaryDir dir;
        const QString local = dir.filePath(QStringLiteral("x.dump"));
        QVERIFY(nb::PostgresDatabase(inv, runner).download(backup, local).ok);
        QCOMPARE(QFileInfo(local).size(), dump.size());

        // The dump on the host changed after its checksum was taken: the copy is not kept.
        runner.files.insert(backup.path, QByteArray(4096, 'e'));
        const auto result = nb::PostgresDatabase(inv, runner).download(backup, local);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("differs from the backup")), qPrintable(result.error));
        QVERIFY2(result.error.contains(backup.sha256), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(local));
    }
};

QTEST_GUILESS_MAIN(TestDatabases)
#include "TestDatabases.moc"
