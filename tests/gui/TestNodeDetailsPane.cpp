#include "FakeHostRunner.h"
#include "FakeNocoBaseNode.h"

#include <details/NodeDetailsPane.h>
#include <monitor/ClusterMonitor.h>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QTest>

using nb::ClusterMonitor;
using nb::Metric;

// The details pane fed by a live monitor: a fake NocoBase answers the health checks and
// a fake SSH engine prints what a Linux host prints for the metrics command, with CPU
// counters that grow on every read.
class TestNodeDetailsPane : public QObject
{
    Q_OBJECT

private:
    static QString hostOutput()
    {
        return QStringLiteral("@@nb-stat\ncpu  %CALLS% 0 0 %CALLS%00 0 0 0 0 0 0\n@@nb-meminfo\nMemTotal: 2097152 kB\n"
                              "MemAvailable: 1048576 kB\n@@nb-loadavg\n1.25 0.75 0.50 3/120 99\n@@nb-df\n"
                              "Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                              "/dev/vdb 10485760 2621440 7864320 25% /mnt/storage\n@@nb-end\n");
    }

    static QString text(const QWidget &pane, const char *name)
    {
        return pane.findChild<QLabel *>(QLatin1String(name))->text();
    }

    static qint64 axisSpanSeconds(const QWidget &pane)
    {
        QChart *chart = pane.findChild<QChartView *>(QStringLiteral("detailsChart"))->chart();
        const auto axes = chart->axes(Qt::Horizontal);
        if (axes.size() != 1)
            return -1;
        const auto *time = qobject_cast<QDateTimeAxis *>(axes.first());
        return time ? time->min().secsTo(time->max()) : -1;
    }

private slots:
    void showsLiveSeriesAndTheWindowSelectsTheRange()
    {
        FakeNocoBaseNode node;
        QVERIFY(node.listen());
        auto runner = std::make_shared<FakeHostRunner>();
        runner->answer(QStringLiteral("app-1"), QStringLiteral("@@nb-stat"), FakeHostRunner::printed(hostOutput()));
        ClusterMonitor monitor;
        monitor.setHostRunner(runner, false);
        monitor.setInterval(100);
        monitor.setStaleAfter(600);
        const QUrl health(node.healthUrl());
        ClusterMonitor::Target target{QStringLiteral("app-1"), QStringLiteral("127.0.0.1"), health,
                                      ClusterMonitor::infoUrlFor(health), {}, QStringLiteral("/mnt/storage"), {}};
        target.ssh.label = QStringLiteral("app-1");
        target.ssh.host = QStringLiteral("127.0.0.1");
        monitor.setTargets({target});
        // A sample from 20 minutes ago: outside the 5-minute window, inside 30 minutes.
        monitor.recordSample(QStringLiteral("app-1"), Metric::CpuPercent,
                             QDateTime::currentMSecsSinceEpoch() - 20 * 60 * 1000, 42);

        NodeDetailsPane pane;
        pane.resize(520, 720);
        pane.setMonitor(&monitor);
        pane.show();
        pane.showNode(QStringLiteral("app-1"));
        monitor.start();

        QTRY_VERIFY(pane.pointCount(Metric::CpuPercent) >= 3);
        QTRY_VERIFY(pane.pointCount(Metric::MemoryPercent) >= 3);
        QTRY_VERIFY(pane.pointCount(Metric::HealthLatencyMs) >= 3);
        // Counters grow by 100 busy of 10,100 jiffies per read: 0.99 %.
        QCOMPARE(text(pane, "cpuValue"), QStringLiteral("1.0 %"));
        QCOMPARE(text(pane, "memoryValue"), QStringLiteral("1.0 of 2.0 GiB used (50 %)"));
        QCOMPARE(text(pane, "loadValue"), QStringLiteral("1.25 0.75 0.50"));
        QCOMPARE(text(pane, "diskValue"), QStringLiteral("2.5 of 10.0 GiB used (25 %) on /mnt/storage"));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("diskValue"))->toolTip(), QStringLiteral("Data path /mnt/storage"));
        QVERIFY(text(pane, "hostValue").startsWith(QStringLiteral("read ")));
        QStringList names;
        for (QAbstractSeries *series : pane.findChild<QChartView *>(QStringLiteral("detailsChart"))->chart()->series())
            names.append(series->name());
        QCOMPARE(names, (QStringList{QStringLiteral("Latency (ms)"), QStringLiteral("CPU (%)"),
                                     QStringLiteral("Memory (%)")}));

        auto *window = pane.findChild<QComboBox *>(QStringLiteral("windowCombo"));
        QCOMPARE(window->count(), 3);
        QCOMPARE(pane.windowSeconds(), 300);
        QCOMPARE(axisSpanSeconds(pane), 300);
        monitor.stop();
        // The chart catches up with the last figures within its coalescing delay.
        QTRY_COMPARE(pane.pointCount(Metric::CpuPercent),
                     monitor.history(QStringLiteral("app-1")).series(Metric::CpuPercent).size() - 1);
        const int inFiveMinutes = pane.pointCount(Metric::CpuPercent);
        window->setCurrentIndex(1);
        QCOMPARE(pane.windowSeconds(), 1800);
        QCOMPARE(axisSpanSeconds(pane), 1800);
        QCOMPARE(pane.pointCount(Metric::CpuPercent), inFiveMinutes + 1);
        window->setCurrentIndex(2);
        QCOMPARE(pane.windowSeconds(), 7200);
        QCOMPARE(axisSpanSeconds(pane), 7200);
        QCOMPARE(pane.pointCount(Metric::CpuPercent), inFiveMinutes + 1);
    }

    void newFiguresMovePointsNotTheChart()
    {
        // Every answer of the shown node redraws its chart; rebuilding series, axes and
        // legend for each one is what stalled the GUI thread with many nodes.
        auto runner = std::make_shared<FakeHostRunner>();
        runner->answer(QStringLiteral("app-1"), QStringLiteral("@@nb-stat"), FakeHostRunner::printed(hostOutput()));
        ClusterMonitor monitor;
        monitor.setHostRunner(runner, false);
        monitor.setInterval(100);
        ClusterMonitor::Target target{QStringLiteral("app-1"), QStringLiteral("127.0.0.1"), QUrl(), QUrl(), {}, {}, {}};
        target.ssh.label = QStringLiteral("app-1");
        target.ssh.host = QStringLiteral("127.0.0.1");
        monitor.setTargets({target});
        NodeDetailsPane pane;
        pane.setMonitor(&monitor);
        pane.show();
        pane.showNode(QStringLiteral("app-1"));
        monitor.start();
        QTRY_VERIFY(pane.pointCount(Metric::MemoryPercent) >= 2);
        QChart *chart = pane.findChild<QChartView *>(QStringLiteral("detailsChart"))->chart();
        const QList<QAbstractSeries *> series = chart->series();
        const QList<QAbstractAxis *> axes = chart->axes();
        const int points = pane.pointCount(Metric::MemoryPercent);
        QTRY_VERIFY(pane.pointCount(Metric::MemoryPercent) >= points + 3);
        QCOMPARE(chart->series(), series);
        QCOMPARE(chart->axes(), axes);
        monitor.stop();
        for (QAbstractSeries *line : series) {
            if (line->name() == nb::NodeHistory::metricName(Metric::MemoryPercent))
                QCOMPARE(qobject_cast<QLineSeries *>(line)->count(), pane.pointCount(Metric::MemoryPercent));
        }
    }

    void silentHostTurnsVisiblyStale()
    {
        auto runner = std::make_shared<FakeHostRunner>();
        runner->answer(QStringLiteral("app-1"), QStringLiteral("@@nb-stat"), FakeHostRunner::printed(hostOutput()));
        ClusterMonitor monitor;
        monitor.setHostRunner(runner, false);
        monitor.setInterval(100);
        monitor.setStaleAfter(300);
        ClusterMonitor::Target target{QStringLiteral("app-1"), QStringLiteral("127.0.0.1"), QUrl(), QUrl(), {}, {}, {}};
        target.ssh.label = QStringLiteral("app-1");
        target.ssh.host = QStringLiteral("127.0.0.1");
        monitor.setTargets({target});
        NodeDetailsPane pane;
        pane.setMonitor(&monitor);
        pane.show();
        pane.showNode(QStringLiteral("app-1"));
        monitor.start();
        QTRY_VERIFY(text(pane, "memoryValue").contains(QStringLiteral("50 %")));
        const QColor fresh = pane.findChild<QLabel *>(QStringLiteral("memoryValue"))->palette().color(QPalette::WindowText);

        runner->hold(QStringLiteral("app-1")); // sshd stops answering
        QTRY_VERIFY(text(pane, "hostValue").startsWith(QStringLiteral("STALE: read ")));
        // The old figure stays, in the stale colour, and the chart says so too.
        QVERIFY(text(pane, "memoryValue").contains(QStringLiteral("50 %")));
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("memoryValue"))->palette().color(QPalette::WindowText) != fresh);
        QTRY_VERIFY(pane.findChild<QChartView *>(QStringLiteral("detailsChart"))->chart()->title().contains(
            QStringLiteral("STALE")));
        monitor.stop();
        runner->release(QStringLiteral("app-1"));
    }
};

QTEST_MAIN(TestNodeDetailsPane)
#include "TestNodeDetailsPane.moc"
