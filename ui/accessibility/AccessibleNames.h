#pragma once

#include <QObject>

class QComboBox;
class QLineEdit;
class QToolBar;

// Fills the gaps Qt leaves for screen readers and GUI test tools on Linux (AT-SPI),
// for every widget of the application as it is polished, before it first shows:
// - a line edit's clear button and a tool bar's overflow button get no accessible name
//   from Qt, so a screen reader says only "button";
// - a combo box reports its current item as its AT-SPI name and ignores
//   accessibleName; only a label relation names it, and Qt makes one only from a
//   QLabel buddy. A combo box with an accessibleName and no buddy gets a hidden one.
// Names given in the code or the forms are kept.
class AccessibleNames : public QObject
{
    Q_OBJECT

public:
    static void install(QObject *application);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;

    static void nameClearButton(QLineEdit *edit);
    static void nameOverflowButton(QToolBar *bar);
    static void labelComboBox(QComboBox *combo);
};
