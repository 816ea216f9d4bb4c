#include <monitor/NodeHistory.h>
#include <monitor/TimeSeries.h>

#include <QTest>

class TestTimeSeries : public QObject
{
    Q_OBJECT

private slots:
    void keepsOnlyTheNewestSamplesUpToItsCapacity()
    {
        nb::TimeSeries series(3);
        for (int i = 1; i <= 5; ++i)
            series.append(i * 1000, i);
        QCOMPARE(series.size(), 3);
        QCOMPARE(series.at(0).value, 3.0);
        QCOMPARE(series.last().value, 5.0);
    }

    void windowStartsAtTheFirstSampleInside()
    {
        nb::TimeSeries series(10);
        for (int i = 0; i < 25; ++i) // wraps the ring twice
            series.append(i * 1000, i);
        const auto window = series.since(20500);
        QCOMPARE(window.size(), 4);
        QCOMPARE(window.first().timeMs, qint64(21000));
        QCOMPARE(series.since(0).size(), 10);
        QVERIFY(series.since(99000).isEmpty());
    }

    void everyMetricHasItsOwnSeriesAndName()
    {
        nb::NodeHistory history(8);
        history.series(nb::Metric::CpuPercent).append(1, 50);
        QCOMPARE(history.series(nb::Metric::CpuPercent).size(), 1);
        QVERIFY(history.series(nb::Metric::MemoryPercent).isEmpty());
        QCOMPARE(nb::NodeHistory::metricName(nb::Metric::HealthLatencyMs),
                 QStringLiteral("Latency (ms)"));
    }
};

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "TestTimeSeries.moc"
