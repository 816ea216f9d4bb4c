#include "ExecTargetPicker.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QListWidget>
#include <QRadioButton>

namespace {

constexpr int SelectorRole = Qt::UserRole + 1;

} // namespace

ExecTargetPicker::ExecTargetPicker(QWidget *parent)
    : QWidget(parent), m_allRadio(new QRadioButton(tr("&All app nodes"), this)),
      m_roleRadio(new QRadioButton(tr("By &role:"), this)), m_roleCombo(new QComboBox(this)),
      m_hostsRadio(new QRadioButton(tr("&Individual hosts:"), this)), m_hostList(new QListWidget(this))
{
    m_allRadio->setObjectName(QStringLiteral("allTargetsRadio"));
    m_allRadio->setAccessibleName(tr("Run on all app nodes"));
    m_roleRadio->setObjectName(QStringLiteral("roleTargetsRadio"));
    m_roleRadio->setAccessibleName(tr("Run on every host of one role"));
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleCombo->setAccessibleName(tr("Role"));
    m_hostsRadio->setObjectName(QStringLiteral("hostsTargetsRadio"));
    m_hostsRadio->setAccessibleName(tr("Run on the hosts ticked below"));
    m_hostList->setObjectName(QStringLiteral("hostList"));
    m_hostList->setAccessibleName(tr("Hosts"));
    m_hostList->setAccessibleDescription(tr("Space ticks or clears the current host."));
    m_hostList->setMaximumHeight(110);
    m_allRadio->setChecked(true);

    auto *group = new QButtonGroup(this);
    for (QRadioButton *radio : {m_allRadio, m_roleRadio, m_hostsRadio})
        group->addButton(radio);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_allRadio, 0, 0, 1, 2);
    layout->addWidget(m_roleRadio, 1, 0);
    layout->addWidget(m_roleCombo, 1, 1, Qt::AlignLeft);
    layout->addWidget(m_hostsRadio, 2, 0, Qt::AlignTop);
    layout->addWidget(m_hostList, 2, 1);
    layout->setColumnStretch(1, 1);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (!checked)
            return;
        updateEnabled();
        emit selectorChanged();
    });
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &ExecTargetPicker::selectorChanged);
    connect(m_hostList, &QListWidget::itemChanged, this, &ExecTargetPicker::selectorChanged);
    updateEnabled();
}

void ExecTargetPicker::setInventory(const nb::Inventory &inventory)
{
    const bool hasLb = !inventory.loadBalancer.host.isEmpty();
    const bool hasDb = !inventory.database.host.isEmpty();

    m_roleCombo->clear();
    m_roleCombo->addItem(tr("App nodes"), QStringLiteral("apps"));
    if (hasLb)
        m_roleCombo->addItem(tr("Load balancer (lb)"), QStringLiteral("lb"));
    if (hasDb)
        m_roleCombo->addItem(tr("Database (db)"), QStringLiteral("db"));
    if (hasLb || hasDb) {
        QStringList every{QStringLiteral("apps")};
        if (hasLb)
            every.append(QStringLiteral("lb"));
        if (hasDb)
            every.append(QStringLiteral("db"));
        m_roleCombo->addItem(tr("Every host (app nodes, load balancer, database)"), every.join(QLatin1Char(',')));
    }

    const QSignalBlocker blocker(m_hostList);
    m_hostList->clear();
    const auto addHost = [this](const QString &name, const QString &text) {
        auto *item = new QListWidgetItem(text, m_hostList);
        item->setData(SelectorRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    };
    for (const nb::AppNode &node : inventory.app.nodes)
        addHost(node.name, tr("%1 — %2").arg(node.name, node.host));
    if (hasLb)
        addHost(QStringLiteral("lb"), tr("lb — load balancer, %1").arg(inventory.loadBalancer.host));
    if (hasDb)
        addHost(QStringLiteral("db"), tr("db — database, %1").arg(inventory.database.host));
    if (m_hostList->count() > 0)
        m_hostList->setCurrentRow(0);
    emit selectorChanged();
}

QString ExecTargetPicker::selector() const
{
    if (m_allRadio->isChecked())
        return QStringLiteral("all");
    if (m_roleRadio->isChecked())
        return m_roleCombo->currentData().toString();
    QStringList names;
    for (int row = 0; row < m_hostList->count(); ++row) {
        const QListWidgetItem *item = m_hostList->item(row);
        if (item->checkState() == Qt::Checked)
            names.append(item->data(SelectorRole).toString());
    }
    return names.join(QLatin1Char(','));
}

void ExecTargetPicker::updateEnabled()
{
    m_roleCombo->setEnabled(m_roleRadio->isChecked());
    m_hostList->setEnabled(m_hostsRadio->isChecked());
}
