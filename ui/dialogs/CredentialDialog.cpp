#include "CredentialDialog.h"

#include "DialogParts.h"

#include <secrets/SecretStore.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

CredentialDialog::CredentialDialog(const nb::SecretRequest &request, const QString &cluster, nb::SecretStore *store,
                                   QWidget *parent)
    : QDialog(parent), m_key(keychainKey(request, cluster)), m_store(m_key ? store : nullptr)
{
    setObjectName(QStringLiteral("credentialDialog"));
    auto *intro = DialogParts::wrappingLabel(this);
    QString what;
    switch (request.kind) {
    case nb::SecretRequest::Kind::KeyPassphrase:
        setWindowTitle(tr("Key passphrase — %1").arg(request.hostLabel));
        what = tr("Passphrase of the key");
        intro->setText(tr("To log in to %1 as %2 the console needs the passphrase of the key %3.")
                           .arg(request.hostLabel, request.user, request.keyFile));
        break;
    case nb::SecretRequest::Kind::Password:
        setWindowTitle(tr("Password — %1").arg(request.hostLabel));
        what = tr("Password");
        intro->setText(tr("%1 asks for the password of %2.").arg(request.hostLabel, request.user));
        break;
    case nb::SecretRequest::Kind::KeyboardInteractive:
        setWindowTitle(tr("Login question — %1").arg(request.hostLabel));
        what = tr("Answer");
        intro->setText(tr("%1 asks a question to log in %2:").arg(request.hostLabel, request.user));
        break;
    }

    auto *prompt = new QLabel(request.prompt.trimmed().isEmpty() ? what + QLatin1Char(':') : request.prompt.trimmed(),
                              this);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);
    m_answer = new QLineEdit(this);
    m_answer->setObjectName(QStringLiteral("answerEdit"));
    m_answer->setEchoMode(request.echo ? QLineEdit::Normal : QLineEdit::Password);
    m_answer->setAccessibleName(what);
    m_answer->setAccessibleDescription(request.prompt);
    prompt->setBuddy(m_answer);

    m_save = new QCheckBox(tr("Save in the system &keychain"), this);
    m_save->setObjectName(QStringLiteral("saveInKeychainBox"));
    m_save->setAccessibleName(tr("Save the answer in the system keychain"));
    m_keychainState = DialogParts::wrappingLabel(this);
    m_keychainState->setObjectName(QStringLiteral("keychainState"));
    if (!m_store) {
        m_save->hide();
        if (request.kind == nb::SecretRequest::Kind::KeyboardInteractive)
            m_keychainState->setText(tr("Answers to the host's own questions are not stored: they can be "
                                        "one-time codes."));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setAccessibleName(tr("Log in with this answer"));
    auto *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Do not answer; this way of logging in is skipped"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CredentialDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(prompt);
    layout->addWidget(m_answer);
    layout->addWidget(m_save);
    layout->addWidget(m_keychainState);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_answer->setFocus();
}

std::optional<QString> CredentialDialog::keychainKey(const nb::SecretRequest &request, const QString &cluster)
{
    switch (request.kind) {
    case nb::SecretRequest::Kind::Password:
        return nb::SecretStore::key(cluster, QStringLiteral("ssh-password/%1@%2").arg(request.user, request.hostLabel));
    case nb::SecretRequest::Kind::KeyPassphrase:
        // libssh's own key search names no file: a passphrase kept for "some key" would
        // be offered to every key it tries.
        if (!QFileInfo(request.keyFile).isAbsolute())
            return std::nullopt;
        return nb::SecretStore::key(cluster, QStringLiteral("ssh-key-passphrase/%1").arg(request.keyFile));
    case nb::SecretRequest::Kind::KeyboardInteractive:
        return std::nullopt;
    }
    return std::nullopt;
}

void CredentialDialog::setKeychainUnavailable(const QString &why)
{
    m_save->setChecked(false);
    m_save->setEnabled(false);
    m_keychainState->setText(tr("The system keychain is not available (%1). The answer is used this once and "
                                "not stored anywhere.")
                                 .arg(why));
    adjustSize();
}

QString CredentialDialog::answer() const
{
    return m_answer->text();
}

void CredentialDialog::accept()
{
    if (m_saving)
        return;
    if (m_store && m_save->isEnabled() && m_save->isChecked()) {
        storeThenAccept();
        return;
    }
    QDialog::accept();
}

void CredentialDialog::storeThenAccept()
{
    m_saving = true;
    m_ok->setEnabled(false);
    m_keychainState->setText(tr("Saving in the keychain…"));
    // The store outlives this dialog when the window closes meanwhile.
    QPointer<CredentialDialog> self(this);
    m_store->write(*m_key, m_answer->text(), [self](const nb::SecretResult &result) {
        if (!self)
            return;
        self->m_saving = false;
        self->m_ok->setEnabled(true);
        if (result.ok()) {
            self->m_saved = true;
            self->QDialog::accept();
            return;
        }
        self->m_save->setChecked(false);
        self->m_save->setEnabled(false);
        self->m_keychainState->setText(tr("The keychain could not store it: %1. Press OK to use the answer this "
                                          "once without storing it.")
                                           .arg(result.message));
        self->adjustSize(); // the explanation must be read whole
        self->m_ok->setFocus();
    });
}
