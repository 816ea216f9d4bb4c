#pragma once

#include <QCoreApplication>

class QWidget;

// Names for the buttons Qt adds inside widgets by itself: a line edit's clear button and
// a tool bar's overflow button. Qt gives them no accessible name, so a screen reader says
// only "button" and a test tool cannot find them. Call it on a window once its widgets
// exist; names given elsewhere are kept.
class AccessibleNames
{
    Q_DECLARE_TR_FUNCTIONS(AccessibleNames)

public:
    static void nameBuiltInButtons(QWidget *window);
};
