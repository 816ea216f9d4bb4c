#include "ChangedHostKeyDialog.h"

#include "DialogParts.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ChangedHostKeyDialog::ChangedHostKeyDialog(const nb::ChangedHostKey &change, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("changedHostKeyDialog"));
    setWindowTitle(tr("Host key changed — %1").arg(change.hostLabel));
    const QString address = DialogParts::address(change.host, change.port);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48, 48));
    icon->setAccessibleName(tr("Warning"));
    auto *headline = DialogParts::wrappingLabel(this);
    headline->setObjectName(QStringLiteral("changedKeyHeadline"));
    headline->setText(tr("<b>The host key of %1 (%2) has changed. The console refused to connect.</b>")
                          .arg(change.hostLabel.toHtmlEscaped(), address.toHtmlEscaped()));
    auto *why = DialogParts::wrappingLabel(this);
    why->setText(tr("Either the host was reinstalled or given a new key, or someone is between the console "
                    "and the host. The console never connects to a host whose key changed; no command ran."));
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(headline);
    texts->addWidget(why);
    top->addLayout(texts, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Presents now:"), DialogParts::valueLabel(change.keyType, tr("Key type presented now"), this));
    auto *fingerprint = DialogParts::copyableField(change.fingerprint, tr("SHA256 fingerprint presented now"), this);
    fingerprint->setObjectName(QStringLiteral("fingerprintField"));
    auto *fingerprintLabel = new QLabel(tr("&Fingerprint:"), this);
    fingerprintLabel->setBuddy(fingerprint);
    form->addRow(fingerprintLabel, fingerprint);
    auto *oldKey = DialogParts::valueLabel(change.oldKeyLocation(), tr("Where the old key is"), this);
    oldKey->setObjectName(QStringLiteral("oldKeyLabel"));
    form->addRow(tr("Old key in:"), oldKey);

    auto *fixIntro = DialogParts::wrappingLabel(this);
    fixIntro->setText(tr("If the administrator confirms the new fingerprint, remove the old key with this "
                         "command, then run again; the console will then ask about the new key."));
    auto *command = DialogParts::copyableField(change.fixCommand, tr("Command that removes the old key"), this);
    command->setObjectName(QStringLiteral("fixCommandField"));
    auto *copy = new QPushButton(tr("&Copy command"), this);
    copy->setObjectName(QStringLiteral("copyCommandButton"));
    copy->setAccessibleName(tr("Copy the command to the clipboard"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, [command, copy] {
        QApplication::clipboard()->setText(command->text());
        copy->setText(tr("Copied"));
    });
    auto *fixRow = new QHBoxLayout;
    fixRow->addWidget(command, 1);
    fixRow->addWidget(copy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(fixIntro);
    layout->addLayout(fixRow);
    layout->addWidget(buttons);
    close->setFocus();
}
