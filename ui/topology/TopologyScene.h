#pragma once

#include <monitor/NodeStatus.h>

#include <QGraphicsScene>
#include <QHash>
#include <QVector>

namespace nb {
struct Inventory;
}
class NodeItem;

// The cluster as a picture: the load balancer on top, the app nodes in rows below it
// (wrapping so that hundreds stay on screen), and the database, Redis and shared storage
// underneath, with the connections between them.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit TopologyScene(QObject *parent = nullptr);
    ~TopologyScene() override;

    void setInventory(const nb::Inventory &inventory);
    void setNodeStatus(const nb::NodeStatus &status, qint64 nowMs);

    NodeItem *appNode(const QString &name) const { return m_appItems.value(name); }
    const QVector<NodeItem *> &appNodes() const { return m_appOrder; }
    int columns() const { return m_columns; }
    QString selectedNode() const;
    void selectNode(const QString &name);
    // Moves the selection by whole cells of the grid (keyboard navigation).
    void moveSelection(int dx, int dy);

    // How many nodes share a row: all of a small cluster, then a grid about twice as
    // wide as tall.
    static int columnsFor(int nodeCount);

signals:
    void nodeSelected(const QString &name); // empty when nothing is selected

private:
    NodeItem *addBox(int kind, const QString &name, const QString &host, const QString &detail, QPointF at);
    void connectBoxes(const QRectF &from, const QRectF &to);

    QHash<QString, NodeItem *> m_appItems;
    QVector<NodeItem *> m_appOrder;
    int m_columns = 1;
};
