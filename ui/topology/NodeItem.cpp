#include "NodeItem.h"

#include <style/StatusColors.h>

#include <QApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace {

StatusColors::Role colorRole(int look)
{
    static const StatusColors::Role roles[] = {StatusColors::Role::Ok,    StatusColors::Role::Busy,
                                               StatusColors::Role::Error, StatusColors::Role::Down,
                                               StatusColors::Role::Stale, StatusColors::Role::Unknown,
                                               StatusColors::Role::Unknown};
    return roles[look];
}

QString kindTitle(NodeItem::Kind kind)
{
    switch (kind) {
    case NodeItem::Kind::LoadBalancer:
        return NodeItem::tr("Load balancer");
    case NodeItem::Kind::AppNode:
        return NodeItem::tr("App node");
    case NodeItem::Kind::Database:
        return NodeItem::tr("Database");
    case NodeItem::Kind::Redis:
        return NodeItem::tr("Redis");
    case NodeItem::Kind::Storage:
        return NodeItem::tr("Shared storage");
    }
    return QString();
}

} // namespace

NodeItem::NodeItem(Kind kind, const QString &name, const QString &host, const QString &detail)
    : m_kind(kind), m_name(name), m_host(host), m_detail(detail)
{
    m_status.node = name;
    m_status.host = host;
    setFlag(ItemIsSelectable, kind == Kind::AppNode);
    setFlag(ItemIsFocusable, kind == Kind::AppNode);
    setCacheMode(DeviceCoordinateCache);
    rebuildLines(0);
}

void NodeItem::setStatus(const nb::NodeStatus &status, qint64 nowMs)
{
    m_status = status;
    rebuildLines(nowMs);
    update();
}

NodeItem::Look NodeItem::look() const
{
    if (m_kind != Kind::AppNode)
        return Look::Service;
    if (m_status.stale)
        return Look::Stale;
    switch (m_status.health) {
    case nb::NodeStatus::Health::Healthy:
        return Look::Ok;
    case nb::NodeStatus::Health::Busy:
        return Look::Busy;
    case nb::NodeStatus::Health::Failed:
        return Look::Error;
    case nb::NodeStatus::Health::Down:
    case nb::NodeStatus::Health::Unreachable:
        return Look::Down;
    case nb::NodeStatus::Health::Unknown:
        break;
    }
    return Look::Unknown;
}

QString NodeItem::statusLine() const
{
    return m_kind == Kind::AppNode && m_lines.size() > 3 ? m_lines.at(3) : QString();
}

void NodeItem::rebuildLines(qint64 nowMs)
{
    m_lines.clear();
    if (m_kind != Kind::AppNode) {
        m_lines << kindTitle(m_kind) << m_name << m_host << m_detail;
    } else {
        m_lines << m_name << m_host
                << (m_status.version.isEmpty() ? tr("version unknown") : tr("version %1").arg(m_status.version))
                << m_status.summary(nowMs);
        QString run = m_status.runText();
        if (m_status.maintenance)
            run += QStringLiteral(" · ") + tr("maintenance");
        m_lines << run;
    }
    m_lines.removeAll(QString());
    setToolTip(m_lines.join(QLatin1Char('\n')));
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(0, 0, Width, Height).adjusted(-2, -2, 2, 2);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QApplication::palette();
    const Look current = look();
    const StatusColors::Role role = colorRole(int(current));
    const QColor accent = current == Look::Service ? palette.color(QPalette::Mid)
                                                   : StatusColors::forRole(role, palette);
    const QRectF box(0, 0, Width, Height);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(current == Look::Service ? palette.color(QPalette::AlternateBase)
                                               : StatusColors::tint(role, palette));
    QPen border(isSelected() ? palette.color(QPalette::Highlight) : accent, isSelected() ? 4 : 2);
    painter->setPen(border);
    painter->drawRoundedRect(box, 8, 8);

    // Far away, twelve-point text would be a smudge: draw the name and icon big instead.
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    if (detail < 0.55) {
        paintFar(painter, accent);
        return;
    }

    const qreal pad = 8;
    QFont font = QApplication::font();
    font.setPixelSize(13);
    QFont bold = font;
    bold.setBold(true);
    const qreal lineHeight = 20;
    qreal y = pad;
    const QRectF iconBox(pad, y, 18, 18);
    if (m_kind == Kind::AppNode)
        paintIcon(painter, iconBox, accent);
    for (int i = 0; i < m_lines.size(); ++i) {
        const bool title = i == 0;
        painter->setFont(title ? bold : font);
        const bool statusText = m_kind == Kind::AppNode && i == 3;
        painter->setPen(statusText ? accent : palette.color(i == 0 || i == 1 ? QPalette::Text : QPalette::PlaceholderText));
        const qreal x = title && m_kind == Kind::AppNode ? pad + 24 : pad;
        const QRectF lineBox(x, y, Width - x - pad, lineHeight);
        painter->drawText(lineBox, Qt::AlignVCenter | Qt::AlignLeft,
                          painter->fontMetrics().elidedText(m_lines.at(i), Qt::ElideRight, int(lineBox.width())));
        y += lineHeight + (title ? 2 : 0);
    }
}

void NodeItem::paintFar(QPainter *painter, const QColor &accent) const
{
    const QPalette palette = scene() ? scene()->palette() : QApplication::palette();
    const qreal iconSize = Height * 0.42;
    if (m_kind == Kind::AppNode)
        paintIcon(painter, QRectF((Width - iconSize) / 2, 8, iconSize, iconSize), accent);
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(int(Height * 0.36));
    QFontMetricsF metrics(font);
    const QString text = m_kind == Kind::AppNode ? m_name : m_lines.value(0);
    while (font.pixelSize() > 12 && metrics.horizontalAdvance(text) > Width - 12) {
        font.setPixelSize(font.pixelSize() - 2);
        metrics = QFontMetricsF(font);
    }
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    const QRectF textBox(6, m_kind == Kind::AppNode ? 12 + iconSize : 0, Width - 12,
                         m_kind == Kind::AppNode ? Height - 16 - iconSize : Height);
    painter->drawText(textBox, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, textBox.width()));
}

void NodeItem::paintIcon(QPainter *painter, const QRectF &box, const QColor &color) const
{
    // Drawn, not taken from a font: every shape must exist on every desktop.
    const QPalette palette = scene() ? scene()->palette() : QApplication::palette();
    painter->save();
    painter->setBrush(color);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(box);
    QPen mark(palette.color(QPalette::Base), box.width() * 0.14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(mark);
    painter->setBrush(Qt::NoBrush);
    const auto at = [&box](qreal fx, qreal fy) {
        return QPointF(box.left() + box.width() * fx, box.top() + box.height() * fy);
    };
    switch (look()) {
    case Look::Ok: { // check mark
        QPainterPath path(at(0.27, 0.52));
        path.lineTo(at(0.44, 0.70));
        path.lineTo(at(0.74, 0.33));
        painter->drawPath(path);
        break;
    }
    case Look::Busy: // three dots: work in progress
        for (qreal fx : {0.28, 0.5, 0.72})
            painter->drawPoint(at(fx, 0.5));
        break;
    case Look::Error: // cross
        painter->drawLine(at(0.32, 0.32), at(0.68, 0.68));
        painter->drawLine(at(0.68, 0.32), at(0.32, 0.68));
        break;
    case Look::Down: // stop square
        painter->setBrush(palette.color(QPalette::Base));
        painter->setPen(Qt::NoPen);
        painter->drawRect(QRectF(at(0.32, 0.32), at(0.68, 0.68)));
        break;
    case Look::Stale: // clock hands: old news
        painter->drawLine(at(0.5, 0.5), at(0.5, 0.24));
        painter->drawLine(at(0.5, 0.5), at(0.70, 0.60));
        break;
    case Look::Unknown:
    case Look::Service: { // question mark
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(int(box.height() * 0.75));
        painter->setFont(font);
        painter->drawText(box, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    painter->restore();
}
