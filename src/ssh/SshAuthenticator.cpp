#include "SshAuthenticator.h"

#include "KnownHostsFile.h"

#include <core/Translate.h>

#include <QFileInfo>

#include <cstring>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::SshAuthenticator", text);
}

} // namespace

SshAuthenticator::SshAuthenticator(ssh_session session, ssh_callbacks_struct &sessionCallbacks,
                                   const SshEndpoint &endpoint, const SshPolicy &policy)
    : m_session(session), m_callbacks(sessionCallbacks), m_endpoint(endpoint), m_policy(policy)
{
    char *user = nullptr;
    if (ssh_options_get(session, SSH_OPTIONS_USER, &user) == SSH_OK && user) {
        m_user = QString::fromUtf8(user);
        ssh_string_free_char(user);
    }
}

QString SshAuthenticator::authenticate()
{
    if (ssh_userauth_none(m_session, nullptr) == SSH_AUTH_SUCCESS)
        return {};
    const int methods = ssh_userauth_list(m_session, nullptr);

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (tryAgent())
            return {};
        if (!m_endpoint.identityFile.isEmpty() ? tryKeyFile(KnownHostsFile::expandHome(m_endpoint.identityFile))
                                               : tryDefaultKeys())
            return {};
    }
    if ((methods & SSH_AUTH_METHOD_PASSWORD) && tryPassword())
        return {};
    if ((methods & SSH_AUTH_METHOD_INTERACTIVE) && tryKeyboardInteractive())
        return {};

    if (!ssh_is_connected(m_session))
        return tr("%1: the host closed the connection during login: %2")
            .arg(m_endpoint.label, QString::fromUtf8(ssh_get_error(m_session)));
    QString message = tr("%1: could not log in as %2 (tried: %3).")
                          .arg(m_endpoint.label, m_user,
                               m_tried.isEmpty() ? tr("nothing the host accepts") : m_tried.join(QLatin1String(", ")));
    for (const QString &problem : std::as_const(m_problems))
        message += QLatin1Char(' ') + problem;
    return message;
}

bool SshAuthenticator::tryAgent()
{
    // libssh reports a failed agent login with an empty error string; only ask when an
    // agent is there, so the message can say which methods really ran.
    if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        return false;
    m_tried.append(tr("ssh-agent"));
    return ssh_userauth_agent(m_session, nullptr) == SSH_AUTH_SUCCESS;
}

bool SshAuthenticator::tryKeyFile(const QString &path)
{
    m_tried.append(tr("key %1").arg(path));
    if (!QFileInfo(path).isReadable()) {
        m_problems.append(tr("The key file %1 cannot be read.").arg(path));
        return false;
    }
    m_currentKeyFile = path;
    bool asked = false;
    struct Context
    {
        SshAuthenticator *self;
        bool *asked;
    } context{this, &asked};
    auto callback = [](const char *prompt, char *buffer, size_t length, int echo, int verify, void *userdata) {
        auto *ctx = static_cast<Context *>(userdata);
        *ctx->asked = true;
        return passphraseCallback(prompt, buffer, length, echo, verify, ctx->self);
    };
    ssh_key key = nullptr;
    const int rc = ssh_pki_import_privkey_file(path.toLocal8Bit().constData(), nullptr, callback, &context, &key);
    if (rc != SSH_OK) {
        m_problems.append(asked ? tr("The key %1 is encrypted and the passphrase was wrong or not given.").arg(path)
                                : tr("The key file %1 is not a private key libssh can read.").arg(path));
        return false;
    }
    const int result = ssh_userauth_publickey(m_session, nullptr, key);
    ssh_key_free(key);
    return result == SSH_AUTH_SUCCESS;
}

bool SshAuthenticator::tryDefaultKeys()
{
    // ssh_config's IdentityFile entries and ~/.ssh/id_*; libssh asks for passphrases
    // through the session's auth callback, pointed at this object only meanwhile.
    m_callbacks.userdata = this;
    m_callbacks.auth_function = &SshAuthenticator::passphraseCallback;
    ssh_set_callbacks(m_session, &m_callbacks);
    m_currentKeyFile = tr("(a key from ssh_config or ~/.ssh)");
    m_tried.append(tr("keys from ssh_config and ~/.ssh"));
    const int rc = ssh_userauth_publickey_auto(m_session, nullptr, nullptr);
    m_callbacks.userdata = nullptr;
    m_callbacks.auth_function = nullptr;
    return rc == SSH_AUTH_SUCCESS;
}

bool SshAuthenticator::tryPassword()
{
    const auto password = askSecret(SecretRequest::Kind::Password,
                                    tr("Password for %1@%2:").arg(m_user, m_endpoint.host));
    if (!password)
        return false;
    m_tried.append(tr("password"));
    return ssh_userauth_password(m_session, nullptr, password->toUtf8().constData()) == SSH_AUTH_SUCCESS;
}

bool SshAuthenticator::tryKeyboardInteractive()
{
    if (!m_policy.secret)
        return false;
    m_tried.append(tr("keyboard-interactive"));
    int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    while (rc == SSH_AUTH_INFO) {
        const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            const QString prompt = QString::fromUtf8(ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo));
            const auto answer = askSecret(SecretRequest::Kind::KeyboardInteractive, prompt, {}, echo != 0);
            if (!answer)
                return false;
            ssh_userauth_kbdint_setanswer(m_session, unsigned(i), answer->toUtf8().constData());
        }
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    }
    return rc == SSH_AUTH_SUCCESS;
}

std::optional<QString> SshAuthenticator::askSecret(SecretRequest::Kind kind, const QString &prompt,
                                                   const QString &keyFile, bool echo)
{
    if (!m_policy.secret)
        return std::nullopt;
    return m_policy.secret(SecretRequest{kind, m_endpoint.label, m_user, prompt, keyFile, echo});
}

int SshAuthenticator::passphraseCallback(const char *prompt, char *buffer, size_t length, int echo,
                                         int /*verify*/, void *userdata)
{
    auto *self = static_cast<SshAuthenticator *>(userdata);
    const auto answer = self->askSecret(SecretRequest::Kind::KeyPassphrase, QString::fromUtf8(prompt),
                                        self->m_currentKeyFile, echo != 0);
    if (!answer)
        return -1;
    const QByteArray bytes = answer->toUtf8();
    if (size_t(bytes.size()) >= length)
        return -1;
    std::memcpy(buffer, bytes.constData(), size_t(bytes.size()) + 1);
    return 0;
}

} // namespace nb
