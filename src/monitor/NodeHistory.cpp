#include "NodeHistory.h"

namespace nb {

NodeHistory::NodeHistory(int capacity)
    : m_series{TimeSeries(capacity), TimeSeries(capacity), TimeSeries(capacity),
               TimeSeries(capacity), TimeSeries(capacity)}
{
}

QString NodeHistory::metricName(Metric metric)
{
    switch (metric) {
    case Metric::HealthLatencyMs:
        return tr("Latency (ms)");
    case Metric::CpuPercent:
        return tr("CPU (%)");
    case Metric::MemoryPercent:
        return tr("Memory (%)");
    case Metric::Load1:
        return tr("Load (1 min)");
    case Metric::DiskPercent:
        return tr("Disk used (%)");
    }
    return QString();
}

} // namespace nb
