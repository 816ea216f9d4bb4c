#include "FakeNocoBaseNode.h"

#include <inventory/Inventory.h>
#include <monitor/ClusterMonitor.h>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using nb::ClusterMonitor;
using nb::NodeStatus;

class TestClusterMonitor : public QObject
{
    Q_OBJECT

private:
    static ClusterMonitor::Target target(const QString &node, const QString &healthUrl)
    {
        const QUrl url(healthUrl);
        return {node, QStringLiteral("127.0.0.1"), url, ClusterMonitor::infoUrlFor(url), {}, {}, {}};
    }

    // A port on which nothing listens: taken from a server that is then closed.
    static QString refusedUrl()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        const quint16 port = server.serverPort();
        server.close();
        return QStringLiteral("http://127.0.0.1:%1/api/__health_check").arg(port);
    }

private slots:
    void readyNodeIsHealthyWithItsDatabaseVersion()
    {
        FakeNocoBaseNode fake;
        QVERIFY(fake.listen());
        fake.setVersion("2.2.15");
        ClusterMonitor monitor;
        monitor.setTargets({target(QStringLiteral("app-1"), fake.healthUrl())});
        QSignalSpy samples(&monitor, &ClusterMonitor::sampleRecorded);
        monitor.start();

        QTRY_COMPARE(monitor.status(QStringLiteral("app-1")).version, QStringLiteral("2.2.15"));
        const NodeStatus status = monitor.status(QStringLiteral("app-1"));
        QCOMPARE(status.health, NodeStatus::Health::Healthy);
        QCOMPARE(status.run, NodeStatus::Run::Running);
        QVERIFY(!status.stale);
        QVERIFY(status.latencyMs >= 0);
        QCOMPARE(status.healthText(), QStringLiteral("Healthy"));
        QVERIFY(samples.count() >= 1);
        QCOMPARE(samples.first().at(1).value<nb::Metric>(), nb::Metric::HealthLatencyMs);
        QCOMPARE(monitor.history(QStringLiteral("app-1")).series(nb::Metric::HealthLatencyMs).size(),
                 samples.count());
    }

    void eachNodeStateIsToldApart()
    {
        FakeNocoBaseNode migrating;
        FakeNocoBaseNode failed;
        QVERIFY(migrating.listen() && failed.listen());
        migrating.setState(FakeNocoBaseNode::State::Migrating);
        failed.setState(FakeNocoBaseNode::State::MigrationFailed);

        ClusterMonitor monitor;
        monitor.setTargets({target(QStringLiteral("app-1"), migrating.healthUrl()),
                            target(QStringLiteral("app-2"), failed.healthUrl()),
                            target(QStringLiteral("app-3"), refusedUrl())});
        monitor.start();

        QTRY_COMPARE(monitor.status(QStringLiteral("app-1")).health, NodeStatus::Health::Busy);
        QTRY_COMPARE(monitor.status(QStringLiteral("app-2")).health, NodeStatus::Health::Failed);
        QTRY_COMPARE(monitor.status(QStringLiteral("app-3")).health, NodeStatus::Health::Down);

        const NodeStatus busy = monitor.status(QStringLiteral("app-1"));
        QCOMPARE(busy.code, QStringLiteral("APP_COMMANDING"));
        QCOMPARE(busy.message, QStringLiteral("load plugin [client], 18/77"));
        QVERIFY(busy.maintenance);
        QVERIFY(busy.healthText().contains(QStringLiteral("18/77")));

        const NodeStatus error = monitor.status(QStringLiteral("app-2"));
        QCOMPARE(error.code, QStringLiteral("APP_ERROR"));
        QVERIFY(error.summary(0).contains(QStringLiteral("Migration 20240101-add-field failed")));
        QCOMPARE(error.run, NodeStatus::Run::Running); // alive, answering 503: never "stopped"

        const NodeStatus down = monitor.status(QStringLiteral("app-3"));
        QCOMPARE(down.run, NodeStatus::Run::Stopped);
        QVERIFY(!down.stale);
        // No version is asked of a node that is not ready.
        QVERIFY(busy.version.isEmpty());
    }

    void silentNodeBecomesStaleAndKeepsWhatWasKnown()
    {
        FakeNocoBaseNode fake;
        QVERIFY(fake.listen());
        ClusterMonitor monitor;
        monitor.setInterval(100);
        monitor.setRequestTimeout(150);
        monitor.setStaleAfter(400);
        monitor.setTargets({target(QStringLiteral("app-1"), fake.healthUrl())});
        monitor.start();
        QTRY_COMPARE(monitor.status(QStringLiteral("app-1")).version, QStringLiteral("2.2.15"));

        fake.setState(FakeNocoBaseNode::State::Silent);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.status(QStringLiteral("app-1")).stale, 5000);
        const NodeStatus stale = monitor.status(QStringLiteral("app-1"));
        QCOMPARE(stale.health, NodeStatus::Health::Healthy); // the last thing it said, shown as old
        QCOMPARE(stale.version, QStringLiteral("2.2.15"));
        const QString summary = stale.summary(QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(summary.startsWith(QStringLiteral("STALE")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("last seen")), qPrintable(summary));

        // Coming back clears it.
        fake.setState(FakeNocoBaseNode::State::Ready);
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.status(QStringLiteral("app-1")).stale, 5000);
    }

    void slowNodeNeverGetsAQueueOfRequests()
    {
        FakeNocoBaseNode fake;
        QVERIFY(fake.listen());
        fake.setState(FakeNocoBaseNode::State::Silent);
        ClusterMonitor monitor;
        monitor.setInterval(20);
        monitor.setRequestTimeout(1000);
        monitor.setTargets({target(QStringLiteral("app-1"), fake.healthUrl())});
        monitor.start();
        QTest::qWait(400);
        QCOMPARE(fake.requestCount(), 1);
    }

    void manyNodesShareABoundedNumberOfChecks()
    {
        // Six nodes that accept and never answer, two checks at a time: the other four
        // wait their turn, and their timeout starts only when they are sent.
        std::vector<std::unique_ptr<FakeNocoBaseNode>> fakes;
        QVector<ClusterMonitor::Target> targets;
        for (int i = 1; i <= 6; ++i) {
            fakes.push_back(std::make_unique<FakeNocoBaseNode>());
            QVERIFY(fakes.back()->listen());
            fakes.back()->setState(FakeNocoBaseNode::State::Silent);
            targets.append(target(QStringLiteral("app-%1").arg(i), fakes.back()->healthUrl()));
        }
        const auto sent = [&] {
            int requests = 0;
            for (const auto &fake : fakes)
                requests += fake->requestCount();
            return requests;
        };
        ClusterMonitor monitor;
        monitor.setMaxParallelChecks(2);
        monitor.setInterval(50);
        monitor.setRequestTimeout(400);
        monitor.setTargets(targets);
        monitor.start();
        QTest::qWait(250);
        QCOMPARE(sent(), 2);
        QCOMPARE(monitor.checksInFlight(), 2);
        QVERIFY(monitor.skippedHealthChecks() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.status(QStringLiteral("app-6")).message.contains(QStringLiteral("400 ms")), 5000);
        // Each got its turn; the first ones may be on their second by now.
        for (const auto &fake : fakes)
            QVERIFY(fake->requestCount() >= 1);
        QVERIFY(monitor.checksInFlight() <= 2);
        monitor.stop();
        QCOMPARE(monitor.checksInFlight(), 0);
    }

    void stoppingDuringAnAnswerIsNotAnAnswer()
    {
        // The headers have come, the body has not: stop() aborts the reply, and the
        // empty body of an aborted reply must not be read as the node's answer.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> sockets;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            sockets.append(socket);
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
            });
        });
        ClusterMonitor monitor;
        monitor.setInterval(60000);
        monitor.setRequestTimeout(5000);
        monitor.setTargets({target(QStringLiteral("app-1"),
                                   QStringLiteral("http://127.0.0.1:%1/api/__health_check").arg(server.serverPort()))});
        QSignalSpy changes(&monitor, &ClusterMonitor::statusChanged);
        monitor.start();
        QTRY_COMPARE(sockets.size(), 1);
        QTest::qWait(300);
        monitor.stop();
        QTest::qWait(50);
        QCOMPARE(changes.count(), 0);
        QCOMPARE(monitor.status(QStringLiteral("app-1")).health, NodeStatus::Health::Unknown);
    }

    void nodeNeverAnsweringIsUnreachableAndStale()
    {
        FakeNocoBaseNode fake;
        QVERIFY(fake.listen());
        fake.setState(FakeNocoBaseNode::State::Silent); // accepts, never answers
        ClusterMonitor monitor;
        monitor.setInterval(100);
        monitor.setRequestTimeout(100);
        monitor.setStaleAfter(250);
        monitor.setTargets({target(QStringLiteral("app-9"), fake.healthUrl())});
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.status(QStringLiteral("app-9")).stale, 5000);
        const NodeStatus status = monitor.status(QStringLiteral("app-9"));
        QCOMPARE(status.health, NodeStatus::Health::Unreachable);
        const QString summary = status.summary(QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(summary.contains(QStringLiteral("never answered")), qPrintable(summary));
    }

    void inventoryNodesAreWatchedAtTheirHealthUrl()
    {
        nb::Inventory inventory;
        inventory.app.healthUrl = QStringLiteral("http://{host}:13000/api/__health_check");
        for (int i = 1; i <= 2; ++i) {
            nb::AppNode node;
            node.name = QStringLiteral("app-%1").arg(i);
            node.host = QStringLiteral("10.0.0.1%1").arg(i);
            inventory.app.nodes.append(node);
        }
        ClusterMonitor monitor;
        monitor.setInventory(inventory);
        QCOMPARE(monitor.nodes(), (QStringList{QStringLiteral("app-1"), QStringLiteral("app-2")}));
        QCOMPARE(monitor.status(QStringLiteral("app-2")).host, QStringLiteral("10.0.0.12"));
        QCOMPARE(ClusterMonitor::infoUrlFor(QUrl(QStringLiteral("http://10.0.0.11:13000/api/__health_check"))),
                 QUrl(QStringLiteral("http://10.0.0.11:13000/api/app:getInfo")));
    }

    void aPageThatIsNotNocoBaseIsAFailureThatSaysWhat()
    {
        FakeNocoBaseNode fake;
        QVERIFY(fake.listen());
        fake.setState(FakeNocoBaseNode::State::ProxyError);
        ClusterMonitor monitor;
        monitor.setTargets({target(QStringLiteral("app-1"), fake.healthUrl())});
        monitor.start();
        QTRY_COMPARE(monitor.status(QStringLiteral("app-1")).health, NodeStatus::Health::Failed);
        const NodeStatus status = monitor.status(QStringLiteral("app-1"));
        QVERIFY2(status.message.contains(QStringLiteral("Bad Gateway")), qPrintable(status.message));
        QVERIFY(!status.maintenance);
        QVERIFY(status.version.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClusterMonitor)
#include "TestClusterMonitor.moc"
