#pragma once

#include <inventory/Inventory.h>

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}
class ClusterTreeModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the inventory and shows the cluster; on failure shows why and keeps the
    // window as it was. Returns whether the file was loaded.
    bool openInventory(const QString &path);

private:
    void chooseInventory();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ClusterTreeModel *m_clusterModel = nullptr;
};
