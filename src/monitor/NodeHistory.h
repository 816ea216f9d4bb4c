#pragma once

#include "TimeSeries.h"

#include <QCoreApplication>
#include <QString>
#include <array>

namespace nb {

// What is recorded over time per node. Health latency comes from the monitor's own
// probes; the host figures are fed by whoever reads them over SSH.
enum class Metric { HealthLatencyMs, CpuPercent, MemoryPercent, Load1, DiskPercent };
constexpr int MetricCount = 5;

// The time series of one node, one per metric.
class NodeHistory
{
    Q_DECLARE_TR_FUNCTIONS(NodeHistory)

public:
    explicit NodeHistory(int capacity = 4096);

    TimeSeries &series(Metric metric) { return m_series[std::size_t(metric)]; }
    const TimeSeries &series(Metric metric) const { return m_series[std::size_t(metric)]; }

    // "Latency (ms)", "CPU (%)", ...
    static QString metricName(Metric metric);

private:
    std::array<TimeSeries, MetricCount> m_series;
};

} // namespace nb
