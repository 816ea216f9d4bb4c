#include <inventory/Inventory.h>
#include <mainwindow/ClusterTreeModel.h>

#include <QTest>

namespace {

nb::Inventory inventoryWith(const QStringList &nodeNames)
{
    nb::Inventory inventory;
    inventory.cluster = QStringLiteral("test");
    inventory.loadBalancer.kind = QStringLiteral("nginx");
    inventory.loadBalancer.host = QStringLiteral("10.0.0.10");
    inventory.app.runtime = QStringLiteral("compose");
    for (const QString &name : nodeNames) {
        nb::AppNode node;
        node.name = name;
        node.host = name + QStringLiteral(".internal");
        inventory.app.nodes.append(node);
    }
    return inventory;
}

QString detailOf(const ClusterTreeModel &model, const QString &node)
{
    const QModelIndex name = model.indexOfAppNode(node);
    return name.isValid() ? name.siblingAtColumn(ClusterTreeModel::DetailColumn).data().toString() : QString();
}

} // namespace

class TestClusterTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void statusLandsInTheRowOfItsNode()
    {
        ClusterTreeModel model;
        model.setInventory(inventoryWith({QStringLiteral("app-1"), QStringLiteral("app-2"), QStringLiteral("app-3")}));
        model.setNodeDetail(QStringLiteral("app-2"), QStringLiteral("running, healthy"));
        QCOMPARE(detailOf(model, QStringLiteral("app-2")), QStringLiteral("running, healthy"));
        QCOMPARE(detailOf(model, QStringLiteral("app-1")), QStringLiteral("compose runtime"));
        QCOMPARE(detailOf(model, QStringLiteral("app-3")), QStringLiteral("compose runtime"));
        const QModelIndex row = model.indexOfAppNode(QStringLiteral("app-3"));
        QCOMPARE(model.appNodeAt(row.siblingAtColumn(ClusterTreeModel::HostColumn)), QStringLiteral("app-3"));
        QCOMPARE(row.siblingAtColumn(ClusterTreeModel::HostColumn).data().toString(), QStringLiteral("app-3.internal"));
    }

    void anUnknownNodeChangesNothing()
    {
        ClusterTreeModel model;
        model.setInventory(inventoryWith({QStringLiteral("app-1")}));
        model.setNodeDetail(QStringLiteral("app-9"), QStringLiteral("stopped"));
        QVERIFY(!model.indexOfAppNode(QStringLiteral("app-9")).isValid());
        QCOMPARE(detailOf(model, QStringLiteral("app-1")), QStringLiteral("compose runtime"));
    }

    void anotherInventoryForgetsTheOldNodes()
    {
        ClusterTreeModel model;
        model.setInventory(inventoryWith({QStringLiteral("app-1"), QStringLiteral("app-2")}));
        model.setInventory(inventoryWith({QStringLiteral("web-b"), QStringLiteral("web-a")}));
        QVERIFY(!model.indexOfAppNode(QStringLiteral("app-1")).isValid());
        model.setNodeDetail(QStringLiteral("web-a"), QStringLiteral("stopped"));
        QCOMPARE(detailOf(model, QStringLiteral("web-a")), QStringLiteral("stopped"));
        QCOMPARE(detailOf(model, QStringLiteral("web-b")), QStringLiteral("compose runtime"));
        QCOMPARE(model.indexOfAppNode(QStringLiteral("web-a")).row(), 1);
    }
};

QTEST_MAIN(TestClusterTreeModel)
#include "TestClusterTreeModel.moc"
