#include "HostKeyVerifier.h"

#include "KnownHostsFile.h"

#include <core/Translate.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::HostKeyVerifier", text);
}

QString optionString(ssh_session session, ssh_options_e option)
{
    char *value = nullptr;
    if (ssh_options_get(session, option, &value) != SSH_OK || !value)
        return {};
    const QString result = QString::fromUtf8(value);
    ssh_string_free_char(value);
    return result;
}

} // namespace

QString HostKeyVerifier::fingerprint(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    ssh_clean_pubkey_hash(&hash);
    if (!text)
        return {};
    const QString result = QString::fromLatin1(text);
    ssh_string_free_char(text);
    return result;
}

QString HostKeyVerifier::verify(ssh_session session, const SshEndpoint &endpoint, const SshPolicy &policy)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK)
        return tr("%1: the host did not present a host key.").arg(endpoint.label);
    const QString keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    const QString print = fingerprint(key);
    ssh_key_free(key);

    const QString host = optionString(session, SSH_OPTIONS_HOST);
    unsigned int port = 22;
    ssh_options_get_port(session, &port);
    // After connecting, libssh has expanded its own default (or ssh_config's
    // UserKnownHostsFile), so this is the file it really checked.
    const QString knownHosts = KnownHostsFile::expandHome(optionString(session, SSH_OPTIONS_KNOWNHOSTS));

    switch (ssh_session_is_known_server(session)) {
    case SSH_KNOWN_HOSTS_OK:
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: // a key of another type is listed: as suspicious as a change
    {
        const ChangedHostKey change = describeChange(endpoint, host, int(port), knownHosts, keyType, print);
        if (policy.hostKeyChanged)
            policy.hostKeyChanged(change);
        return changedKeyMessage(change);
    }
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        break;
    case SSH_KNOWN_HOSTS_ERROR:
        return tr("%1: could not check the host key of %2 against %3: %4")
            .arg(endpoint.label, host, knownHosts, QString::fromUtf8(ssh_get_error(session)));
    }

    const HostKeyQuestion question{endpoint.label, host, int(port), keyType, print, knownHosts};
    const HostKeyDecision decision = policy.unknownHostKey ? policy.unknownHostKey(question)
                                                           : HostKeyDecision::Reject;
    switch (decision) {
    case HostKeyDecision::Reject:
        return tr("%1: the host key of %2 is not in %3 (%4 %5); it was not accepted.")
                   .arg(endpoint.label, KnownHostsFile::hostName(host, int(port)), knownHosts, keyType, print)
            + QLatin1Char(' ')
            + tr("Check the fingerprint with the host's administrator, then accept it in the console "
                 "or run the CLI with --accept-new-host-keys.");
    case HostKeyDecision::AcceptOnce:
        return {};
    case HostKeyDecision::AcceptAndSave:
        // libssh writes into the file's directory but does not create it.
        QDir().mkpath(QFileInfo(knownHosts).absolutePath());
        if (ssh_session_update_known_hosts(session) != SSH_OK)
            return tr("%1: the host key was accepted but could not be saved to %2: %3")
                .arg(endpoint.label, knownHosts, QString::fromUtf8(ssh_get_error(session)));
        return {};
    }
    return {};
}

ChangedHostKey HostKeyVerifier::describeChange(const SshEndpoint &endpoint, const QString &host, int port,
                                               const QString &knownHostsFile, const QString &keyType,
                                               const QString &fingerprint)
{
    ChangedHostKey change{endpoint.label, host, port, keyType, fingerprint, knownHostsFile, {}, {}};
    for (const auto &entry : KnownHostsFile::entriesFor(knownHostsFile, host, port))
        change.lines.append(entry.line);
    // A local command, but quoted by the same rules: the file name may hold spaces.
    change.fixCommand = ShellCommand("ssh-keygen -R")
                            .arg(KnownHostsFile::hostName(host, port))
                            .raw("-f")
                            .arg(knownHostsFile)
                            .text();
    return change;
}

QString ChangedHostKey::oldKeyLocation() const
{
    QStringList numbers;
    for (const int line : lines)
        numbers.append(QString::number(line));
    if (numbers.isEmpty())
        return knownHostsFile;
    return QCoreApplication::translate("nb::ChangedHostKey", "%1, line %2")
        .arg(knownHostsFile, numbers.join(QLatin1String(", ")));
}

QString HostKeyVerifier::changedKeyMessage(const ChangedHostKey &change)
{
    return tr("%1: the host key of %2 has CHANGED (it now presents %3 %4) and does not match %5; "
              "the connection was refused because this can be an attack.")
               .arg(change.hostLabel, KnownHostsFile::hostName(change.host, change.port), change.keyType,
                    change.fingerprint, change.oldKeyLocation())
        + QLatin1Char(' ')
        + tr("If the host was really reinstalled, remove that line (%1) and connect again.").arg(change.fixCommand);
}

} // namespace nb
