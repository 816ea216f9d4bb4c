#pragma once

#include <inventory/InventoryLoader.h>
#include <ssh/SshPool.h>

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>

// The lab ($NBLAB_DIR/lab.json) as the adapters' integration tests use it: its own
// inventory, loaded by the console's loader, and a way to reset it.
struct AdapterLab
{
    QString dir;
    QJsonObject json;
    nb::Inventory inventory;
    QString problem;

    bool load()
    {
        dir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("NBLAB_DIR"));
        QFile file(dir + QStringLiteral("/lab.json"));
        if (dir.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            problem = QStringLiteral("no lab.json in NBLAB_DIR='%1'").arg(dir);
            return false;
        }
        json = QJsonDocument::fromJson(file.readAll()).object();
        const auto loaded = nb::InventoryLoader::loadFile(json.value(QStringLiteral("inventory")).toString());
        if (!loaded.inventory) {
            problem = loaded.problems.value(0).toString();
            return false;
        }
        inventory = *loaded.inventory;
        return true;
    }

    // Back to the lab's initial state: nodes removed, compose files and LB files as
    // first written, database empty.
    bool reset() const
    {
        QProcess lab;
        lab.start(QStringLiteral("/usr/bin/python3"),
                  {json.value(QStringLiteral("lab_py")).toString(), QStringLiteral("reset"), QStringLiteral("--dir"), dir});
        return lab.waitForFinished(120000) && lab.exitStatus() == QProcess::NormalExit && lab.exitCode() == 0;
    }

    QString value(const QString &section, const QString &key) const
    {
        return json.value(section).toObject().value(key).toVariant().toString();
    }
};

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

// One plain HTTP request from this machine, as a browser in front of the LB would send it.
inline HttpAnswer httpRequest(const QString &url, const QByteArray &method = "GET")
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.sendCustomRequest(request, method, method == "POST" ? QByteArray("x=1") : QByteArray());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return answer;
}
