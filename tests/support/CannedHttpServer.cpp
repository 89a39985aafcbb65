#include "CannedHttpServer.h"

#include <QTcpSocket>

namespace fornax::test {

CannedHttpServer::CannedHttpServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &CannedHttpServer::answer);
}

void CannedHttpServer::setReply(int status, const QByteArray &body, const QList<QByteArray> &headers)
{
    m_status = status;
    m_body = body;
    m_headers = headers;
}

void CannedHttpServer::queueReply(int status, const QByteArray &body, const QList<QByteArray> &headers)
{
    m_queue.append({status, body, headers});
}

bool CannedHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QByteArray CannedHttpServer::baseUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(serverPort()) + '/';
}

void CannedHttpServer::answer()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray head = socket->property("head").toByteArray() + socket->readAll();
            socket->setProperty("head", head);
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_requests << head.left(end);
            const Canned canned =
                m_queue.isEmpty() ? Canned {m_status, m_body, m_headers} : m_queue.takeFirst();
            QByteArray reply = "HTTP/1.1 " + QByteArray::number(canned.status) + " Canned\r\n";
            for (const QByteArray &header : std::as_const(canned.headers))
                reply += header + "\r\n";
            reply += "Content-Type: application/json\r\nContent-Length: "
                + QByteArray::number(canned.body.size()) + "\r\nConnection: close\r\n\r\n" + canned.body;
            socket->write(reply);
            socket->disconnectFromHost();
        });
    }
}

} // namespace fornax::test
