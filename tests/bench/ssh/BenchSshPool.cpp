// What a warm pool costs per step: one SshPool, the same command on every app node of
// an inventory, first with new sessions (cold), then again and again on the kept ones.
// Usage: bench_ssh_pool INVENTORY [REPEATS] [TARGETS]

#include <inventory/InventoryLoader.h>
#include <ssh/InventoryEndpoints.h>
#include <ssh/SshPool.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace {

struct Step
{
    qint64 ms = 0;
    int failed = 0;
    qint64 lines = 0;
};

Step step(nb::SshPool &pool, const QVector<nb::SshEndpoint> &endpoints, const nb::ShellCommand &command)
{
    Step result;
    nb::CommandOptions options;
    options.keepOutput = false;
    QElapsedTimer clock;
    clock.start();
    const auto results = pool.runOnAll(endpoints, command, options,
                                       [&result](const nb::OutputLines &batch) { result.lines += batch.size(); });
    result.ms = clock.elapsed();
    result.failed = int(std::count_if(results.cbegin(), results.cend(),
                                      [](const nb::CommandResult &r) { return !r.succeeded(); }));
    return result;
}

QString describe(QVector<qint64> times)
{
    std::sort(times.begin(), times.end());
    return QStringLiteral("median %1 ms (min %2, max %3, n=%4)")
        .arg(times.at(times.size() / 2))
        .arg(times.first())
        .arg(times.last())
        .arg(times.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "usage: bench_ssh_pool INVENTORY [REPEATS] [TARGETS]\n";
        return 2;
    }
    const auto loaded = nb::InventoryLoader::loadFile(arguments.at(1));
    if (!loaded.inventory) {
        QTextStream(stderr) << arguments.at(1) << ": the inventory could not be loaded\n";
        return 2;
    }
    const int repeats = arguments.size() > 2 ? std::max(1, arguments.at(2).toInt()) : 10;
    const auto endpoints = nb::endpointsFor(*loaded.inventory, arguments.value(3)).endpoints;

    nb::SshPool pool;
    const nb::ShellCommand trueCommand("true");
    const nb::ShellCommand linesCommand("seq 1 20000");
    const Step cold = step(pool, endpoints, trueCommand);
    QVector<qint64> warmTrue;
    QVector<qint64> warmLines;
    int failed = cold.failed;
    qint64 lines = 0;
    for (int i = 0; i < repeats; ++i) {
        const Step t = step(pool, endpoints, trueCommand);
        const Step l = step(pool, endpoints, linesCommand);
        warmTrue.append(t.ms);
        warmLines.append(l.ms);
        failed += t.failed + l.failed;
        lines = l.lines;
    }
    out << "hosts: " << endpoints.size() << '\n'
        << "cold step (connect + login + `true`): " << cold.ms << " ms\n"
        << "warm step `true`: " << describe(warmTrue) << '\n'
        << "warm step `seq 1 20000` (" << lines << " lines): " << describe(warmLines) << '\n'
        << "failed host runs: " << failed << '\n';
    return failed == 0 ? 0 : 1;
}
