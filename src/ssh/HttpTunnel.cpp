#include "HttpTunnel.h"

#include "SshConnection.h"

#include <core/Translate.h>

#include <QElapsedTimer>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::HttpTunnel", text);
}

QByteArray headerValue(const QByteArray &headers, const QByteArray &name)
{
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// The body of a chunked answer without its framing; nothing (and *complete false)
// while the last, empty chunk has not arrived.
QByteArray dechunk(const QByteArray &framed, bool *complete)
{
    QByteArray body;
    qsizetype at = 0;
    *complete = false;
    for (;;) {
        const qsizetype lineEnd = framed.indexOf("\r\n", at);
        if (lineEnd < 0)
            return body;
        bool ok = false;
        const qsizetype size = framed.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok)
            return body;
        if (size == 0) {
            *complete = true;
            return body;
        }
        if (framed.size() < lineEnd + 2 + size + 2)
            return body;
        body.append(framed.mid(lineEnd + 2, size));
        at = lineEnd + 2 + size + 2;
    }
}

// Whether the whole answer is in: its Content-Length is reached, or the last chunk
// came. Without either, only the server closing the connection ends it.
bool isComplete(const QByteArray &raw)
{
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QByteArray headers = raw.left(headerEnd);
    const QByteArray body = raw.mid(headerEnd + 4);
    if (headerValue(headers, "Transfer-Encoding").toLower().contains("chunked")) {
        bool complete = false;
        dechunk(body, &complete);
        return complete;
    }
    bool ok = false;
    const qint64 length = headerValue(headers, "Content-Length").toLongLong(&ok);
    return ok && body.size() >= length;
}

} // namespace

HttpResponse HttpTunnel::get(SshConnection &connection, const QString &host, int port,
                             const QString &path, std::chrono::milliseconds timeout)
{
    QElapsedTimer clock;
    clock.start();
    HttpResponse response;
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    const QString label = connection.endpoint().label + QLatin1String(": ");
    ssh_channel channel = ssh_channel_new(connection.handle());
    if (!channel || ssh_channel_open_forward(channel, host.toUtf8().constData(), port, "127.0.0.1", 0) != SSH_OK) {
        response.error = label + tr("the host could not open a connection to %1 for us: %2")
                                     .arg(where, connection.libsshError());
        ssh_channel_free(channel);
        return response;
    }
    const QByteArray request = "GET " + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path).toUtf8()
        + " HTTP/1.0\r\nHost: " + where.toUtf8() + "\r\nConnection: close\r\nUser-Agent: nbconsole\r\n\r\n";
    // No EOF after the request: sshd turns it into a half-close of the TCP connection,
    // and nginx takes that for a client that went away and drops a proxied request
    // (499). The answer is read until it is complete instead.
    ssh_channel_write(channel, request.constData(), uint32_t(request.size()));

    QByteArray raw;
    char buffer[16384];
    bool timedOut = false;
    while (!ssh_channel_is_eof(channel) && !isComplete(raw)) {
        const qint64 left = timeout.count() - clock.elapsed();
        if (left <= 0) {
            timedOut = true;
            break;
        }
        const int n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, int(std::min<qint64>(left, 200)));
        if (n == SSH_ERROR)
            break;
        if (n > 0)
            raw.append(buffer, n);
        else if (!connection.keepAlive())
            break;
    }
    ssh_channel_close(channel);
    ssh_channel_free(channel);

    response = parse(raw);
    response.durationMs = clock.elapsed();
    if (!response.answered()) {
        response.error = label + (timedOut ? tr("no HTTP answer from %1 within %2 ms.").arg(where).arg(timeout.count())
                                           : tr("%1 did not answer with HTTP (%2 bytes received).").arg(where).arg(raw.size()));
    }
    return response;
}

HttpResponse HttpTunnel::parse(const QByteArray &raw)
{
    HttpResponse response;
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.") || headerEnd < 0)
        return response;
    const QList<QByteArray> statusLine = raw.left(raw.indexOf("\r\n")).split(' ');
    bool ok = false;
    const int status = statusLine.size() >= 2 ? statusLine.at(1).toInt(&ok) : 0;
    if (!ok || status < 100 || status > 599)
        return response;
    response.status = status;
    response.body = raw.mid(headerEnd + 4);
    if (headerValue(raw.left(headerEnd), "Transfer-Encoding").toLower().contains("chunked")) {
        bool complete = false;
        response.body = dechunk(response.body, &complete);
    }
    return response;
}

} // namespace nb
