#include "MainWindow.h"

#include "ClusterTreeModel.h"
#include "ui_MainWindow.h"

#include <core/ApplicationInfo.h>
#include <details/NodeDetailsPane.h>
#include <exec/RunCommandDialog.h>
#include <inventory/InventoryEditorDialog.h>
#include <inventory/InventoryLoader.h>
#include <journal/JournalStore.h>
#include <log/LogDock.h>
#include <log/LogLineModel.h>
#include <monitor/ClusterMonitor.h>
#include <runs/RunsHistoryDialog.h>
#include <settings/ConsoleSettings.h>
#include <settings/SettingsDialog.h>
#include <topology/NodeItem.h>
#include <topology/TopologyScene.h>

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()),
      m_clusterModel(new ClusterTreeModel(this)), m_topology(new TopologyScene(this)),
      m_monitor(new nb::ClusterMonitor(this)), m_logDock(new LogDock(this))
{
    m_ui->setupUi(this);
    m_ui->clusterView->setModel(m_clusterModel);
    m_ui->clusterLabel->setText(tr("No cluster open. Use File > Open Inventory…"));
    m_ui->topologyView->setTopology(m_topology);
    m_ui->detailsPane->setMonitor(m_monitor);
    // CPU, memory, load, data disk and the runtime's state over the monitor's own SSH
    // sessions; before any inventory is set.
    m_monitor->enableHostMetrics();
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    resizeDocks({m_logDock}, {260}, Qt::Vertical);
    resizeDocks({m_ui->clusterDock, m_ui->detailsDock}, {250, 380}, Qt::Horizontal);
    for (QDockWidget *dock : {m_ui->clusterDock, m_ui->detailsDock, static_cast<QDockWidget *>(m_logDock)})
        m_ui->viewMenu->addAction(dock->toggleViewAction());

    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::chooseInventory);
    const QPair<QAction *, ProcedureWizard::Kind> procedures[] = {
        {m_ui->firstStartAction, ProcedureWizard::Kind::FirstStart},
        {m_ui->upgradeAction, ProcedureWizard::Kind::Upgrade},
        {m_ui->maintenanceAction, ProcedureWizard::Kind::Maintenance}};
    for (const auto &[action, kind] : procedures) {
        const ProcedureWizard::Kind wizardKind = kind;
        connect(action, &QAction::triggered, this, [this, wizardKind] { openWizard(wizardKind); });
    }
    connect(m_ui->newInventoryAction, &QAction::triggered, this, [this] { openInventoryEditor(true); });
    connect(m_ui->editInventoryAction, &QAction::triggered, this, [this] { openInventoryEditor(false); });
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->runCommandAction, &QAction::triggered, this, &MainWindow::openRunCommand);
    connect(m_ui->runsHistoryAction, &QAction::triggered, this, &MainWindow::openRunsHistory);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->zoomInAction, &QAction::triggered, m_ui->topologyView, &TopologyView::zoomIn);
    connect(m_ui->zoomOutAction, &QAction::triggered, m_ui->topologyView, &TopologyView::zoomOut);
    connect(m_ui->fitAction, &QAction::triggered, m_ui->topologyView, &TopologyView::fitAll);

    connect(m_monitor, &nb::ClusterMonitor::statusChanged, this, &MainWindow::onStatusChanged);
    connect(m_topology, &TopologyScene::nodeSelected, this, [this](const QString &node) {
        m_ui->detailsPane->showNode(node);
        selectInTree(node);
    });
    connect(m_ui->clusterView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString node = m_clusterModel->appNodeAt(current);
                if (!node.isEmpty())
                    m_topology->selectNode(node);
            });

    // Counting states over hundreds of nodes on every answer would be wasted work; the
    // summary is read by a person, so a few updates a second are enough.
    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(300);
    connect(&m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateSummary);

    const ConsoleSettings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 820);
    restoreState(settings.windowState());
    applySettings();
    rebuildRecentMenu();
}

MainWindow::~MainWindow() = default;

InventoryEditorDialog *MainWindow::openInventoryEditor(bool fromExample)
{
    if (!fromExample && !m_inventory)
        return nullptr;
    auto *dialog = new InventoryEditorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (fromExample)
        dialog->openExample();
    else
        dialog->openFile(m_inventory->filePath);
    connect(dialog, &InventoryEditorDialog::saved, this, [this](const QString &path) { openInventory(path); });
    dialog->show();
    return dialog;
}

bool MainWindow::openInventory(const QString &path)
{
    const auto result = nb::InventoryLoader::loadFile(path);
    if (!result.inventory) {
        QStringList lines;
        for (const auto &problem : result.problems)
            lines.append(problem.toString());
        QMessageBox box(QMessageBox::Warning, tr("Inventory not loaded"),
                        tr("%1 has problems and was not loaded.").arg(path), QMessageBox::Ok, this);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
        return false;
    }
    const nb::Inventory &inventory = *result.inventory;
    m_clusterModel->setInventory(inventory);
    m_ui->clusterView->expandAll();
    for (int column = 0; column < ClusterTreeModel::ColumnCount; ++column)
        m_ui->clusterView->resizeColumnToContents(column);
    // A long storage path must not push the hosts out of the narrow dock.
    m_ui->clusterView->setColumnWidth(ClusterTreeModel::NameColumn,
                                      qMin(m_ui->clusterView->columnWidth(ClusterTreeModel::NameColumn), 130));
    m_ui->clusterLabel->setText(tr("Cluster %1 — %n app node(s)", nullptr, int(inventory.app.nodes.size()))
                                    .arg(inventory.cluster));
    setWindowTitle(tr("%1 — NocoBase Cluster Console").arg(inventory.cluster));

    m_lastShown.clear();
    m_topology->setInventory(inventory);
    m_ui->topologyView->fitAll();
    m_ui->detailsPane->showNode(QString());
    m_monitor->stop();
    m_monitor->setInventory(inventory);
    m_monitor->start();

    m_inventory = inventory;
    m_ui->editInventoryAction->setEnabled(true);
    for (QAction *action : {m_ui->firstStartAction, m_ui->upgradeAction, m_ui->maintenanceAction, m_ui->runCommandAction})
        action->setEnabled(true);

    ConsoleSettings().addRecentInventory(path);
    rebuildRecentMenu();
    statusBar()->showMessage(tr("Loaded %1").arg(path), 5000);
    // After the window shows: the offer is about this cluster, so it waits for it.
    QTimer::singleShot(0, this, &MainWindow::offerResume);
    return true;
}

ProcedureWizard *MainWindow::openWizard(ProcedureWizard::Kind kind)
{
    if (!m_inventory)
        return nullptr;
    auto *wizard = new ProcedureWizard(kind, *m_inventory, clusterVersion(), m_logDock->sink(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

RunCommandDialog *MainWindow::openRunCommand()
{
    if (!m_inventory)
        return nullptr;
    auto *dialog = new RunCommandDialog(*m_inventory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RunCommandDialog::outputArrived, m_logDock, &LogDock::append);
    dialog->show();
    return dialog;
}

RunsHistoryDialog *MainWindow::openRunsHistory()
{
    const auto canResume = [this](const nb::RunRecord &run) {
        return m_inventory && run.cluster == m_inventory->cluster && ProcedureWizard::kindOf(run.procedure);
    };
    auto *dialog = new RunsHistoryDialog(nb::JournalStore(), m_inventory ? m_inventory->cluster : QString(),
                                         canResume, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RunsHistoryDialog::resumeRequested, this, &MainWindow::resumeRun);
    dialog->show();
    return dialog;
}

void MainWindow::resumeRun(const nb::RunRecord &run)
{
    const auto kind = ProcedureWizard::kindOf(run.procedure);
    if (!kind)
        return;
    if (ProcedureWizard *wizard = openWizard(*kind))
        wizard->setResume(run);
}

QString MainWindow::clusterVersion() const
{
    for (const auto &node : m_inventory->app.nodes) {
        const QString version = m_monitor->status(node.name).version;
        if (!version.isEmpty())
            return version;
    }
    return {};
}

void MainWindow::offerResume()
{
    if (!m_inventory)
        return;
    const auto record = nb::JournalStore().latestUnfinished(m_inventory->cluster);
    if (!record)
        return;
    // Not modal: the window stays usable (and scriptable) while the offer is open.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unfinished run"),
                                tr("Run %1 (%2) on %3 did not finish: %4")
                                    .arg(record->runId, record->procedure, m_inventory->cluster,
                                         nb::describe(record->outcome)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("resumeOffer"));
    box->setInformativeText(tr("The console probes the cluster and continues at the step where the run stopped; "
                               "you confirm each step again. From a terminal: 'nbconsole-cli resume --run %1' or "
                               "'nbconsole-cli rollback --run %1'.")
                                .arg(record->runId));
    const auto kind = ProcedureWizard::kindOf(record->procedure);
    if (kind) {
        QPushButton *resume = box->addButton(tr("&Resume…"), QMessageBox::AcceptRole);
        connect(resume, &QPushButton::clicked, this, [this, run = *record] { resumeRun(run); });
    }
    box->addButton(tr("&Later"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::onStatusChanged(const nb::NodeStatus &status)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_topology->setNodeStatus(status, now);
    m_clusterModel->setNodeDetail(status.node, status.runtimeRun == nb::NodeStatus::Run::Unknown
                                                   ? status.summary(now)
                                                   : tr("%1 · %2").arg(status.summary(now), status.runText()));
    logTransition(status);
    if (!m_summaryTimer.isActive())
        m_summaryTimer.start();
}

void MainWindow::logTransition(const nb::NodeStatus &status)
{
    // The log keeps the history of health changes, so "when did app-2 go down" has an
    // answer after the picture has moved on.
    const auto shown = qMakePair(status.health, status.stale);
    const auto previous = m_lastShown.find(status.node);
    if (previous != m_lastShown.end() && *previous == shown)
        return;
    m_lastShown.insert(status.node, shown);
    const bool bad = status.stale || status.health == nb::NodeStatus::Health::Failed
        || status.health == nb::NodeStatus::Health::Down || status.health == nb::NodeStatus::Health::Unreachable;
    nb::OutputLine line;
    line.host = status.node;
    line.stream = bad ? nb::OutputLine::Stream::Stderr : nb::OutputLine::Stream::Stdout;
    line.timeMs = QDateTime::currentMSecsSinceEpoch();
    line.text = tr("monitor: %1").arg(status.summary(line.timeMs));
    m_logDock->append({line});
}

void MainWindow::updateSummary()
{
    int healthy = 0;
    int attention = 0;
    int stale = 0;
    for (const NodeItem *item : m_topology->appNodes()) {
        const nb::NodeStatus &status = item->status();
        if (status.stale)
            ++stale;
        else if (status.health == nb::NodeStatus::Health::Healthy)
            ++healthy;
        else if (status.health != nb::NodeStatus::Health::Unknown)
            ++attention;
    }
    statusBar()->showMessage(tr("%1 of %2 nodes healthy · %3 need attention · %4 stale")
                                 .arg(healthy)
                                 .arg(m_topology->appNodes().size())
                                 .arg(attention)
                                 .arg(stale));
}

void MainWindow::selectInTree(const QString &node)
{
    const QModelIndex index = m_clusterModel->indexOfAppNode(node);
    if (index.isValid() && m_ui->clusterView->currentIndex().siblingAtColumn(0) != index)
        m_ui->clusterView->setCurrentIndex(index);
}

void MainWindow::chooseInventory()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Inventory"), QString(),
                                                      tr("Inventory (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openInventory(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_ui->recentMenu->clear();
    const QStringList recent = ConsoleSettings().recentInventories();
    for (const QString &path : recent) {
        QAction *action = m_ui->recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openInventory(path); });
    }
    m_ui->recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showSettings()
{
    // open(), not exec(): a screen reader or GUI test tool that chose the menu item over
    // AT-SPI waits for the action's reply, which exec() would hold until the dialog closes.
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::applySettings()
{
    const ConsoleSettings settings;
    m_monitor->setInterval(settings.pollIntervalMs());
    // NocoBase's own CLI waits 5 s per health request; a shorter interval shortens it too.
    m_monitor->setRequestTimeout(qMin(5000, settings.pollIntervalMs()));
    m_logDock->setLineCap(settings.logLineCap());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ConsoleSettings().setWindow(saveGeometry(), saveState());
    m_monitor->stop();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    // open(), not QMessageBox::about's exec(), for the same reason as the settings.
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About NocoBase Cluster Console"),
                                tr("NocoBase Cluster Console %1\n\nRuns NocoBase's cluster maintenance "
                                   "procedures over SSH.")
                                    .arg(nb::ApplicationInfo::version()),
                                QMessageBox::Ok, this);
    box->setIconPixmap(windowIcon().pixmap(64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
