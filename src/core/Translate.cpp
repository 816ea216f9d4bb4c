#include "Translate.h"

#include <QCoreApplication>

namespace nb {

QString translate(const char *context, const char *text)
{
    // Sources are UTF-8 ("%1 — go on?"): an untranslated text comes back decoded as such.
    const QString translated = QCoreApplication::translate(context, text);
    if (translated != QString::fromUtf8(text))
        return translated;
    return QCoreApplication::translate("nb", text);
}

} // namespace nb
