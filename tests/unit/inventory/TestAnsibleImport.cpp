#include <inventory/AnsibleImport.h>
#include <inventory/InventoryLoader.h>

#include <QFile>
#include <QTest>

namespace Ansible = nb::AnsibleImport;

namespace {

QByteArray read(const QString &name)
{
    QFile file(QStringLiteral(NB_TEST_DATA_DIR "/inventory/ansible/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAnsibleImport : public QObject
{
    Q_OBJECT

private slots:
    void iniWithRangesGroupVarsAndChildren()
    {
        const Ansible::Parsed parsed = Ansible::parse(read(QStringLiteral("hosts.ini")));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.hostsOf(QStringLiteral("nocobase_nodes")),
                 (QStringList{QStringLiteral("app01.prod"), QStringLiteral("app02.prod"), QStringLiteral("app03.prod")}));
        QCOMPARE(parsed.hostsOf(QStringLiteral("prod")).size(), 5);
        // The host's own value beats its group's, which beats all:vars.
        QCOMPARE(parsed.varsOf(QStringLiteral("app03.prod")).value(QStringLiteral("ansible_user")), QStringLiteral("nb-admin"));
        QCOMPARE(parsed.varsOf(QStringLiteral("app01.prod")).value(QStringLiteral("ansible_user")), QStringLiteral("nocobase"));
        QCOMPARE(parsed.varsOf(QStringLiteral("lb.prod")).value(QStringLiteral("ansible_user")), QStringLiteral("deploy"));
    }

    void iniImportIsCheckedLikeAnyInventory()
    {
        nb::AnsibleImport::RoleMap map;
        QString error;
        QVERIFY(Ansible::parseMap(QStringLiteral("app=nocobase_nodes,lb=loadbalancers,db=databases"), map, &error));
        const auto result = Ansible::toInventory(Ansible::parse(read(QStringLiteral("hosts.ini"))), map,
                                                 QStringLiteral("prod"), QStringLiteral("hosts.ini"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.yaml.contains("    - {name: app03.prod, host: 10.0.0.13, ssh: {user: nb-admin, port: 2222}}\n"));
        const auto loaded = nb::InventoryLoader::parse(result.yaml, QStringLiteral("imported.yaml"));
        // app01 and app02 share one ansible_host, so the console refuses them as one host.
        QVERIFY(!loaded.inventory);
        QCOMPARE(loaded.problems.first().toString(),
                 QStringLiteral("imported.yaml:9:32: app.nodes[1].host: '10.0.0.11' is the same host as node "
                                "'app01.prod' (10.0.0.11 port 22)"));
    }

    void yamlBecomesAValidInventory()
    {
        nb::AnsibleImport::RoleMap map;
        QVERIFY(Ansible::parseMap(QStringLiteral("app=nocobase_nodes,lb=loadbalancers"), map, nullptr));
        const auto result = Ansible::toInventory(Ansible::parse(read(QStringLiteral("hosts.yml"))), map,
                                                 QStringLiteral("prod"), QStringLiteral("hosts.yml"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.notes, QStringList{QStringLiteral("group 'db' has no hosts: no database section was written")});
        const auto loaded = nb::InventoryLoader::parse(result.yaml, QStringLiteral("imported.yaml"));
        QVERIFY2(loaded.inventory, qPrintable(loaded.problems.value(0).toString() + QLatin1Char('\n') + result.yaml));
        const nb::Inventory &inventory = *loaded.inventory;
        QCOMPARE(inventory.app.nodes.size(), 2);
        QCOMPARE(inventory.app.nodes.at(1).name, QStringLiteral("app2"));
        QCOMPARE(inventory.app.nodes.at(1).host, QStringLiteral("10.0.0.12"));
        QCOMPARE(inventory.app.nodes.at(1).ssh.port, 2201);
        QCOMPARE(inventory.app.nodes.at(1).ssh.user, QStringLiteral("deploy"));
        QCOMPARE(inventory.loadBalancer.host, QStringLiteral("10.0.0.10"));
        QCOMPARE(inventory.loadBalancer.ssh.user, QStringLiteral("lbadmin"));
        QCOMPARE(inventory.loadBalancer.kind, QStringLiteral("nginx"));
    }

    void badInputIsExplained()
    {
        nb::AnsibleImport::RoleMap map;
        QString error;
        QVERIFY(!Ansible::parseMap(QStringLiteral("web=nodes"), map, &error));
        QCOMPARE(error, QStringLiteral("'web=nodes' is not ROLE=GROUP with ROLE one of app, lb, db"));
        const auto broken = Ansible::parse("[nodes]\nh1\n[nodes:vars\n");
        QCOMPARE(broken.error, QStringLiteral("line 3: '[nodes:vars' is not a [group], [group:vars] or [group:children] header"));
        const auto empty = Ansible::toInventory(Ansible::parse("[other]\nh1\n"), map, QStringLiteral("c"), QStringLiteral("x.ini"));
        QCOMPARE(empty.error, QStringLiteral("x.ini: group 'app' (the app nodes) has no hosts"));
    }
};

QTEST_GUILESS_MAIN(TestAnsibleImport)
#include "TestAnsibleImport.moc"
