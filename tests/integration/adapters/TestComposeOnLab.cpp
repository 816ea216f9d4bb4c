#include "AdapterLab.h"

#include <adapters/ComposeRuntime.h>
#include <adapters/HealthProbe.h>
#include <ssh/InventoryEndpoints.h>
#include <adapters/LogErrorScan.h>

#include <QElapsedTimer>

#include <QTest>

using nb::RunState;

// The compose runtime against the lab's app hosts: real sshd, the lab's `docker`.
class TestComposeOnLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.load(), qPrintable(m_lab.problem));
        QVERIFY(m_lab.reset());
    }

    void cleanupTestCase() { m_lab.reset(); }

    void stopStartStatus()
    {
        nb::ComposeRuntime runtime(m_lab.inventory, m_pool);
        const nb::AppNode &node = m_lab.inventory.app.nodes.at(0);
        QCOMPARE(runtime.status(node).state, RunState::Stopped);
        const auto started = runtime.start(node);
        QVERIFY2(started.ok, qPrintable(started.error));
        const auto running = runtime.status(node);
        QCOMPARE(running.state, RunState::Running);
        QVERIFY2(running.detail.startsWith(QStringLiteral("Up ")), qPrintable(running.detail));

        // Health through the node's own SSH session, polled the way the procedure will:
        // the not-ready answers this produces are logged at error level by NocoBase,
        // and the log scan must not count them.
        const nb::SshEndpoint endpoint = nb::endpointForNode(m_lab.inventory, node);
        nb::NodeProbe probe;
        QElapsedTimer clock;
        clock.start();
        int notReady = 0;
        while (clock.elapsed() < 90000) {
            probe = nb::HealthProbe::probeViaTunnel(m_pool, endpoint, m_lab.inventory.healthUrl(node),
                                                    m_lab.inventory.infoUrl(node));
            if (probe.health.ready())
                break;
            if (probe.health.state == nb::HealthCheck::State::NotReady)
                ++notReady;
            QTest::qWait(200);
        }
        QVERIFY2(probe.health.ready(), qPrintable(probe.health.summary()));
        QCOMPARE(probe.version, m_lab.json.value(QStringLiteral("initial_version")).toString());
        const auto logs = runtime.logs(node, 500);
        QVERIFY2(logs.ok, qPrintable(logs.error));
        QVERIFY(!logs.lines.isEmpty());
        if (notReady > 0)
            QVERIFY(!logs.lines.filter(QStringLiteral("responseErrorWithCode")).isEmpty());
        QCOMPARE(nb::LogErrorScan::errorLines(logs.lines), QStringList());
        const auto stopped = runtime.stop(node);
        QVERIFY2(stopped.ok, qPrintable(stopped.error));
        const auto after = runtime.status(node);
        QCOMPARE(after.state, RunState::Stopped);
        QVERIFY2(after.detail.startsWith(QStringLiteral("Exited (")), qPrintable(after.detail));
        const auto down = nb::HealthProbe::probeViaTunnel(m_pool, endpoint, m_lab.inventory.healthUrl(node),
                                                          m_lab.inventory.infoUrl(node));
        QCOMPARE(down.health.state, nb::HealthCheck::State::NotListening);
    }

    void pullingAnUnknownTagFailsClearly()
    {
        nb::ComposeRuntime runtime(m_lab.inventory, m_pool);
        const nb::AppNode &node = m_lab.inventory.app.nodes.at(0);
        const auto pulled = runtime.pull(node, QStringLiteral("2.2.16"));
        QVERIFY2(pulled.ok, qPrintable(pulled.error));
        const auto unknown = runtime.pull(node, QStringLiteral("9.9.9"));
        QVERIFY(!unknown.ok);
        QVERIFY2(unknown.error.startsWith(QStringLiteral("app-1: docker pull of nocobase/nocobase:9.9.9 failed (exit code ")),
                 qPrintable(unknown.error));
        QVERIFY2(unknown.error.contains(QStringLiteral("9.9.9")) && unknown.error.contains(QStringLiteral("not found")),
                 qPrintable(unknown.error));
    }

    void versionChangeShowsDiffKeepsBackupReadsBack()
    {
        nb::ComposeRuntime runtime(m_lab.inventory, m_pool);
        const nb::AppNode &node = m_lab.inventory.app.nodes.at(1);
        const QString initial = m_lab.json.value(QStringLiteral("initial_version")).toString();
        QCOMPARE(runtime.release(node).value, initial);

        const auto change = runtime.setVersion(node, QStringLiteral("2.2.16"));
        QVERIFY2(change.ok, qPrintable(change.error));
        QCOMPARE(change.before, initial);
        QVERIFY2(change.diff.contains(QStringLiteral("\n-    image: nocobase/nocobase:%1\n+    image: nocobase/nocobase:2.2.16\n")
                                         .arg(initial)), qPrintable(change.diff));
        QCOMPARE(runtime.release(node).value, QStringLiteral("2.2.16"));
        // The backup sits beside the file and holds the old version.
        ShellCommandCheck grep{QStringLiteral("image: nocobase/nocobase:") + initial, change.backupPath};
        const nb::CommandResult backup = m_pool.run(nb::endpointForNode(m_lab.inventory, node), grep.command());
        QVERIFY2(backup.succeeded(), qPrintable(change.backupPath));
        // The other node's compose file is untouched.
        QCOMPARE(runtime.release(m_lab.inventory.app.nodes.at(0)).value, initial);
        // Starting it runs the new image.
        QVERIFY(runtime.start(node).ok);
        const auto status = runtime.status(node);
        QCOMPARE(status.state, RunState::Running);
        QVERIFY(runtime.stop(node).ok);
    }

private:
    struct ShellCommandCheck
    {
        QString text;
        QString file;
        nb::ShellCommand command() const
        {
            nb::ShellCommand grep("grep");
            return grep.raw("-qF --").arg(text).arg(file, nb::ShellValueKind::AbsolutePath);
        }
    };

    AdapterLab m_lab;
    nb::SshPool m_pool;
};

QTEST_GUILESS_MAIN(TestComposeOnLab)
#include "TestComposeOnLab.moc"
