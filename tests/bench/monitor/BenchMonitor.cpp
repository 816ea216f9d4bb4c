// The cost of live monitoring: the real ClusterMonitor (health over HTTP, host figures
// over the SSH engine, optionally the runtime's state) on every node of an inventory,
// with the details pane open on one node, for a fixed time.
//
//   bench_monitor INVENTORY [SECONDS=60] [INTERVAL_MS=2000] [--runtime | --window]
//
// --window runs the whole main window (with the runtime's state, as the console reads it)
// instead of the details pane alone.
//
// Prints the process's CPU use (CPU time / wall time, all threads), its peak RSS, the
// poll cycle's duration (from the tick until 95 % of the nodes, and until all of them,
// have answered both their health check and their host read), the reads skipped because
// the previous one was still running, the GUI thread's longest stalls with how the
// thread spent them (on a CPU, waiting for one, asleep) and what the GUI thread's work
// per delivered event cost. NBBENCH_STACKS=N takes gdb stacks of the first N stalls.

#include "EventClock.h"
#include "StallWatchdog.h"

#include <core/WorkerPriority.h>
#include <details/NodeDetailsPane.h>
#include <mainwindow/MainWindow.h>
#include <topology/TopologyScene.h>
#include <inventory/InventoryLoader.h>
#include <monitor/ClusterMonitor.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>

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
    // A crash or a kill must not swallow what was measured so far.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    EventClock app(argc, argv);
    nb::WorkerPriority::setBelowUi(true); // as the console's main() does
    const int guiTid = int(syscall(SYS_gettid));
    StallWatchdog watchdog(200, qEnvironmentVariableIntValue("NBBENCH_STACKS"));
    QStringList args = app.arguments().mid(1);
    const bool runtime = args.removeAll(QStringLiteral("--runtime")) > 0;
    const bool wholeWindow = args.removeAll(QStringLiteral("--window")) > 0;
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_monitor INVENTORY [SECONDS] [INTERVAL_MS] [--runtime | --window]\n");
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
    // "Most nodes answered": one slow host must not hide how the others fare.
    const int most = (nodes * 95 + 99) / 100;

    // Either the details pane on its own monitor, or the whole main window: topology,
    // cluster tree, log and details pane fed by the window's own monitor.
    std::unique_ptr<nb::ClusterMonitor> ownMonitor;
    std::unique_ptr<NodeDetailsPane> pane;
    std::unique_ptr<MainWindow> window;
    nb::ClusterMonitor *monitor = nullptr;
    if (wholeWindow) {
        // The window remembers opened inventories; not in the operator's settings.
        QStandardPaths::setTestModeEnabled(true);
        window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        window->show();
        if (!window->openInventory(args.at(0)))
            return 2;
        monitor = window->findChild<nb::ClusterMonitor *>();
        window->findChild<TopologyScene *>()->selectNode(inventory.app.nodes.first().name);
    } else {
        ownMonitor = std::make_unique<nb::ClusterMonitor>();
        monitor = ownMonitor.get();
        monitor->enableHostMetrics(runtime);
        monitor->setInventory(inventory);
        pane = std::make_unique<NodeDetailsPane>();
        pane->resize(560, 820);
        pane->setMonitor(monitor);
        pane->show();
        pane->showNode(inventory.app.nodes.first().name);
    }
    monitor->setRequestTimeout(std::min(5000, intervalMs));

    // Each cycle: the tick, then every node's health answer and host read.
    QElapsedTimer clock;
    clock.start();
    qint64 tickMs = 0;
    QSet<QString> health;
    QSet<QString> hosts;
    int answered = 0; // nodes with both answers this cycle
    int hostFailures = 0;
    QHash<QString, int> failureReasons; // over the whole measurement
    QVector<qint64> mostCycles;
    QVector<qint64> fullCycles;
    int ticks = 0;
    int mostMissed = 0;
    int fullMissed = 0;
    const auto count = [&](const QString &node) {
        if (!health.contains(node) || !hosts.contains(node))
            return;
        ++answered;
        if (answered == most)
            mostCycles.append(clock.elapsed() - tickMs);
        if (answered == nodes)
            fullCycles.append(clock.elapsed() - tickMs);
    };
    QObject::connect(monitor, &nb::ClusterMonitor::sampleRecorded, monitor,
                     [&](const QString &node, nb::Metric metric) {
                         if (metric != nb::Metric::HealthLatencyMs || health.contains(node))
                             return;
                         health.insert(node);
                         count(node);
                     });
    QObject::connect(monitor, &nb::ClusterMonitor::hostRead, monitor, [&](const QString &node) {
        if (hosts.contains(node))
            return;
        hosts.insert(node);
        const nb::NodeStatus status = monitor->status(node);
        if (status.metricsMs <= 0 || !status.metricsError.isEmpty()) {
            ++hostFailures;
            // Why, without the node's name, so that one reason counts once.
            QString why = status.metricsError;
            why.remove(0, why.indexOf(QLatin1String(": ")) + 1);
            ++failureReasons[why.trimmed()];
        }
        count(node);
    });

    // The monitor's own timer is parked; this one ticks so each cycle's start is known.
    monitor->start();
    monitor->setInterval(24 * 3600 * 1000);
    tickMs = clock.elapsed();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(intervalMs);
    QObject::connect(&ticker, &QTimer::timeout, monitor, [&] {
        ++ticks;
        mostMissed += answered < most;
        fullMissed += answered < nodes;
        health.clear();
        hosts.clear();
        answered = 0;
        hostFailures = 0;
        tickMs = clock.elapsed();
        monitor->pollNow();
    });
    ticker.start();

    // GUI-thread stalls: how late a 10 ms timer fires.
    qint64 lastBeat = clock.elapsed();
    qint64 worstStall = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, monitor, [&] {
        watchdog.beat();
        const qint64 now = clock.elapsed();
        worstStall = std::max(worstStall, now - lastBeat - 10);
        lastBeat = now;
    });
    heartbeat.start();

    // The first cycles open the SSH sessions; steady state is measured after them.
    const int warmupMs = std::max(3 * intervalMs, 6000);
    double cpuAtStart = 0;
    double guiCpuAtStart = 0;
    double guiWaitAtStart = 0;
    qint64 wallAtStart = 0;
    long rssAfterWarmup = 0;
    int skippedHealthAtStart = 0;
    int skippedHostAtStart = 0;
    QTimer::singleShot(warmupMs, monitor, [&] {
        cpuAtStart = cpuSeconds();
        StallWatchdog::threadTimes(guiTid, &guiCpuAtStart, &guiWaitAtStart);
        wallAtStart = clock.elapsed();
        rssAfterWarmup = peakRssKb();
        skippedHealthAtStart = monitor->skippedHealthChecks();
        skippedHostAtStart = monitor->skippedHostReads();
        mostCycles.clear();
        fullCycles.clear();
        ticks = 0;
        mostMissed = 0;
        fullMissed = 0;
        worstStall = 0;
        failureReasons.clear();
        watchdog.reset();
        app.reset();
    });
    QTimer::singleShot(warmupMs + seconds * 1000, &app, &QApplication::quit);
    app.exec();

    const double cpu = cpuSeconds() - cpuAtStart;
    const double wall = double(clock.elapsed() - wallAtStart) / 1000.0;
    double guiCpu = 0;
    double guiWait = 0;
    StallWatchdog::threadTimes(guiTid, &guiCpu, &guiWait);
    std::printf("monitor benchmark: %d nodes, interval %d ms, %d s measured after %d s warm-up, %s\n", nodes,
                intervalMs, seconds, warmupMs / 1000,
                wholeWindow ? "the main window (health + host figures + runtime state)"
                : runtime   ? "health + host figures + runtime state"
                            : "health + host figures");
    std::printf("  console CPU: %.2f s in %.1f s = %.1f %% of one core (GUI thread %.1f %%, and %.1f %% of the "
                "time runnable but waiting for a CPU)\n",
                cpu, wall, 100.0 * cpu / wall, (guiCpu - guiCpuAtStart) / wall / 10.0,
                (guiWait - guiWaitAtStart) / wall / 10.0);
    std::printf("  peak RSS: %ld KiB (%ld KiB after warm-up)\n", peakRssKb(), rssAfterWarmup);
    const auto cycleLine = [&](const char *what, const QVector<qint64> &cycles, int missed) {
        std::printf("  poll cycle, %s: %lld of %d ticks, p50 %lld ms, p95 %lld ms, max %lld ms; %d not reached "
                    "before the next tick\n",
                    what, static_cast<long long>(cycles.size()), ticks, static_cast<long long>(percentile(cycles, 0.5)),
                    static_cast<long long>(percentile(cycles, 0.95)),
                    static_cast<long long>(cycles.isEmpty() ? -1 : *std::max_element(cycles.begin(), cycles.end())),
                    missed);
    };
    const QByteArray mostText = QStringLiteral("until %1 of %2 nodes answered").arg(most).arg(nodes).toLatin1();
    cycleLine(mostText.constData(), mostCycles, mostMissed);
    cycleLine("until every node answered", fullCycles, fullMissed);
    std::printf("  skipped because the previous one still ran: %d health checks, %d host reads (of %d each); "
                "host reads failing in the last cycle: %d\n",
                monitor->skippedHealthChecks() - skippedHealthAtStart, monitor->skippedHostReads() - skippedHostAtStart,
                ticks * nodes, hostFailures);
    for (auto it = failureReasons.begin(); it != failureReasons.end(); ++it)
        std::printf("    host reads failing with \"%s\": %d\n", qPrintable(it.key().left(160)), it.value());
    std::printf("  GUI thread: longest stall %lld ms (a 10 ms timer firing late)\n",
                static_cast<long long>(worstStall));

    QVector<StallWatchdog::Stall> stalls = watchdog.stalls();
    std::sort(stalls.begin(), stalls.end(), [](const auto &a, const auto &b) { return a.wallMs > b.wallMs; });
    std::printf("  GUI stalls over 200 ms: %lld; the longest, wall = on a CPU + waiting for a CPU + asleep:\n",
                static_cast<long long>(stalls.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(5, stalls.size()); ++i) {
        const StallWatchdog::Stall &stall = stalls.at(i);
        std::printf("    %lld ms = %.0f + %.0f + %.0f ms; of %d samples in it: %d running or runnable, %d asleep%s%s\n",
                    static_cast<long long>(stall.wallMs), stall.cpuMs, stall.waitMs,
                    std::max(0.0, double(stall.wallMs) - stall.cpuMs - stall.waitMs), stall.samples, stall.running,
                    stall.sleeping, stall.syscall.isEmpty() ? "" : ", last in ", qPrintable(stall.syscall));
    }
    for (const QString &stack : watchdog.stacks())
        std::printf("  GUI thread's stack, %s", qPrintable(stack));

    // What the GUI thread's event deliveries cost, the most expensive kinds first.
    QVector<std::pair<QString, EventClock::Cost>> costs;
    for (auto it = app.costs().begin(); it != app.costs().end(); ++it)
        costs.append({it.key(), it.value()});
    std::sort(costs.begin(), costs.end(), [](const auto &a, const auto &b) { return a.second.totalNs > b.second.totalNs; });
    std::printf("  GUI thread's event deliveries: count; wall total, max; the thread's CPU total, mean, max:\n");
    for (qsizetype i = 0; i < std::min<qsizetype>(10, costs.size()); ++i) {
        const EventClock::Cost &cost = costs.at(i).second;
        std::printf("    %-46s %6lld; %7.1f %7.1f ms; %7.1f ms %6.3f ms %6.1f ms\n", qPrintable(costs.at(i).first),
                    static_cast<long long>(cost.count), double(cost.totalNs) / 1e6, double(cost.maxNs) / 1e6,
                    double(cost.cpuNs) / 1e6, double(cost.cpuNs) / 1e6 / double(cost.count),
                    double(cost.maxCpuNs) / 1e6);
    }
    return fullCycles.isEmpty() && mostCycles.isEmpty() ? 1 : 0;
}
