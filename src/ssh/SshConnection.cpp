#include "SshConnection.h"

#include "HostKeyVerifier.h"
#include "KnownHostsFile.h"
#include "SshAuthenticator.h"

#include <core/Translate.h>
#include <libssh/server.h> // ssh_send_keepalive is declared with the server API

#include <cstring>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::SshConnection", text);
}

} // namespace

SshConnection::SshConnection(const SshEndpoint &endpoint, const SshPolicy &policy)
    : m_endpoint(endpoint), m_policy(policy)
{
}

SshConnection::~SshConnection()
{
    close();
}

QString SshConnection::configure()
{
    const QByteArray host = m_endpoint.host.toUtf8();
    if (host.isEmpty())
        return tr("%1: no host name is set.").arg(m_endpoint.label);
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());

    // libssh trap: parsing ssh_config OVERWRITES options set before it, and ssh_connect
    // parses it on its own if nobody did. So: parse first, then the endpoint's explicit
    // fields, which must win over ssh_config.
    const QByteArray config = KnownHostsFile::expandHome(m_endpoint.sshConfigFile).toLocal8Bit();
    if (ssh_options_parse_config(m_session, config.isEmpty() ? nullptr : config.constData()) != SSH_OK)
        return tr("%1: the SSH configuration %2 could not be read: %3")
            .arg(m_endpoint.label, m_endpoint.sshConfigFile.isEmpty() ? QStringLiteral("~/.ssh/config") : m_endpoint.sshConfigFile,
                 libsshError());
    if (m_endpoint.port > 0) {
        const unsigned int port = unsigned(m_endpoint.port);
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    }
    if (!m_endpoint.user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, m_endpoint.user.toUtf8().constData());
    if (!m_endpoint.knownHostsFile.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS,
                        KnownHostsFile::expandHome(m_endpoint.knownHostsFile).toLocal8Bit().constData());
    if (!m_endpoint.proxyCommand.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_PROXYCOMMAND, m_endpoint.proxyCommand.toUtf8().constData());
    const long timeoutUs = long(std::chrono::duration_cast<std::chrono::microseconds>(m_policy.connectTimeout).count());
    const long seconds = timeoutUs / 1000000;
    const long micros = timeoutUs % 1000000;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT_USEC, &micros);
    const int noDelay = 1; // commands and keepalives are small packets; do not wait for more
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &noDelay);
    return {};
}

QString SshConnection::open()
{
    close();
    m_session = ssh_new();
    if (!m_session)
        return tr("%1: could not create an SSH session (out of memory).").arg(m_endpoint.label);
    std::memset(&m_callbacks, 0, sizeof m_callbacks);
    ssh_callbacks_init(&m_callbacks);
    ssh_set_callbacks(m_session, &m_callbacks);

    QString error = configure();
    if (error.isEmpty() && ssh_connect(m_session) != SSH_OK)
        error = tr("%1: could not connect to %2: %3").arg(m_endpoint.label, hostDescription(), libsshError());
    if (error.isEmpty())
        error = HostKeyVerifier::verify(m_session, m_endpoint, m_policy);
    if (error.isEmpty())
        error = SshAuthenticator(m_session, m_callbacks, m_endpoint, m_policy).authenticate();
    if (!error.isEmpty()) {
        close();
        return error;
    }

    // From here on a blocking call (opening a channel, SFTP) must not wait longer than a
    // dead host is allowed to stay silent.
    const long window = long(std::chrono::duration_cast<std::chrono::seconds>(m_policy.keepaliveWindow()).count());
    const long seconds = std::max(1L, window);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &seconds);
    std::memset(&m_counter, 0, sizeof m_counter);
    ssh_set_counters(m_session, nullptr, &m_counter);
    m_lastInPackets = 0;
    m_sinceTraffic.start();
    m_sinceKeepalive.start();
    return {};
}

QString SshConnection::ensureOpen()
{
    if (m_session && pollIdle())
        return {};
    return open();
}

void SshConnection::close()
{
    if (!m_session)
        return;
    if (ssh_is_connected(m_session)) {
        // libssh trap: ssh_disconnect queues its DISCONNECT message and closes the socket;
        // the message is written only if a poll has already seen the socket writable.
        // Without it the host takes the close for a lost connection, which cost its sshd
        // about 40 ms more CPU per login here (and logs "Connection closed").
        pollOnce();
        ssh_disconnect(m_session);
    }
    ssh_free(m_session);
    m_session = nullptr;
}

bool SshConnection::keepAlive()
{
    if (!m_session || !ssh_is_connected(m_session))
        return false;
    if (m_counter.in_packets != m_lastInPackets) {
        m_lastInPackets = m_counter.in_packets;
        m_sinceTraffic.restart();
    }
    const qint64 silent = m_sinceTraffic.elapsed();
    if (silent >= m_policy.keepaliveWindow().count())
        return false;
    // libssh trap: in non-blocking mode a keepalive call first collects the reply to
    // the previous one and only every second call sends, so call at half the interval.
    const qint64 half = m_policy.keepaliveInterval.count() / 2;
    if (silent >= half && m_sinceKeepalive.elapsed() >= half) {
        ssh_set_blocking(m_session, 0);
        ssh_send_keepalive(m_session);
        ssh_set_blocking(m_session, 1);
        m_sinceKeepalive.restart();
    }
    return ssh_is_connected(m_session);
}

bool SshConnection::pollIdle()
{
    if (!m_session)
        return false;
    return pollOnce() != SSH_ERROR && keepAlive();
}

int SshConnection::pollOnce()
{
    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, m_session);
    const int rc = ssh_event_dopoll(event, 0);
    ssh_event_remove_session(event, m_session);
    ssh_event_free(event);
    return rc;
}

QString SshConnection::hostDescription() const
{
    if (!m_session)
        return m_endpoint.host;
    char *user = nullptr;
    char *host = nullptr;
    unsigned int port = 22;
    ssh_options_get(m_session, SSH_OPTIONS_USER, &user);
    ssh_options_get(m_session, SSH_OPTIONS_HOST, &host);
    ssh_options_get_port(m_session, &port);
    QString text = host ? QString::fromUtf8(host) : m_endpoint.host;
    if (user)
        text = QString::fromUtf8(user) + QLatin1Char('@') + text;
    if (port != 22)
        text += QLatin1Char(':') + QString::number(port);
    ssh_string_free_char(user);
    ssh_string_free_char(host);
    return text;
}

QString SshConnection::libsshError() const
{
    const QString text = m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
    return text.isEmpty() ? tr("no reason given") : text;
}

qint64 SshConnection::msSinceLastTraffic() const
{
    return m_sinceTraffic.elapsed();
}

} // namespace nb
