#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Runs the real nbconsole-cli binary, as a script would.
class TestCliStatus : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &arguments, const QString &language = QString())
    {
        QProcess process;
        if (!language.isEmpty()) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.remove(QStringLiteral("LC_ALL"));
            environment.remove(QStringLiteral("LC_MESSAGES"));
            environment.insert(QStringLiteral("LANG"), language);
            process.setProcessEnvironment(environment);
        }
        process.start(QStringLiteral(NB_CLI_PATH), arguments);
        process.waitForFinished(30000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QString example() { return QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/design-example.yaml"); }

private slots:
    void versionIsPrinted()
    {
        const auto run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("nbconsole-cli ")));
    }

    void inventoryErrorsComeInTheOperatorsLanguage()
    {
        // Messages made by member functions and by free helper functions of one file are
        // filed under different contexts; both must reach a Polish operator in Polish.
        const auto broken = [](const char *name) {
            return QStringLiteral(NB_TEST_DATA_DIR "/inventory/broken/") + QLatin1String(name);
        };
        const auto placeholder = cli({QStringLiteral("--inventory"), broken("unknown-placeholder.yaml"),
                                      QStringLiteral("status")}, QStringLiteral("pl_PL.UTF-8"));
        QCOMPARE(placeholder.exitCode, 2);
        QVERIFY2(placeholder.err.contains(QStringLiteral("nie został wczytany")), qPrintable(placeholder.err));
        QVERIFY2(placeholder.err.contains(QStringLiteral("nieznany symbol zastępczy {verison}")),
                 qPrintable(placeholder.err));
        const auto key = cli({QStringLiteral("--inventory"), broken("unknown-key.yaml"), QStringLiteral("status")},
                             QStringLiteral("pl_PL.UTF-8"));
        QVERIFY2(!key.err.contains(QStringLiteral("unknown key")), qPrintable(key.err));
        QVERIFY2(!key.err.contains(QStringLiteral("is required for")), qPrintable(key.err));
    }

    void statusPrintsTheClusterByRole()
    {
        const auto run = cli({QStringLiteral("--inventory"), example(), QStringLiteral("status")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Cluster prod-eu")));
        QVERIFY(run.out.contains(QStringLiteral("Load balancer: nginx on 127.0.99.10")));
        QVERIFY(run.out.contains(QStringLiteral("app-1  127.0.99.11")));
        QVERIFY(run.out.contains(QStringLiteral("app-2  127.0.99.12")));
        QVERIFY(run.out.contains(QStringLiteral("Database: postgres nocobase on 127.0.99.20")));
        // Nothing listens on those addresses: each node says so instead of the run failing.
        QVERIFY(run.out.contains(QStringLiteral("unknown, health unreachable")));
        QVERIFY(run.out.contains(QStringLiteral("deploy@127.0.99.11")));
        QVERIFY(run.out.contains(QStringLiteral("Lock: unknown")));
    }

    void inventoryWithoutDatabaseShowsStatusButRefusesAnUpgrade()
    {
        QFile example(TestCliStatus::example());
        QVERIFY(example.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(example.readAll());
        const qsizetype from = text.indexOf(QStringLiteral("database:"));
        const qsizetype to = text.indexOf(QStringLiteral("redis:"));
        QVERIFY(from > 0 && to > from);
        text.remove(from, to - from);
        QTemporaryDir dir;
        QFile inventory(dir.filePath(QStringLiteral("no-db.yaml")));
        QVERIFY(inventory.open(QIODevice::WriteOnly));
        inventory.write(text.toUtf8());
        inventory.close();

        const auto status = cli({QStringLiteral("--inventory"), inventory.fileName(), QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        QVERIFY(status.out.contains(QStringLiteral("Cluster prod-eu")));

        // The upgrade's plan says at its backup steps why it cannot be done.
        const auto plan = cli({QStringLiteral("--inventory"), inventory.fileName(), QStringLiteral("upgrade"),
                               QStringLiteral("--to"), QStringLiteral("2.2.15"), QStringLiteral("--dry-run")});
        QVERIFY2(plan.out.contains(QStringLiteral("has no database section; the upgrade needs it for the backup")),
                 qPrintable(plan.out + plan.err));
    }

    void statusJsonReportsUnreachableHostsPerNode()
    {
        QElapsedTimer clock;
        clock.start();
        const auto run = cli({QStringLiteral("--inventory"), example(), QStringLiteral("status"),
                              QStringLiteral("--json")});
        // A glance, not a wait: unreachable hosts are asked in parallel with short timeouts.
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(run.exitCode, 0);
        const auto doc = QJsonDocument::fromJson(run.out.toUtf8());
        QVERIFY(doc.isObject());
        const auto root = doc.object();
        QCOMPARE(root.value(QStringLiteral("cluster")).toString(), QStringLiteral("prod-eu"));
        const auto nodes = root.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 2);
        const QStringList hosts{QStringLiteral("127.0.99.11"), QStringLiteral("127.0.99.12")};
        for (int i = 0; i < nodes.size(); ++i) {
            const auto node = nodes.at(i).toObject();
            for (const char *key : {"name", "host", "running", "health", "release", "db_version"})
                QVERIFY2(node.contains(QLatin1String(key)), key);
            QCOMPARE(node.value(QStringLiteral("host")).toString(), hosts.at(i));
            QVERIFY(node.value(QStringLiteral("running")).isNull());
            QCOMPARE(node.value(QStringLiteral("health")).toString(), QStringLiteral("unreachable"));
            QVERIFY(node.value(QStringLiteral("release")).isNull());
            QVERIFY(node.value(QStringLiteral("db_version")).isNull());
            QVERIFY2(node.value(QStringLiteral("error")).toString().contains(hosts.at(i)),
                     qPrintable(node.value(QStringLiteral("error")).toString()));
        }
        const auto lb = root.value(QStringLiteral("load_balancer")).toObject();
        QCOMPARE(lb.value(QStringLiteral("mode")).toString(), QStringLiteral("unknown"));
        QVERIFY(lb.value(QStringLiteral("upstream")).toArray().isEmpty());
        QVERIFY(lb.value(QStringLiteral("error")).toString().contains(QStringLiteral("127.0.99.10")));
        QVERIFY(root.contains(QStringLiteral("lock")));
        QVERIFY(root.value(QStringLiteral("lock")).isNull());
        QVERIFY(root.value(QStringLiteral("lock_error")).toString().contains(QStringLiteral("127.0.99.10")));
    }

    void brokenInventoryFailsWithFileLineAndField()
    {
        const auto run = cli({QStringLiteral("--inventory"),
                              QStringLiteral(NB_TEST_DATA_DIR "/inventory/broken/duplicate-node.yaml"),
                              QStringLiteral("status")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains(QStringLiteral("duplicate-node.yaml:6:14: app.nodes[1].name")));
        // In English proper, also where the language has no translation or is C.
        for (const char *language : {"C", "fr_FR.UTF-8"}) {
            const auto english = cli({QStringLiteral("--inventory"),
                                      QStringLiteral(NB_TEST_DATA_DIR "/inventory/broken/duplicate-node.yaml"),
                                      QStringLiteral("status")},
                                     QLatin1String(language));
            QVERIFY2(english.err.contains(QStringLiteral("the inventory has 3 problems and was not loaded.")),
                     qPrintable(english.err));
        }
    }

    void usageListsEveryCommandBesideItsSummary()
    {
        const auto run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *command : {"status", "exec", "upgrade", "rollback", "resume", "import-ansible"}) {
            const QRegularExpression line(QStringLiteral("\\n  %1  +\\S").arg(QLatin1String(command)));
            QVERIFY2(line.match(run.out).hasMatch(), qPrintable(run.out));
        }
    }

    void unknownCommandAndOptionAreRefused()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        const auto run = cli({QStringLiteral("--bogus"), QStringLiteral("status")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--bogus")));
    }
};

QTEST_GUILESS_MAIN(TestCliStatus)
#include "TestCliStatus.moc"
