#include "ClusterMonitor.h"

#include <adapters/AdapterFactory.h>
#include <adapters/HealthCheck.h>
#include <inventory/Inventory.h>
#include <ssh/InventoryEndpoints.h>
#include <ssh/SshPool.h>

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace nb {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Codes NocoBase's gateway uses while the node is on its way up or inside a CLI command
// (install, migrations, plugin changes); every other error code needs a person.
bool isBusyCode(const QString &code)
{
    return code == QLatin1String("APP_COMMANDING") || code == QLatin1String("APP_PREPARING")
        || code == QLatin1String("APP_INITIALIZING") || code == QLatin1String("APP_STARTING")
        || code == QLatin1String("APP_INITIALIZED");
}

bool sameStatus(const NodeStatus &a, const NodeStatus &b)
{
    return a.health == b.health && a.run == b.run && a.maintenance == b.maintenance && a.code == b.code
        && a.message == b.message && a.version == b.version && a.stale == b.stale
        && a.hostWatched == b.hostWatched && a.metricsError == b.metricsError && a.metricsStale == b.metricsStale
        && a.runtimeRun == b.runtimeRun && a.runtimeDetail == b.runtimeDetail;
}

NodeStatus::Run runOf(RunState state)
{
    switch (state) {
    case RunState::Running:
        return NodeStatus::Run::Running;
    case RunState::Stopped:
        return NodeStatus::Run::Stopped;
    case RunState::Unknown:
        break;
    }
    return NodeStatus::Run::Unknown;
}

} // namespace

ClusterMonitor::ClusterMonitor(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Nodes sit on the cluster's private network; a desktop proxy would answer for them
    // (or refuse) and the monitor would report the proxy's health instead of the node's.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_tick.setInterval(2000);
    connect(&m_tick, &QTimer::timeout, this, &ClusterMonitor::pollNow);
}

ClusterMonitor::~ClusterMonitor()
{
    stop();
    qDeleteAll(m_watches);
}

QUrl ClusterMonitor::infoUrlFor(const QUrl &healthUrl)
{
    QUrl url = healthUrl;
    QString path = url.path();
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    path.truncate(slash + 1);
    url.setPath(path + QStringLiteral("app:getInfo"));
    url.setQuery(QString());
    return url;
}

QString ClusterMonitor::dataPathFor(const Inventory &inventory, const AppNode &node)
{
    if (!inventory.storagePath.isEmpty())
        return inventory.storagePath;
    const QString projectDir = inventory.effectiveCompose(node).projectDir;
    if (inventory.app.runtime == QLatin1String("compose") && !projectDir.isEmpty())
        return projectDir;
    if (inventory.app.runtime == QLatin1String("pm2") && !inventory.app.pm2.appDir.isEmpty())
        return inventory.app.pm2.appDir;
    return QStringLiteral("/");
}

void ClusterMonitor::setHostRunner(std::shared_ptr<CommandRunner> runner, bool runtimeState)
{
    delete m_hostPoller;
    m_hostPoller = nullptr;
    m_runtime.reset();
    m_hostRunner = std::move(runner);
    m_runtimeState = runtimeState;
    if (!m_hostRunner)
        return;
    m_hostPoller = new HostMetricsPoller(m_hostRunner, this);
    connect(m_hostPoller, &HostMetricsPoller::hostRead, this, &ClusterMonitor::onHostRead);
}

void ClusterMonitor::enableHostMetrics(bool runtimeState)
{
    SshPolicy policy;
    // A host that does not answer holds one reader thread until this fires; it need
    // not be longer than a health request.
    policy.connectTimeout = std::chrono::seconds(5);
    setHostRunner(std::make_shared<SshPool>(policy), runtimeState);
}

void ClusterMonitor::setTargets(const QVector<Target> &targets)
{
    QHash<QString, Watch *> kept;
    m_order.clear();
    for (const Target &target : targets) {
        Watch *watch = m_watches.take(target.node);
        if (!watch) {
            watch = new Watch;
            watch->status.node = target.node;
        }
        watch->target = target;
        watch->status.host = target.host;
        watch->status.hostWatched = m_hostPoller && !target.ssh.host.isEmpty();
        kept.insert(target.node, watch);
        m_order.append(target.node);
    }
    // What is left are the nodes no longer watched; their aborted replies must find
    // neither a watch nor a place in the queue.
    m_watches.swap(kept);
    m_checkQueue.removeIf([this](const QString &node) { return !m_watches.contains(node); });
    for (Watch *gone : std::as_const(kept)) {
        abortRequests(*gone);
        delete gone;
    }
    updateHostTargets();
}

void ClusterMonitor::updateHostTargets()
{
    if (!m_hostPoller)
        return;
    QVector<HostMetricsPoller::Target> hosts;
    for (const QString &node : std::as_const(m_order)) {
        const Target &target = m_watches.value(node)->target;
        if (!target.ssh.host.isEmpty())
            hosts.append({node, target.ssh, target.dataPath, target.appNode});
    }
    m_hostPoller->setTargets(hosts, m_runtime);
}

void ClusterMonitor::setInventory(const Inventory &inventory)
{
    QVector<Target> targets;
    if (m_hostRunner && m_runtimeState)
        m_runtime = AdapterFactory::runtime(inventory, *m_hostRunner);
    for (const AppNode &node : inventory.app.nodes) {
        const QUrl health(inventory.healthUrl(node));
        Target target{node.name, node.host, health, infoUrlFor(health), {}, {}, node};
        if (m_hostRunner) {
            target.ssh = endpointForNode(inventory, node);
            target.dataPath = dataPathFor(inventory, node);
        }
        targets.append(target);
    }
    setTargets(targets);
}

void ClusterMonitor::setInterval(int ms)
{
    m_tick.setInterval(ms);
}

int ClusterMonitor::staleAfter() const
{
    return m_staleAfterMs > 0 ? m_staleAfterMs : 3 * m_tick.interval();
}

void ClusterMonitor::start()
{
    m_startedMs = nowMs();
    m_tick.start();
    pollNow();
}

void ClusterMonitor::stop()
{
    m_tick.stop();
    if (m_hostPoller)
        m_hostPoller->cancel();
    m_checkQueue.clear();
    for (Watch *watch : std::as_const(m_watches)) {
        watch->checkQueued = false;
        abortRequests(*watch);
    }
}

void ClusterMonitor::abortRequests(Watch &watch)
{
    // The watch lets go of a reply before aborting it, so its finished() is known for
    // what it is. Qt reports its own transfer timeout as a cancel too, and the timeout's
    // coarse timer may fire a little early: elapsed time cannot tell the two apart.
    for (QPointer<QNetworkReply> *request : {&watch.healthReply, &watch.infoReply}) {
        if (QNetworkReply *reply = request->data()) {
            *request = nullptr;
            reply->abort();
        }
    }
}

void ClusterMonitor::pollNow()
{
    markStaleNodes();
    for (const QString &node : std::as_const(m_order))
        probe(*m_watches.value(node));
    sendQueuedChecks();
    if (m_hostPoller) {
        m_hostPoller->setCommandTimeout(m_requestTimeoutMs);
        m_hostPoller->pollNow();
    }
}

QStringList ClusterMonitor::nodes() const
{
    return QStringList(m_order.begin(), m_order.end());
}

NodeStatus ClusterMonitor::status(const QString &node) const
{
    const Watch *watch = m_watches.value(node);
    return watch ? watch->status : NodeStatus();
}

const NodeHistory &ClusterMonitor::history(const QString &node) const
{
    const Watch *watch = m_watches.value(node);
    return watch ? watch->history : m_emptyHistory;
}

void ClusterMonitor::recordSample(const QString &node, Metric metric, qint64 timeMs, double value)
{
    Watch *watch = m_watches.value(node);
    if (!watch)
        return;
    watch->history.series(metric).append(timeMs, value);
    emit sampleRecorded(node, metric);
}

QNetworkReply *ClusterMonitor::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_requestTimeoutMs);
    return m_network->get(request);
}

void ClusterMonitor::probe(Watch &watch)
{
    // A node slower than the interval keeps one request in flight, never a growing queue.
    if (watch.healthReply || watch.checkQueued) {
        ++m_skippedHealth;
        return;
    }
    watch.checkQueued = true;
    m_checkQueue.enqueue(watch.target.node);
}

void ClusterMonitor::sendQueuedChecks()
{
    while (m_checksInFlight < m_maxParallelChecks && !m_checkQueue.isEmpty()) {
        Watch *watch = m_watches.value(m_checkQueue.dequeue());
        if (!watch || !watch->checkQueued)
            continue;
        watch->checkQueued = false;
        watch->sent.start();
        QNetworkReply *reply = get(watch->target.healthUrl);
        watch->healthReply = reply;
        ++m_checksInFlight;
        const QString node = watch->target.node;
        connect(reply, &QNetworkReply::finished, this, [this, node, reply] {
            --m_checksInFlight;
            onHealthFinished(node, reply);
            sendQueuedChecks();
        });
    }
}

void ClusterMonitor::onHealthFinished(const QString &node, QNetworkReply *reply)
{
    reply->deleteLater();
    Watch *watch = m_watches.value(node);
    if (!watch || watch->healthReply != reply)
        return;
    // (A reply aborted by stop() or setTargets() is no longer the watch's: it is not an
    // answer, even when its headers had come.)
    const qint64 latency = watch->sent.elapsed();
    const NodeStatus before = watch->status;
    NodeStatus &status = watch->status;
    const qint64 now = nowMs();
    status.checkedMs = now;

    const QVariant httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (httpStatus.isValid()) {
        // The same reading of the answer the procedures use; the monitor only adds
        // whether a node that is not ready is still working or needs a person.
        const HealthCheck health = HealthCheck::fromHttp(httpStatus.toInt(), reply->readAll());
        status.health = health.ready()              ? NodeStatus::Health::Healthy
                      : isBusyCode(health.code) ? NodeStatus::Health::Busy
                                                : NodeStatus::Health::Failed;
        status.code = health.code;
        status.message = health.message;
        if (status.health == NodeStatus::Health::Failed && health.code.isEmpty() && health.message.isEmpty())
            status.message = tr("HTTP %1 without NocoBase's error body").arg(health.httpStatus);
        // A command running inside NocoBase (upgrade, plugin changes) is maintenance.
        status.maintenance = health.code == QLatin1String("APP_COMMANDING");
        status.run = NodeStatus::Run::Running;
        status.lastAnswerMs = now;
        status.latencyMs = latency;
        status.stale = false;
        watch->history.series(Metric::HealthLatencyMs).append(now, double(latency));
        emit sampleRecorded(node, Metric::HealthLatencyMs);
        if (status.health == NodeStatus::Health::Healthy && !watch->infoReply) {
            QNetworkReply *info = get(watch->target.infoUrl);
            watch->infoReply = info;
            connect(info, &QNetworkReply::finished, this, [this, node, info] { onInfoFinished(node, info); });
        }
    } else if (reply->error() == QNetworkReply::ConnectionRefusedError) {
        // The host answered that nothing listens: the process is stopped or has not bound
        // its port yet. That is a definite, current answer, so the node is not stale.
        status.health = NodeStatus::Health::Down;
        status.run = NodeStatus::Run::Stopped;
        status.maintenance = false;
        status.code.clear();
        status.message = tr("connection refused");
        status.lastAnswerMs = now;
        status.stale = false;
    } else {
        // A timeout or a network failure: keep what was known, say why, and let the
        // stale check age it.
        status.message = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("no answer within %1 ms").arg(m_requestTimeoutMs)
            : reply->errorString();
        if (status.lastAnswerMs == 0)
            status.health = NodeStatus::Health::Unreachable;
    }
    watch->healthReply = nullptr;
    if (now - status.lastAnswerMs > staleAfter() && (status.lastAnswerMs > 0 || now - m_startedMs > staleAfter()))
        status.stale = true;
    publish(*watch, before);
}

void ClusterMonitor::onInfoFinished(const QString &node, QNetworkReply *reply)
{
    reply->deleteLater();
    Watch *watch = m_watches.value(node);
    if (!watch || watch->infoReply != reply)
        return;
    watch->infoReply = nullptr;
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return;
    const QString version = HealthCheck::versionFromInfo(200, reply->readAll());
    if (version.isEmpty())
        return;
    const NodeStatus before = watch->status;
    watch->status.version = version;
    publish(*watch, before);
}

void ClusterMonitor::onHostRead(const HostReading &reading)
{
    Watch *watch = m_watches.value(reading.node);
    if (!watch)
        return;
    const NodeStatus before = watch->status;
    NodeStatus &status = watch->status;
    if (reading.answered) {
        HostMetrics metrics = reading.metrics;
        // CPU use is the difference to the previous read: the average over the whole
        // interval, with no sleep on the host.
        metrics.cpuPercent = HostMetrics::cpuPercentBetween(status.metrics.cpu, metrics.cpu);
        status.metrics = metrics;
        status.metricsMs = reading.timeMs;
        status.metricsStale = false;
        status.metricsError = metrics.problems.join(QStringLiteral("; "));
        const std::pair<Metric, double> samples[] = {{Metric::CpuPercent, metrics.cpuPercent},
                                                     {Metric::MemoryPercent, metrics.memoryPercent},
                                                     {Metric::Load1, metrics.load1},
                                                     {Metric::DiskPercent, metrics.diskPercent}};
        for (const auto &[metric, value] : samples) {
            if (value >= 0)
                watch->history.series(metric).append(reading.timeMs, value);
        }
    } else {
        // Keep the last figures; their age turns them stale (markStaleNodes).
        status.metricsError = reading.error;
        ageOut(status, nowMs());
    }
    if (reading.hasRuntime) {
        status.runtimeRun = runOf(reading.runtime.state);
        status.runtimeDetail = reading.runtime.detail;
    }
    publish(*watch, before);
    emit hostRead(reading.node);
}

bool ClusterMonitor::ageOut(NodeStatus &status, qint64 now) const
{
    const int limit = staleAfter();
    const qint64 since = status.lastAnswerMs > 0 ? status.lastAnswerMs : m_startedMs;
    if (now - since > limit) {
        status.stale = true;
        if (status.lastAnswerMs == 0)
            status.health = NodeStatus::Health::Unreachable;
    }
    const qint64 read = status.metricsMs > 0 ? status.metricsMs : m_startedMs;
    if (status.hostWatched && now - read > limit)
        status.metricsStale = true;
    return status.stale || status.metricsStale;
}

void ClusterMonitor::markStaleNodes()
{
    const qint64 now = nowMs();
    for (Watch *watch : std::as_const(m_watches)) {
        // A stale node is announced on every tick: its age is part of what the operator sees.
        if (ageOut(watch->status, now))
            emit statusChanged(watch->status);
    }
}

void ClusterMonitor::publish(Watch &watch, const NodeStatus &before)
{
    if (!sameStatus(before, watch.status) || watch.status.stale || watch.status.metricsStale)
        emit statusChanged(watch.status);
}

} // namespace nb
