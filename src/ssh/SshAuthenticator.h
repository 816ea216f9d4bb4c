#pragma once

#include "CommandRunner.h"
#include "SshPolicy.h"

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

namespace nb {

// Logs a connected session in: ssh-agent, then key files (the endpoint's, else
// ssh_config's IdentityFile and the default keys; encrypted keys ask the policy for the
// passphrase), then password and keyboard-interactive when the policy can answer.
class SshAuthenticator
{
public:
    // sessionCallbacks belongs to the connection: libssh keeps the pointer for the
    // session's whole life, so it cannot live on this object's stack.
    SshAuthenticator(ssh_session session, ssh_callbacks_struct &sessionCallbacks,
                     const SshEndpoint &endpoint, const SshPolicy &policy);

    // An empty string on success, else one sentence naming the host and what was tried.
    QString authenticate();

private:
    bool tryAgent();
    bool tryKeyFile(const QString &path);
    bool tryDefaultKeys();
    bool tryPassword();
    bool tryKeyboardInteractive();
    std::optional<QString> askSecret(SecretRequest::Kind kind, const QString &prompt,
                                     const QString &keyFile = {}, bool echo = false);
    static int passphraseCallback(const char *prompt, char *buffer, size_t length, int echo,
                                  int verify, void *userdata);

    ssh_session m_session;
    ssh_callbacks_struct &m_callbacks;
    const SshEndpoint &m_endpoint;
    const SshPolicy &m_policy;
    QString m_user;
    QString m_currentKeyFile;
    QStringList m_tried;    // what was attempted, for the failure message
    QStringList m_problems; // why a method could not even be attempted
};

} // namespace nb
