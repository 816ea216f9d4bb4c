#include "Translate.h"

#include <QCoreApplication>

namespace nb {

QString translate(const char *context, const char *text)
{
    const QString translated = QCoreApplication::translate(context, text);
    if (translated != QLatin1String(text))
        return translated;
    return QCoreApplication::translate("nb", text);
}

} // namespace nb
