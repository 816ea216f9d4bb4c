#include "MainWindow.h"

#include "ClusterTreeModel.h"
#include "ui_MainWindow.h"

#include <core/ApplicationInfo.h>
#include <inventory/InventoryLoader.h>

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()),
      m_clusterModel(new ClusterTreeModel(this))
{
    m_ui->setupUi(this);
    m_ui->clusterView->setModel(m_clusterModel);
    m_ui->clusterLabel->setText(tr("No cluster open. Use File > Open Inventory…"));

    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::chooseInventory);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

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
    m_ui->clusterLabel->setText(tr("Cluster %1 — %n app node(s)", nullptr, int(inventory.app.nodes.size()))
                                    .arg(inventory.cluster));
    setWindowTitle(tr("%1 — NocoBase Cluster Console").arg(inventory.cluster));
    statusBar()->showMessage(tr("Loaded %1").arg(path));
    return true;
}

void MainWindow::chooseInventory()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Inventory"), QString(),
                                                      tr("Inventory (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openInventory(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About NocoBase Cluster Console"),
                       tr("NocoBase Cluster Console %1\n\nRuns NocoBase's cluster maintenance "
                          "procedures over SSH.")
                           .arg(nb::ApplicationInfo::version()));
}
