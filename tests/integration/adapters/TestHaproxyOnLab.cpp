#include "AdapterLab.h"

#include <adapters/HaproxyLoadBalancer.h>

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using nb::LbMode;

// A real HAProxy started by the test, driven through its admin socket from the lab's
// load-balancer host over SSH (the hosts share this machine's filesystem).
class TestHaproxyOnLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.load(), qPrintable(m_lab.problem));
        QVERIFY(m_dir.isValid());
        // The lab user reaches the socket through the directory.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                       | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
                                                       | QFile::ExeGroup));
        // An address of the lab's net no lab host uses, on a port nothing holds.
        const QString address = m_lab.json.value(QStringLiteral("net")).toString() + QStringLiteral(".58");
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress(address)));
        m_frontend = QStringLiteral("http://%1:%2/").arg(address).arg(probe.serverPort());
        const quint16 port = probe.serverPort();
        probe.close();

        const QString socket = m_dir.filePath(QStringLiteral("admin.sock"));
        QFile config(m_dir.filePath(QStringLiteral("haproxy.cfg")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral(
            "global\n  stats socket %1 mode 666 level admin\n"
            "defaults\n  mode http\n  timeout connect 1s\n  timeout client 5s\n  timeout server 5s\n"
            "frontend fe\n  bind %2:%3\n  default_backend nocobase\n"
            "backend nocobase\n  server web1 %4:13000\n  server app-2 %5:13000\n")
                         .arg(socket, address).arg(port)
                         .arg(m_lab.inventory.app.nodes.at(0).host, m_lab.inventory.app.nodes.at(1).host).toUtf8());
        config.close();
        m_haproxy.setProcessChannelMode(QProcess::MergedChannels);
        m_haproxy.start(QStringLiteral("/usr/sbin/haproxy"), {QStringLiteral("-db"), QStringLiteral("-f"), config.fileName()});
        QVERIFY(m_haproxy.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 10000);

        const nb::SshSettings &ssh = m_lab.inventory.ssh;
        const auto loaded = nb::InventoryLoader::parse(QStringLiteral(R"(
cluster: lab
ssh: {user: %1, identity_file: "%2", known_hosts: "%3"}
app:
  compose: {project_dir: /opt/nocobase, service: app}
  nodes:
    - {name: app-1, host: %4}
    - {name: app-2, host: %5}
load_balancer:
  kind: haproxy
  host: %6
  haproxy: {socket: "%7", backend: nocobase, servers: {app-1: web1}}
)").arg(ssh.user, ssh.identityFile, ssh.knownHosts, m_lab.inventory.app.nodes.at(0).host,
        m_lab.inventory.app.nodes.at(1).host, m_lab.inventory.loadBalancer.host, socket).toUtf8(),
                                                       QStringLiteral("haproxy.yaml"));
        QVERIFY2(loaded.inventory, qPrintable(loaded.problems.value(0).toString()));
        m_inventory = *loaded.inventory;
    }

    void cleanupTestCase()
    {
        m_haproxy.terminate();
        m_haproxy.waitForFinished(5000);
    }

    void serversAreSwitchedThroughTheRuntimeApi()
    {
        nb::HaproxyLoadBalancer lb(m_inventory, m_pool);
        const auto start = lb.state();
        QVERIFY2(start.ok, qPrintable(start.error + QString::fromUtf8(m_haproxy.readAll())));
        QCOMPARE(start.mode, LbMode::Serve);
        QCOMPARE(start.upstream, (QStringList{QStringLiteral("app-1"), QStringLiteral("app-2")}));

        const auto one = lb.setUpstream({QStringLiteral("app-2")});
        QVERIFY2(one.ok, qPrintable(one.error));
        const auto oneNode = lb.state();
        QCOMPARE(oneNode.mode, LbMode::OneNode);
        QCOMPARE(oneNode.upstream, QStringList{QStringLiteral("app-2")});

        const auto on = lb.setMaintenance(true);
        QVERIFY2(on.ok, qPrintable(on.error));
        QCOMPARE(lb.state().mode, LbMode::Maintenance);
        // No server left in the backend: HAProxy answers every request 503 itself.
        QCOMPARE(httpRequest(m_frontend + QStringLiteral("api/__health_check")).status, 503);

        const auto off = lb.setMaintenance(false);
        QVERIFY2(off.ok, qPrintable(off.error));
        QCOMPARE(lb.state().mode, LbMode::Serve);
        QCOMPARE(lb.state().upstream.size(), 2);
    }

    void unknownServersAreReported()
    {
        nb::Inventory wrong = m_inventory;
        wrong.loadBalancer.haproxy.servers.insert(QStringLiteral("app-2"), QStringLiteral("web9"));
        const auto result = nb::HaproxyLoadBalancer(wrong, m_pool).setMaintenance(true);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QStringLiteral("lb: HAProxy refused maintenance on: ")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("No such server")), qPrintable(result.error));
        QVERIFY(nb::HaproxyLoadBalancer(m_inventory, m_pool).setMaintenance(false).ok);
    }

private:
    AdapterLab m_lab;
    nb::SshPool m_pool;
    QTemporaryDir m_dir;
    QProcess m_haproxy;
    QString m_frontend;
    nb::Inventory m_inventory;
};

QTEST_GUILESS_MAIN(TestHaproxyOnLab)
#include "TestHaproxyOnLab.moc"
