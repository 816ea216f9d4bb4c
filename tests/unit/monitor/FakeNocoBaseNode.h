#pragma once

#include <QByteArray>
#include <QTcpServer>

// An HTTP server on loopback that answers /api/__health_check and /api/app:getInfo the
// way a NocoBase node does in each of its states, or not at all.
class FakeNocoBaseNode : public QObject
{
    Q_OBJECT

public:
    enum class State { Ready, Migrating, MigrationFailed, ProxyError, Silent };

    explicit FakeNocoBaseNode(QObject *parent = nullptr);
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    QString healthUrl() const;
    void setState(State state) { m_state = state; }
    void setVersion(const QByteArray &version) { m_version = version; }
    int requestCount() const { return m_requests; }

private:
    void answer(QTcpSocket *socket);

    QTcpServer m_server;
    State m_state = State::Ready;
    QByteArray m_version = "2.2.15";
    int m_requests = 0;
};
