#include "TopologyView.h"

#include "TopologyScene.h"

#include <QKeyEvent>
#include <QWheelEvent>

TopologyView::TopologyView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Cluster topology"));
    setAccessibleDescription(tr("Arrow keys select a node; + and - zoom; 0 fits the cluster"));
}

void TopologyView::setTopology(TopologyScene *scene)
{
    m_topology = scene;
    setScene(scene);
}

void TopologyView::zoomBy(qreal factor)
{
    const qreal next = zoom() * factor;
    if (next < 0.02 || next > 8)
        return;
    m_userZoomed = true;
    scale(factor, factor);
}

void TopologyView::fitAll()
{
    if (!scene())
        return;
    m_userZoomed = false;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // A two-node cluster would otherwise be blown up to poster size.
    if (zoom() > 1.5)
        setTransform(QTransform::fromScale(1.5, 1.5));
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
    case Qt::Key_F:
        fitAll();
        return;
    default:
        break;
    }
    if (m_topology) {
        const int dx = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
        const int dy = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1 : 0;
        if (dx || dy) {
            m_topology->moveSelection(dx, dy);
            if (auto *item = m_topology->focusItem())
                ensureVisible(item);
            return;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userZoomed)
        fitAll();
}
