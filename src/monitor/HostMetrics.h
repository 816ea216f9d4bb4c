#pragma once

#include <ssh/ShellCommand.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nb {

// The figures of one host read in one short command: CPU counters, memory, load and the
// disk that holds the node's data path. A value that could not be read stays negative
// and the reason is in problems, so one odd section never hides the others.
struct HostMetrics
{
    Q_DECLARE_TR_FUNCTIONS(HostMetrics)

public:
    // The aggregate "cpu" line of /proc/stat in jiffies since boot.
    struct CpuTimes
    {
        quint64 busy = 0;
        quint64 total = 0;
        bool valid = false;
    };

    CpuTimes cpu;
    double cpuPercent = -1; // over the time since the previous read; needs two reads
    qint64 memTotalKb = -1;
    qint64 memAvailableKb = -1;
    double memoryPercent = -1; // (MemTotal - MemAvailable) / MemTotal
    double load1 = -1;
    double load5 = -1;
    double load15 = -1;
    QString diskPath;  // the path asked about
    QString diskMount; // the filesystem's mount point, as df printed it
    qint64 diskUsedKb = -1;
    qint64 diskAvailableKb = -1;
    double diskPercent = -1; // used / (used + available), as df's Capacity (without reserve)
    QStringList problems;    // one sentence per section that could not be read

    // One command for the whole read. The sections are fenced by marker lines, so a
    // short or garbled section is recognised instead of shifting the next one.
    static ShellCommand command(const QString &dataPath);
    // Reads the command's standard output; stderrText is df's complaint, if any.
    static HostMetrics parse(const QString &stdoutText, const QString &stderrText = {});
    // CPU use between two reads, or -1 when they cannot be compared (first read, reboot).
    static double cpuPercentBetween(const CpuTimes &before, const CpuTimes &after);

    bool hasAnyValue() const;
    // "0.52 0.58 0.61" or "unknown".
    QString loadText() const;
    // "12.3 of 250.0 GiB used (5 %) on / for /srv/storage" or "unknown".
    QString diskText() const;
    // "1.2 of 23.5 GiB used (5 %)" or "unknown".
    QString memoryText() const;
};

} // namespace nb
