#include "HealthReply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nb {

namespace {

// Codes NocoBase's gateway uses while the node is on its way up or inside a CLI command;
// everything else (APP_ERROR, APP_NOT_INSTALLED_ERROR, APP_STOPPED, ...) needs a person.
bool isBusyCode(const QString &code)
{
    return code == QLatin1String("APP_COMMANDING") || code == QLatin1String("APP_PREPARING")
        || code == QLatin1String("APP_INITIALIZING") || code == QLatin1String("APP_STARTING")
        || code == QLatin1String("APP_INITIALIZED");
}

} // namespace

HealthReply HealthReply::fromHttp(int httpStatus, const QByteArray &body)
{
    HealthReply reply;
    if (httpStatus == 200) {
        // A proxy or another service on the port can answer 200 with a page; only NocoBase's
        // gateway answers with exactly "ok".
        if (body.trimmed() == "ok") {
            reply.kind = Kind::Ready;
        } else {
            reply.message = tr("HTTP 200 but the body is not \"ok\": %1")
                                .arg(QString::fromUtf8(body.left(80)).simplified());
        }
        return reply;
    }

    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    if (error.isEmpty()) {
        reply.message = tr("HTTP %1 without NocoBase's error body").arg(httpStatus);
        return reply;
    }
    reply.code = error.value(QLatin1String("code")).toString();
    reply.message = error.value(QLatin1String("message")).toString();
    reply.command = error.value(QLatin1String("command")).toObject().value(QLatin1String("name")).toString();
    reply.maintaining = error.value(QLatin1String("maintaining")).toBool();
    reply.kind = isBusyCode(reply.code) ? Kind::Busy : Kind::Failed;
    return reply;
}

QString appInfoVersion(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toObject()
        .value(QLatin1String("version")).toString();
}

} // namespace nb
