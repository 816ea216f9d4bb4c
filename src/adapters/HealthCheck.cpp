#include "HealthCheck.h"

#include <core/Translate.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace nb {

QString HealthCheck::summary() const
{
    const auto tr = [](const char *text) { return nb::translate("nb::HealthCheck", text); };
    switch (state) {
    case State::Ready:
        return tr("ready");
    case State::NotListening:
        return tr("not listening");
    case State::Unreachable:
        return tr("unreachable: %1").arg(error);
    case State::NotReady:
        break;
    }
    QString text = QString::number(httpStatus);
    if (!code.isEmpty())
        text += QLatin1Char(' ') + code;
    if (!commandName.isEmpty())
        text += QStringLiteral(" (%1)").arg(commandName);
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    return text;
}

HealthCheck HealthCheck::fromHttp(int status, const QByteArray &body)
{
    HealthCheck check;
    check.httpStatus = status;
    if (status == 200 && body == "ok") {
        check.state = State::Ready;
        return check;
    }
    check.state = State::NotReady;
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    check.code = error.value(QStringLiteral("code")).toString();
    check.message = error.value(QStringLiteral("message")).toString();
    check.commandName = error.value(QStringLiteral("command")).toObject().value(QStringLiteral("name")).toString();
    if (error.isEmpty() && !body.isEmpty())
        check.message = QString::fromUtf8(body.left(200)).simplified(); // e.g. nginx's own 502 page
    return check;
}

QString HealthCheck::versionFromInfo(int status, const QByteArray &body)
{
    if (status != 200)
        return {};
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toObject()
        .value(QStringLiteral("version")).toString();
}

} // namespace nb
