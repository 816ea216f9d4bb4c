#include "AccessibleNames.h"

#include <QAction>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

void AccessibleNames::nameBuiltInButtons(QWidget *window)
{
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        // clearButtonEnabled adds this action; its button shows only an icon.
        auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
        if (!clear)
            continue;
        const QString field = edit->accessibleName().isEmpty() ? edit->placeholderText() : edit->accessibleName();
        for (QToolButton *button : edit->findChildren<QToolButton *>()) {
            if (button->defaultAction() == clear && button->accessibleName().isEmpty())
                button->setAccessibleName(field.isEmpty() ? tr("Clear") : tr("Clear %1").arg(field));
        }
    }
    for (QToolBar *bar : window->findChildren<QToolBar *>()) {
        // Shown when the window is too narrow for every tool: it opens the hidden ones.
        auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        if (more && more->accessibleName().isEmpty())
            more->setAccessibleName(tr("More from %1").arg(bar->windowTitle()));
    }
}
