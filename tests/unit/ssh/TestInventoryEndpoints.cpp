#include <ssh/InventoryEndpoints.h>

#include <QTest>

using nb::endpointsFor;

class TestInventoryEndpoints : public QObject
{
    Q_OBJECT

private:
    static nb::Inventory inventory()
    {
        nb::Inventory inv;
        inv.filePath = QStringLiteral("/etc/prod.yaml");
        inv.ssh.user = QStringLiteral("deploy");
        inv.ssh.identityFile = QStringLiteral("~/.ssh/id_ed25519");
        inv.ssh.knownHosts = QStringLiteral("~/.ssh/known_hosts");
        inv.ssh.port = 2200;
        nb::AppNode first;
        first.name = QStringLiteral("app-1");
        first.host = QStringLiteral("10.0.0.11");
        nb::AppNode second;
        second.name = QStringLiteral("app-2");
        second.host = QStringLiteral("app-2.internal");
        second.ssh.user = QStringLiteral("ops");
        second.ssh.port = 22;
        inv.app.nodes = {first, second};
        inv.loadBalancer.host = QStringLiteral("10.0.0.10");
        inv.database.host = QStringLiteral("10.0.0.20");
        return inv;
    }

    static QStringList labels(const nb::EndpointSelection &selection)
    {
        QStringList result;
        for (const auto &endpoint : selection.endpoints)
            result.append(endpoint.label);
        return result;
    }

private slots:
    void defaultIsEveryAppNode()
    {
        const auto selection = endpointsFor(inventory());
        QVERIFY(selection.error.isEmpty());
        QCOMPARE(labels(selection), (QStringList{QStringLiteral("app-1"), QStringLiteral("app-2")}));
        QCOMPARE(labels(endpointsFor(inventory(), QStringLiteral("apps"))), labels(selection));
    }

    void nodesTakeTheirOwnSshSettings()
    {
        const auto endpoints = endpointsFor(inventory()).endpoints;
        QCOMPARE(endpoints.at(0).user, QStringLiteral("deploy"));
        QCOMPARE(endpoints.at(0).port, 2200);
        QCOMPARE(endpoints.at(1).user, QStringLiteral("ops"));
        QCOMPARE(endpoints.at(1).port, 22);
        QCOMPARE(endpoints.at(1).host, QStringLiteral("app-2.internal"));
        QCOMPARE(endpoints.at(1).identityFile, QStringLiteral("~/.ssh/id_ed25519"));
    }

    void lbAndDbUseTheClusterSettings()
    {
        const auto selection = endpointsFor(inventory(), QStringLiteral("lb,db,app-2,lb"));
        QCOMPARE(labels(selection), (QStringList{QStringLiteral("lb"), QStringLiteral("db"), QStringLiteral("app-2")}));
        QCOMPARE(selection.endpoints.at(0).host, QStringLiteral("10.0.0.10"));
        QCOMPARE(selection.endpoints.at(1).user, QStringLiteral("deploy"));
    }

    void unknownNameIsAClearError()
    {
        const auto selection = endpointsFor(inventory(), QStringLiteral("app-1,app-9"));
        QVERIFY(selection.endpoints.isEmpty());
        QVERIFY2(selection.error.contains(QStringLiteral("'app-9'")), qPrintable(selection.error));
        QVERIFY2(selection.error.contains(QStringLiteral("app-1, app-2")), qPrintable(selection.error));
        QVERIFY(selection.error.contains(QStringLiteral("/etc/prod.yaml")));
    }

    void targetWithoutHostIsAClearError()
    {
        nb::Inventory inv = inventory();
        inv.database.host.clear();
        const auto selection = endpointsFor(inv, QStringLiteral("db"));
        QVERIFY(selection.endpoints.isEmpty());
        QVERIFY(selection.error.contains(QStringLiteral("'db'")));
    }
};

QTEST_GUILESS_MAIN(TestInventoryEndpoints)
#include "TestInventoryEndpoints.moc"
