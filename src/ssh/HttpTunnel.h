#pragma once

#include "HttpResponse.h"

#include <chrono>

namespace nb {

class SshConnection;

// An HTTP/1.0 GET sent through a direct-tcpip channel: the host connects to
// host:port on our behalf, so a node's health URL is reachable even when only SSH is.
class HttpTunnel
{
public:
    static HttpResponse get(SshConnection &connection, const QString &host, int port,
                            const QString &path, std::chrono::milliseconds timeout);

    // Status and body of a raw HTTP/1.x response; status 0 if it is not one.
    static HttpResponse parse(const QByteArray &raw);
};

} // namespace nb
