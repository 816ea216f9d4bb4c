// The cost of live monitoring: the real ClusterMonitor (health over HTTP, host figures
// over the SSH engine, optionally the runtime's state) on every node of an inventory,
// with the details pane open on one node, for a fixed time.
//
//   bench_monitor INVENTORY [SECONDS=60] [INTERVAL_MS=2000] [--runtime]
//
// Prints the process's CPU use (CPU time / wall time, all threads), its peak RSS, the
// poll cycle's duration (from the tick until every node has answered both its health
// check and its host read) and the GUI thread's longest stall.

#include <details/NodeDetailsPane.h>
#include <inventory/InventoryLoader.h>
#include <monitor/ClusterMonitor.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

qint64 percentile(QVector<qint64> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool runtime = args.removeAll(QStringLiteral("--runtime")) > 0;
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_monitor INVENTORY [SECONDS] [INTERVAL_MS] [--runtime]\n");
        return 2;
    }
    const auto loaded = nb::InventoryLoader::loadFile(args.at(0));
    if (!loaded.inventory) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.problems.value(0).toString()));
        return 2;
    }
    const int seconds = args.value(1, QStringLiteral("60")).toInt();
    const int intervalMs = args.value(2, QStringLiteral("2000")).toInt();
    const nb::Inventory &inventory = *loaded.inventory;
    const int nodes = int(inventory.app.nodes.size());

    nb::ClusterMonitor monitor;
    monitor.enableHostMetrics(runtime);
    monitor.setInventory(inventory);
    monitor.setRequestTimeout(std::min(5000, intervalMs));
    NodeDetailsPane pane;
    pane.resize(560, 820);
    pane.setMonitor(&monitor);
    pane.show();
    pane.showNode(inventory.app.nodes.first().name);

    // Each cycle: the tick, then every node's health answer and host read.
    QElapsedTimer clock;
    clock.start();
    qint64 tickMs = 0;
    QSet<QString> health;
    QSet<QString> hosts;
    int hostFailures = 0;
    QVector<qint64> cycles;
    int unfinished = 0;
    const auto finishCycle = [&] {
        if (health.size() == nodes && hosts.size() == nodes)
            cycles.append(clock.elapsed() - tickMs);
    };
    QObject::connect(&monitor, &nb::ClusterMonitor::sampleRecorded, &monitor,
                     [&](const QString &node, nb::Metric metric) {
                         if (metric != nb::Metric::HealthLatencyMs || health.contains(node))
                             return;
                         health.insert(node);
                         finishCycle();
                     });
    QObject::connect(&monitor, &nb::ClusterMonitor::hostRead, &monitor, [&](const QString &node) {
        if (hosts.contains(node))
            return;
        hosts.insert(node);
        hostFailures += monitor.status(node).metricsMs <= 0 || !monitor.status(node).metricsError.isEmpty();
        finishCycle();
    });

    // The monitor's own timer is parked; this one ticks so each cycle's start is known.
    monitor.start();
    monitor.setInterval(24 * 3600 * 1000);
    tickMs = clock.elapsed();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(intervalMs);
    QObject::connect(&ticker, &QTimer::timeout, &monitor, [&] {
        if (health.size() < nodes || hosts.size() < nodes)
            ++unfinished;
        health.clear();
        hosts.clear();
        hostFailures = 0;
        tickMs = clock.elapsed();
        monitor.pollNow();
    });
    ticker.start();

    // GUI-thread stalls: how late a 10 ms timer fires.
    qint64 lastBeat = clock.elapsed();
    qint64 worstStall = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, &monitor, [&] {
        const qint64 now = clock.elapsed();
        worstStall = std::max(worstStall, now - lastBeat - 10);
        lastBeat = now;
    });
    heartbeat.start();

    // The first cycles open the SSH sessions; steady state is measured after them.
    const int warmupMs = std::max(3 * intervalMs, 6000);
    double cpuAtStart = 0;
    qint64 wallAtStart = 0;
    long rssAfterWarmup = 0;
    QTimer::singleShot(warmupMs, &monitor, [&] {
        cpuAtStart = cpuSeconds();
        wallAtStart = clock.elapsed();
        rssAfterWarmup = peakRssKb();
        cycles.clear();
        unfinished = 0;
        worstStall = 0;
    });
    QTimer::singleShot(warmupMs + seconds * 1000, &app, &QApplication::quit);
    app.exec();

    const double cpu = cpuSeconds() - cpuAtStart;
    const double wall = double(clock.elapsed() - wallAtStart) / 1000.0;
    std::printf("monitor benchmark: %d nodes, interval %d ms, %d s measured after %d s warm-up, %s\n", nodes,
                intervalMs, seconds, warmupMs / 1000,
                runtime ? "health + host figures + runtime state" : "health + host figures");
    std::printf("  console CPU: %.2f s in %.1f s = %.1f %% of one core\n", cpu, wall, 100.0 * cpu / wall);
    std::printf("  peak RSS: %ld KiB (%ld KiB after warm-up)\n", peakRssKb(), rssAfterWarmup);
    std::printf("  poll cycle: %lld complete, p50 %lld ms, p95 %lld ms, max %lld ms; %d cycles not complete "
                "before the next tick; host reads failing in the last cycle: %d\n",
                static_cast<long long>(cycles.size()), static_cast<long long>(percentile(cycles, 0.5)),
                static_cast<long long>(percentile(cycles, 0.95)),
                static_cast<long long>(cycles.isEmpty() ? -1 : *std::max_element(cycles.begin(), cycles.end())),
                unfinished, hostFailures);
    std::printf("  GUI thread: longest stall %lld ms (a 10 ms timer firing late)\n",
                static_cast<long long>(worstStall));
    return cycles.isEmpty() ? 1 : 0;
}
