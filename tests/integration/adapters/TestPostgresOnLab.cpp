#include "AdapterLab.h"

#include <ssh/InventoryEndpoints.h>
#include <adapters/PostgresDatabase.h>

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

// Backup and restore with the lab's real PostgreSQL, the tools run on its host.
class TestPostgresOnLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.load(), qPrintable(m_lab.problem));
        QVERIFY(m_lab.reset());
    }

    void cleanupTestCase() { m_lab.reset(); }

    void backupVerifiesAndRestoreBringsRowsBack()
    {
        QVERIFY(sql(QStringLiteral("CREATE TABLE orders (id serial PRIMARY KEY, note text); "
                                   "INSERT INTO orders (note) SELECT 'order ' || n FROM generate_series(1, 2500) n;")).succeeded());
        nb::PostgresDatabase db(m_lab.inventory, m_pool); // password: none (the host's .pgpass)
        const nb::BackupInfo backup = db.backup();
        QVERIFY2(backup.ok, qPrintable(backup.error));
        QVERIFY(backup.path.startsWith(m_lab.inventory.database.backupDir + QStringLiteral("/lab-nocobase-")));
        QVERIFY(backup.path.endsWith(QStringLiteral(".dump")));
        QCOMPARE(backup.sha256.size(), 64);
        QVERIFY(backup.size > 1000);

        QVERIFY(sql(QStringLiteral("DELETE FROM orders WHERE id > 10; UPDATE orders SET note = 'lost';")).succeeded());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM orders")).stdoutText(), QStringLiteral("10"));

        const auto restored = db.restore(backup);
        QVERIFY2(restored.ok, qPrintable(restored.error));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM orders")).stdoutText(), QStringLiteral("2500"));
        QCOMPARE(sql(QStringLiteral("SELECT note FROM orders WHERE id = 7")).stdoutText(), QStringLiteral("order 7"));

        // The copy on the operator's machine is the same file.
        QTemporaryDir local;
        qint64 progress = 0;
        const auto copied = db.download(backup, local.filePath(QStringLiteral("b.dump")),
                                        [&](qint64 done, qint64) { progress = done; });
        QVERIFY2(copied.ok, qPrintable(copied.error));
        QFile file(local.filePath(QStringLiteral("b.dump")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()),
                 backup.sha256);
        QCOMPARE(progress, backup.size);
    }

    void aWrongPasswordFailsWithPostgresReason()
    {
        nb::Inventory withPassword = m_lab.inventory;
        nb::PostgresDatabase db(withPassword, m_pool);
        // The lab's .pgpass would answer for us; an explicit PGPASSFILE replaces it.
        db.setPassword(QStringLiteral("wrong:pass"));
        const nb::BackupInfo backup = db.backup();
        QVERIFY(!backup.ok);
        QVERIFY2(backup.error.startsWith(QStringLiteral("db: the database dump failed (exit code 1: ")), qPrintable(backup.error));
        QVERIFY2(backup.error.contains(QStringLiteral("password authentication failed")), qPrintable(backup.error));
        QVERIFY(!backup.error.contains(QStringLiteral("wrong:pass")));
        db.setPassword(m_lab.value(QStringLiteral("db"), QStringLiteral("password")));
        const nb::BackupInfo good = db.backup();
        QVERIFY2(good.ok, qPrintable(good.error));
    }

    void freeSpaceOfTheBackupDir()
    {
        nb::PostgresDatabase db(m_lab.inventory, m_pool);
        const auto free = db.freeSpace();
        QVERIFY2(free.ok, qPrintable(free.error));
        QVERIFY(free.value.toLongLong() > 1024 * 1024);
    }

private:
    nb::CommandResult sql(const QString &statement)
    {
        const auto &db = m_lab.inventory.database;
        nb::ShellCommand psql("psql");
        psql.raw("-X -q -tA -v ON_ERROR_STOP=1 -h").arg(db.host).raw("-p").arg(QString::number(db.effectivePort()))
            .raw("-U").arg(db.user).raw("-d").arg(db.name).raw("-c").arg(statement);
        return m_pool.run(nb::endpointForDatabase(m_lab.inventory), psql);
    }

    AdapterLab m_lab;
    nb::SshPool m_pool;
};

QTEST_GUILESS_MAIN(TestPostgresOnLab)
#include "TestPostgresOnLab.moc"
