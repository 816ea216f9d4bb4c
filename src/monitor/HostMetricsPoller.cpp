#include "HostMetricsPoller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThreadPool>

#include <chrono>
#include <mutex>

namespace nb {

namespace {

QThreadPool &readerThreads();

// The reads still running when the application object goes away were cancelled with
// their pollers; they end within moments (a connect under way, within its timeout). Had
// the process exited without them, their SSH sessions would be torn down by the exit
// handlers of libssh's crypto library while still in use, and the process would crash.
void waitForReaders()
{
    readerThreads().waitForDone(6000);
}

// CommandRunner::run blocks until the host answers or the timeout fires, so every host
// being read holds a thread. The pool is shared by every poller of the process and
// outlives them: a poller that goes away never waits for a host that hangs.
QThreadPool &readerThreads()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(64);
        pool.setExpiryTimeout(30000);
        qAddPostRoutine(waitForReaders);
        return true;
    }();
    Q_UNUSED(configured)
    return pool;
}

QString stderrText(const CommandResult &result)
{
    QStringList lines;
    for (const OutputLine &line : result.lines) {
        if (line.stream == OutputLine::Stream::Stderr)
            lines.append(line.text);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// What a read on a worker thread may touch: the runner, the cancel flag of the current
// targets, and the receiver, which is cleared under the mutex when the poller dies.
struct HostMetricsPoller::Shared
{
    std::shared_ptr<CommandRunner> runner;
    std::mutex mutex;
    HostMetricsPoller *receiver = nullptr;
    CancelToken cancel;
    quint64 generation = 0;
};

HostMetricsPoller::HostMetricsPoller(std::shared_ptr<CommandRunner> runner, QObject *parent)
    : QObject(parent), m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<nb::HostReading>();
    m_shared->runner = std::move(runner);
    m_shared->receiver = this;
}

HostMetricsPoller::~HostMetricsPoller()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->receiver = nullptr;
    m_shared->cancel.cancel();
}

void HostMetricsPoller::setTargets(const QVector<Target> &targets, std::shared_ptr<RuntimeAdapter> runtime)
{
    cancel();
    m_targets = targets;
    m_runtime = std::move(runtime);
}

void HostMetricsPoller::cancel()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->cancel.cancel();
    m_shared->cancel = CancelToken();
    ++m_shared->generation;
    m_inFlight.clear();
}

int HostMetricsPoller::pollNow()
{
    CancelToken token;
    quint64 generation = 0;
    {
        std::lock_guard lock(m_shared->mutex);
        token = m_shared->cancel;
        generation = m_shared->generation;
    }
    int started = 0;
    for (const Target &target : std::as_const(m_targets)) {
        if (m_inFlight.contains(target.node)) {
            ++m_skipped;
            continue;
        }
        m_inFlight.insert(target.node);
        ++started;
        readerThreads().start([shared = m_shared, runtime = m_runtime, target, token, generation,
                               timeoutMs = m_timeoutMs] {
            QElapsedTimer clock;
            clock.start();
            HostReading reading;
            reading.node = target.node;
            CommandOptions options;
            options.timeout = std::chrono::milliseconds(timeoutMs);
            options.cancel = token;
            const CommandResult result = shared->runner->run(target.endpoint, HostMetrics::command(target.dataPath), options);
            if (result.outcome == CommandResult::Outcome::Exited) {
                // df exits 1 for a missing data path; the other figures are still good.
                reading.answered = true;
                reading.metrics = HostMetrics::parse(result.stdoutText(), stderrText(result));
                reading.metrics.diskPath = target.dataPath;
            } else {
                const QString why = result.error.isEmpty() ? tr("no answer over SSH") : result.error;
                reading.error = why.startsWith(target.node) ? why : tr("%1: %2").arg(target.node, why);
            }
            // A host that did not answer SSH would only fail the runtime's command too,
            // after another connect timeout.
            if (reading.answered && runtime && !token.isCancelled()) {
                reading.hasRuntime = true;
                reading.runtime = runtime->status(target.appNode);
            }
            reading.timeMs = QDateTime::currentMSecsSinceEpoch();
            reading.durationMs = clock.elapsed();
            std::lock_guard lock(shared->mutex);
            if (shared->receiver && shared->generation == generation) {
                HostMetricsPoller *receiver = shared->receiver;
                // Queued: the receiver lives on its own thread; should it be deleted before
                // the call runs, Qt drops the call with it.
                QMetaObject::invokeMethod(receiver, [receiver, reading, generation] { receiver->deliver(reading, generation); },
                                          Qt::QueuedConnection);
            }
        });
    }
    return started;
}

void HostMetricsPoller::deliver(const HostReading &reading, quint64 generation)
{
    // A read from before cancel() or setTargets() may already be queued while a newer
    // read of the same host runs: only the current targets' reads count.
    if (generation != m_shared->generation || !m_inFlight.remove(reading.node))
        return;
    emit hostRead(reading);
}

} // namespace nb
