#include "SshHostIdentity.h"

#include <QDir>
#include <QFileInfo>

#include <libssh/libssh.h>

#include <memory>

namespace nb {

SshHostIdentity SshHostIdentity::resolve(const QString &host, int explicitPort,
                                         const QString &sshConfigPath)
{
    SshHostIdentity identity{host.toLower(), explicitPort ? explicitPort : 22};
    // libssh reads the config exactly as it will when connecting, so the console's idea
    // of a host cannot drift from the session's (Host patterns, Match, Include).
    const std::unique_ptr<ssh_session_struct, decltype(&ssh_free)> session(ssh_new(), &ssh_free);
    if (!session)
        return identity;
    const QByteArray hostBytes = host.toUtf8();
    if (ssh_options_set(session.get(), SSH_OPTIONS_HOST, hostBytes.constData()) != SSH_OK)
        return identity;
    if (!sshConfigPath.isEmpty() && QFileInfo::exists(sshConfigPath)) {
        const QByteArray configPath = QFile::encodeName(sshConfigPath);
        ssh_options_parse_config(session.get(), configPath.constData());
    }
    char *resolved = nullptr;
    if (ssh_options_get(session.get(), SSH_OPTIONS_HOST, &resolved) == SSH_OK && resolved) {
        identity.address = QString::fromUtf8(resolved).toLower();
        ssh_string_free_char(resolved);
    }
    unsigned int port = 0;
    if (!explicitPort && ssh_options_get_port(session.get(), &port) == SSH_OK && port)
        identity.port = static_cast<int>(port);
    return identity;
}

QString SshHostIdentity::defaultConfigPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

} // namespace nb
