#pragma once

#include <ssh/SshPolicy.h>

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
namespace nb {
class SecretStore;
}

// Asks for what a login needs in the middle of connecting: a key's passphrase, a
// password, or an answer to the server's own keyboard-interactive prompt. Typing is
// hidden unless the server asked for an echo. With "Save in the system keychain"
// ticked, OK stores the answer first; if the keychain cannot store it, the dialog says
// so and the next OK uses the answer this once, unstored.
class CredentialDialog : public QDialog
{
    Q_OBJECT

public:
    // store may be null: then nothing is offered for saving.
    CredentialDialog(const nb::SecretRequest &request, const QString &cluster, nb::SecretStore *store,
                     QWidget *parent = nullptr);

    // Where the answer to such a request is kept in the keychain, or nothing for
    // answers that must not be kept (keyboard-interactive prompts are often one-time
    // codes; a passphrase only when the key file is known by its path).
    static std::optional<QString> keychainKey(const nb::SecretRequest &request, const QString &cluster);

    // Before it is shown: the keychain cannot store anything (why, for the operator).
    void setKeychainUnavailable(const QString &why);

    QString answer() const;
    bool savedInKeychain() const { return m_saved; }

    void accept() override;

private:
    void storeThenAccept();

    std::optional<QString> m_key;
    nb::SecretStore *m_store;
    bool m_saved = false;
    bool m_saving = false;
    QLineEdit *m_answer;
    QCheckBox *m_save;
    QLabel *m_keychainState;
    QPushButton *m_ok;
};
