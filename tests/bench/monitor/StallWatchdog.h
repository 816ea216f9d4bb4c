#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <mutex>
#include <thread>

// GUI-thread stalls and how the thread spent them. The GUI thread calls beat() on every
// turn of its event loop (a 10 ms timer); a gap of thresholdMs or more between beats is
// a stall, split by the kernel's per-thread scheduler counters into time on a CPU (its
// own work), runnable but waiting for a CPU (the box is overloaded) and neither (asleep:
// blocked on a lock, a join or I/O). The GUI thread does this accounting itself, so a
// starved watcher cannot miss a stall. A watcher thread adds what can only be seen while
// the stall lasts: the thread's state and system call and, for the first few stalls, its
// gdb stack (gdb stops the process while it reads it, and is slow on a loaded box: the
// stack is of the moment gdb got there).
class StallWatchdog
{
public:
    struct Stall
    {
        qint64 startMs = 0;   // since the watchdog started
        qint64 wallMs = 0;    // last beat before the stall to first beat after it
        double cpuMs = 0;     // GUI thread on a CPU
        double waitMs = 0;    // GUI thread runnable, waiting for a CPU
        int samples = 0;      // state samples taken during the stall
        int running = 0;      // of those, on a CPU or runnable (no system call)
        int sleeping = 0;     // of those, in state S or D
        QString syscall;      // what it slept in: the system call and the kernel function
    };

    // Call from the GUI thread.
    StallWatchdog(int thresholdMs, int maxStacks);
    ~StallWatchdog();
    StallWatchdog(const StallWatchdog &) = delete;
    StallWatchdog &operator=(const StallWatchdog &) = delete;

    void beat();
    // Forgets the stalls so far (end of warm-up).
    void reset();
    QVector<Stall> stalls() const;
    QStringList stacks() const;
    // The GUI thread's time on a CPU and waiting for one since it started, in ms.
    static void threadTimes(int tid, double *cpuMs, double *waitMs);

private:
    void watch();
    QString takeStack() const;

    const int m_thresholdMs;
    int m_stacksLeft;
    const int m_tid;
    std::atomic<qint64> m_lastBeatMs{0};
    std::atomic<bool> m_stop{false};
    double m_cpuAtBeat = 0;  // GUI thread only
    double m_waitAtBeat = 0; // GUI thread only
    mutable std::mutex m_mutex;
    QVector<Stall> m_stalls;
    Stall m_seen; // what the watcher saw of the stall going on
    QStringList m_stacks;
    std::thread m_thread;
};
