#pragma once

#include <inventory/Inventory.h>

#include <QHash>
#include <QStandardItemModel>

// The cluster's parts grouped by role (load balancer, app nodes, database, Redis,
// storage) for the tree in the main window.
class ClusterTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, HostColumn, DetailColumn, ColumnCount };

    explicit ClusterTreeModel(QObject *parent = nullptr);
    void setInventory(const nb::Inventory &inventory);
    // The app node a row (any column) stands for, or an empty string.
    QString appNodeAt(const QModelIndex &index) const;
    QModelIndex indexOfAppNode(const QString &name) const;
    // The node's live status in the details column, so the list says what the picture shows.
    void setNodeDetail(const QString &name, const QString &detail);

private:
    QStandardItem *addRole(const QString &title);
    void addPart(QStandardItem *role, const QString &name, const QString &host,
                 const QString &detail);

    QStandardItem *m_apps = nullptr;
    // App node name -> row under m_apps: every status update looks a node up, and a
    // polling round updates every node.
    QHash<QString, int> m_appRows;
};
