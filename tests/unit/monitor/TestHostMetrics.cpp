#include <monitor/HostMetrics.h>

#include <QFile>
#include <QTest>

using nb::HostMetrics;

// The parser against what the command really printed on a lab host (Debian 12, kernel
// /proc and coreutils df), and against the ways such output goes wrong: cut short by a
// dropped connection, reordered, garbage, an older kernel, odd df lines.
class TestHostMetrics : public QObject
{
    Q_OBJECT

private:
    static QString data(const QString &name)
    {
        QFile file(QStringLiteral(NB_MONITOR_DATA_DIR "/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(name));
        return QString::fromUtf8(file.readAll());
    }

private slots:
    void commandQuotesTheDataPath()
    {
        const nb::ShellCommand command = HostMetrics::command(QStringLiteral("/srv/it's data; rm -rf /"));
        QVERIFY(command.isValid());
        QVERIFY(command.text().contains(QStringLiteral("df -P -k -- '/srv/it'\\''s data; rm -rf /' ;")));
        QVERIFY(command.text().contains(QStringLiteral("head -n 1 /proc/stat")));
        QVERIFY(command.text().endsWith(QStringLiteral("; echo @@nb-end")));
        // A relative data path is a mistake in the inventory, not something to df.
        QVERIFY(!HostMetrics::command(QStringLiteral("storage")).isValid());
        QVERIFY(HostMetrics::command(QString()).text().contains(QStringLiteral("-- '/' ;")));
    }

    void readsARealCapturedOutput()
    {
        const HostMetrics metrics = HostMetrics::parse(data(QStringLiteral("host-metrics-debian12.txt")));
        QVERIFY2(metrics.problems.isEmpty(), qPrintable(metrics.problems.join(QLatin1Char('|'))));
        // cpu  1256956 30236 671273 536501 8924 0 7028 0 0 0
        QVERIFY(metrics.cpu.valid);
        QCOMPARE(metrics.cpu.total, quint64(1256956 + 30236 + 671273 + 536501 + 8924 + 7028));
        QCOMPARE(metrics.cpu.busy, quint64(1256956 + 30236 + 671273 + 7028));
        QCOMPARE(metrics.memTotalKb, 24683620);
        QVERIFY(metrics.memAvailableKb > 0 && metrics.memAvailableKb < metrics.memTotalKb);
        QCOMPARE(metrics.memoryPercent,
                 100.0 * double(metrics.memTotalKb - metrics.memAvailableKb) / double(metrics.memTotalKb));
        QCOMPARE(metrics.load1, 3.95);
        QCOMPARE(metrics.load5, 2.84);
        QCOMPARE(metrics.load15, 2.44);
        QCOMPARE(metrics.diskUsedKb, 27848572);
        QCOMPARE(metrics.diskAvailableKb, 72488616);
        QCOMPARE(metrics.diskMount, QStringLiteral("/"));
        // df's Capacity column says 28 % (rounded up); the exact share is 27.75 %.
        QVERIFY(qAbs(metrics.diskPercent - 27.755) < 0.01);
        QCOMPARE(metrics.cpuPercent, -1.0); // one read alone says nothing about CPU use
        QCOMPARE(metrics.loadText(), QStringLiteral("3.95 2.84 2.44"));
        QVERIFY(metrics.diskText().contains(QStringLiteral("(28 %) on /")));
    }

    void aMissingDataPathKeepsTheOtherFigures()
    {
        const HostMetrics metrics = HostMetrics::parse(data(QStringLiteral("host-metrics-missing-path.txt")),
                                                       data(QStringLiteral("host-metrics-missing-path.err")));
        QVERIFY(metrics.cpu.valid);
        QVERIFY(metrics.memoryPercent > 0);
        QVERIFY(metrics.load1 >= 0);
        QCOMPARE(metrics.diskPercent, -1.0);
        QCOMPARE(metrics.problems,
                 QStringList{QStringLiteral("df: /tmp/nblab-metrics/no-such-dir: No such file or directory")});
        QCOMPARE(metrics.diskText(), metrics.problems.last());
    }

    void cpuUseIsTheShareOfBusyJiffiesBetweenTwoReads()
    {
        const QString first = QStringLiteral("@@nb-stat\ncpu  100 0 100 700 100 0 0 0 0 0\n@@nb-end\n");
        const QString second = QStringLiteral("@@nb-stat\ncpu  150 0 150 800 100 0 0 0 0 0\n@@nb-end\n");
        const auto before = HostMetrics::parse(first).cpu;
        const auto after = HostMetrics::parse(second).cpu;
        QCOMPARE(before.total, quint64(1000));
        QCOMPARE(before.busy, quint64(200)); // idle and iowait are not busy
        QCOMPARE(HostMetrics::cpuPercentBetween(before, after), 50.0);
        // A reboot resets the counters: no figure rather than a negative or huge one.
        QCOMPARE(HostMetrics::cpuPercentBetween(after, before), -1.0);
        QCOMPARE(HostMetrics::cpuPercentBetween(after, after), -1.0);
        QCOMPARE(HostMetrics::cpuPercentBetween({}, after), -1.0);
    }

    void oldKernelsWithoutMemAvailableUseFreeBuffersAndCache()
    {
        const HostMetrics metrics = HostMetrics::parse(QStringLiteral(
            "@@nb-meminfo\nMemTotal:        1000 kB\nMemFree:          100 kB\nBuffers:           50 kB\n"
            "Cached:           250 kB\nSwapCached:         0 kB\n@@nb-end\n"));
        QCOMPARE(metrics.memAvailableKb, 400);
        QCOMPARE(metrics.memoryPercent, 60.0);
    }

    void outputCutShortByADroppedConnection()
    {
        const QString full = data(QStringLiteral("host-metrics-debian12.txt"));
        // Cut inside /proc/meminfo, after MemFree: no guess from a half-read section.
        const QString cut = full.left(full.indexOf(QStringLiteral("MemAvailable")) + 5);
        const HostMetrics metrics = HostMetrics::parse(cut);
        QVERIFY(metrics.cpu.valid);
        QCOMPARE(metrics.memoryPercent, -1.0);
        QCOMPARE(metrics.load1, -1.0);
        QCOMPARE(metrics.diskPercent, -1.0);
        QCOMPARE(metrics.problems.size(), 3);
        QVERIFY(metrics.hasAnyValue());
    }

    void garbageGivesProblemsNotNumbers_data()
    {
        QTest::addColumn<QString>("output");
        QTest::newRow("empty") << QString();
        QTest::newRow("login banner only") << QStringLiteral("Welcome to Ubuntu 22.04\n * Documentation: x\n");
        QTest::newRow("binary") << QString::fromLatin1("\x01\x02\xff\xfe@@nb\x00-stat\ncpu\x07 1 2", 18);
        QTest::newRow("markers without content")
            << QStringLiteral("@@nb-stat\n@@nb-meminfo\n@@nb-loadavg\n@@nb-df\n");
        QTest::newRow("words where numbers belong")
            << QStringLiteral("@@nb-stat\ncpu a b c d e\n@@nb-meminfo\nMemTotal: lots kB\nMemAvailable: some kB\n"
                              "@@nb-loadavg\nhigh medium low 1/2 3\n@@nb-df\nFilesystem 1024-blocks Used "
                              "Available Capacity Mounted on\n/dev/sda one two three 4% /\n");
        QTest::newRow("not a number") << QStringLiteral("@@nb-loadavg\nnan inf -1 1/2 3\n@@nb-stat\ncpu 1 2 3\n");
        QTest::newRow("available above total")
            << QStringLiteral("@@nb-meminfo\nMemTotal: 100 kB\nMemAvailable: 200 kB\n");
    }

    void garbageGivesProblemsNotNumbers()
    {
        QFETCH(QString, output);
        const HostMetrics metrics = HostMetrics::parse(output);
        QVERIFY(!metrics.hasAnyValue());
        QCOMPARE(metrics.problems.size(), 4);
        QCOMPARE(metrics.memoryPercent, -1.0);
        QCOMPARE(metrics.load1, -1.0);
        QCOMPARE(metrics.diskPercent, -1.0);
        QCOMPARE(metrics.loadText(), QStringLiteral("unknown"));
    }

    void sectionsInAnyOrderWithNoiseAround()
    {
        // A shell profile that prints something, Windows line ends from a wrapper.
        const HostMetrics metrics = HostMetrics::parse(QStringLiteral(
            "motd: be nice\r\n@@nb-loadavg\r\n0.00 0.01 0.05 1/99 42\r\n@@nb-df\r\n"
            "Filesystem 1024-blocks Used Available Capacity Mounted on\r\n"
            "map auto.home 1000 250 750 25% /mnt/nocobase storage\r\n@@nb-stat\r\n"
            "cpu  1 2 3 4\r\n@@nb-meminfo\r\nMemTotal: 10 kB\r\nMemAvailable: 5 kB\r\n@@nb-end\r\n"));
        QVERIFY2(metrics.problems.isEmpty(), qPrintable(metrics.problems.join(QLatin1Char('|'))));
        QCOMPARE(metrics.load15, 0.05);
        // A filesystem name and a mount point with spaces (autofs, a bind mount).
        QCOMPARE(metrics.diskMount, QStringLiteral("/mnt/nocobase storage"));
        QCOMPARE(metrics.diskPercent, 25.0);
        QCOMPARE(metrics.cpu.total, quint64(10));
        QCOMPARE(metrics.memoryPercent, 50.0);
    }

    void dfWithoutCapacityStillGivesUsage()
    {
        // Some pseudo filesystems print "-" for the capacity.
        const HostMetrics metrics = HostMetrics::parse(QStringLiteral(
            "@@nb-df\nFilesystem 1024-blocks Used Available Capacity Mounted on\nnfs:/export 0 0 0 - /data\n@@nb-end\n"));
        QCOMPARE(metrics.diskMount, QStringLiteral("/data"));
        QCOMPARE(metrics.diskPercent, -1.0); // nothing to divide
        QCOMPARE(metrics.diskUsedKb, 0);
    }
};

QTEST_GUILESS_MAIN(TestHostMetrics)
#include "TestHostMetrics.moc"
