#include "FaultProxy.h"

#include <QTcpSocket>
#include <QTimer>

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
            release(pair, true);
        });
        const auto close = [pair] {
            if (pair->client)
                pair->client->disconnectFromHost();
            if (pair->upstream)
                pair->upstream->disconnectFromHost();
        };
        // With latency, a close travels behind the bytes sent before it.
        const auto closeFrom = [this, pair, close](bool fromClient) {
            if (m_latency.count() == 0) {
                close();
                return;
            }
            hold(pair, fromClient, {std::chrono::steady_clock::now() + m_latency, {}, true});
        };
        connect(client, &QTcpSocket::disconnected, this, [closeFrom] {
            closeFrom(true);
        });
        connect(pair->upstream, &QTcpSocket::disconnected, this, [closeFrom] {
            closeFrom(false);
        });
        connect(pair->upstream, &QTcpSocket::errorOccurred, this, [closeFrom] {
            closeFrom(false);
        });
        pair->upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void FaultProxy::forward(Pair *pair, bool fromClient)
{
    QTcpSocket *from = fromClient ? pair->client : pair->upstream;
    QTcpSocket *to = fromClient ? pair->upstream : pair->client;
    if (!from || !to)
        return;
    if (m_latency.count() > 0) {
        hold(pair, fromClient, {std::chrono::steady_clock::now() + m_latency, from->readAll()});
        return;
    }
    if (to->state() != QAbstractSocket::ConnectedState)
        return;
    deliver(pair, fromClient, from->readAll());
}

void FaultProxy::hold(Pair *pair, bool fromClient, Delayed chunk)
{
    std::deque<Delayed> &queue = fromClient ? pair->toUpstream : pair->toClient;
    const bool wasEmpty = queue.empty();
    queue.push_back(std::move(chunk));
    if (wasEmpty)
        QTimer::singleShot(m_latency, Qt::PreciseTimer, this, [this, pair, fromClient] {
            release(pair, fromClient);
        });
}

void FaultProxy::release(Pair *pair, bool fromClient)
{
    if (!m_pairs.contains(pair))
        return;
    std::deque<Delayed> &queue = fromClient ? pair->toUpstream : pair->toClient;
    QTcpSocket *to = fromClient ? pair->upstream : pair->client;
    if (!to || to->state() != QAbstractSocket::ConnectedState)
        return; // the upstream's connected() releases again
    const auto now = std::chrono::steady_clock::now();
    while (!queue.empty() && queue.front().due <= now) {
        Delayed chunk = std::move(queue.front());
        queue.pop_front();
        if (chunk.close) {
            to->disconnectFromHost();
            return;
        }
        deliver(pair, fromClient, chunk.data);
        if (!m_pairs.contains(pair) || !to || to->state() != QAbstractSocket::ConnectedState)
            return;
    }
    if (!queue.empty()) {
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(queue.front().due - now);
        QTimer::singleShot(std::max(wait, std::chrono::milliseconds(1)), Qt::PreciseTimer, this,
                           [this, pair, fromClient] {
                               release(pair, fromClient);
                           });
    }
}

void FaultProxy::deliver(Pair *pair, bool fromClient, const QByteArray &data)
{
    QTcpSocket *to = fromClient ? pair->upstream : pair->client;
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
