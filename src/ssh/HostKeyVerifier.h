#pragma once

#include "CommandRunner.h"
#include "SshPolicy.h"

#include <libssh/libssh.h>

namespace nb {

// Checks a freshly connected session's host key against known_hosts. An unknown key
// goes to the policy's question; a changed key is refused every time, naming the
// known_hosts line that holds the old key.
class HostKeyVerifier
{
public:
    // An empty string when the key is trusted, else one sentence for the operator.
    static QString verify(ssh_session session, const SshEndpoint &endpoint, const SshPolicy &policy);

    // "SHA256:..." as OpenSSH prints it; empty if the key cannot be hashed.
    static QString fingerprint(ssh_key key);

    // What the operator is told about a refused changed key, with the fix.
    static ChangedHostKey describeChange(const SshEndpoint &endpoint, const QString &host, int port,
                                         const QString &knownHostsFile, const QString &keyType,
                                         const QString &fingerprint);
    static QString changedKeyMessage(const ChangedHostKey &change);
};

} // namespace nb
