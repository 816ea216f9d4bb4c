#include "DialogParts.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>

namespace DialogParts {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel *valueLabel(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *label = wrappingLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    // A label's name is what a screen reader speaks; naming it would hide the value.
    label->setAccessibleDescription(accessibleName);
    return label;
}

QLineEdit *copyableField(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(text, parent);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setAccessibleName(accessibleName);
    field->setCursorPosition(0);
    // Wide enough for a whole SHA256 fingerprint, so it is never read half hidden.
    const QFontMetrics metrics(field->font());
    field->setMinimumWidth(qMin(metrics.horizontalAdvance(text), metrics.averageCharWidth() * 100)
                           + metrics.averageCharWidth() * 2);
    return field;
}

QString address(const QString &host, int port)
{
    const QString shown = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1:%2").arg(shown).arg(port);
}

} // namespace DialogParts
