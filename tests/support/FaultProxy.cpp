#include "FaultProxy.h"

#include <QTcpSocket>

namespace fornax::test {

FaultProxy::FaultProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    dropAll();
}

bool FaultProxy::start()
{
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void FaultProxy::setDown(bool down)
{
    m_down = down;
    if (down) {
        m_server.close();
        dropAll();
    } else if (!m_server.isListening()) {
        m_server.listen(QHostAddress::LocalHost, m_port);
    }
}

void FaultProxy::dropAll()
{
    for (Pair *pair : std::as_const(m_pairs)) {
        if (pair->client)
            pair->client->abort();
        if (pair->upstream)
            pair->upstream->abort();
        delete pair->client;
        delete pair->upstream;
        delete pair;
    }
    m_pairs.clear();
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *pair = new Pair;
        pair->client = client;
        pair->upstream = new QTcpSocket(this);
        m_pairs << pair;
        connect(client, &QTcpSocket::readyRead, this, [this, pair] {
            forward(pair, true);
        });
        connect(pair->upstream, &QTcpSocket::readyRead, this, [this, pair] {
            forward(pair, false);
        });
        connect(pair->upstream, &QTcpSocket::connected, this, [this, pair] {
            forward(pair, true);
        });
        const auto close = [pair] {
            if (pair->client)
                pair->client->disconnectFromHost();
            if (pair->upstream)
                pair->upstream->disconnectFromHost();
        };
        connect(client, &QTcpSocket::disconnected, this, close);
        connect(pair->upstream, &QTcpSocket::disconnected, this, close);
        connect(pair->upstream, &QTcpSocket::errorOccurred, this, close);
        pair->upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void FaultProxy::forward(Pair *pair, bool fromClient)
{
    QTcpSocket *from = fromClient ? pair->client : pair->upstream;
    QTcpSocket *to = fromClient ? pair->upstream : pair->client;
    if (!from || !to || to->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray data = from->readAll();
    qint64 &count = fromClient ? pair->up : pair->down;
    const qint64 limit = fromClient ? m_cutAfterUp : m_cutAfterDown;
    if (limit > 0 && count + data.size() >= limit) {
        to->write(data.left(limit - count));
        to->flush();
        ++m_cuts;
        pair->client->abort();
        pair->upstream->abort();
        return;
    }
    count += data.size();
    to->write(data);
}

} // namespace fornax::test
