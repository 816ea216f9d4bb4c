#include "ProcedureLab.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The procedures as an operator or a script runs them: the real nbconsole-cli against
// the lab's inventory, checked from the outside (HTTP, PostgreSQL, files on the hosts).
class TestProcedureLab : public QObject
{
    Q_OBJECT

private:
    ProcedureLab m_lab;

    static QString sha256Of(const QString &path)
    {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? QString::fromLatin1(hash.result().toHex())
                                                                      : QString();
    }

    // Samples the load balancer and the nodes every 20 ms while a procedure runs:
    // "ms lb-status nodes-answering" per line.
    struct Sampler
    {
        QProcess process;

        void start(const ProcedureLab &lab)
        {
            QStringList nodes;
            for (const QString &url : lab.nodeUrls)
                nodes.append(QLatin1Char('\'') + url + QStringLiteral("__health_check'"));
            const QString script = QStringLiteral(
                "import sys,time,urllib.request,urllib.error\n"
                "def get(u):\n"
                "  try:\n"
                "    return urllib.request.urlopen(u, timeout=1).status\n"
                "  except urllib.error.HTTPError as e:\n"
                "    return e.code\n"
                "  except Exception:\n"
                "    return 0\n"
                "nodes=[%1]\n"
                "while True:\n"
                "  s=get('%2api/__health_check'); n=sum(1 for u in nodes if get(u))\n"
                "  print('%d %d %d' % (time.time()*1000, s, n), flush=True); time.sleep(0.02)\n")
                                       .arg(nodes.join(QLatin1Char(',')), lab.lbUrl);
            process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script});
            process.waitForStarted();
        }

        QVector<std::array<qint64, 3>> stop()
        {
            process.kill();
            process.waitForFinished();
            QVector<std::array<qint64, 3>> samples;
            for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3)
                    samples.append({parts[0].toLongLong(), parts[1].toLongLong(), parts[2].toLongLong()});
            }
            return samples;
        }
    };

    void firstStart()
    {
        const auto run = m_lab.cli({QStringLiteral("first-start"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    }

    QString firstLine(const QString &text) { return text.section(QLatin1Char('\n'), 0, 0); }

private slots:
    void initTestCase() { QVERIFY2(m_lab.load(), "NBLAB_DIR must name a running lab (lab.json)"); }
    void init() { QVERIFY(m_lab.reset()); }

    void firstStartInstallsWithOneNodeThenTheOthers()
    {
        const auto run = m_lab.cli({QStringLiteral("first-start"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(m_lab.healthyNodes(), 3);
        QCOMPARE(m_lab.versions(), QStringList(3, QStringLiteral("2.2.14")));
        QCOMPARE(m_lab.lbStatus(), 200);
        // app-1 was healthy before app-2 or app-3 was started.
        QVERIFY(run.out.indexOf(QStringLiteral("app-1: healthy")) < run.out.indexOf(QStringLiteral("Start the other nodes")));
        const QJsonObject journal = m_lab.runs().first().toObject();
        QCOMPARE(journal.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QVERIFY(!QFile::exists(m_lab.lockPath));
    }

    void upgradeKeepsTheMaintenancePageUpAndTheData()
    {
        firstStart();
        m_lab.writeUsers(500);
        const QString before = m_lab.usersFingerprint();
        Sampler sampler;
        sampler.start(m_lab);
        QTest::qWait(200);
        QTemporaryDir here;
        const QString copies = here.filePath(QStringLiteral("backups"));
        const auto run = m_lab.cli({QStringLiteral("upgrade"), QStringLiteral("--to"), QStringLiteral("2.2.15"),
                                    QStringLiteral("--yes"), QStringLiteral("--backup-copy"), copies});
        QTest::qWait(200);
        const auto samples = sampler.stop();
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));

        QCOMPARE(m_lab.versions(), QStringList(3, QStringLiteral("2.2.15")));
        QCOMPARE(m_lab.healthyNodes(), 3);
        QCOMPARE(m_lab.lbStatus(), 200);
        QCOMPARE(m_lab.usersFingerprint(), before);

        // Users saw the app or the maintenance page, never nginx's 502: the load balancer
        // switched before the first node stopped and back after the last one was up.
        qint64 first503 = 0;
        qint64 last503 = 0;
        for (const auto &sample : samples) {
            QVERIFY2(sample[1] == 200 || sample[1] == 503, qPrintable(QStringLiteral("LB answered %1").arg(sample[1])));
            if (sample[2] < 3)
                QCOMPARE(sample[1], qint64(503));
            if (sample[1] == 503) {
                first503 = first503 ? first503 : sample[0];
                last503 = sample[0];
            }
        }
        QVERIFY(first503 && samples.first()[1] == 200 && samples.last()[1] == 200);
        const QRegularExpression summary(QStringLiteral("Downtime [0-9.]+ s: .*"));
        const QString consoleSummary = summary.match(run.out).captured(0);
        QVERIFY2(!consoleSummary.isEmpty(), qPrintable(run.out));
        qInfo("Downtime seen from outside: %.2f s; the console says: %s", double(last503 - first503) / 1000.0,
              qPrintable(consoleSummary));

        // This run's backup is on the database host and reads back.
        const QJsonObject journal = m_lab.runs().first().toObject();
        QCOMPARE(journal.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        const QString dump = journal.value(QStringLiteral("facts")).toObject().value(QStringLiteral("backup")).toString();
        QVERIFY2(dump.startsWith(m_lab.backupDir) && QFile::exists(dump), qPrintable(dump));
        QProcess list;
        list.start(QStringLiteral("pg_restore"), {QStringLiteral("--list"), dump});
        QVERIFY(list.waitForFinished(30000));
        QCOMPARE(list.exitCode(), 0);
        QVERIFY(list.readAllStandardOutput().contains("TABLE DATA public users"));

        // ... and its copy on this machine is the same dump.
        const QJsonObject facts = journal.value(QStringLiteral("facts")).toObject();
        const QString copy = facts.value(QStringLiteral("backup_copy")).toString();
        QCOMPARE(copy, QDir(copies).filePath(QFileInfo(dump).fileName()));
        QCOMPARE(sha256Of(copy), facts.value(QStringLiteral("backup_sha256")).toString());
        QCOMPARE(sha256Of(copy), sha256Of(dump));
        QVERIFY2(run.out.contains(QStringLiteral("db: copying the backup: 100 %")), qPrintable(run.out));
    }

    void upgradeToTheRunningVersionDoesNothing()
    {
        firstStart();
        const auto run = m_lab.cli({QStringLiteral("upgrade"), QStringLiteral("--to"), QStringLiteral("2.2.14"),
                                    QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("already runs 2.2.14")), qPrintable(run.out));
        QVERIFY(QDir(m_lab.backupDir).entryList(QDir::Files).isEmpty());
    }

    void failedMigrationIsRolledBackToTheExactDatabase()
    {
        firstStart();
        m_lab.writeUsers(300);
        const QString before = m_lab.usersFingerprint();
        QVERIFY(m_lab.labCommand({QStringLiteral("registry"), QStringLiteral("--dir"), m_lab.dir, QStringLiteral("add"),
                                  QStringLiteral("2.2.17"), QStringLiteral("--fail-migration")}));
        const auto run = m_lab.cli({QStringLiteral("upgrade"), QStringLiteral("--to"), QStringLiteral("2.2.17"),
                                    QStringLiteral("--yes"), QStringLiteral("--on-failure"), QStringLiteral("rollback")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(firstLine(run.err).startsWith(QStringLiteral("app-1: migration failed (APP_ERROR): Migration")),
                 qPrintable(run.err));
        QCOMPARE(m_lab.versions(), QStringList(3, QStringLiteral("2.2.14")));
        QCOMPARE(m_lab.healthyNodes(), 3);
        QCOMPARE(m_lab.usersFingerprint(), before);
        QCOMPARE(m_lab.lbStatus(), 200);
        QCOMPARE(m_lab.runs().first().toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("rolled-back"));
    }

    void failedMigrationStopsThenRollbackVerbRestores()
    {
        firstStart();
        m_lab.writeUsers(50);
        const QString before = m_lab.usersFingerprint();
        QVERIFY(m_lab.labCommand({QStringLiteral("registry"), QStringLiteral("--dir"), m_lab.dir, QStringLiteral("add"),
                                  QStringLiteral("2.2.17"), QStringLiteral("--fail-migration")}));
        const auto run = m_lab.cli({QStringLiteral("upgrade"), QStringLiteral("--to"), QStringLiteral("2.2.17"),
                                    QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(firstLine(run.err).startsWith(QStringLiteral("app-1: migration failed (APP_ERROR)")));
        QVERIFY(run.err.contains(QStringLiteral("nbconsole-cli rollback")));
        QCOMPARE(m_lab.lbStatus(), 503); // stop leaves the maintenance page up
        QVERIFY(!QFile::exists(m_lab.lockPath));

        // The rollback's plan names what the run recorded: the old release, its backup.
        const QString dump = m_lab.runs().first().toObject().value(QStringLiteral("facts")).toObject()
                                 .value(QStringLiteral("backup")).toString();
        QVERIFY(!dump.isEmpty());
        const int runsBefore = int(m_lab.runs().size());
        const auto plan = m_lab.cli({QStringLiteral("rollback"), QStringLiteral("--dry-run")});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err + plan.out));
        QVERIFY2(plan.out.contains(QStringLiteral("Rollback to the previous version")), qPrintable(plan.out));
        QVERIFY2(plan.out.contains(QStringLiteral("image tag of 'app' to 2.2.14")), qPrintable(plan.out));
        QVERIFY2(plan.out.contains(dump), qPrintable(plan.out));
        QCOMPARE(int(m_lab.runs().size()), runsBefore); // a dry run is not a run
        QCOMPARE(m_lab.lbStatus(), 503);
        QVERIFY(!QFile::exists(m_lab.lockPath));

        const auto rollback = m_lab.cli({QStringLiteral("rollback"), QStringLiteral("--yes")});
        QVERIFY2(rollback.exitCode == 0, qPrintable(rollback.err + rollback.out));
        QCOMPARE(m_lab.versions(), QStringList(3, QStringLiteral("2.2.14")));
        QCOMPARE(m_lab.usersFingerprint(), before);
        QCOMPARE(m_lab.lbStatus(), 200);
    }

    void preflightFailuresChangeNothing()
    {
        firstStart();
        for (const char *version : {"latest", "9.9.9"}) {
            const auto run = m_lab.cli({QStringLiteral("upgrade"), QStringLiteral("--to"), QLatin1String(version),
                                        QStringLiteral("--yes")});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("Nothing was changed")), qPrintable(run.err));
            QCOMPARE(m_lab.healthyNodes(), 3);
            QCOMPARE(m_lab.versions(), QStringList(3, QStringLiteral("2.2.14")));
            QCOMPARE(m_lab.lbStatus(), 200);
            QVERIFY(!QFile::exists(m_lab.lockPath));
        }
        QVERIFY(m_lab.cli({QStringLiteral("upgrade"), QStringLiteral("--to"), QStringLiteral("latest")})
                    .err.contains(QStringLiteral("floating")));
    }

    void secondRunIsRefusedWhileTheLockIsHeld()
    {
        firstStart();
        QDir().mkpath(QFileInfo(m_lab.lockPath).absolutePath());
        QFile lock(m_lab.lockPath);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("owner=alice@laptop\nrun=20260101-000000-abcd\nsince=2026-01-01T00:00:00Z\n");
        lock.close();
        const auto run = m_lab.cli({QStringLiteral("upgrade"), QStringLiteral("--to"), QStringLiteral("2.2.15"),
                                    QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(firstLine(run.err).contains(QStringLiteral("locked by alice@laptop")), qPrintable(run.err));
        QCOMPARE(m_lab.versions(), QStringList(3, QStringLiteral("2.2.14")));
        QVERIFY(QFile::exists(m_lab.lockPath));

        const auto unlock = m_lab.cli({QStringLiteral("unlock")});
        QCOMPARE(unlock.exitCode, 1); // no terminal to type the cluster name on
        QVERIFY(unlock.out.contains(QStringLiteral("alice@laptop")));
        QVERIFY(QFile::exists(m_lab.lockPath));
        QCOMPARE(m_lab.cli({QStringLiteral("unlock"), QStringLiteral("--yes")}).exitCode, 0);
        QVERIFY(!QFile::exists(m_lab.lockPath));
    }

    void killedRunIsResumedAtTheExactStep()
    {
        firstStart();
        m_lab.writeUsers(20);
        const QString before = m_lab.usersFingerprint();
        QProcess upgrade;
        upgrade.setProcessEnvironment(m_lab.cliEnvironment());
        upgrade.start(QStringLiteral(NB_CLI_PATH), {QStringLiteral("--inventory"), m_lab.inventory, QStringLiteral("upgrade"),
                                                    QStringLiteral("--to"), QStringLiteral("2.2.15"), QStringLiteral("--yes")});
        QByteArray seen;
        QElapsedTimer timer;
        timer.start();
        // Killed right after the backup: nodes stopped, LB in maintenance, lock held.
        while (!seen.contains("Set the version on every node") && timer.elapsed() < 120000) {
            upgrade.waitForReadyRead(100);
            seen += upgrade.readAllStandardOutput();
        }
        // While it goes on, it is running, not interrupted, and nobody can take it over.
        QCOMPARE(m_lab.runs().first().toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("running"));
        const auto early = m_lab.cli({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--run"),
                                      m_lab.runs().first().toObject().value(QStringLiteral("run")).toString()});
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(QStringLiteral("is still going")), qPrintable(early.err));
        ::kill(pid_t(upgrade.processId()), SIGKILL);
        upgrade.waitForFinished();
        QVERIFY(seen.contains("Set the version on every node"));
        QCOMPARE(m_lab.lbStatus(), 503);
        QVERIFY(QFile::exists(m_lab.lockPath));
        QCOMPARE(m_lab.runs().first().toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("interrupted"));

        // The resume's plan: where it stopped, the cluster now, the steps still to do.
        const auto plan = m_lab.cli({QStringLiteral("resume"), QStringLiteral("--dry-run")});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err + plan.out));
        QVERIFY2(plan.out.contains(QStringLiteral("the load balancer is still in maintenance")), qPrintable(plan.out));
        QVERIFY2(plan.out.contains(QStringLiteral("Set the version on every node")), qPrintable(plan.out));
        QVERIFY2(!plan.out.contains(QStringLiteral("Back up the database")), qPrintable(plan.out));
        QVERIFY(QFile::exists(m_lab.lockPath));
        QCOMPARE(m_lab.runs().first().toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("interrupted"));

        const auto resume = m_lab.cli({QStringLiteral("resume"), QStringLiteral("--yes")});
        QVERIFY2(resume.exitCode == 0, qPrintable(resume.err + resume.out));
        QVERIFY(resume.out.contains(QStringLiteral("the load balancer is still in maintenance")));
        QVERIFY(!resume.out.contains(QStringLiteral("Back up the database")));
        QCOMPARE(m_lab.versions(), QStringList(3, QStringLiteral("2.2.15")));
        QCOMPARE(m_lab.usersFingerprint(), before);
        QCOMPARE(m_lab.lbStatus(), 200);
        QVERIFY(!QFile::exists(m_lab.lockPath));
        QCOMPARE(m_lab.runs().first().toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("succeeded"));
    }

    void maintenanceKeepsExactlyOneNodeInBetween()
    {
        firstStart();
        const auto begin = m_lab.cli({QStringLiteral("maintenance"), QStringLiteral("begin"), QStringLiteral("--node"),
                                      QStringLiteral("app-2"), QStringLiteral("--yes")});
        QVERIFY2(begin.exitCode == 0, qPrintable(begin.err + begin.out));
        QCOMPARE(m_lab.answeringNodes(), 1);
        QCOMPARE(ProcedureLab::get(m_lab.nodeUrls.at(1) + QStringLiteral("__health_check")).first, 200);
        QCOMPARE(m_lab.lbStatus(), 200);

        const auto end = m_lab.cli({QStringLiteral("maintenance"), QStringLiteral("end"), QStringLiteral("--yes")});
        QVERIFY2(end.exitCode == 0, qPrintable(end.err + end.out));
        QCOMPARE(m_lab.healthyNodes(), 3);
        QCOMPARE(m_lab.lbStatus(), 200);
    }

    void statusJsonSaysWhatTheClusterRuns()
    {
        // Before the first start, as an operator reads it: every node stopped, and a
        // stopped node's refused health check is not dressed up as a problem.
        const auto text = m_lab.cli({QStringLiteral("status")}, 60000);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        for (const char *node : {"app-1", "app-2", "app-3"}) {
            const QRegularExpression line(QStringLiteral("\\n  %1  \\S+  stopped, health refused, release \\S+, "
                                                         "database at -\\n(?! {6})").arg(QLatin1String(node)));
            QVERIFY2(line.match(text.out).hasMatch(), qPrintable(text.out));
        }
        QVERIFY2(!text.out.contains(QStringLiteral("could not open")), qPrintable(text.out));
        firstStart();
        const auto status = [this] {
            const auto run = m_lab.cli({QStringLiteral("status"), QStringLiteral("--json")}, 60000);
            [&] { QVERIFY2(run.exitCode == 0, qPrintable(run.err)); }();
            return QJsonDocument::fromJson(run.out.toUtf8()).object();
        };
        const auto upstreamOf = [](const QJsonObject &root) {
            QStringList names;
            for (const auto &name : root.value(QStringLiteral("load_balancer")).toObject().value(QStringLiteral("upstream")).toArray())
                names.append(name.toString());
            return names;
        };

        QJsonObject root = status();
        QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 3);
        for (const auto &value : nodes) {
            const auto node = value.toObject();
            QCOMPARE(node.value(QStringLiteral("running")), QJsonValue(true));
            QCOMPARE(node.value(QStringLiteral("health")).toString(), QStringLiteral("ok"));
            QCOMPARE(node.value(QStringLiteral("release")).toString(), QStringLiteral("2.2.14"));
            QCOMPARE(node.value(QStringLiteral("db_version")).toString(), QStringLiteral("2.2.14"));
        }
        QCOMPARE(root.value(QStringLiteral("load_balancer")).toObject().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("serve"));
        QCOMPARE(upstreamOf(root), (QStringList{QStringLiteral("app-1"), QStringLiteral("app-2"), QStringLiteral("app-3")}));
        QVERIFY(root.value(QStringLiteral("lock")).isNull());

        const auto begin = m_lab.cli({QStringLiteral("maintenance"), QStringLiteral("begin"), QStringLiteral("--node"),
                                      QStringLiteral("app-2"), QStringLiteral("--yes")});
        QVERIFY2(begin.exitCode == 0, qPrintable(begin.err + begin.out));
        QDir().mkpath(QFileInfo(m_lab.lockPath).absolutePath());
        QFile lock(m_lab.lockPath);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("owner=alice@laptop\nrun=20260101-000000-abcd\nsince=2026-01-01T00:00:00Z\n");
        lock.close();

        root = status();
        nodes = root.value(QStringLiteral("nodes")).toArray();
        for (int i = 0; i < nodes.size(); ++i) {
            const auto node = nodes.at(i).toObject();
            const bool kept = node.value(QStringLiteral("name")).toString() == QLatin1String("app-2");
            QCOMPARE(node.value(QStringLiteral("running")), QJsonValue(kept));
            QCOMPARE(node.value(QStringLiteral("health")).toString(), kept ? QStringLiteral("ok") : QStringLiteral("refused"));
            // A stopped node still has its release installed.
            QCOMPARE(node.value(QStringLiteral("release")).toString(), QStringLiteral("2.2.14"));
        }
        QCOMPARE(root.value(QStringLiteral("load_balancer")).toObject().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("one-node"));
        QCOMPARE(upstreamOf(root), QStringList{QStringLiteral("app-2")});
        const auto holder = root.value(QStringLiteral("lock")).toObject();
        QCOMPARE(holder.value(QStringLiteral("owner")).toString(), QStringLiteral("alice@laptop"));
        QCOMPARE(holder.value(QStringLiteral("run")).toString(), QStringLiteral("20260101-000000-abcd"));
        QCOMPARE(holder.value(QStringLiteral("since")).toString(), QStringLiteral("2026-01-01T00:00:00Z"));
        QFile::remove(m_lab.lockPath);
    }

    void dryRunPrintsCommandsPerHostAndChangesNothing()
    {
        firstStart();
        const int runsBefore = int(m_lab.runs().size());
        const auto run = m_lab.cli({QStringLiteral("upgrade"), QStringLiteral("--to"), QStringLiteral("2.2.15"),
                                    QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        for (const char *host : {"app-1 $ ", "app-2 $ ", "app-3 $ ", "lb $ ", "db $ "})
            QVERIFY2(run.out.contains(QLatin1String(host)), host);
        QCOMPARE(m_lab.versions(), QStringList(3, QStringLiteral("2.2.14")));
        QCOMPARE(int(m_lab.runs().size()), runsBefore); // a dry run is not a run
        QVERIFY(!QFile::exists(m_lab.lockPath));
    }
};

QTEST_GUILESS_MAIN(TestProcedureLab)
#include "TestProcedureLab.moc"
