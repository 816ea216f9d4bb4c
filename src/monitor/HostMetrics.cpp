#include "HostMetrics.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace nb {

namespace {

const QString StatMarker = QStringLiteral("@@nb-stat");
const QString MeminfoMarker = QStringLiteral("@@nb-meminfo");
const QString LoadMarker = QStringLiteral("@@nb-loadavg");
const QString DfMarker = QStringLiteral("@@nb-df");
const QString EndMarker = QStringLiteral("@@nb-end");

// The output cut at the marker lines. A section counts only once the next marker closes
// it: output cut short by a dropped connection must not pass for a short /proc/meminfo.
QHash<QString, QStringList> sections(const QString &text)
{
    QHash<QString, QStringList> result;
    QString current;
    QStringList lines;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line == StatMarker || line == MeminfoMarker || line == LoadMarker || line == DfMarker
            || line == EndMarker) {
            if (!current.isEmpty())
                result.insert(current, lines);
            current = line == EndMarker ? QString() : line;
            lines.clear();
        } else if (!current.isEmpty() && !line.isEmpty()) {
            lines.append(line);
        }
    }
    return result;
}

HostMetrics::CpuTimes readCpu(const QStringList &lines)
{
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.value(0) != QLatin1String("cpu"))
            continue;
        // user nice system idle iowait irq softirq steal; guest time is already in user.
        // Kernels before 2.6 print only the first four.
        quint64 values[8] = {};
        const int count = int(std::min<qsizetype>(8, fields.size() - 1));
        if (count < 4)
            return {};
        for (int i = 0; i < count; ++i) {
            bool ok = false;
            values[i] = fields.at(i + 1).toULongLong(&ok);
            if (!ok)
                return {};
        }
        quint64 total = 0;
        for (quint64 value : values)
            total += value;
        const quint64 idle = values[3] + values[4];
        return {total - idle, total, total > 0};
    }
    return {};
}

// "MemTotal:       24683620 kB" -> 24683620
QHash<QString, qint64> readMeminfo(const QStringList &lines)
{
    QHash<QString, qint64> values;
    for (const QString &line : lines) {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QStringList rest = line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool ok = false;
        const qint64 value = rest.value(0).toLongLong(&ok);
        if (ok && value >= 0)
            values.insert(line.left(colon), value);
    }
    return values;
}

bool finiteNonNegative(double value)
{
    return std::isfinite(value) && value >= 0;
}

} // namespace

ShellCommand HostMetrics::command(const QString &dataPath)
{
    // Only the first line of /proc/stat: the per-CPU lines and interrupt counters are
    // long on big hosts and the monitor needs the aggregate alone. LC_ALL=C keeps df's
    // header and number format the same whatever the host's language.
    ShellCommand command("echo @@nb-stat; head -n 1 /proc/stat; echo @@nb-meminfo; cat /proc/meminfo; "
                         "echo @@nb-loadavg; cat /proc/loadavg; echo @@nb-df; LC_ALL=C df -P -k --");
    command.arg(dataPath.isEmpty() ? QStringLiteral("/") : dataPath, ShellValueKind::AbsolutePath);
    command.raw("; echo @@nb-end");
    return command;
}

HostMetrics HostMetrics::parse(const QString &stdoutText, const QString &stderrText)
{
    HostMetrics metrics;
    const QHash<QString, QStringList> parts = sections(stdoutText);

    if (!parts.contains(StatMarker)) {
        metrics.problems.append(tr("/proc/stat was not read"));
    } else {
        metrics.cpu = readCpu(parts.value(StatMarker));
        if (!metrics.cpu.valid)
            metrics.problems.append(tr("/proc/stat has no readable cpu line"));
    }

    const QHash<QString, qint64> mem = readMeminfo(parts.value(MeminfoMarker));
    const qint64 total = mem.value(QStringLiteral("MemTotal"), -1);
    // MemAvailable exists since Linux 3.14; before it, free + buffers + page cache is
    // the usual estimate.
    qint64 available = mem.value(QStringLiteral("MemAvailable"), -1);
    if (available < 0 && mem.contains(QStringLiteral("MemFree")))
        available = mem.value(QStringLiteral("MemFree")) + mem.value(QStringLiteral("Buffers"))
            + mem.value(QStringLiteral("Cached"));
    if (total > 0 && available >= 0 && available <= total) {
        metrics.memTotalKb = total;
        metrics.memAvailableKb = available;
        metrics.memoryPercent = 100.0 * double(total - available) / double(total);
    } else {
        metrics.problems.append(tr("/proc/meminfo has no readable MemTotal and MemAvailable"));
    }

    const QStringList load = parts.value(LoadMarker).value(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool ok1 = false, ok5 = false, ok15 = false;
    const double load1 = load.value(0).toDouble(&ok1);
    const double load5 = load.value(1).toDouble(&ok5);
    const double load15 = load.value(2).toDouble(&ok15);
    if (ok1 && ok5 && ok15 && finiteNonNegative(load1) && finiteNonNegative(load5) && finiteNonNegative(load15)) {
        metrics.load1 = load1;
        metrics.load5 = load5;
        metrics.load15 = load15;
    } else {
        metrics.problems.append(tr("/proc/loadavg is not readable"));
    }

    // df -P promises one line per filesystem: name, 1024-blocks, used, available,
    // capacity, mount point. The name and the mount point may hold spaces, so the
    // numbers are matched from the middle.
    static const QRegularExpression dfLine(
        QStringLiteral("^(.*\\S)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+%|-)\\s+(/.*)$"));
    bool diskRead = false;
    for (const QString &line : parts.value(DfMarker)) {
        const QRegularExpressionMatch match = dfLine.match(line);
        if (!match.hasMatch())
            continue;
        const qint64 used = match.captured(3).toLongLong();
        const qint64 free = match.captured(4).toLongLong();
        metrics.diskUsedKb = used;
        metrics.diskAvailableKb = free;
        metrics.diskMount = match.captured(6);
        if (used + free > 0)
            metrics.diskPercent = 100.0 * double(used) / double(used + free);
        diskRead = true;
        break;
    }
    if (!diskRead) {
        const QString complaint = stderrText.trimmed().section(QLatin1Char('\n'), 0, 0);
        metrics.problems.append(complaint.isEmpty() ? tr("df printed no usage line") : complaint);
    }
    return metrics;
}

double HostMetrics::cpuPercentBetween(const CpuTimes &before, const CpuTimes &after)
{
    // Counters only grow; a smaller one means the host rebooted between the reads.
    if (!before.valid || !after.valid || after.total <= before.total || after.busy < before.busy)
        return -1;
    const double percent = 100.0 * double(after.busy - before.busy) / double(after.total - before.total);
    return std::clamp(percent, 0.0, 100.0);
}

bool HostMetrics::hasAnyValue() const
{
    return cpu.valid || memoryPercent >= 0 || load1 >= 0 || diskPercent >= 0;
}

QString HostMetrics::loadText() const
{
    if (load1 < 0)
        return tr("unknown");
    return QStringLiteral("%1 %2 %3").arg(load1, 0, 'f', 2).arg(load5, 0, 'f', 2).arg(load15, 0, 'f', 2);
}

namespace {

QString gib(qint64 kb)
{
    return QString::number(double(kb) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

QString HostMetrics::diskText() const
{
    if (diskPercent < 0)
        return problems.isEmpty() ? tr("unknown") : problems.last();
    return tr("%1 of %2 GiB used (%3 %) on %4")
        .arg(gib(diskUsedKb), gib(diskUsedKb + diskAvailableKb))
        .arg(diskPercent, 0, 'f', 0)
        .arg(diskMount);
}

QString HostMetrics::memoryText() const
{
    if (memoryPercent < 0)
        return tr("unknown");
    return tr("%1 of %2 GiB used (%3 %)")
        .arg(gib(memTotalKb - memAvailableKb), gib(memTotalKb))
        .arg(memoryPercent, 0, 'f', 0);
}

} // namespace nb
