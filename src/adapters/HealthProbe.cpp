#include "HealthProbe.h"

#include <core/Translate.h>
#include <ssh/SshPool.h>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <memory>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::HealthProbe", text);
}

HealthCheck fromReply(QNetworkReply *reply, qint64 latencyMs)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    HealthCheck check;
    if (status > 0) {
        check = HealthCheck::fromHttp(status, reply->readAll());
    } else if (reply->error() == QNetworkReply::ConnectionRefusedError) {
        check.state = HealthCheck::State::NotListening;
    } else {
        check.state = HealthCheck::State::Unreachable;
        check.error = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("no answer within the timeout") : reply->errorString();
    }
    check.latencyMs = latencyMs;
    return check;
}

} // namespace

HealthProbe::HealthProbe(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

void HealthProbe::probe(const QString &healthUrl, const QString &infoUrl)
{
    struct Pending
    {
        NodeProbe result;
        int open = 2;
        QElapsedTimer clock;
    };
    auto pending = std::make_shared<Pending>();
    pending->clock.start();
    const auto request = [this](const QString &url) {
        QNetworkRequest req{QUrl(url)};
        // transferTimeout aborts with OperationCanceledError; no redirects: a health
        // check that moved is a misconfiguration to show, not to follow.
        req.setTransferTimeout(static_cast<int>(m_timeout.count()));
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return m_network->get(req);
    };
    const auto done = [this, pending]() {
        if (--pending->open == 0)
            emit finished(pending->result);
    };
    QNetworkReply *health = request(healthUrl);
    connect(health, &QNetworkReply::finished, this, [health, pending, done]() {
        pending->result.health = fromReply(health, pending->clock.elapsed());
        health->deleteLater();
        done();
    });
    QNetworkReply *info = request(infoUrl);
    connect(info, &QNetworkReply::finished, this, [info, pending, done]() {
        const int status = info->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status > 0)
            pending->result.version = HealthCheck::versionFromInfo(status, info->readAll());
        if (pending->result.version.isEmpty())
            pending->result.versionError = status > 0 ? tr("app:getInfo answered %1 without a version").arg(status)
                                                      : info->errorString();
        info->deleteLater();
        done();
    });
}

NodeProbe HealthProbe::probeViaTunnel(SshPool &pool, const SshEndpoint &endpoint, const QString &healthUrl,
                                      const QString &infoUrl, std::chrono::milliseconds timeout)
{
    NodeProbe result;
    const QUrl health(healthUrl);
    const HttpResponse answer = pool.httpGetViaTunnel(endpoint, health.host(), health.port(80), health.path(), timeout);
    if (answer.answered()) {
        result.health = HealthCheck::fromHttp(answer.status, answer.body);
    } else {
        // sshd passes on the target's refusal as "Connection refused".
        result.health.state = answer.error.contains(QLatin1String("Connection refused"), Qt::CaseInsensitive)
            ? HealthCheck::State::NotListening : HealthCheck::State::Unreachable;
        result.health.error = answer.error;
    }
    result.health.latencyMs = answer.durationMs;
    // getInfo only says more than the health check once the node is ready (before, it
    // answers the same 503); asking anyway only adds to the node's log while it starts.
    if (result.health.state != HealthCheck::State::Ready)
        return result;
    const QUrl info(infoUrl);
    const HttpResponse infoAnswer = pool.httpGetViaTunnel(endpoint, info.host(), info.port(80), info.path(), timeout);
    result.version = HealthCheck::versionFromInfo(infoAnswer.status, infoAnswer.body);
    if (result.version.isEmpty())
        result.versionError = infoAnswer.answered() ? tr("app:getInfo answered %1 without a version").arg(infoAnswer.status)
                                                    : infoAnswer.error;
    return result;
}

} // namespace nb
