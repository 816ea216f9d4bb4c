#pragma once

#include <inventory/Inventory.h>

#include <QWidget>

class QComboBox;
class QListWidget;
class QRadioButton;

// Where a command runs, chosen the way `nbconsole-cli exec --targets` takes it: every
// app node, one role (app nodes, load balancer, database, or every host), or hosts
// ticked one by one. The result is a selector string, so the dialog resolves it with
// the same endpointsFor() the CLI uses and the two can never disagree on the hosts.
class ExecTargetPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ExecTargetPicker(QWidget *parent = nullptr);

    void setInventory(const nb::Inventory &inventory);
    // "all", "lb", "db", "apps,lb,db" or "app-1,lb"; empty when no host is ticked.
    QString selector() const;

signals:
    void selectorChanged();

private:
    void updateEnabled();

    QRadioButton *m_allRadio;
    QRadioButton *m_roleRadio;
    QComboBox *m_roleCombo;
    QRadioButton *m_hostsRadio;
    QListWidget *m_hostList;
};
