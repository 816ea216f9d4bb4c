#pragma once

#include <monitor/NodeHistory.h>
#include <monitor/NodeStatus.h>

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class NodeDetailsPane;
}
namespace nb {
class ClusterMonitor;
}
class QChart;
class QChartView;

// Facts and charts of the node selected in the topology: health, version, last answer,
// the host's figures (CPU, memory, load, data disk, and how old they are), and the
// health-check latency, CPU and memory over a chosen window of time.
class NodeDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit NodeDetailsPane(QWidget *parent = nullptr);
    ~NodeDetailsPane() override;

    void setMonitor(nb::ClusterMonitor *monitor);
    void showNode(const QString &node); // empty: nothing selected
    QString node() const { return m_node; }
    // The window the chart covers, in seconds.
    int windowSeconds() const;
    // How many points the chart shows for a metric (for tests and the accessible summary).
    int pointCount(nb::Metric metric) const;

private:
    void updateFacts();
    void updateHostFacts(const nb::NodeStatus &status, qint64 now);
    void updateChart();
    void scheduleChart();

    std::unique_ptr<Ui::NodeDetailsPane> m_ui;
    nb::ClusterMonitor *m_monitor = nullptr;
    QString m_node;
    QChart *m_chart;
    QChartView *m_chartView;
    QTimer m_chartTimer;
    int m_points[nb::MetricCount] = {};
};
