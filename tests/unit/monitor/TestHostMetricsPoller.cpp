#include "FakeHostRunner.h"

#include <inventory/Inventory.h>
#include <monitor/ClusterMonitor.h>
#include <monitor/HostMetricsPoller.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using nb::ClusterMonitor;
using nb::HostMetricsPoller;
using nb::Metric;
using nb::NodeStatus;

namespace {

// What a Linux host prints for the metrics command; busy and total CPU jiffies, memory
// used of 1000 kB, and a data disk a quarter full.
QString hostOutput(int busy, int total, int memUsed = 400)
{
    return QStringLiteral("@@nb-stat\ncpu  %1 0 0 %2 0 0 0 0 0 0\n@@nb-meminfo\nMemTotal: 1000 kB\n"
                          "MemAvailable: %3 kB\n@@nb-loadavg\n0.50 0.40 0.30 2/100 77\n@@nb-df\n"
                          "Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                          "/dev/vdb 1000 250 750 25% /srv\n@@nb-end\n")
        .arg(busy)
        .arg(total - busy)
        .arg(1000 - memUsed);
}

nb::SshEndpoint endpoint(const QString &node)
{
    nb::SshEndpoint endpoint;
    endpoint.label = node;
    endpoint.host = QStringLiteral("127.0.0.1");
    return endpoint;
}

// A port on which nothing listens, so health checks get a quick, definite refusal and
// only the host figures are under test.
QString refusedHealthUrl()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return QStringLiteral("http://127.0.0.1:%1/api/__health_check").arg(port);
}

ClusterMonitor::Target monitorTarget(const QString &node)
{
    const QUrl url(refusedHealthUrl());
    ClusterMonitor::Target target{node, QStringLiteral("127.0.0.1"), url, ClusterMonitor::infoUrlFor(url), {}, {}, {}};
    target.ssh = endpoint(node);
    target.dataPath = QStringLiteral("/srv/storage");
    target.appNode.name = node;
    return target;
}

} // namespace

class TestHostMetricsPoller : public QObject
{
    Q_OBJECT

private slots:
    void aSlowHostIsSkippedNotQueued()
    {
        auto runner = std::make_shared<FakeHostRunner>();
        runner->answer(QStringLiteral("fast"), QStringLiteral("@@nb-stat"), FakeHostRunner::printed(hostOutput(10, 100)));
        runner->answer(QStringLiteral("slow"), QStringLiteral("@@nb-stat"), FakeHostRunner::printed(hostOutput(10, 100)));
        runner->hold(QStringLiteral("slow"));
        HostMetricsPoller poller(runner);
        poller.setTargets({{QStringLiteral("fast"), endpoint(QStringLiteral("fast")), QStringLiteral("/"), {}},
                           {QStringLiteral("slow"), endpoint(QStringLiteral("slow")), QStringLiteral("/"), {}}},
                          nullptr);
        QSignalSpy reads(&poller, &HostMetricsPoller::hostRead);

        for (int poll = 1; poll <= 3; ++poll) {
            QElapsedTimer clock;
            clock.start();
            poller.pollNow();
            // The caller's thread (the GUI's) only hands the work out. The held host never
            // answers on its own, so waiting for it would not return at all; the bound
            // only leaves room for a loaded machine.
            QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
            QTRY_COMPARE(reads.count(), poll);
            QCOMPARE(reads.last().at(0).value<nb::HostReading>().node, QStringLiteral("fast"));
        }
        QCOMPARE(runner->calls(QStringLiteral("fast")), 3);
        QCOMPARE(runner->calls(QStringLiteral("slow")), 1); // one read waits; none piled up
        QCOMPARE(poller.skippedPolls(), 2);
        QCOMPARE(poller.inFlight(), 1);

        runner->release(QStringLiteral("slow"));
        QTRY_COMPARE(reads.count(), 4);
        const auto late = reads.last().at(0).value<nb::HostReading>();
        QCOMPARE(late.node, QStringLiteral("slow"));
        QVERIFY(late.answered);
        QCOMPARE(poller.inFlight(), 0);
        poller.pollNow();
        QTRY_COMPARE(runner->calls(QStringLiteral("slow")), 2);
    }

    void aFailedReadSaysWhyAndNamesTheHost()
    {
        auto runner = std::make_shared<FakeHostRunner>();
        runner->answer(QStringLiteral("app-1"), QStringLiteral("@@nb-stat"),
                       {nb::CommandResult::Outcome::NotRun, -1, {}, QStringLiteral("connection refused")});
        HostMetricsPoller poller(runner);
        poller.setTargets({{QStringLiteral("app-1"), endpoint(QStringLiteral("app-1")), QStringLiteral("/"), {}}}, nullptr);
        QSignalSpy reads(&poller, &HostMetricsPoller::hostRead);
        poller.pollNow();
        QTRY_COMPARE(reads.count(), 1);
        const auto reading = reads.last().at(0).value<nb::HostReading>();
        QVERIFY(!reading.answered);
        QCOMPARE(reading.error, QStringLiteral("app-1: connection refused"));
        QVERIFY(!reading.hasRuntime);
    }

    void readsOfAGonePollerAreDropped()
    {
        auto runner = std::make_shared<FakeHostRunner>();
        runner->answer(QStringLiteral("app-1"), QStringLiteral("@@nb-stat"), FakeHostRunner::printed(hostOutput(10, 100)));
        runner->hold(QStringLiteral("app-1"));
        QObject owner;
        auto *poller = new HostMetricsPoller(runner, &owner);
        poller->setTargets({{QStringLiteral("app-1"), endpoint(QStringLiteral("app-1")), QStringLiteral("/"), {}}}, nullptr);
        poller->pollNow();
        QTRY_COMPARE(runner->calls(QStringLiteral("app-1")), 1);
        QElapsedTimer clock;
        clock.start();
        delete poller; // with a read still blocked on the host, which never answers by itself
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        runner->release(QStringLiteral("app-1"));
        QTest::qWait(100); // the worker finishes and must not call into the deleted poller
    }

    void monitorRecordsFiguresAndTurnsThemStaleWhenTheHostGoesQuiet()
    {
        auto runner = std::make_shared<FakeHostRunner>();
        const QString node = QStringLiteral("app-1");
        runner->answer(node, QStringLiteral("@@nb-stat"), FakeHostRunner::printed(hostOutput(100, 1000, 400)));
        ClusterMonitor monitor;
        monitor.setHostRunner(runner, false);
        monitor.setInterval(100);
        monitor.setStaleAfter(400);
        monitor.setTargets({monitorTarget(node)});
        QVERIFY(monitor.status(node).hostWatched);
        QSignalSpy reads(&monitor, &ClusterMonitor::hostRead);
        monitor.start();
        QTRY_VERIFY(reads.count() >= 1);
        // The second read is 50 % busy over its interval: (100+450) / (1000+900).
        runner->clearAnswers(node);
        runner->answer(node, QStringLiteral("@@nb-stat"), FakeHostRunner::printed(hostOutput(550, 1900, 600)));
        QTRY_VERIFY(monitor.history(node).series(Metric::CpuPercent).size() >= 1);
        QTRY_COMPARE(monitor.status(node).metrics.memoryPercent, 60.0);
        NodeStatus status = monitor.status(node);
        QCOMPARE(monitor.history(node).series(Metric::CpuPercent).at(0).value, 50.0);
        QCOMPARE(monitor.history(node).series(Metric::MemoryPercent).last().value, 60.0);
        QCOMPARE(monitor.history(node).series(Metric::DiskPercent).last().value, 25.0);
        QCOMPARE(monitor.history(node).series(Metric::Load1).last().value, 0.5);
        QCOMPARE(status.metrics.diskPath, QStringLiteral("/srv/storage"));
        QVERIFY(!status.metricsStale);
        QVERIFY(status.metricsError.isEmpty());
        QVERIFY(status.hostText(QDateTime::currentMSecsSinceEpoch()).startsWith(QStringLiteral("read ")));

        // The host stops answering SSH: the last figures stay, marked stale, with the reason.
        runner->clearAnswers(node);
        runner->answer(node, QStringLiteral("@@nb-stat"),
                       {nb::CommandResult::Outcome::NotRun, -1, {}, QStringLiteral("connection refused")});
        QSignalSpy changes(&monitor, &ClusterMonitor::statusChanged);
        QElapsedTimer quiet;
        quiet.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.status(node).metricsStale, 2000);
        QVERIFY(quiet.elapsed() <= 400 + 2 * 100 + 100); // the limit plus at most one tick
        status = monitor.status(node);
        QCOMPARE(status.metrics.memoryPercent, 60.0);
        QCOMPARE(status.metricsError, QStringLiteral("app-1: connection refused"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(status.hostText(now).startsWith(QStringLiteral("STALE: read ")));
        QVERIFY(status.hostText(now).endsWith(QStringLiteral("app-1: connection refused")));
        QVERIFY(status.summary(now).contains(QStringLiteral("host metrics STALE")));
        QVERIFY(!changes.isEmpty());
        QVERIFY(changes.last().at(0).value<NodeStatus>().metricsStale);

        // Back: fresh again.
        runner->clearAnswers(node);
        runner->answer(node, QStringLiteral("@@nb-stat"), FakeHostRunner::printed(hostOutput(600, 2000, 100)));
        QTRY_VERIFY(!monitor.status(node).metricsStale);
        QTRY_COMPARE(monitor.status(node).metrics.memoryPercent, 10.0);
        QVERIFY(monitor.status(node).metricsError.isEmpty());
    }

    void aHostThatNeverAnswersIsStaleToo()
    {
        auto runner = std::make_shared<FakeHostRunner>();
        runner->hold(QStringLiteral("app-9")); // e.g. a connect that hangs
        ClusterMonitor monitor;
        monitor.setHostRunner(runner, false);
        monitor.setInterval(100);
        monitor.setStaleAfter(300);
        monitor.setTargets({monitorTarget(QStringLiteral("app-9"))});
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.status(QStringLiteral("app-9")).metricsStale, 2000);
        QVERIFY(monitor.status(QStringLiteral("app-9")).hostText(0).startsWith(QStringLiteral("STALE: never read")));
        QCOMPARE(runner->calls(QStringLiteral("app-9")), 1); // ticks went on; reads did not pile up
        monitor.stop();
        runner->release(QStringLiteral("app-9"));
    }

    void runtimeStateComesFromTheInventorysRuntime()
    {
        auto runner = std::make_shared<FakeHostRunner>();
        runner->answer(QStringLiteral("app-1"), QStringLiteral("@@nb-stat"), FakeHostRunner::printed(hostOutput(1, 10)));
        runner->answer(QStringLiteral("app-1"), QStringLiteral("docker compose ps"),
                       FakeHostRunner::printed(QStringLiteral(R"({"Service":"app","State":"running","Status":"Up 5 minutes"})")));
        runner->answer(QStringLiteral("app-2"), QStringLiteral("@@nb-stat"), FakeHostRunner::printed(hostOutput(1, 10)));
        runner->answer(QStringLiteral("app-2"), QStringLiteral("docker compose ps"),
                       FakeHostRunner::printed(QStringLiteral(R"({"Service":"app","State":"exited","Status":"Exited (0) 3 seconds ago"})")));
        nb::Inventory inventory;
        inventory.cluster = QStringLiteral("unit");
        inventory.app.runtime = QStringLiteral("compose");
        inventory.app.compose.projectDir = QStringLiteral("/opt/nocobase");
        inventory.app.compose.service = QStringLiteral("app");
        inventory.app.healthUrl = refusedHealthUrl();
        for (const QString &name : {QStringLiteral("app-1"), QStringLiteral("app-2")}) {
            nb::AppNode node;
            node.name = name;
            node.host = QStringLiteral("127.0.0.1");
            inventory.app.nodes.append(node);
        }
        ClusterMonitor monitor;
        monitor.setHostRunner(runner);
        monitor.setInventory(inventory);
        monitor.setInterval(100);
        monitor.start();
        QTRY_COMPARE(monitor.status(QStringLiteral("app-1")).runtimeRun, NodeStatus::Run::Running);
        QTRY_COMPARE(monitor.status(QStringLiteral("app-2")).runtimeRun, NodeStatus::Run::Stopped);
        QCOMPARE(monitor.status(QStringLiteral("app-1")).runText(), QStringLiteral("running — Up 5 minutes"));
        QCOMPARE(monitor.status(QStringLiteral("app-2")).runText(), QStringLiteral("stopped — Exited (0) 3 seconds ago"));
        // Without a storage path the compose project directory is the data path.
        QCOMPARE(monitor.status(QStringLiteral("app-1")).metrics.diskPath, QStringLiteral("/opt/nocobase"));
        inventory.storagePath = QStringLiteral("/mnt/nocobase-storage");
        QCOMPARE(ClusterMonitor::dataPathFor(inventory, inventory.app.nodes.first()), inventory.storagePath);
    }
};

QTEST_GUILESS_MAIN(TestHostMetricsPoller)
#include "TestHostMetricsPoller.moc"
