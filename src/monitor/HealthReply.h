#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace nb {

// One answer of a node's /api/__health_check, read the way NocoBase means it: only 200
// with the body exactly "ok" is ready; every other answer is a JSON error whose code
// tells a node that is still working (installing, migrating) from one that failed.
struct HealthReply
{
    Q_DECLARE_TR_FUNCTIONS(HealthReply)

public:
    enum class Kind {
        Ready,   // 200 "ok"
        Busy,    // 503 while preparing, initializing or running a command (migrations)
        Failed,  // 503 APP_ERROR (or the error's own code), or an answer NocoBase never gives
    };

    Kind kind = Kind::Failed;
    QString code;        // error.code, e.g. APP_COMMANDING
    QString message;     // error.message: progress while busy, the reason when failed
    QString command;     // error.command.name, e.g. start, upgrade
    bool maintaining = false;

    static HealthReply fromHttp(int httpStatus, const QByteArray &body);
};

// data.version of /api/app:getInfo: the version whose install or upgrade last finished
// (NocoBase stores it in the database), or an empty string when the body has none.
QString appInfoVersion(const QByteArray &body);

} // namespace nb
