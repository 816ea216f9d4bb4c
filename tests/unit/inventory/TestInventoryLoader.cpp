#include <inventory/InventoryLoader.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
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
                 QStringLiteral("http://127.0.99.12:13000/api/__health_check"));
        QCOMPARE(inventory.loadBalancer.nginx, QStringLiteral("sudo -n /usr/sbin/nginx"));
        QCOMPARE(inventory.database.port, 5432);
        QCOMPARE(inventory.database.password, QStringLiteral("keychain"));
        QCOMPARE(inventory.redisUrl, QStringLiteral("redis://127.0.99.21:6379"));
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

    void everyValidFileLoads_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid"));
        const auto files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void everyValidFileLoads()
    {
        QFETCH(QString, path);
        const auto result = InventoryLoader::loadFile(path);
        QStringList messages;
        for (const auto &problem : result.problems)
            messages.append(problem.toString());
        QVERIFY2(result.inventory, qPrintable(messages.join(QLatin1Char('\n'))));
    }

    void runtimeAndBalancerSettingsAreRead()
    {
        const auto result = InventoryLoader::loadFile(
            QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/systemd-haproxy.yaml"));
        QVERIFY(result.inventory);
        const auto &inventory = *result.inventory;
        QCOMPARE(inventory.effectiveSystemdUnits(inventory.app.nodes.at(0)),
                 QStringList{QStringLiteral("nocobase.service")});
        QCOMPARE(inventory.effectiveSystemdUnits(inventory.app.nodes.at(1)),
                 (QStringList{QStringLiteral("nocobase-a.service"), QStringLiteral("nocobase-b.service")}));
        QCOMPARE(inventory.app.systemd.setVersion,
                 QStringLiteral("sudo -n /opt/nocobase/bin/switch-release {version}"));
        QCOMPARE(inventory.loadBalancer.haproxy.servers.value(QStringLiteral("app-2")), QStringLiteral("web2"));
        QCOMPARE(inventory.loadBalancer.haproxy.backend, QStringLiteral("nocobase"));
        // The LB's own user wins, the cluster's port is kept.
        const auto lbSsh = inventory.effectiveSsh(inventory.loadBalancer.ssh);
        QCOMPARE(lbSsh.user, QStringLiteral("lbadmin"));
        QCOMPARE(lbSsh.port, 2222);
        QCOMPARE(lbSsh.proxyCommand, QStringLiteral("ssh -W %h:%p bastion"));
        QCOMPARE(inventory.effectiveSsh(inventory.database.ssh).user, QStringLiteral("postgres"));
        QCOMPARE(inventory.database.password, QStringLiteral("env:NB_DB_PASSWORD"));
        QCOMPARE(inventory.database.effectivePort(), 5432);

        const auto k8s = InventoryLoader::loadFile(
            QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/kubernetes-manual-lb.yaml"));
        QVERIFY(k8s.inventory);
        QCOMPARE(k8s.inventory->app.kubernetes.kubeconfig, QStringLiteral("/etc/kube/admin.conf"));
        QCOMPARE(k8s.inventory->infoUrl(k8s.inventory->app.nodes.at(0)),
                 QStringLiteral("https://nocobase.example.org/api/app:getInfo"));
        QCOMPARE(k8s.inventory->database.password, QStringLiteral("none"));
    }

    // The commented example shipped with the console must itself be a valid inventory.
    void shippedExampleLoads()
    {
        QFile example(QStringLiteral(":/inventory-example.yaml"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        const auto result = InventoryLoader::parse(example.readAll(), QStringLiteral("inventory-example.yaml"));
        QVERIFY2(result.inventory, qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.inventory->app.nodes.size(), 3);
        QCOMPARE(result.inventory->upstreamAddress(result.inventory->app.nodes.at(2)), QStringLiteral("10.0.0.13:13000"));
        QCOMPARE(result.inventory->effectiveSsh(result.inventory->app.nodes.at(2)).port, 2222);
    }

    void defaultsFollowNocoBase()
    {
        const auto result = InventoryLoader::parse(R"(
cluster: c
app:
  compose: {project_dir: /opt/nocobase, service: app}
  nodes:
    - {name: a, host: ssh-alias, address: 10.0.0.5}
load_balancer: {kind: manual}
database: {host: db, name: nocobase, backup_dir: /b}
)", QStringLiteral("inline.yaml"));
        QVERIFY(result.inventory);
        const auto &inventory = *result.inventory;
        const auto &node = inventory.app.nodes.at(0);
        QCOMPARE(inventory.healthUrl(node), QStringLiteral("http://10.0.0.5:13000/api/__health_check"));
        QCOMPARE(inventory.infoUrl(node), QStringLiteral("http://10.0.0.5:13000/api/app:getInfo"));
        QCOMPARE(inventory.upstreamAddress(node), QStringLiteral("10.0.0.5:13000"));
        QCOMPARE(inventory.database.password, QStringLiteral("keychain"));
        QCOMPARE(inventory.app.runtime, QStringLiteral("compose"));
    }

    // Two ~/.ssh/config names for one machine are one host; two names that differ
    // only by Port are two hosts.
    void sshConfigAliasesOfOneMachineAreOneHost()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".ssh")));
        QFile config(home.filePath(QStringLiteral(".ssh/config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("Host web-a\n  HostName 10.9.0.7\n\nHost web-b\n  HostName 10.9.0.7\n  Port 22\n\n"
                     "Host web-c\n  HostName 10.9.0.7\n  Port 2201\n");
        config.close();
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        const auto same = InventoryLoader::parse(R"(
cluster: c
app:
  compose: {project_dir: /opt/nocobase, service: app}
  nodes:
    - {name: a, host: web-a}
    - {name: b, host: web-b}
load_balancer: {kind: manual}
)", QStringLiteral("aliases.yaml"));
        const auto differentPort = InventoryLoader::parse(R"(
cluster: c
app:
  compose: {project_dir: /opt/nocobase, service: app}
  nodes:
    - {name: a, host: web-a}
    - {name: c, host: web-c}
load_balancer: {kind: manual}
)", QStringLiteral("aliases.yaml"));
        qputenv("HOME", oldHome);

        QVERIFY(!same.inventory);
        QCOMPARE(same.problems.size(), 1);
        QCOMPARE(same.problems.first().toString(),
                 QStringLiteral("aliases.yaml:7:23: app.nodes[1].host: 'web-b' is the same host as node 'a' "
                                "(10.9.0.7 port 22)"));
        QVERIFY(differentPort.inventory);
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
