#pragma once

#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

// The pieces every SSH and lock dialog is built from, so they read alike.
namespace DialogParts {

// A paragraph of explanation, wrapped and selectable.
QLabel *wrappingLabel(QWidget *parent);
// One value of a form row, selectable by mouse and keyboard; a screen reader speaks the
// value and describes it with accessibleName.
QLabel *valueLabel(const QString &text, const QString &accessibleName, QWidget *parent);
// A value the operator may need to copy exactly (a fingerprint, a command): read-only
// text in a fixed-width font that takes the keyboard focus.
QLineEdit *copyableField(const QString &text, const QString &accessibleName, QWidget *parent);
// host:port, with brackets around an IPv6 address.
QString address(const QString &host, int port);

} // namespace DialogParts
