#include "NodeDetailsPane.h"

#include "ui_NodeDetailsPane.h"

#include <monitor/ClusterMonitor.h>
#include <style/StatusColors.h>

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <tuple>

NodeDetailsPane::NodeDetailsPane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::NodeDetailsPane>()), m_chart(new QChart),
      m_chartView(new QChartView(m_chart, this)), m_timeAxis(new QDateTimeAxis(this)),
      m_msAxis(new QValueAxis(this)), m_percentAxis(new QValueAxis(this))
{
    m_ui->setupUi(this);
    // The longest window is what a node's history holds at the default 2 s interval.
    for (int minutes : {5, 30, 120})
        m_ui->windowCombo->addItem(minutes < 60 ? tr("Last %n minute(s)", nullptr, minutes)
                                                : tr("Last %n hour(s)", nullptr, minutes / 60),
                                   minutes * 60);
    m_chartView->setObjectName(QStringLiteral("detailsChart"));
    m_chartView->setAccessibleName(tr("Charts of the selected node"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);
    m_ui->chartLayout->addWidget(m_chartView);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_timeAxis->setTitleText(tr("Time"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_msAxis->setTitleText(tr("ms"));
    m_percentAxis->setTitleText(tr("%"));
    for (QValueAxis *axis : {m_msAxis, m_percentAxis})
        axis->setLabelFormat(QStringLiteral("%.0f"));
    const std::tuple<nb::Metric, StatusColors::Role, bool> plots[] = {
        {nb::Metric::HealthLatencyMs, StatusColors::Role::Busy, false},
        {nb::Metric::CpuPercent, StatusColors::Role::Stale, true},
        {nb::Metric::MemoryPercent, StatusColors::Role::Down, true}};
    for (const auto &[metric, colour, percent] : plots) {
        auto *series = new QLineSeries(this);
        series->setName(nb::NodeHistory::metricName(metric));
        m_plots.push_back({metric, int(colour), percent, series});
    }
    applyChartPalette();

    m_chartTimer.setSingleShot(true);
    m_chartTimer.setInterval(300);
    connect(&m_chartTimer, &QTimer::timeout, this, &NodeDetailsPane::updateChart);
    connect(m_ui->windowCombo, &QComboBox::currentIndexChanged, this, &NodeDetailsPane::updateChart);
    showNode(QString());
}

NodeDetailsPane::~NodeDetailsPane() = default;

void NodeDetailsPane::setMonitor(nb::ClusterMonitor *monitor)
{
    m_monitor = monitor;
    connect(monitor, &nb::ClusterMonitor::statusChanged, this, [this](const nb::NodeStatus &status) {
        if (status.node == m_node) {
            updateFacts();
            scheduleChart(); // the title says when the host figures went stale
        }
    });
    const auto onNewFigures = [this](const QString &node) {
        if (node == m_node) {
            updateFacts(); // the latency and the host figures change with every answer
            scheduleChart();
        }
    };
    connect(monitor, &nb::ClusterMonitor::sampleRecorded, this, onNewFigures);
    connect(monitor, &nb::ClusterMonitor::hostRead, this, onNewFigures);
}

int NodeDetailsPane::windowSeconds() const
{
    return m_ui->windowCombo->currentData().toInt();
}

int NodeDetailsPane::pointCount(nb::Metric metric) const
{
    return m_points[int(metric)];
}

void NodeDetailsPane::showNode(const QString &node)
{
    m_node = node;
    // An empty chart frame says nothing; the pane's title explains what to do instead.
    m_chartView->setVisible(!node.isEmpty());
    updateFacts();
    updateChart();
}

void NodeDetailsPane::updateFacts()
{
    const bool shown = !m_node.isEmpty() && m_monitor;
    QLabel *const values[] = {m_ui->healthValue, m_ui->versionValue, m_ui->runValue, m_ui->seenValue,
                              m_ui->latencyValue, m_ui->hostValue, m_ui->cpuValue, m_ui->memoryValue,
                              m_ui->loadValue, m_ui->diskValue};
    for (QLabel *label : values)
        label->setEnabled(shown);
    if (!shown) {
        m_ui->titleLabel->setText(tr("Select an app node to see its health over time."));
        for (QLabel *label : values)
            label->setText(QStringLiteral("—"));
        return;
    }
    const nb::NodeStatus status = m_monitor->status(m_node);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_ui->titleLabel->setText(tr("%1 (%2)").arg(m_node, status.host));
    m_ui->healthValue->setText(status.summary(now));
    m_ui->versionValue->setText(status.version.isEmpty() ? tr("unknown (asked only when healthy)") : status.version);
    m_ui->runValue->setText(status.runText() + (status.maintenance ? QStringLiteral(" · ") + tr("maintenance") : QString()));
    m_ui->seenValue->setText(status.ageText(now));
    m_ui->latencyValue->setText(status.latencyMs < 0 ? tr("no answer yet") : tr("%1 ms").arg(status.latencyMs));
    updateHostFacts(status, now);
}

void NodeDetailsPane::updateHostFacts(const nb::NodeStatus &status, qint64 now)
{
    const nb::HostMetrics &metrics = status.metrics;
    m_ui->hostValue->setText(status.hostText(now));
    const bool read = status.hostWatched && status.metricsMs > 0;
    m_ui->cpuValue->setText(!read                      ? QStringLiteral("—")
                            : metrics.cpuPercent >= 0 ? tr("%1 %").arg(metrics.cpuPercent, 0, 'f', 1)
                                                      : tr("known from the second read on"));
    m_ui->memoryValue->setText(read ? metrics.memoryText() : QStringLiteral("—"));
    m_ui->loadValue->setText(read ? metrics.loadText() : QStringLiteral("—"));
    // The usage first: a long data path would push it out of the narrow pane.
    m_ui->diskValue->setText(read ? metrics.diskText() : QStringLiteral("—"));
    m_ui->diskValue->setToolTip(read ? tr("Data path %1").arg(metrics.diskPath) : QString());
    // Old figures stay readable but change colour with the word STALE beside them, so
    // they are never taken for current ones.
    QPalette stalePalette = palette();
    if (status.metricsStale)
        stalePalette.setColor(QPalette::WindowText, StatusColors::forRole(StatusColors::Role::Stale, palette()));
    for (QLabel *label : {m_ui->hostValue, m_ui->cpuValue, m_ui->memoryValue, m_ui->loadValue, m_ui->diskValue})
        label->setPalette(stalePalette);
}

void NodeDetailsPane::scheduleChart()
{
    if (!m_chartTimer.isActive())
        m_chartTimer.start();
}

void NodeDetailsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyChartPalette();
}

void NodeDetailsPane::applyChartPalette()
{
    const QPalette pal = palette();
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setTitleBrush(pal.color(QPalette::Text));
    m_chart->legend()->setLabelColor(pal.color(QPalette::Text));
    for (const Plot &plot : m_plots)
        plot.series->setPen(QPen(StatusColors::forRole(StatusColors::Role(plot.colour), pal), 2));
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{m_timeAxis, m_msAxis, m_percentAxis}) {
        axis->setLabelsBrush(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
}

void NodeDetailsPane::showAxis(QValueAxis *axis, Qt::Alignment side, bool shown)
{
    const bool present = m_chart->axes().contains(axis);
    if (shown && !present) {
        m_chart->addAxis(axis, side);
    } else if (!shown && present) {
        m_chart->removeAxis(axis); // gives it back without a parent
        axis->setParent(this);
    }
}

void NodeDetailsPane::showPlot(const Plot &plot, bool shown)
{
    const bool present = m_chart->series().contains(plot.series);
    if (shown == present)
        return;
    if (shown) {
        QValueAxis *axis = plot.percent ? m_percentAxis : m_msAxis;
        showAxis(axis, plot.percent ? Qt::AlignRight : Qt::AlignLeft, true);
        m_chart->addSeries(plot.series);
        plot.series->attachAxis(m_timeAxis);
        plot.series->attachAxis(axis);
    } else {
        m_chart->removeSeries(plot.series); // gives it back without a parent
        plot.series->setParent(this);
        plot.series->clear();
    }
}

void NodeDetailsPane::updateChart()
{
    std::fill(std::begin(m_points), std::end(m_points), 0);
    const bool stale = m_monitor && !m_node.isEmpty() && m_monitor->status(m_node).metricsStale;
    m_chart->setTitle(m_node.isEmpty() ? QString()
                      : stale          ? tr("%1 over time — host figures STALE").arg(m_node)
                                       : tr("%1 over time").arg(m_node));
    const bool shown = !m_node.isEmpty() && m_monitor;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = now - qint64(windowSeconds()) * 1000;
    m_timeAxis->setFormat(windowSeconds() > 3600 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(now));

    double msTop = 10;
    bool anyPercent = false;
    for (const Plot &plot : m_plots) {
        const auto samples = shown ? m_monitor->history(m_node).series(plot.metric).since(from)
                                   : QVector<nb::TimeSeries::Sample>();
        // CPU and memory appear once something feeds them; latency is always drawn so an
        // empty chart says "no answers yet" rather than vanishing.
        const bool drawn = shown && (!samples.isEmpty() || plot.metric == nb::Metric::HealthLatencyMs);
        showPlot(plot, drawn);
        if (!drawn)
            continue;
        anyPercent = anyPercent || plot.percent;
        QList<QPointF> points;
        points.reserve(samples.size());
        for (const auto &sample : samples) {
            points.append(QPointF(double(sample.timeMs), sample.value));
            if (!plot.percent) // a share never exceeds 100 %; only milliseconds need headroom
                msTop = std::max(msTop, sample.value * 1.1);
        }
        plot.series->replace(points);
        // A line needs two points; a node seen once must still show its one sample.
        plot.series->setPointsVisible(points.size() < 120);
        m_points[int(plot.metric)] = int(points.size());
    }
    showAxis(m_msAxis, Qt::AlignLeft, shown);
    showAxis(m_percentAxis, Qt::AlignRight, anyPercent);
    m_msAxis->setRange(0, msTop);
    m_msAxis->applyNiceNumbers();
    m_percentAxis->setRange(0, 100);
    m_percentAxis->applyNiceNumbers();
    m_chartView->setAccessibleDescription(
        tr("%n latency sample(s) in the window", nullptr, m_points[int(nb::Metric::HealthLatencyMs)]));
}
