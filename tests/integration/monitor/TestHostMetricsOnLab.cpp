#include "AdapterLab.h"

#include <details/NodeDetailsPane.h>
#include <monitor/ClusterMonitor.h>
#include <ssh/InventoryEndpoints.h>

#include <QDir>
#include <QTest>

#include <csignal>

using nb::ClusterMonitor;
using nb::NodeStatus;

// The monitor reading the lab's real hosts over real SSH: the figures must be what the
// host itself reports, and a host whose sshd stops must turn stale, not stay quietly old.
class TestHostMetricsOnLab : public QObject
{
    Q_OBJECT

private:
    AdapterLab m_lab;

    // What the host says, read by a separate SSH session the way an operator would.
    QString onHost(const QString &node, const nb::ShellCommand &command)
    {
        nb::SshPool pool;
        const nb::CommandResult result =
            pool.run(nb::endpointForNode(m_lab.inventory, *m_lab.inventory.node(node)), command);
        return result.succeeded() ? result.stdoutText() : QString();
    }

    // The sshd of one lab host: its listener and every session it forked, so the
    // monitor's open session drops too.
    QVector<pid_t> sshdProcesses(const QString &node) const
    {
        QFile pidFile(m_lab.dir + QStringLiteral("/hosts/") + node + QStringLiteral("/ssh/sshd.pid"));
        if (!pidFile.open(QIODevice::ReadOnly))
            return {};
        const pid_t listener = pid_t(pidFile.readAll().trimmed().toInt());
        QVector<pid_t> pids{listener};
        for (int i = 0; i < pids.size(); ++i) {
            for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
                QFile stat(QStringLiteral("/proc/") + entry + QStringLiteral("/stat"));
                if (!entry.front().isDigit() || !stat.open(QIODevice::ReadOnly))
                    continue;
                // "pid (comm) state ppid ...": comm may hold spaces, so read after ')'.
                const QByteArray text = stat.readAll();
                const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
                if (fields.value(1).toInt() == pids.at(i))
                    pids.append(pid_t(entry.toInt()));
            }
        }
        return pids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.load(), qPrintable(m_lab.problem));
        QVERIFY(m_lab.inventory.app.nodes.size() >= 2);
    }

    void readsPlausibleFiguresAndTurnsStaleWhenSshdStops()
    {
        ClusterMonitor monitor;
        monitor.enableHostMetrics();
        monitor.setInventory(m_lab.inventory);
        monitor.setInterval(500);
        monitor.setStaleAfter(2000);
        monitor.start();
        const QStringList nodes = monitor.nodes();
        // CPU use needs two reads.
        for (const QString &node : nodes)
            QTRY_VERIFY_WITH_TIMEOUT(monitor.status(node).metrics.cpuPercent >= 0, 15000);

        const QString dataPath = m_lab.inventory.storagePath;
        QVERIFY(!dataPath.isEmpty());
        for (const QString &node : nodes) {
            const NodeStatus status = monitor.status(node);
            QVERIFY2(status.metricsError.isEmpty(), qPrintable(status.metricsError));
            QVERIFY(!status.metricsStale);
            const nb::HostMetrics &metrics = status.metrics;
            QVERIFY(metrics.cpuPercent >= 0 && metrics.cpuPercent <= 100);
            QVERIFY(metrics.load1 >= 0);

            // Memory: the same total as the host's /proc/meminfo, and a used share within
            // a few points of one computed from it a moment later.
            const nb::HostMetrics there = nb::HostMetrics::parse(onHost(
                node, nb::ShellCommand("echo @@nb-meminfo; cat /proc/meminfo; echo @@nb-end")));
            QCOMPARE(metrics.memTotalKb, there.memTotalKb);
            QVERIFY2(qAbs(metrics.memoryPercent - there.memoryPercent) < 5,
                     qPrintable(QStringLiteral("%1 vs %2").arg(metrics.memoryPercent).arg(there.memoryPercent)));

            // Disk: df of the data path on that host.
            QCOMPARE(metrics.diskPath, dataPath);
            const QStringList df = onHost(node, nb::ShellCommand("LC_ALL=C df -P -k --").arg(dataPath)).split(
                QLatin1Char('\n'));
            QCOMPARE(df.size(), 2);
            const QStringList fields = df.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(metrics.diskMount, fields.last());
            const qint64 used = fields.at(2).toLongLong();
            const qint64 available = fields.at(3).toLongLong();
            // Other tests write to the same disk meanwhile: within 1 % of its size.
            const qint64 slack = (used + available) / 100;
            QVERIFY(qAbs(metrics.diskUsedKb - used) <= slack);
            QVERIFY(qAbs(metrics.diskAvailableKb - available) <= slack);

            // The compose runtime answered for the node, running or not.
            QVERIFY2(status.runtimeRun != NodeStatus::Run::Unknown, qPrintable(status.runtimeDetail));
        }

        // A picture of the pane with these live figures, for a person to look at.
        NodeDetailsPane pane;
        pane.resize(560, 820);
        pane.setMonitor(&monitor);
        pane.show();
        pane.showNode(nodes.first());
        QTest::qWait(1500);
        pane.grab().save(QDir::temp().filePath(QStringLiteral("nbconsole-details-pane-lab.png")));

        // The second node's sshd stops: its figures go stale within the limit (plus one
        // tick), while the first node's stay fresh.
        const QString quiet = nodes.at(1);
        const QVector<pid_t> sshd = sshdProcesses(quiet);
        QVERIFY(!sshd.isEmpty());
        QElapsedTimer clock;
        clock.start();
        for (pid_t pid : sshd)
            ::kill(pid, SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.status(quiet).metricsStale, 10000);
        const qint64 tookMs = clock.elapsed();
        QVERIFY2(tookMs <= 2000 + 2 * 500 + 1000, qPrintable(QString::number(tookMs)));
        const NodeStatus stale = monitor.status(quiet);
        QVERIFY(!stale.metricsError.isEmpty());
        QVERIFY(stale.metricsError.startsWith(quiet));
        QVERIFY(stale.summary(QDateTime::currentMSecsSinceEpoch()).contains(QStringLiteral("host metrics STALE")));
        QVERIFY(stale.metrics.memoryPercent > 0); // the last figures are kept, marked stale
        QVERIFY(!monitor.status(nodes.first()).metricsStale);
        monitor.stop();

        // Give the lab its sshd back for the tests after this one.
        QProcess lab;
        lab.start(QStringLiteral("/usr/bin/python3"), {m_lab.json.value(QStringLiteral("lab_py")).toString(),
                                                       QStringLiteral("up"), QStringLiteral("--dir"), m_lab.dir});
        QVERIFY(lab.waitForFinished(120000));
        QCOMPARE(lab.exitCode(), 0);
        QVERIFY(!onHost(quiet, nb::ShellCommand("echo back")).isEmpty());
    }
};

QTEST_MAIN(TestHostMetricsOnLab)
#include "TestHostMetricsOnLab.moc"
