#pragma once

#include <procedure/ClusterLock.h>
#include <ssh/SshPolicy.h>

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

// Shown when a run is refused because another run holds the cluster lock: who holds
// it, which run, since when and for how long. Breaking it is offered only after the
// operator types the cluster name exactly, as the CLI's unlock asks; the break itself
// runs over SSH off the GUI thread. Accepted means the lock is gone: try again.
class StaleLockDialog : public QDialog
{
    Q_OBJECT

public:
    // Runs on a worker thread; the lock's answer (ok, or the error for a person).
    using Breaker = std::function<nb::ClusterLock::Result()>;

    StaleLockDialog(const QString &cluster, const nb::LockHolder &holder, Breaker breaker, QWidget *parent = nullptr);
    ~StaleLockDialog() override;

    // Breaks the inventory's lock through its own pool with the given policy.
    static Breaker breakerFor(const nb::Inventory &inventory, const nb::SshPolicy &policy);
    // "3 h 12 min", "45 s": how long ago an ISO 8601 time was; empty if it is not one.
    static QString age(const QString &since, const QDateTime &now);

    void reject() override;

private:
    void breakLock();
    void updateBreakButton();

    QString m_cluster;
    Breaker m_breaker;
    QThread *m_thread = nullptr;
    QLineEdit *m_nameEdit;
    QPushButton *m_breakButton;
    QPushButton *m_keepButton;
    QLabel *m_state;
};
