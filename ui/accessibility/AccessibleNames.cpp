#include "AccessibleNames.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

void AccessibleNames::install(QObject *application)
{
    application->installEventFilter(new AccessibleNames(application));
}

bool AccessibleNames::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Polish)
        return QObject::eventFilter(watched, event);
    // Queued: a form's setupUi polishes widgets before its retranslateUi sets their
    // accessible names and texts.
    if (auto *edit = qobject_cast<QLineEdit *>(watched))
        QMetaObject::invokeMethod(edit, [edit] { nameClearButton(edit); }, Qt::QueuedConnection);
    else if (auto *bar = qobject_cast<QToolBar *>(watched))
        QMetaObject::invokeMethod(bar, [bar] { nameOverflowButton(bar); }, Qt::QueuedConnection);
    else if (auto *combo = qobject_cast<QComboBox *>(watched))
        QMetaObject::invokeMethod(combo, [combo] { labelComboBox(combo); }, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

void AccessibleNames::nameClearButton(QLineEdit *edit)
{
    // clearButtonEnabled adds this action; its button shows only an icon.
    const auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    if (!clear)
        return;
    const QString field = edit->accessibleName().isEmpty() ? edit->placeholderText() : edit->accessibleName();
    for (QToolButton *button : edit->findChildren<QToolButton *>()) {
        if (button->defaultAction() == clear && button->accessibleName().isEmpty())
            button->setAccessibleName(field.isEmpty() ? tr("Clear") : tr("Clear %1").arg(field));
    }
}

void AccessibleNames::nameOverflowButton(QToolBar *bar)
{
    // Shown when the window is too narrow for every tool: it opens the hidden ones.
    auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    if (more && more->accessibleName().isEmpty())
        more->setAccessibleName(tr("More from %1").arg(bar->windowTitle()));
}

void AccessibleNames::labelComboBox(QComboBox *combo)
{
    QWidget *parent = combo->parentWidget();
    if (!parent || combo->accessibleName().isEmpty())
        return;
    for (const QLabel *label : parent->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
        if (label->buddy() == combo)
            return;
    }
    // Hidden and outside every layout: it only carries the name to the label relation.
    auto *label = new QLabel(combo->accessibleName(), parent);
    label->setBuddy(combo);
    label->hide();
}
