#pragma once

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QDir>
#include <QHeaderView>
#include <QScrollBar>
#include <QTest>
#include <QWidget>

// Checks the GUI tests share: what a screen reader hears, and the README's pictures.
namespace GuiChecks {

// Every control the keyboard reaches tells a screen reader what it is.
inline void verifyAccessibleNames(QWidget &window)
{
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->focusPolicy() != Qt::NoFocus && widget->isVisibleTo(&window) && !qobject_cast<QScrollBar *>(widget)
            && !qobject_cast<QHeaderView *>(widget->parentWidget())
            && !qobject_cast<QAbstractSpinBox *>(widget->parentWidget())) // the spin box's own editor
        {
            // What a screen reader hears: the accessible name, or for a label its text.
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY2(accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(widget->objectName() + QLatin1Char(' ') + QLatin1String(widget->metaObject()->className())));
        }
    }
}

// With NB_SCREENSHOT_DIR set, the window as the operator sees it.
inline void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("NB_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace GuiChecks
