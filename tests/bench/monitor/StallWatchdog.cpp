#include "StallWatchdog.h"

#include <QFile>

#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace {

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QByteArray readProc(int tid, const char *name)
{
    QFile file(QStringLiteral("/proc/self/task/%1/%2").arg(tid).arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// The state letter of /proc/.../stat: after the command name, which may hold spaces.
char threadState(int tid)
{
    const QByteArray stat = readProc(tid, "stat");
    const int close = int(stat.lastIndexOf(')'));
    return close >= 0 && close + 2 < stat.size() ? stat.at(close + 2) : '?';
}

} // namespace

StallWatchdog::StallWatchdog(int thresholdMs, int maxStacks)
    : m_thresholdMs(thresholdMs), m_stacksLeft(maxStacks), m_tid(int(syscall(SYS_gettid)))
{
    m_lastBeatMs = steadyMs();
    threadTimes(m_tid, &m_cpuAtBeat, &m_waitAtBeat);
    m_thread = std::thread([this] { watch(); });
}

StallWatchdog::~StallWatchdog()
{
    m_stop = true;
    m_thread.join();
}

void StallWatchdog::beat()
{
    const qint64 now = steadyMs();
    double cpu = 0;
    double wait = 0;
    threadTimes(m_tid, &cpu, &wait);
    const qint64 gap = now - m_lastBeatMs;
    {
        std::lock_guard lock(m_mutex);
        if (gap >= m_thresholdMs) {
            Stall stall = m_seen;
            stall.startMs = m_lastBeatMs;
            stall.wallMs = gap;
            stall.cpuMs = cpu - m_cpuAtBeat;
            stall.waitMs = wait - m_waitAtBeat;
            m_stalls.append(stall);
        }
        m_seen = Stall();
        m_lastBeatMs = now;
    }
    m_cpuAtBeat = cpu;
    m_waitAtBeat = wait;
}

void StallWatchdog::reset()
{
    std::lock_guard lock(m_mutex);
    m_stalls.clear();
}

QVector<StallWatchdog::Stall> StallWatchdog::stalls() const
{
    std::lock_guard lock(m_mutex);
    return m_stalls;
}

QStringList StallWatchdog::stacks() const
{
    std::lock_guard lock(m_mutex);
    return m_stacks;
}

void StallWatchdog::threadTimes(int tid, double *cpuMs, double *waitMs)
{
    // schedstat: ns on a CPU, ns runnable on a run queue, time slices.
    unsigned long long run = 0;
    unsigned long long wait = 0;
    std::sscanf(readProc(tid, "schedstat").constData(), "%llu %llu", &run, &wait);
    *cpuMs = double(run) / 1e6;
    *waitMs = double(wait) / 1e6;
}

QString StallWatchdog::takeStack() const
{
    // Stops the whole process for a moment: only for the stalls asked about.
    const QByteArray command = QStringLiteral("gdb -p %1 -batch -ex 'thread apply 1 bt 40' 2>/dev/null")
                                   .arg(getpid())
                                   .toLocal8Bit();
    FILE *gdb = popen(command.constData(), "r");
    if (!gdb)
        return QString();
    QString frames;
    char line[4096];
    while (std::fgets(line, sizeof line, gdb)) {
        if (line[0] == '#')
            frames += QString::fromLocal8Bit(line);
    }
    pclose(gdb);
    return frames;
}

void StallWatchdog::watch()
{
    while (!m_stop) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        const qint64 beatMs = m_lastBeatMs;
        const qint64 stalledMs = steadyMs() - beatMs;
        if (stalledMs < m_thresholdMs)
            continue;
        const char state = threadState(m_tid);
        // "running", or the number of the system call it is in and its arguments.
        const QByteArray syscall = readProc(m_tid, "syscall").split(' ').value(0).trimmed();
        const QByteArray wchan = readProc(m_tid, "wchan");
        bool wantStack = false;
        {
            std::lock_guard lock(m_mutex);
            if (m_lastBeatMs != beatMs)
                continue; // the stall ended meanwhile
            ++m_seen.samples;
            if (state == 'S' || state == 'D') {
                ++m_seen.sleeping;
                m_seen.syscall = QStringLiteral("syscall %1 in %2").arg(QLatin1String(syscall), QLatin1String(wchan));
            } else if (syscall == "running") {
                ++m_seen.running;
            }
            wantStack = m_stacksLeft > 0;
        }
        if (!wantStack)
            continue;
        --m_stacksLeft;
        const QString stack = takeStack();
        std::lock_guard lock(m_mutex);
        m_stacks.append(QStringLiteral("asked for %1 ms into a stall:\n%2").arg(stalledMs).arg(stack));
    }
}
