#include "AdapterLab.h"

#include <adapters/ComposeRuntime.h>
#include <ssh/InventoryEndpoints.h>
#include <adapters/NginxLoadBalancer.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using nb::LbMode;

namespace {

// nginx serves the old and the new configuration side by side for a moment after a
// reload; wait until several answers in a row agree (the procedure engine does the
// same, with more probes).
HttpAnswer settled(const QString &url, const std::function<bool(const HttpAnswer &)> &wanted,
                   const QByteArray &method = "GET")
{
    QElapsedTimer clock;
    clock.start();
    HttpAnswer answer;
    int inARow = 0;
    while (clock.elapsed() < 30000 && inARow < 3) {
        answer = httpRequest(url, method);
        inARow = wanted(answer) ? inARow + 1 : 0;
        if (inARow < 3)
            QTest::qWait(100);
    }
    return answer;
}

} // namespace

// The nginx load balancer against the lab's real nginx, over real SSH.
class TestNginxOnLab : public QObject
{
    Q_OBJECT

    QStringList everyNode() const
    {
        QStringList names;
        for (const auto &node : m_lab.inventory.app.nodes)
            names.append(node.name);
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.load(), qPrintable(m_lab.problem));
        QVERIFY(m_lab.reset());
        // One node first on the empty database, then the other: the lab, like NocoBase,
        // breaks when two nodes install at once.
        nb::ComposeRuntime runtime(m_lab.inventory, m_pool);
        for (const auto &node : m_lab.inventory.app.nodes) {
            QVERIFY(runtime.start(node).ok);
            const auto up = settled(m_lab.inventory.healthUrl(node), [](const HttpAnswer &a) { return a.status == 200; });
            QVERIFY2(up.status == 200, qPrintable(node.name + QString::number(up.status) + QString::fromUtf8(up.body)));
        }
        m_url = m_lab.value(QStringLiteral("lb"), QStringLiteral("url")) + QStringLiteral("api/__health_check");
    }

    void cleanupTestCase() { m_lab.reset(); }

    void maintenanceAnswers503WithThePage()
    {
        nb::NginxLoadBalancer lb(m_lab.inventory, m_pool);
        const auto before = lb.state();
        QVERIFY2(before.ok, qPrintable(before.error));
        QCOMPARE(before.mode, LbMode::Serve);
        QCOMPARE(before.upstream, everyNode());

        const auto on = lb.setMaintenance(true);
        QVERIFY2(on.ok, qPrintable(on.error));
        QFile page(QStringLiteral(":/maintenance/maintenance.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray html = page.readAll();
        const auto isPage = [&](const HttpAnswer &a) { return a.status == 503 && a.body == html; };
        QVERIFY(isPage(settled(m_url, isPage)));
        QVERIFY(isPage(settled(m_lab.value(QStringLiteral("lb"), QStringLiteral("url")) + QStringLiteral("admin/x?y=1"), isPage)));
        QVERIFY(isPage(settled(m_url, isPage, "POST")));
        QVERIFY(isPage(settled(m_lab.value(QStringLiteral("lb"), QStringLiteral("url"))
                                   + QLatin1String(nb::NginxLoadBalancer::PageName), isPage)));
        QCOMPARE(lb.state().mode, LbMode::Maintenance);

        const auto off = lb.setMaintenance(false);
        QVERIFY2(off.ok, qPrintable(off.error));
        const auto served = settled(m_url, [](const HttpAnswer &a) { return a.status == 200 && a.body == "ok"; });
        QCOMPARE(served.status, 200);
        QCOMPARE(lb.state().mode, LbMode::Serve);
    }

    void oneNodeUpstream()
    {
        nb::NginxLoadBalancer lb(m_lab.inventory, m_pool);
        const auto one = lb.setUpstream({QStringLiteral("app-2")});
        QVERIFY2(one.ok, qPrintable(one.error));
        const auto state = lb.state();
        QCOMPARE(state.mode, LbMode::OneNode);
        QCOMPARE(state.upstream, QStringList{QStringLiteral("app-2")});
        // Only app-2 serves now: stopping app-1 changes nothing for the clients.
        nb::ComposeRuntime runtime(m_lab.inventory, m_pool);
        QVERIFY(runtime.stop(m_lab.inventory.app.nodes.at(0)).ok);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(settled(m_url, [](const HttpAnswer &a) { return a.status == 200; }).status, 200);
        QVERIFY(runtime.start(m_lab.inventory.app.nodes.at(0)).ok);
        QCOMPARE(settled(m_lab.inventory.healthUrl(m_lab.inventory.app.nodes.at(0)),
                         [](const HttpAnswer &a) { return a.status == 200; }).status, 200);
        QVERIFY(lb.setUpstream(everyNode()).ok);
        QCOMPARE(lb.state().mode, LbMode::Serve);
    }

    void brokenUpstreamIsRefusedAndThePreviousFilesStay()
    {
        const QString upstreamFile = m_lab.inventory.loadBalancer.upstreamFile;
        const QByteArray before = remoteFile(upstreamFile);
        QVERIFY(!before.isEmpty());

        // A node whose address nginx cannot resolve makes `nginx -t` fail.
        nb::Inventory broken = m_lab.inventory;
        broken.app.nodes[1].address = QStringLiteral("no-such-host.invalid");
        nb::NginxLoadBalancer lb(broken, m_pool);
        const auto refused = lb.setUpstream({QStringLiteral("app-2")});
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.startsWith(QStringLiteral("lb: nginx refused the new configuration (upstream app-2): [emerg] host not found in upstream \"no-such-host.invalid:13000\"")),
                 qPrintable(refused.error));
        QVERIFY2(refused.error.endsWith(QStringLiteral("The previous files were restored.")), qPrintable(refused.error));
        QCOMPARE(remoteFile(upstreamFile), before);
        QCOMPARE(settled(m_url, [](const HttpAnswer &a) { return a.status == 200; }).status, 200);
    }

private:
    QByteArray remoteFile(const QString &path)
    {
        QTemporaryDir dir;
        const QString local = dir.filePath(QStringLiteral("f"));
        if (!m_pool.download(nb::endpointForLoadBalancer(m_lab.inventory), path, local).succeeded())
            return {};
        QFile file(local);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    AdapterLab m_lab;
    nb::SshPool m_pool;
    QString m_url;
};

QTEST_GUILESS_MAIN(TestNginxOnLab)
#include "TestNginxOnLab.moc"
