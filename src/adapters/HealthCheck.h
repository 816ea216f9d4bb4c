#pragma once

#include <QByteArray>
#include <QString>

namespace nb {

// What NocoBase's /api/__health_check said, read as NOCOBASE-NOTES.md §1.2 describes:
// 200 with the body exactly `ok` is ready; 503 carries error.code/message/command.name
// (APP_COMMANDING while installing or migrating, APP_ERROR after a failure); no
// listener yet is "not listening", which during a start is normal for a few seconds.
struct HealthCheck
{
    enum class State { Ready, NotReady, NotListening, Unreachable };

    State state = State::Unreachable;
    int httpStatus = 0;
    QString code;        // error.code: APP_COMMANDING, APP_ERROR, ...
    QString message;     // error.message: progress text or the failure
    QString commandName; // error.command.name: start, upgrade, ...
    QString error;       // network problem, when there was no HTTP answer
    qint64 latencyMs = 0;

    bool ready() const { return state == State::Ready; }
    // One line for logs and the status table: "ready", "503 APP_COMMANDING (start): load plugin…".
    QString summary() const;

    static HealthCheck fromHttp(int status, const QByteArray &body);
    // app:getInfo's data.version, or an empty string when the answer has none.
    static QString versionFromInfo(int status, const QByteArray &body);
};

} // namespace nb
