#include <adapters/AdapterFactory.h>
#include <adapters/ComposeRuntime.h>
#include <adapters/HaproxyLoadBalancer.h>
#include <adapters/HealthProbe.h>
#include <adapters/LogErrorScan.h>
#include <adapters/MysqlDatabase.h>
#include <adapters/PostgresDatabase.h>
#include <adapters/SystemdRuntime.h>
#include <inventory/InventoryLoader.h>

#include "FakeCommandRunner.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using nb::HealthCheck;

namespace {

// A tiny HTTP server on loopback answering each path with a fixed reply: the boundary
// NocoBase sits behind, faked.
class FakeNocoBase : public QObject
{
public:
    QHash<QByteArray, QByteArray> replies; // path -> full HTTP response

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }

    FakeNocoBase()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
                const QByteArray request = socket->readAll();
                const QByteArray path = request.split(' ').value(1);
                if (replies.value(path) == "silence")
                    return; // never answer: the probe's timeout must fire
                socket->write(replies.value(path, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"));
                socket->disconnectFromHost();
            });
        });
    }

private:
    QTcpServer m_server;
};

QByteArray http(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

nb::NodeProbe probe(const QString &health, const QString &info, std::chrono::milliseconds timeout = std::chrono::seconds(5))
{
    nb::HealthProbe prober;
    prober.setTimeout(timeout);
    QSignalSpy spy(&prober, &nb::HealthProbe::finished);
    prober.probe(health, info);
    if (!spy.wait(10000))
        return {};
    return spy.first().first().value<nb::NodeProbe>();
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<nb::NodeProbe>(); }

    void healthAnswersAreReadAsNocoBaseMeansThem()
    {
        QVERIFY(HealthCheck::fromHttp(200, "ok").ready());
        QVERIFY(!HealthCheck::fromHttp(200, "ok\n").ready()); // exactly ok
        const auto migrating = HealthCheck::fromHttp(503, R"({"error":{"status":503,"maintaining":true,
            "message":"load plugin [users], 46/77","code":"APP_COMMANDING","command":{"name":"start"}}})");
        QCOMPARE(migrating.state, HealthCheck::State::NotReady);
        QCOMPARE(migrating.code, QStringLiteral("APP_COMMANDING"));
        QCOMPARE(migrating.commandName, QStringLiteral("start"));
        QCOMPARE(migrating.summary(), QStringLiteral("503 APP_COMMANDING (start): load plugin [users], 46/77"));
        const auto failed = HealthCheck::fromHttp(503, R"({"error":{"code":"APP_ERROR","message":"Migration x failed"}})");
        QCOMPARE(failed.summary(), QStringLiteral("503 APP_ERROR: Migration x failed"));
        QCOMPARE(HealthCheck::versionFromInfo(200, R"({"data":{"database":{"dialect":"postgres"},"version":"2.2.15"}})"),
                 QStringLiteral("2.2.15"));
        QCOMPARE(HealthCheck::versionFromInfo(503, R"({"error":{"code":"APP_ERROR"}})"), QString());
    }

    void probesOverHttp()
    {
        FakeNocoBase node;
        QVERIFY(node.listen());
        node.replies.insert("/api/__health_check", http(503, R"({"error":{"code":"APP_COMMANDING","command":{"name":"upgrade"}}})"));
        node.replies.insert("/api/app:getInfo", http(200, R"({"data":{"version":"2.2.14"}})"));
        const QString base = QStringLiteral("http://127.0.0.1:%1/api/").arg(node.port());
        const auto commanding = probe(base + QStringLiteral("__health_check"), base + QStringLiteral("app:getInfo"));
        QCOMPARE(commanding.health.state, HealthCheck::State::NotReady);
        QCOMPARE(commanding.health.commandName, QStringLiteral("upgrade"));
        QCOMPARE(commanding.version, QStringLiteral("2.2.14"));

        node.replies.insert("/api/__health_check", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        QVERIFY(probe(base + QStringLiteral("__health_check"), base + QStringLiteral("app:getInfo")).health.ready());
    }

    void refusedAndSilentNodesAreToldApart()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        const QString url = QStringLiteral("http://127.0.0.1:%1/api/__health_check").arg(port);
        QCOMPARE(probe(url, url).health.state, HealthCheck::State::NotListening);

        FakeNocoBase silent;
        QVERIFY(silent.listen());
        silent.replies.insert("/api/__health_check", "silence");
        const QString hung = QStringLiteral("http://127.0.0.1:%1/api/__health_check").arg(silent.port());
        QElapsedTimer clock;
        clock.start();
        const auto result = probe(hung, hung, std::chrono::milliseconds(300));
        QCOMPARE(result.health.state, HealthCheck::State::Unreachable);
        QCOMPARE(result.health.error, QStringLiteral("no answer within the timeout"));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void logScanSkipsTheHealthPollNoise()
    {
        const QStringList log{
            QStringLiteral(R"({"level":"info","message":"app has been started","timestamp":"2026-01-01"})"),
            QStringLiteral(R"(app-1  | {"level":"error","message":"application main is commanding","method":"responseErrorWithCode"})"),
            QStringLiteral(R"({"level":"error","message":"Migration 2024-x/@nocobase/server (up) failed","name":"MigrationError"})"),
            QStringLiteral("2026-01-01 10:00:00 [info] no error: all plugins loaded"),
            QStringLiteral("2026-01-01 10:00:01 [error] Cannot find plugin '@acme/plugin-ghost'"),
            QStringLiteral("TypeError: Cannot read properties of null (reading 'get')"),
            QStringLiteral("connection error handled, retrying"),
        };
        QCOMPARE(nb::LogErrorScan::errorLines(log),
                 (QStringList{log.at(2), log.at(4), log.at(5)}));
    }

    void logScanSkipsTheSupervisorLineOfAnEarlyRequest()
    {
        // NocoBase 2.2.15, a health request the moment the gateway listens: the supervisor
        // has no main app yet. Both lines are noise together; the supervisor's alone is not.
        const QString answer = QStringLiteral(
            R"({"level":"error","message":"application main not found","extra":{"method":"responseErrorWithCode",)"
            R"("code":"APP_NOT_FOUND","error":{"status":404,"code":"APP_NOT_FOUND"},"appName":"main"},)"
            R"("module":"gateway","method":"responseErrorWithCode","app":"main"})");
        const QString supervisor = QStringLiteral(
            R"({"level":"error","message":"App model main not found","extra":{},"module":"app-supervisor","app":"main"})");
        const QString other = QStringLiteral(
            R"({"level":"error","message":"App model crm not found","extra":{},"module":"app-supervisor","app":"crm"})");
        QCOMPARE(nb::LogErrorScan::errorLines({answer, supervisor}), QStringList());
        QCOMPARE(nb::LogErrorScan::errorLines({supervisor, answer}), QStringList());
        QCOMPARE(nb::LogErrorScan::errorLines({supervisor}), QStringList{supervisor});
        QCOMPARE(nb::LogErrorScan::errorLines({answer, other}), QStringList{other});
    }

    void factoryFollowsTheInventory()
    {
        FakeCommandRunner runner;
        const auto load = [](const QString &name) {
            return *nb::InventoryLoader::loadFile(QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/") + name).inventory;
        };
        const nb::Inventory design = load(QStringLiteral("design-example.yaml"));
        QVERIFY(dynamic_cast<nb::ComposeRuntime *>(nb::AdapterFactory::runtime(design, runner).get()));
        QVERIFY(dynamic_cast<nb::PostgresDatabase *>(nb::AdapterFactory::database(design, runner).get()));
        const nb::Inventory systemd = load(QStringLiteral("systemd-haproxy.yaml"));
        QVERIFY(dynamic_cast<nb::SystemdRuntime *>(nb::AdapterFactory::runtime(systemd, runner).get()));
        QVERIFY(dynamic_cast<nb::HaproxyLoadBalancer *>(nb::AdapterFactory::loadBalancer(systemd, runner).get()));
        const nb::Inventory pm2 = load(QStringLiteral("pm2-custom-lb.yaml"));
        QVERIFY(dynamic_cast<nb::MysqlDatabase *>(nb::AdapterFactory::database(pm2, runner).get()));
        QVERIFY(nb::AdapterFactory::loadBalancer(load(QStringLiteral("kubernetes-manual-lb.yaml")), runner)
                    ->needsOperatorConfirmation());
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "TestHealth.moc"
