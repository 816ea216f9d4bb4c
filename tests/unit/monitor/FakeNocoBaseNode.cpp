#include "FakeNocoBaseNode.h"

#include <QTcpSocket>

FakeNocoBaseNode::FakeNocoBaseNode(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool FakeNocoBaseNode::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

QString FakeNocoBaseNode::healthUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/api/__health_check").arg(port());
}

void FakeNocoBaseNode::answer(QTcpSocket *socket)
{
    const QByteArray request = socket->readAll();
    if (!request.contains("\r\n\r\n"))
        return;
    ++m_requests;
    if (m_state == State::Silent)
        return;
    const bool info = request.startsWith("GET /api/app:getInfo");
    QByteArray status = "503 Service Unavailable";
    QByteArray type = "application/json";
    QByteArray body;
    switch (m_state) {
    case State::Ready:
        status = "200 OK";
        if (info) {
            body = "{\"data\":{\"database\":{\"dialect\":\"postgres\"},\"version\":\"" + m_version
                + "\",\"lang\":\"en-US\",\"name\":\"main\"}}";
        } else {
            type = "text/plain";
            body = "ok";
        }
        break;
    case State::Migrating:
        body = "{\"error\":{\"status\":503,\"maintaining\":true,\"code\":\"APP_COMMANDING\","
               "\"message\":\"load plugin [client], 18/77\",\"command\":{\"name\":\"upgrade\"}}}";
        break;
    case State::MigrationFailed:
        body = "{\"error\":{\"status\":503,\"maintaining\":true,\"code\":\"APP_ERROR\","
               "\"message\":\"Migration 20240101-add-field failed\",\"command\":{\"name\":\"upgrade\"}}}";
        break;
    case State::ProxyError: // nginx in front of a node that is not listening
        status = "502 Bad Gateway";
        type = "text/html";
        body = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
        break;
    case State::Silent:
        break;
    }
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
}
