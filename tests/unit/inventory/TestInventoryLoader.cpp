#include <inventory/InventoryLoader.h>

#include <QDir>
#include <QFile>
#include <QTest>

using nb::InventoryLoader;

class TestInventoryLoader : public QObject
{
    Q_OBJECT

private slots:
    void designExampleLoads()
    {
        const auto result = InventoryLoader::loadFile(
            QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/design-example.yaml"));
        QVERIFY2(result.problems.isEmpty(),
                 qPrintable(result.problems.isEmpty() ? QString() : result.problems.first().toString()));
        QVERIFY(result.inventory);
        const nb::Inventory &inventory = *result.inventory;
        QCOMPARE(inventory.cluster, QStringLiteral("prod-eu"));
        QCOMPARE(inventory.ssh.user, QStringLiteral("deploy"));
        QCOMPARE(inventory.app.runtime, QStringLiteral("compose"));
        QCOMPARE(inventory.app.compose.projectDir, QStringLiteral("/opt/nocobase"));
        QCOMPARE(inventory.app.nodes.size(), 2);
        QCOMPARE(inventory.app.nodes.at(1).name, QStringLiteral("app-2"));
        QCOMPARE(inventory.healthUrl(inventory.app.nodes.at(1)),
                 QStringLiteral("http://10.0.0.12:13000/api/__health_check"));
        QCOMPARE(inventory.loadBalancer.nginx, QStringLiteral("sudo -n /usr/sbin/nginx"));
        QCOMPARE(inventory.database.port, 5432);
        QCOMPARE(inventory.database.password, QStringLiteral("keychain"));
        QCOMPARE(inventory.redisUrl, QStringLiteral("redis://10.0.0.21:6379"));
        QCOMPARE(inventory.storagePath, QStringLiteral("/mnt/nocobase-storage"));
    }

    void nodeSettingsOverrideClusterDefaults()
    {
        const auto result = InventoryLoader::parse(R"(
cluster: c
ssh: {user: deploy, port: 2222}
app:
  compose: {project_dir: /opt/nocobase, service: app}
  nodes:
    - {name: a, host: h1, ssh: {user: other}, compose: {project_dir: /srv/nb}}
    - {name: b, host: h2}
load_balancer: {kind: manual}
)", QStringLiteral("inline.yaml"));
        QVERIFY(result.inventory);
        const auto &inventory = *result.inventory;
        const auto a = inventory.effectiveSsh(inventory.app.nodes.at(0));
        QCOMPARE(a.user, QStringLiteral("other"));
        QCOMPARE(a.port, 2222);
        QCOMPARE(inventory.effectiveCompose(inventory.app.nodes.at(0)).projectDir, QStringLiteral("/srv/nb"));
        QCOMPARE(inventory.effectiveCompose(inventory.app.nodes.at(1)).projectDir, QStringLiteral("/opt/nocobase"));
        QCOMPARE(inventory.effectiveCompose(inventory.app.nodes.at(0)).service, QStringLiteral("app"));
    }

    // Every file in the broken corpus names, on its first line, the exact problem text
    // an operator must see; none of them may load at all.
    void brokenFilesSayExactlyWhatIsWrong_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(NB_TEST_DATA_DIR "/inventory/broken"));
        const auto files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void brokenFilesSayExactlyWhatIsWrong()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString firstLine = QString::fromUtf8(file.readLine()).trimmed();
        QVERIFY2(firstLine.startsWith(QStringLiteral("# expect: ")), "corpus file lacks '# expect:'");
        const QString expected = firstLine.mid(10);

        const auto result = InventoryLoader::loadFile(path);
        QVERIFY(!result.inventory);
        QStringList messages;
        for (const auto &problem : result.problems)
            messages.append(problem.toString());
        const bool found = std::any_of(messages.cbegin(), messages.cend(),
                                       [&](const QString &m) { return m.contains(expected); });
        QVERIFY2(found, qPrintable(QStringLiteral("expected '%1' in:\n%2")
                                       .arg(expected, messages.join(QLatin1Char('\n')))));
    }

    void missingFileIsAProblemNotACrash()
    {
        const auto result = InventoryLoader::loadFile(QStringLiteral("/nonexistent/inventory.yaml"));
        QVERIFY(!result.inventory);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().toString().startsWith(QStringLiteral("/nonexistent/inventory.yaml: ")));
    }
};

QTEST_GUILESS_MAIN(TestInventoryLoader)
#include "TestInventoryLoader.moc"
