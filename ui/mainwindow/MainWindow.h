#pragma once

#include <inventory/Inventory.h>
#include <monitor/NodeStatus.h>

#include "wizard/ProcedureWizard.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}
namespace nb {
class ClusterMonitor;
}
class ClusterTreeModel;
class RunCommandDialog;
class RunsHistoryDialog;
class InventoryEditorDialog;
class LogDock;
class TopologyScene;

// The console's window: the cluster as a live picture in the middle, the cluster tree
// (the same parts as a keyboard- and screen-reader-friendly list) on the left, the
// selected node's details and charts on the right, and the log below.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the inventory and shows the cluster; on failure shows why and keeps the
    // window as it was. Returns whether the file was loaded.
    bool openInventory(const QString &path);

    nb::ClusterMonitor *monitor() const { return m_monitor; }
    // The wizard of a procedure on the open cluster (First start…, Upgrade…,
    // Maintenance…); shown, not run modally, and deleted when closed.
    ProcedureWizard *openWizard(ProcedureWizard::Kind kind);
    // Cluster > Run Command… (needs an open cluster) and Cluster > Runs History…;
    // shown, not modal, and deleted when closed.
    RunCommandDialog *openRunCommand();
    RunsHistoryDialog *openRunsHistory();
    // File > New Inventory… (from the commented example) and File > Edit Inventory…
    // (the open cluster's file); shown, not modal; a save reloads the cluster.
    InventoryEditorDialog *openInventoryEditor(bool fromExample);
    LogDock *logDock() const { return m_logDock; }
    TopologyScene *topology() const { return m_topology; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseInventory();
    void showSettings();
    void applySettings();
    void showAbout();
    void rebuildRecentMenu();
    void onStatusChanged(const nb::NodeStatus &status);
    void logTransition(const nb::NodeStatus &status);
    void updateSummary();
    void selectInTree(const QString &node);
    QString clusterVersion() const;
    void offerResume();
    void resumeRun(const nb::RunRecord &run);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ClusterTreeModel *m_clusterModel;
    TopologyScene *m_topology;
    nb::ClusterMonitor *m_monitor;
    LogDock *m_logDock;
    QTimer m_summaryTimer;
    QHash<QString, QPair<nb::NodeStatus::Health, bool>> m_lastShown; // health, stale
    std::optional<nb::Inventory> m_inventory;
};
