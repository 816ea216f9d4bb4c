#include <inventory/Inventory.h>
#include <style/StatusColors.h>
#include <topology/NodeItem.h>
#include <topology/TopologyScene.h>
#include <topology/TopologyView.h>

#include <QTest>

namespace {

nb::Inventory inventoryWith(int nodes)
{
    nb::Inventory inventory;
    inventory.cluster = QStringLiteral("test");
    inventory.loadBalancer.kind = QStringLiteral("nginx");
    inventory.loadBalancer.host = QStringLiteral("10.0.0.10");
    inventory.database.dialect = QStringLiteral("postgres");
    inventory.database.host = QStringLiteral("10.0.0.20");
    inventory.database.name = QStringLiteral("nocobase");
    inventory.redisUrl = QStringLiteral("redis://10.0.0.21:6379");
    inventory.storagePath = QStringLiteral("/mnt/storage");
    for (int i = 1; i <= nodes; ++i) {
        nb::AppNode node;
        node.name = QStringLiteral("app-%1").arg(i);
        node.host = QStringLiteral("10.0.%1.%2").arg(i / 250).arg(i % 250 + 1);
        inventory.app.nodes.append(node);
    }
    return inventory;
}

nb::NodeStatus statusOf(const QString &node, nb::NodeStatus::Health health)
{
    nb::NodeStatus status;
    status.node = node;
    status.health = health;
    status.lastAnswerMs = 1000;
    return status;
}

} // namespace

class TestTopology : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryPartAndEachNodesStatusInWords()
    {
        TopologyScene scene;
        scene.setInventory(inventoryWith(4));
        QCOMPARE(scene.appNodes().size(), 4);
        int services = 0;
        for (QGraphicsItem *item : scene.items()) {
            if (auto *box = dynamic_cast<NodeItem *>(item); box && box->kind() != NodeItem::Kind::AppNode)
                ++services;
        }
        QCOMPARE(services, 4); // load balancer, database, Redis, storage

        auto healthy = statusOf(QStringLiteral("app-1"), nb::NodeStatus::Health::Healthy);
        healthy.version = QStringLiteral("2.2.15");
        healthy.run = nb::NodeStatus::Run::Running;
        scene.setNodeStatus(healthy, 2000);
        auto migrating = statusOf(QStringLiteral("app-2"), nb::NodeStatus::Health::Busy);
        migrating.code = QStringLiteral("APP_COMMANDING");
        migrating.message = QStringLiteral("load plugin [client], 18/77");
        migrating.maintenance = true;
        scene.setNodeStatus(migrating, 2000);
        scene.setNodeStatus(statusOf(QStringLiteral("app-3"), nb::NodeStatus::Health::Down), 2000);
        auto stale = statusOf(QStringLiteral("app-4"), nb::NodeStatus::Health::Healthy);
        stale.stale = true;
        scene.setNodeStatus(stale, 46000);

        const NodeItem *one = scene.appNode(QStringLiteral("app-1"));
        QCOMPARE(one->lines().first(), QStringLiteral("app-1"));
        QVERIFY(one->lines().contains(QStringLiteral("version 2.2.15")));
        QCOMPARE(one->statusLine(), QStringLiteral("Healthy"));
        QCOMPARE(one->lines().last(), QStringLiteral("running"));
        QVERIFY(scene.appNode(QStringLiteral("app-2"))->statusLine().contains(QStringLiteral("18/77")));
        QVERIFY(scene.appNode(QStringLiteral("app-2"))->lines().last().contains(QStringLiteral("maintenance")));
        QCOMPARE(scene.appNode(QStringLiteral("app-3"))->statusLine(), QStringLiteral("Down"));
        QCOMPARE(scene.appNode(QStringLiteral("app-4"))->statusLine(),
                 QStringLiteral("STALE: last seen 45 s ago, Healthy"));
        // A status for a node the inventory does not have changes nothing.
        scene.setNodeStatus(statusOf(QStringLiteral("ghost"), nb::NodeStatus::Health::Failed), 2000);
        QCOMPARE(scene.appNodes().size(), 4);
    }

    void manyNodesWrapIntoRowsWithoutOverlap()
    {
        TopologyScene scene;
        scene.setInventory(inventoryWith(200));
        QCOMPARE(scene.appNodes().size(), 200);
        QCOMPARE(scene.columns(), 20);
        const auto &nodes = scene.appNodes();
        for (int i = 1; i < nodes.size(); ++i) {
            const QRectF previous = nodes.at(i - 1)->sceneBoundingRect().adjusted(2, 2, -2, -2);
            QVERIFY2(!previous.intersects(nodes.at(i)->sceneBoundingRect().adjusted(2, 2, -2, -2)),
                     qPrintable(nodes.at(i)->name()));
        }
        // Rows go down the page: node 21 starts the second row under node 1.
        QCOMPARE(nodes.at(20)->x(), nodes.at(0)->x());
        QVERIFY(nodes.at(20)->y() > nodes.at(0)->y());
        // Small clusters stay in one row.
        QCOMPARE(TopologyScene::columnsFor(2), 2);
        QCOMPARE(TopologyScene::columnsFor(8), 8);
    }

    void zoomsByKeyAndFitsTheWholeCluster()
    {
        TopologyScene scene;
        scene.setInventory(inventoryWith(200));
        TopologyView view;
        view.setTopology(&scene);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitAll();
        const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
        QVERIFY(visible.adjusted(-1, -1, 1, 1).contains(scene.sceneRect()));

        const qreal fitted = view.zoom();
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.zoom() > fitted);
        QTest::keyClick(&view, Qt::Key_Minus);
        QTest::keyClick(&view, Qt::Key_Minus);
        QVERIFY(view.zoom() < fitted);
        QTest::keyClick(&view, Qt::Key_0);
        QCOMPARE(view.zoom(), fitted);

        // Two nodes are not blown up to poster size.
        TopologyScene small;
        small.setInventory(inventoryWith(2));
        view.setTopology(&small);
        view.fitAll();
        QVERIFY(view.zoom() <= 1.5);
    }

    void arrowKeysWalkTheNodes()
    {
        TopologyScene scene;
        scene.setInventory(inventoryWith(30)); // 8 columns
        TopologyView view;
        view.setTopology(&scene);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(scene.selectedNode(), QStringLiteral("app-1"));
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(scene.selectedNode(), QStringLiteral("app-2"));
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(scene.selectedNode(), QStringLiteral("app-%1").arg(2 + scene.columns()));
    }

    void statusColoursReadOnLightAndDarkPalettes()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
        for (const QPalette &palette : {light, dark}) {
            for (auto role : {StatusColors::Role::Ok, StatusColors::Role::Busy, StatusColors::Role::Error,
                              StatusColors::Role::Down, StatusColors::Role::Stale, StatusColors::Role::Unknown,
                              StatusColors::Role::StandardError}) {
                const QColor color = StatusColors::forRole(role, palette);
                QVERIFY2(StatusColors::contrast(color, palette.color(QPalette::Base)) >= 4.5,
                         qPrintable(color.name()));
            }
        }
        QVERIFY(StatusColors::forRole(StatusColors::Role::Ok, light) != StatusColors::forRole(StatusColors::Role::Ok, dark));
    }
};

QTEST_MAIN(TestTopology)
#include "TestTopology.moc"
