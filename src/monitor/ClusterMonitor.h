#pragma once

#include "HostMetricsPoller.h"
#include "NodeHistory.h"
#include "NodeStatus.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <QUrl>
#include <QVector>

#include <algorithm>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace nb {

struct Inventory;

// Watches every app node over time: on each tick it asks the node's health URL and, when
// the node is ready, app:getInfo for the version its database reports; with a host
// runner it also reads the host's CPU, memory, load and data-path disk and the runtime's
// state over SSH (HostMetricsPoller, on worker threads). Requests are asynchronous (the
// GUI thread only dispatches replies); each has its own timeout, and a node that gives
// no definite answer for longer than staleAfter() is marked stale, its host figures
// likewise, so an old "Healthy" or an old CPU figure is never shown as if it were current.
class ClusterMonitor : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString node;
        QString host;
        QUrl healthUrl;
        QUrl infoUrl;
        // Where host figures are read; an empty host means health checks only.
        SshEndpoint ssh;
        QString dataPath;
        AppNode appNode;
    };

    explicit ClusterMonitor(QObject *parent = nullptr);
    ~ClusterMonitor() override;

    // Replaces the watched nodes; history of nodes that stay is kept.
    void setTargets(const QVector<Target> &targets);
    void setInventory(const Inventory &inventory);
    // app:getInfo lives beside the health check: .../api/__health_check -> .../api/app:getInfo
    static QUrl infoUrlFor(const QUrl &healthUrl);
    // The directory whose disk matters: the shared storage, else the node's app directory.
    static QString dataPathFor(const Inventory &inventory, const AppNode &node);

    // Reads host figures (and, with runtimeState, the runtime adapter's status) through
    // this runner from now on; call before setInventory(). Null: health checks only.
    void setHostRunner(std::shared_ptr<CommandRunner> runner, bool runtimeState = true);
    // The same over the console's own SSH pool: strict known_hosts, no prompts (a
    // monitor never asks), sessions apart from the procedures' so a long step on a host
    // does not hold up its figures.
    void enableHostMetrics(bool runtimeState = true);
    bool readsHosts() const { return m_hostPoller != nullptr; }

    void setInterval(int ms);
    int interval() const { return m_tick.interval(); }
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    // At most this many health checks are on the network at once; the others wait their
    // turn, and their timeout starts when they are sent.
    void setMaxParallelChecks(int count) { m_maxParallelChecks = std::max(1, count); }
    int maxParallelChecks() const { return m_maxParallelChecks; }
    int checksInFlight() const { return m_checksInFlight; }
    int requestTimeout() const { return m_requestTimeoutMs; }
    // 0 means three intervals.
    void setStaleAfter(int ms) { m_staleAfterMs = ms; }
    int staleAfter() const;

    void start();
    void stop();
    bool isRunning() const { return m_tick.isActive(); }
    void pollNow();
    // Polls not started because the node's previous one was still running.
    int skippedHealthChecks() const { return m_skippedHealth; }
    int skippedHostReads() const { return m_hostPoller ? m_hostPoller->skippedPolls() : 0; }

    QStringList nodes() const;
    NodeStatus status(const QString &node) const;
    // Empty history for a node that is not watched.
    const NodeHistory &history(const QString &node) const;
    // Adds a sample (host figures read elsewhere, e.g. over SSH) and announces it.
    void recordSample(const QString &node, Metric metric, qint64 timeMs, double value);

signals:
    void statusChanged(const nb::NodeStatus &status);
    void sampleRecorded(const QString &node, nb::Metric metric);
    // A host read finished (figures, runtime state or the reason it failed).
    void hostRead(const QString &node);

private:
    struct Watch
    {
        Target target;
        NodeStatus status;
        NodeHistory history;
        QPointer<QNetworkReply> healthReply;
        QPointer<QNetworkReply> infoReply;
        bool checkQueued = false;
        QElapsedTimer sent;
    };

    void probe(Watch &watch);
    void sendQueuedChecks();
    void abortRequests(Watch &watch);
    void onHealthFinished(const QString &node, QNetworkReply *reply);
    void onInfoFinished(const QString &node, QNetworkReply *reply);
    void onHostRead(const HostReading &reading);
    void markStaleNodes();
    bool ageOut(NodeStatus &status, qint64 now) const;
    void updateHostTargets();
    QNetworkReply *get(const QUrl &url);
    void publish(Watch &watch, const NodeStatus &before);

    QNetworkAccessManager *m_network;
    QTimer m_tick;
    int m_requestTimeoutMs = 5000;
    int m_staleAfterMs = 0;
    int m_skippedHealth = 0;
    int m_maxParallelChecks = 32;
    int m_checksInFlight = 0;
    QQueue<QString> m_checkQueue;
    qint64 m_startedMs = 0;
    QVector<QString> m_order;
    QHash<QString, Watch *> m_watches;
    NodeHistory m_emptyHistory{1};
    std::shared_ptr<CommandRunner> m_hostRunner;
    bool m_runtimeState = true;
    std::shared_ptr<RuntimeAdapter> m_runtime;
    HostMetricsPoller *m_hostPoller = nullptr;
};

} // namespace nb
