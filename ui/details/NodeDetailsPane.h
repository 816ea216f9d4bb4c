#pragma once

#include <monitor/NodeHistory.h>
#include <monitor/NodeStatus.h>

#include <QTimer>
#include <QWidget>
#include <memory>
#include <vector>

namespace Ui {
class NodeDetailsPane;
}
namespace nb {
class ClusterMonitor;
}
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

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

protected:
    void changeEvent(QEvent *event) override;

private:
    // One line of the chart. The series and axes live as long as the pane: an update
    // only replaces points and ranges, because building a chart anew (series, axes,
    // legend, layout) costs the GUI thread far more than the points do.
    struct Plot
    {
        nb::Metric metric;
        int colour; // StatusColors::Role
        bool percent;
        QLineSeries *series;
    };

    void updateFacts();
    void updateHostFacts(const nb::NodeStatus &status, qint64 now);
    void updateChart();
    void scheduleChart();
    void applyChartPalette();
    // Shows or hides a series and the axes it hangs on (a hidden one leaves the chart).
    void showPlot(const Plot &plot, bool shown);
    void showAxis(QValueAxis *axis, Qt::Alignment side, bool shown);

    std::unique_ptr<Ui::NodeDetailsPane> m_ui;
    nb::ClusterMonitor *m_monitor = nullptr;
    QString m_node;
    QChart *m_chart;
    QChartView *m_chartView;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_msAxis;
    QValueAxis *m_percentAxis;
    std::vector<Plot> m_plots;
    QTimer m_chartTimer;
    int m_points[nb::MetricCount] = {};
};
