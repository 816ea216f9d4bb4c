#pragma once

#include <QByteArray>
#include <QString>

namespace nb {

// What an HTTP GET through an SSH tunnel brought back.
struct HttpResponse
{
    int status = 0;  // 0 when no HTTP answer arrived
    QByteArray body;
    QString error;   // one sentence when status is 0
    qint64 durationMs = 0;

    bool answered() const { return status > 0; }
};

} // namespace nb
