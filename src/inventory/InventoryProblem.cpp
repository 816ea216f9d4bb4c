#include "InventoryProblem.h"

namespace nb {

QString InventoryProblem::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    if (field.isEmpty())
        return QStringLiteral("%1: %2").arg(where, message);
    return QStringLiteral("%1: %2: %3").arg(where, field, message);
}

} // namespace nb
