#include "JournalEvent.h"

#include <QDateTime>

namespace nb::JournalEvent {

QJsonObject make(const char *kind)
{
    return {{QStringLiteral("t"), QDateTime::currentMSecsSinceEpoch()},
            {QStringLiteral("ev"), QLatin1String(kind)}};
}

QString kindOf(const QJsonObject &event)
{
    return event.value(QStringLiteral("ev")).toString();
}

} // namespace nb::JournalEvent
