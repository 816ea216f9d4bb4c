#include "HttpTunnel.h"

#include "SshConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace nb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nb::HttpTunnel", text);
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
    ssh_channel_write(channel, request.constData(), uint32_t(request.size()));
    ssh_channel_send_eof(channel);

    QByteArray raw;
    char buffer[16384];
    bool timedOut = false;
    while (!ssh_channel_is_eof(channel)) {
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
    return response;
}

} // namespace nb
