#pragma once

#include <QString>
#include <QVector>

namespace nb {

// Reads a known_hosts file the way OpenSSH writes it, to tell the operator WHICH line
// holds a host's key: libssh only says that a key changed, not where the old one is.
class KnownHostsFile
{
public:
    struct Entry
    {
        int line = 0; // 1-based
        QString keyType;
    };

    // The entries whose host patterns match host (as "[host]:port" unless port is 22),
    // including hashed ("|1|salt|hash") and wildcard patterns; @revoked and
    // @cert-authority lines are not host keys and are left out.
    static QVector<Entry> entriesFor(const QString &path, const QString &host, int port);

    // The name OpenSSH uses for a host in known_hosts.
    static QString hostName(const QString &host, int port);

    static QString expandHome(const QString &path);

private:
    static bool patternListMatches(const QString &patterns, const QString &name);
    static bool hashedPatternMatches(const QString &pattern, const QString &name);
};

} // namespace nb
