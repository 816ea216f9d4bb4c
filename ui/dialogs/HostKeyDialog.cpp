#include "HostKeyDialog.h"

#include "DialogParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

HostKeyDialog::HostKeyDialog(const nb::HostKeyQuestion &question, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("Unknown host key — %1").arg(question.hostLabel));
    const QString address = DialogParts::address(question.host, question.port);

    auto *intro = DialogParts::wrappingLabel(this);
    intro->setText(tr("The console has not connected to %1 (%2) before: its host key is not in the known "
                      "hosts file. Compare the fingerprint below with the one the host's administrator "
                      "reads on the host itself (ssh-keygen -lf on the host's public key) before you trust it.")
                       .arg(question.hostLabel, address));

    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), DialogParts::valueLabel(question.hostLabel, tr("Host"), this));
    form->addRow(tr("Address:"), DialogParts::valueLabel(address, tr("Address"), this));
    form->addRow(tr("Key type:"), DialogParts::valueLabel(question.keyType, tr("Key type"), this));
    auto *fingerprint = DialogParts::copyableField(question.fingerprint, tr("SHA256 fingerprint"), this);
    fingerprint->setObjectName(QStringLiteral("fingerprintField"));
    auto *fingerprintLabel = new QLabel(tr("&Fingerprint:"), this);
    fingerprintLabel->setBuddy(fingerprint);
    form->addRow(fingerprintLabel, fingerprint);
    auto *file = DialogParts::valueLabel(question.knownHostsFile, tr("Known hosts file"), this);
    file->setObjectName(QStringLiteral("knownHostsLabel"));
    form->addRow(tr("Saved to:"), file);

    auto *buttons = new QDialogButtonBox(this);
    auto *once = buttons->addButton(tr("Accept &once"), QDialogButtonBox::AcceptRole);
    once->setObjectName(QStringLiteral("acceptOnceButton"));
    once->setAccessibleName(tr("Accept the key for this session only"));
    auto *save = buttons->addButton(tr("Accept and &save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("acceptSaveButton"));
    save->setAccessibleName(tr("Accept the key and save it to the known hosts file"));
    auto *reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::RejectRole);
    reject->setObjectName(QStringLiteral("rejectButton"));
    reject->setAccessibleName(tr("Reject the key and do not connect"));
    // Enter must never trust a key by accident: the safe answer is the default one.
    for (auto *button : {once, save})
        button->setAutoDefault(false);
    reject->setDefault(true);
    connect(once, &QPushButton::clicked, this, [this] { decide(nb::HostKeyDecision::AcceptOnce); });
    connect(save, &QPushButton::clicked, this, [this] { decide(nb::HostKeyDecision::AcceptAndSave); });
    connect(reject, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    reject->setFocus();
}

void HostKeyDialog::decide(nb::HostKeyDecision decision)
{
    m_decision = decision;
    accept();
}
