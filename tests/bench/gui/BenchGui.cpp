// Measures what DESIGN.md §9 promises for the GUI and prints the figures:
//   log flood   20 hosts x 50,000 lines from worker threads that batch like the SSH
//               engine, through LogDock's real path: longest gap between event-loop
//               turns (a 1 ms timer as the probe), lines per second counted and shown,
//               memory growth (RSS).
//   start-up    MainWindow built, inventory opened, first frame painted.
//   layout      a 500-node inventory laid out and painted fitted in the view.
// Run with QT_QPA_PLATFORM=offscreen. Arguments: [hosts] [lines-per-host].

#include <core/WorkerPriority.h>
#include <inventory/InventoryLoader.h>
#include <log/LogDock.h>
#include <log/LogLineModel.h>
#include <log/LogView.h>
#include <mainwindow/MainWindow.h>
#include <ssh/OutputStreamer.h>
#include <topology/TopologyScene.h>
#include <topology/TopologyView.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

namespace {

qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Records every gap between two ticks of a 1 ms timer: how long the event loop did not
// turn. The UI thread's own CPU time over each gap tells work done on it from time it
// simply was not scheduled (cores busy with the hosts' threads, a busy VM host).
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            if (m_last > 0) {
                const qint64 gap = now - m_last;
                m_gapsNs.push_back(gap);
                if (gap > m_worstNs) {
                    m_worstNs = gap;
                    m_worstCpuNs = cpu - m_lastCpu;
                    m_worstAtNs = now;
                }
                m_busiestNs = std::max(m_busiestNs, cpu - m_lastCpu);
            }
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_worstNs = m_worstCpuNs = m_busiestNs = 0;
        m_gapsNs.clear();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double worstMs() const { return m_worstNs / 1e6; }
    double worstCpuMs() const { return m_worstCpuNs / 1e6; }
    double worstAtMs() const { return m_worstAtNs / 1e6; }
    // The most CPU the UI thread spent between two ticks: its longest piece of work.
    double busiestMs() const { return m_busiestNs / 1e6; }
    int turns() const { return int(m_gapsNs.size()); }
    int gapsOver(double ms) const
    {
        return int(std::count_if(m_gapsNs.begin(), m_gapsNs.end(), [ms](qint64 gap) { return gap > ms * 1e6; }));
    }
    double percentileMs(double p) const
    {
        if (m_gapsNs.empty())
            return 0;
        std::vector<qint64> sorted = m_gapsNs;
        const auto at = sorted.begin() + qMin(qsizetype(sorted.size()) - 1, qsizetype(p * double(sorted.size())));
        std::nth_element(sorted.begin(), at, sorted.end());
        return *at / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_worstNs = 0;
    qint64 m_worstCpuNs = 0;
    qint64 m_worstAtNs = 0;
    qint64 m_busiestNs = 0;
    std::vector<qint64> m_gapsNs;
};

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QString();
}

// One host's SSH worker thread flooding: the command prints lines as fast as this thread
// can take them, the bytes arrive in channel messages of up to 32 KiB, and the engine's
// own OutputStreamer splits, decodes, stamps and batches them and sends a batch to the
// sink when it is due (10 ms quiet or 40 ms after its first line), exactly as a
// RemoteCommand's poll loop does. Only the decryption is missing, so lines arrive faster
// than over a real channel, never slower.
void floodLikeAHost(const nb::LineSink &sink, int host, int lines)
{
    nb::WorkerPriority::applyToCurrentThread(); // as every SshWorker does
    constexpr qsizetype ChannelMessageBytes = 32 * 1024;
    const QByteArray name = "app-" + QByteArray::number(host + 1);
    nb::OutputStreamer output(QString::fromLatin1(name), {}, sink, false);
    QByteArray message;
    for (int i = 0; i < lines; ++i) {
        const QByteArray line = "[" + name + "] migration step " + QByteArray::number(i)
            + ": applying change to table_" + QByteArray::number(i % 97) + "\n";
        if (i % 50 == 0) {
            output.append(nb::OutputLine::Stream::Stderr, line.constData(), line.size());
            continue;
        }
        message += line;
        if (message.size() >= ChannelMessageBytes) {
            output.append(nb::OutputLine::Stream::Stdout, message.constData(), message.size());
            output.flushDue();
            message.clear();
        }
    }
    output.append(nb::OutputLine::Stream::Stdout, message.constData(), message.size());
    output.finish();
}

void benchLogFlood(int hosts, int linesPerHost)
{
    LogDock dock;
    dock.resize(1200, 500);
    dock.show();
    if (!QTest::qWaitForWindowExposed(&dock))
        std::printf("warning: log dock not exposed\n");
    QTest::qWait(50);
    const qint64 rssBefore = statusKb("VmRSS:");

    StallProbe probe;
    qint64 shown = 0;
    int inserts = 0;
    int biggestBatch = 0;
    QObject::connect(dock.lines(), &QAbstractItemModel::rowsInserted, &dock, [&](const QModelIndex &, int first, int last) {
        shown += last - first + 1;
        ++inserts;
        biggestBatch = std::max(biggestBatch, last - first + 1);
    });
    probe.start();
    QElapsedTimer elapsed;
    elapsed.start();
    std::atomic<int> running{hosts};
    double producedAt = 0;
    std::vector<std::unique_ptr<QThread>> workers;
    const nb::LineSink sink = dock.sink();
    for (int h = 0; h < hosts; ++h) {
        workers.emplace_back(QThread::create([&sink, &running, h, linesPerHost] {
            floodLikeAHost(sink, h, linesPerHost);
            --running;
        }));
        workers.back()->start();
    }
    const qint64 expected = qint64(hosts) * linesPerHost;
    qint64 peakRssKb = rssBefore;
    while (dock.lines()->totalLines() < expected) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        peakRssKb = std::max(peakRssKb, statusKb("VmRSS:"));
        if (producedAt == 0 && running == 0)
            producedAt = elapsed.nsecsElapsed() / 1e9;
    }
    const double seconds = elapsed.nsecsElapsed() / 1e9;
    if (producedAt == 0)
        producedAt = seconds;
    for (auto &worker : workers)
        worker->wait();
    QTest::qWait(100); // let the view settle and the probe see the last batches
    probe.stop();
    const qint64 rssAfter = statusKb("VmRSS:");

    std::printf("log flood: %d hosts x %d lines into the log dock; each host a thread that splits, stamps and\n"
                "  batches its output with the SSH engine's own OutputStreamer (batch due after 10 ms quiet\n"
                "  or 40 ms), fed 32 KiB channel messages as fast as it can take them\n",
                hosts, linesPerHost);
    std::printf("  lines counted          %lld of %lld; %lld shown in the view (%d inserts, biggest %d),\n"
                "                         %lld skipped in the backlog, %d kept (cap %d)\n",
                static_cast<long long>(dock.lines()->totalLines()), static_cast<long long>(expected),
                static_cast<long long>(shown), inserts, biggestBatch,
                static_cast<long long>(dock.lines()->totalLines() - shown), dock.lines()->rowCount(),
                dock.lines()->lineCap());
    std::printf("  wall time              %.2f s (hosts done after %.2f s)\n", seconds, producedAt);
    std::printf("  lines counted per s    %.0f\n", double(expected) / seconds);
    std::printf("  lines shown per s      %.0f\n", double(shown) / seconds);
    std::printf("  longest UI stall       %.1f ms between two event-loop turns (target < 50 ms), %.2f s into the run;\n"
                "                         the UI thread computed %.1f ms of it\n",
                probe.worstMs(), probe.worstAtMs() / 1000, probe.worstCpuMs());
    std::printf("  event-loop gaps        %d turns, 99th percentile %.1f ms, %d over 16 ms, %d over 50 ms\n",
                probe.turns(), probe.percentileMs(0.99), probe.gapsOver(16), probe.gapsOver(50));
    std::printf("  longest UI work        %.1f ms of UI-thread CPU between two turns\n", probe.busiestMs());
    std::printf("  load average           %s\n", qPrintable(loadAverage()));
    std::printf("  RSS                    %lld -> %lld KiB (+%lld KiB), highest seen during the flood %lld KiB\n",
                static_cast<long long>(rssBefore), static_cast<long long>(rssAfter),
                static_cast<long long>(rssAfter - rssBefore), static_cast<long long>(peakRssKb));
    std::printf("  merged tab follows     %s\n", dock.currentView()->isAtBottom() ? "yes (at the newest line)" : "NO");
}

void benchStartup()
{
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    const double built = timer.nsecsElapsed() / 1e6;
    window.show();
    window.openInventory(QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/design-example.yaml"));
    const bool exposed = QTest::qWaitForWindowExposed(&window);
    window.grab(); // forces the first full paint
    const double usable = timer.nsecsElapsed() / 1e6;
    std::printf("start-up: window built %.1f ms, inventory open and first frame painted %.1f ms%s "
                "(target < 500 ms)\n",
                built, usable, exposed ? "" : " (window never exposed)");
}

void benchLayout(int nodes)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("big.yaml")));
    if (!file.open(QIODevice::WriteOnly))
        return;
    QByteArray yaml = "cluster: big\nssh: {user: deploy}\napp:\n  runtime: compose\n"
                      "  compose: {project_dir: /opt/nocobase, service: app}\n  image: nocobase/nocobase\n  nodes:\n";
    for (int i = 1; i <= nodes; ++i)
        yaml += "    - {name: app-" + QByteArray::number(i) + ", host: 10.1." + QByteArray::number(i / 250) + "."
            + QByteArray::number(i % 250 + 1) + "}\n";
    yaml += "load_balancer: {kind: nginx, host: 10.0.0.10, upstream_file: /etc/nginx/u.conf, "
            "mode_file: /etc/nginx/m.conf, nginx: nginx}\n"
            "database: {dialect: postgres, host: 10.0.0.20, port: 5432, name: nocobase, user: nocobase, "
            "password: none, backup_dir: /var/backups}\nredis: {url: redis://10.0.0.21:6379}\n"
            "storage: {path: /mnt/storage}\n";
    file.write(yaml);
    file.close();

    QElapsedTimer timer;
    timer.start();
    const auto loaded = nb::InventoryLoader::loadFile(file.fileName());
    const double parse = timer.nsecsElapsed() / 1e6;
    if (!loaded.inventory) {
        std::printf("layout: the generated %d-node inventory did not load\n", nodes);
        return;
    }
    TopologyScene scene;
    TopologyView view;
    view.setTopology(&scene);
    view.resize(1000, 650);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        std::printf("warning: topology view not exposed\n");
    timer.restart();
    scene.setInventory(*loaded.inventory);
    const double laidOut = timer.nsecsElapsed() / 1e6;
    view.fitAll();
    view.grab();
    const double painted = timer.nsecsElapsed() / 1e6;
    std::printf("layout: %d nodes (%d per row): YAML loaded %.1f ms, scene built %.1f ms, "
                "fitted and painted %.1f ms\n",
                int(scene.appNodes().size()), scene.columns(), parse, laidOut, painted);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer appTimer;
    appTimer.start();
    QApplication app(argc, argv);
    std::printf("QApplication constructed in %.1f ms\n", appTimer.nsecsElapsed() / 1e6);
    QStandardPaths::setTestModeEnabled(true); // settings of the bench never touch the user's
    const QStringList args = QCoreApplication::arguments();
    const int hosts = args.value(1, QStringLiteral("20")).toInt();
    const int lines = args.value(2, QStringLiteral("50000")).toInt();

    // The flood first, on a quiet process; each section's figures leave before the next.
    // Twice, side by side: host threads at the UI thread's priority, then below it as the
    // console runs them.
    for (const bool belowUi : {false, true}) {
        nb::WorkerPriority::setBelowUi(belowUi);
        std::printf("\n== host threads %s ==\n", belowUi ? "below the UI thread (as the console runs them)"
                                                          : "at the UI thread's priority");
        benchLogFlood(hosts, lines);
        std::fflush(stdout);
    }
    benchStartup();
    std::fflush(stdout);
    benchLayout(500);
    return 0;
}
