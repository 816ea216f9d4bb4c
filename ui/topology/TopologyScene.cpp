#include "TopologyScene.h"

#include "NodeItem.h"

#include <inventory/Inventory.h>

#include <QApplication>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPalette>
#include <QPen>

#include <cmath>

namespace {

constexpr qreal Gap = 26;     // between boxes in a row
constexpr qreal RowGap = 26;  // between rows of app nodes
constexpr qreal TierGap = 90; // between the tiers, room for the connections
constexpr qreal FramePad = 18;

} // namespace

TopologyScene::TopologyScene(QObject *parent) : QGraphicsScene(parent)
{
    // One index for a few hundred items that never move costs more than it saves.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] { emit nodeSelected(selectedNode()); });
}

TopologyScene::~TopologyScene()
{
    // Deleting a selected item announces a selection change; by now its listeners (the
    // details pane) may be gone.
    blockSignals(true);
}

int TopologyScene::columnsFor(int nodeCount)
{
    if (nodeCount <= 8)
        return qMax(1, nodeCount);
    return int(std::ceil(std::sqrt(2.0 * nodeCount)));
}

NodeItem *TopologyScene::addBox(int kind, const QString &name, const QString &host, const QString &detail,
                                QPointF at)
{
    auto *item = new NodeItem(NodeItem::Kind(kind), name, host, detail);
    item->setPos(at);
    addItem(item);
    return item;
}

void TopologyScene::connectBoxes(const QRectF &from, const QRectF &to)
{
    QPen pen(palette().color(QPalette::Mid), 2);
    auto *line = addLine(QLineF(QPointF(from.center().x(), from.bottom()), QPointF(to.center().x(), to.top())), pen);
    line->setZValue(-1);
}

void TopologyScene::setInventory(const nb::Inventory &inventory)
{
    clearSelection();
    clear();
    m_appItems.clear();
    m_appOrder.clear();

    const int count = int(inventory.app.nodes.size());
    m_columns = columnsFor(count);
    const int rows = count == 0 ? 1 : (count + m_columns - 1) / m_columns;
    const qreal cellWidth = NodeItem::Width + Gap;
    const qreal gridWidth = m_columns * cellWidth - Gap;
    const qreal gridHeight = rows * (NodeItem::Height + RowGap) - RowGap;

    // Tier 1: the load balancer, centred over the grid.
    const qreal centre = gridWidth / 2;
    const auto &lb = inventory.loadBalancer;
    NodeItem *lbItem = addBox(int(NodeItem::Kind::LoadBalancer), lb.kind, lb.host, lb.url,
                              QPointF(centre - NodeItem::Width / 2, 0));

    // Tier 2: the app nodes inside one frame; a frame, not a line per node, keeps a
    // 500-node cluster legible.
    const qreal gridTop = NodeItem::Height + TierGap;
    const QRectF frame(-FramePad, gridTop - FramePad - 22, gridWidth + 2 * FramePad, gridHeight + 2 * FramePad + 22);
    auto *frameItem = addRect(frame, QPen(palette().color(QPalette::Mid), 1, Qt::DashLine), Qt::NoBrush);
    frameItem->setZValue(-2);
    auto *frameLabel = addSimpleText(tr("App nodes (%n)", nullptr, count));
    frameLabel->setBrush(palette().color(QPalette::Text));
    QFont labelFont = QApplication::font();
    labelFont.setBold(true);
    frameLabel->setFont(labelFont);
    frameLabel->setPos(frame.left() + 8, frame.top() + 4);

    m_appOrder.reserve(count);
    for (int i = 0; i < count; ++i) {
        const nb::AppNode &node = inventory.app.nodes.at(i);
        const int row = i / m_columns;
        const int column = i % m_columns;
        // The last row is centred under the full rows.
        const int inRow = row == rows - 1 ? count - row * m_columns : m_columns;
        const qreal rowOffset = (m_columns - inRow) * cellWidth / 2;
        NodeItem *item = addBox(int(NodeItem::Kind::AppNode), node.name, node.host, QString(),
                                QPointF(rowOffset + column * cellWidth, gridTop + row * (NodeItem::Height + RowGap)));
        m_appItems.insert(node.name, item);
        m_appOrder.append(item);
    }
    connectBoxes(lbItem->sceneBoundingRect(), frame);

    // Tier 3: what every app node shares.
    struct Backend
    {
        NodeItem::Kind kind;
        QString name, host, detail;
    };
    QVector<Backend> backends;
    const auto &db = inventory.database;
    if (!db.host.isEmpty() || !db.dialect.isEmpty()) {
        backends.append({NodeItem::Kind::Database, QStringLiteral("%1 %2").arg(db.dialect, db.name).trimmed(),
                         db.port ? QStringLiteral("%1:%2").arg(db.host).arg(db.port) : db.host, db.backupDir});
    }
    if (!inventory.redisUrl.isEmpty())
        backends.append({NodeItem::Kind::Redis, QStringLiteral("redis"), QString(), inventory.redisUrl});
    if (!inventory.storagePath.isEmpty())
        backends.append({NodeItem::Kind::Storage, inventory.storagePath, QString(), QString()});
    const qreal backendTop = frame.bottom() + TierGap;
    const qreal backendWidth = backends.size() * cellWidth - Gap;
    for (int i = 0; i < backends.size(); ++i) {
        const Backend &backend = backends.at(i);
        NodeItem *item = addBox(int(backend.kind), backend.name, backend.host, backend.detail,
                                QPointF(centre - backendWidth / 2 + i * cellWidth, backendTop));
        connectBoxes(frame, item->sceneBoundingRect());
    }
    setSceneRect(itemsBoundingRect().adjusted(-30, -30, 30, 30));
}

void TopologyScene::setNodeStatus(const nb::NodeStatus &status, qint64 nowMs)
{
    if (NodeItem *item = m_appItems.value(status.node))
        item->setStatus(status, nowMs);
}

QString TopologyScene::selectedNode() const
{
    const auto selected = selectedItems();
    if (selected.isEmpty())
        return QString();
    return static_cast<NodeItem *>(selected.first())->name();
}

void TopologyScene::selectNode(const QString &name)
{
    NodeItem *item = m_appItems.value(name);
    if (!item || item->isSelected())
        return;
    clearSelection();
    item->setSelected(true);
    setFocusItem(item);
}

void TopologyScene::moveSelection(int dx, int dy)
{
    if (m_appOrder.isEmpty())
        return;
    NodeItem *current = m_appItems.value(selectedNode());
    int index = current ? int(m_appOrder.indexOf(current)) + dx + dy * m_columns : 0;
    index = qBound(0, index, int(m_appOrder.size()) - 1);
    selectNode(m_appOrder.at(index)->name());
}
