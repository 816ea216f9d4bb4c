#include "ClusterTreeModel.h"

ClusterTreeModel::ClusterTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Name"), tr("Host"), tr("Details")});
}

void ClusterTreeModel::setInventory(const nb::Inventory &inventory)
{
    removeRows(0, rowCount());
    m_apps = nullptr;
    m_appRows.clear();

    const auto &lb = inventory.loadBalancer;
    addPart(addRole(tr("Load balancer")), lb.kind, lb.host, lb.url);

    m_apps = addRole(tr("App nodes"));
    for (const auto &node : inventory.app.nodes) {
        m_appRows.insert(node.name, m_apps->rowCount());
        addPart(m_apps, node.name, node.host, tr("%1 runtime").arg(inventory.app.runtime));
    }

    const auto &db = inventory.database;
    if (!db.host.isEmpty()) {
        addPart(addRole(tr("Database")), db.name, db.host,
                db.port ? QStringLiteral("%1:%2").arg(db.dialect).arg(db.port) : db.dialect);
    }
    if (!inventory.redisUrl.isEmpty())
        addPart(addRole(tr("Redis")), QStringLiteral("redis"), QString(), inventory.redisUrl);
    if (!inventory.storagePath.isEmpty())
        addPart(addRole(tr("Shared storage")), inventory.storagePath, QString(), QString());
}

QStandardItem *ClusterTreeModel::addRole(const QString &title)
{
    auto *item = new QStandardItem(title);
    item->setEditable(false);
    QList<QStandardItem *> row{item};
    for (int column = 1; column < ColumnCount; ++column) {
        row.append(new QStandardItem);
        row.last()->setEditable(false);
    }
    appendRow(row);
    return item;
}

void ClusterTreeModel::addPart(QStandardItem *role, const QString &name, const QString &host,
                               const QString &detail)
{
    QList<QStandardItem *> row{new QStandardItem(name), new QStandardItem(host),
                               new QStandardItem(detail)};
    for (auto *item : row)
        item->setEditable(false);
    role->appendRow(row);
}

QString ClusterTreeModel::appNodeAt(const QModelIndex &index) const
{
    if (!m_apps || !index.isValid() || index.parent() != m_apps->index())
        return QString();
    return m_apps->child(index.row(), NameColumn)->text();
}

QModelIndex ClusterTreeModel::indexOfAppNode(const QString &name) const
{
    const auto row = m_appRows.constFind(name);
    if (!m_apps || row == m_appRows.cend())
        return QModelIndex();
    return m_apps->child(*row, NameColumn)->index();
}

void ClusterTreeModel::setNodeDetail(const QString &name, const QString &detail)
{
    const QModelIndex index = indexOfAppNode(name);
    if (index.isValid())
        m_apps->child(index.row(), DetailColumn)->setText(detail);
}
