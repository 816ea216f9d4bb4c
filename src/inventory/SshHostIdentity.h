#pragma once

#include <QString>

namespace nb {

// Which machine an inventory host really is: ~/.ssh/config aliases resolved to their
// HostName and Port, so two names for one machine are recognised as the same host.
struct SshHostIdentity
{
    QString address; // lower-case HostName, or the host as written
    int port = 22;

    bool operator==(const SshHostIdentity &other) const
    {
        return address == other.address && port == other.port;
    }

    // explicitPort: the port the inventory sets for this host (0 = not set), which wins
    // over the config file as it does for ssh itself.
    static SshHostIdentity resolve(const QString &host, int explicitPort,
                                   const QString &sshConfigPath);
    // ~/.ssh/config of the current user.
    static QString defaultConfigPath();
};

} // namespace nb
