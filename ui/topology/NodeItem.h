#pragma once

#include <monitor/NodeStatus.h>

#include <QCoreApplication>
#include <QGraphicsItem>

// One box of the topology: an app node with its live status, or the load balancer,
// database, Redis or shared storage. Status is shown three ways at once: the border and
// fill colour, an icon drawn in the corner, and words.
class NodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NodeItem)

public:
    enum class Kind { LoadBalancer, AppNode, Database, Redis, Storage };
    static constexpr qreal Width = 210;
    static constexpr qreal Height = 118;

    NodeItem(Kind kind, const QString &name, const QString &host, const QString &detail);

    Kind kind() const { return m_kind; }
    QString name() const { return m_name; }
    void setStatus(const nb::NodeStatus &status, qint64 nowMs);
    const nb::NodeStatus &status() const { return m_status; }
    // The lines of text the box shows, top to bottom (also its accessible description).
    QStringList lines() const { return m_lines; }
    QString statusLine() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    enum class Look { Ok, Busy, Error, Down, Stale, Unknown, Service };
    Look look() const;
    void rebuildLines(qint64 nowMs);
    void paintIcon(QPainter *painter, const QRectF &box, const QColor &color) const;
    void paintFar(QPainter *painter, const QColor &accent) const;

    Kind m_kind;
    QString m_name;
    QString m_host;
    QString m_detail;
    nb::NodeStatus m_status;
    QStringList m_lines;
};
