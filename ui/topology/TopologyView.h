#pragma once

#include <QGraphicsView>

class TopologyScene;

// Shows the topology scene with zoom (Ctrl+wheel, + and -), fit (0 or F) and arrow keys
// that move the selection from node to node.
class TopologyView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TopologyView(QWidget *parent = nullptr);

    void setTopology(TopologyScene *scene);
    qreal zoom() const { return transform().m11(); }
    void zoomBy(qreal factor);
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(0.8); }
    void fitAll();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    TopologyScene *m_topology = nullptr;
    bool m_userZoomed = false; // until the operator zooms, resizing keeps the whole cluster in view
};
