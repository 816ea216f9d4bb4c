#pragma once

#include "HealthCheck.h"

#include <ssh/CommandRunner.h>

#include <QObject>

#include <chrono>

class QNetworkAccessManager;

namespace nb {

class SshPool;

// One probe of a node: the health check and app:getInfo's version.
struct NodeProbe
{
    HealthCheck health;
    QString version; // what app:getInfo reports (the database's applicationVersion)
    QString versionError;
};

// Asks NocoBase's health and version endpoints, either directly from this machine
// (asynchronous, QNetworkAccessManager, with a timeout) or from the node's host
// through the SSH session (when the app port is not reachable from here).
class HealthProbe : public QObject
{
    Q_OBJECT

public:
    explicit HealthProbe(QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Starts both requests; `finished` comes once with both answers.
    void probe(const QString &healthUrl, const QString &infoUrl);

    // Through an SSH tunnel, one request after the other: getInfo only once the health
    // check says ready. Blocks, so call it from a worker thread.
    static NodeProbe probeViaTunnel(SshPool &pool, const SshEndpoint &endpoint, const QString &healthUrl,
                                    const QString &infoUrl,
                                    std::chrono::milliseconds timeout = std::chrono::seconds(5));

signals:
    void finished(const nb::NodeProbe &result);

private:
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(5)};
};

} // namespace nb
