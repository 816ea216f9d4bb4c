#pragma once

#include "CommandRunner.h"
#include "SshPolicy.h"

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <QElapsedTimer>

namespace nb {

// One logged-in libssh session to one host. It belongs to one thread (libssh sessions
// are not shared between threads) and knows whether the host still answers.
class SshConnection
{
public:
    SshConnection(const SshEndpoint &endpoint, const SshPolicy &policy);
    ~SshConnection();
    SshConnection(const SshConnection &) = delete;
    SshConnection &operator=(const SshConnection &) = delete;

    // Connects, verifies the host key and logs in; an empty string on success, else
    // one sentence for the operator.
    QString open();
    // Reuses the session if the host still answers, else opens a fresh one.
    QString ensureOpen();
    void close();
    bool isOpen() const { return m_session != nullptr; }

    // Call whenever a poll loop wakes: notes traffic from the host and sends a
    // keepalive after silence. False once the host has been silent for the whole
    // keepalive window or the socket is gone: the connection is dead.
    bool keepAlive();
    // For an idle connection: reads what the host sent (its own keepalives need an
    // answer, or a strict sshd drops us) and keeps it alive.
    bool pollIdle();

    ssh_session handle() const { return m_session; }
    const SshEndpoint &endpoint() const { return m_endpoint; }
    const SshPolicy &policy() const { return m_policy; }
    QString hostDescription() const; // user@host:port as really connected
    QString libsshError() const;
    qint64 msSinceLastTraffic() const;

private:
    QString configure();
    int pollOnce(); // takes what the socket has without waiting; libssh's result code

    SshEndpoint m_endpoint;
    SshPolicy m_policy;
    ssh_session m_session = nullptr;
    ssh_callbacks_struct m_callbacks{};
    ssh_counter_struct m_counter{};
    quint64 m_lastInPackets = 0;
    QElapsedTimer m_sinceTraffic;
    QElapsedTimer m_sinceKeepalive;
};

} // namespace nb
