#include "StaleLockDialog.h"

#include "DialogParts.h"

#include <ssh/SshPool.h>

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

StaleLockDialog::StaleLockDialog(const QString &cluster, const nb::LockHolder &holder, Breaker breaker,
                                 QWidget *parent)
    : QDialog(parent), m_cluster(cluster), m_breaker(std::move(breaker))
{
    setObjectName(QStringLiteral("staleLockDialog"));
    setWindowTitle(tr("Cluster locked — %1").arg(cluster));

    auto *headline = DialogParts::wrappingLabel(this);
    headline->setText(tr("<b>The cluster %1 is locked by another run.</b>").arg(cluster.toHtmlEscaped()));
    auto *form = new QFormLayout;
    auto *owner = DialogParts::valueLabel(holder.owner, tr("Lock owner"), this);
    owner->setObjectName(QStringLiteral("ownerLabel"));
    form->addRow(tr("Owner:"), owner);
    auto *run = DialogParts::valueLabel(holder.runId, tr("Run holding the lock"), this);
    run->setObjectName(QStringLiteral("runLabel"));
    form->addRow(tr("Run:"), run);
    const QDateTime since = QDateTime::fromString(holder.since, Qt::ISODate);
    const QString ago = age(holder.since, QDateTime::currentDateTimeUtc());
    const QString sinceText = !since.isValid() ? holder.since
        : tr("%1 (%2 ago)").arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat), ago);
    auto *sinceLabel = DialogParts::valueLabel(sinceText, tr("Locked since"), this);
    sinceLabel->setObjectName(QStringLiteral("sinceLabel"));
    form->addRow(tr("Since:"), sinceLabel);

    auto *advice = DialogParts::wrappingLabel(this);
    advice->setText(tr("Wait for that run to finish. Break the lock only if that run is really gone (its "
                       "console was closed or crashed): breaking the lock of a live run lets two runs change "
                       "the cluster at once."));
    auto *nameLabel = new QLabel(tr("Type the cluster name (%1) to &break the lock:").arg(cluster), this);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("clusterNameEdit"));
    m_nameEdit->setAccessibleName(tr("Cluster name to confirm breaking the lock"));
    nameLabel->setBuddy(m_nameEdit);
    m_state = DialogParts::wrappingLabel(this);
    m_state->setObjectName(QStringLiteral("lockState"));
    m_state->hide(); // until there is something to say

    auto *buttons = new QDialogButtonBox(this);
    m_breakButton = buttons->addButton(tr("Break the lock and &retry"), QDialogButtonBox::DestructiveRole);
    m_breakButton->setObjectName(QStringLiteral("breakLockButton"));
    m_breakButton->setAccessibleName(tr("Break the lock, then start the run again"));
    m_breakButton->setAutoDefault(false);
    m_keepButton = buttons->addButton(tr("&Keep the lock"), QDialogButtonBox::RejectRole);
    m_keepButton->setObjectName(QStringLiteral("keepLockButton"));
    m_keepButton->setAccessibleName(tr("Keep the lock and do not run"));
    m_keepButton->setDefault(true);
    connect(m_breakButton, &QPushButton::clicked, this, &StaleLockDialog::breakLock);
    connect(m_keepButton, &QPushButton::clicked, this, &StaleLockDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &StaleLockDialog::updateBreakButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addLayout(form);
    layout->addWidget(advice);
    layout->addWidget(nameLabel);
    layout->addWidget(m_nameEdit);
    layout->addWidget(m_state);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    updateBreakButton();
    m_nameEdit->setFocus();
}

StaleLockDialog::~StaleLockDialog()
{
    // The break is one short SSH command bounded by the pool's timeouts; it must end
    // before the breaker it runs goes away.
    if (m_thread)
        m_thread->wait();
}

StaleLockDialog::Breaker StaleLockDialog::breakerFor(const nb::Inventory &inventory, const nb::SshPolicy &policy)
{
    return [inventory, policy] {
        nb::SshPool pool(policy);
        nb::ClusterLock lock(pool, inventory);
        return lock.breakLock();
    };
}

QString StaleLockDialog::age(const QString &since, const QDateTime &now)
{
    const QDateTime start = QDateTime::fromString(since, Qt::ISODate);
    if (!start.isValid())
        return {};
    const qint64 seconds = qMax<qint64>(0, start.secsTo(now));
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min").arg(minutes);
    return tr("%1 s").arg(seconds);
}

void StaleLockDialog::updateBreakButton()
{
    m_breakButton->setEnabled(!m_thread && m_nameEdit->text() == m_cluster);
}

void StaleLockDialog::breakLock()
{
    if (m_thread || m_nameEdit->text() != m_cluster)
        return;
    m_state->setText(tr("Breaking the lock…"));
    m_state->show();
    m_nameEdit->setEnabled(false);
    m_keepButton->setEnabled(false);
    auto result = std::make_shared<nb::ClusterLock::Result>();
    m_thread = QThread::create([breaker = m_breaker, result] { *result = breaker(); });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_nameEdit->setEnabled(true);
        m_keepButton->setEnabled(true);
        updateBreakButton();
        if (result->ok) {
            accept();
            return;
        }
        m_state->setText(tr("The lock was not broken: %1").arg(result->error));
    });
    m_thread->start();
    updateBreakButton();
}

void StaleLockDialog::reject()
{
    // Escape while the break runs would leave the operator not knowing if it happened.
    if (m_thread)
        return;
    QDialog::reject();
}
