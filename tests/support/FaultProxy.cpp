#include "FaultProxy.h"

#include <QTcpSocket>
#include <QTimer>

#include <utility>

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

void FaultProxy::setUpstreamRate(qint64 bytesPerSecond)
{
    m_upRate = std::max<qint64>(bytesPerSecond, 0);
    if (!m_refill) {
        m_refill = new QTimer(this);
        m_refill->setInterval(20);
        connect(m_refill, &QTimer::timeout, this, &FaultProxy::pumpUpstream);
    }
    m_upBudget = 0;
    m_lastRefill = std::chrono::steady_clock::now();
}

void FaultProxy::pumpUpstream()
{
    const auto now = std::chrono::steady_clock::now();
    const double elapsed = std::chrono::duration<double>(now - m_lastRefill).count();
    m_lastRefill = now;
    // At most a fifth of a second's worth saved up: a slow link has no bursts to spend.
    m_upBudget = std::min(m_upBudget + elapsed * double(m_upRate), double(m_upRate) / 5);
    QList<Pair *> sending;
    for (Pair *pair : std::as_const(m_pairs)) {
        if (pair->client && pair->upstream && pair->upstream->state() == QAbstractSocket::ConnectedState
            && pair->client->bytesAvailable() > 0)
            sending << pair;
    }
    // Shared fairly, as TCP shares a link: a small request is not stuck behind a big upload.
    bool waiting = false;
    for (qsizetype i = 0; i < sending.size(); ++i) {
        Pair *pair = sending.at(i);
        if (!m_pairs.contains(pair) || !pair->client)
            continue;
        const qint64 share = qint64(m_upBudget / double(sending.size() - i));
        const QByteArray data = pair->client->read(std::min(share, pair->client->bytesAvailable()));
        m_upBudget -= double(data.size());
        if (!data.isEmpty())
            deliver(pair, true, data);
        waiting = waiting || (m_pairs.contains(pair) && pair->client && pair->client->bytesAvailable() > 0);
    }
    if (waiting && !m_refill->isActive())
        m_refill->start();
    else if (!waiting)
        m_refill->stop();
}

bool FaultProxy::start(const QHostAddress &address)
{
    m_address = address;
    if (!m_server.listen(m_address, m_port))
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
        m_server.listen(m_address, m_port);
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
        if (m_upRate > 0)
            client->setReadBufferSize(64 * 1024); // the rest waits in the kernel: TCP slows the sender
        pair->upstream = new QTcpSocket(this);
        m_pairs << pair;
        connect(client, &QTcpSocket::readyRead, this, [this, pair] {
            forward(pair, true);
        });
        connect(pair->upstream, &QTcpSocket::readyRead, this, [this, pair] {
            forward(pair, false);
        });
        connect(client, &QTcpSocket::bytesWritten, this, [this, pair] {
            pumpFiller(pair);
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

void FaultProxy::intercept(const QByteArray &method, const QRegularExpression &path, const Canned &reply)
{
    m_rules.append({method, path, reply});
}

void FaultProxy::forward(Pair *pair, bool fromClient)
{
    QTcpSocket *from = fromClient ? pair->client : pair->upstream;
    QTcpSocket *to = fromClient ? pair->upstream : pair->client;
    if (!from || !to)
        return;
    // A slow link passes bytes as they are (no rules or recording on it).
    if (fromClient && m_upRate > 0) {
        pumpUpstream();
        return;
    }
    if (fromClient && (m_recording || !m_rules.isEmpty()) && !pair->raw) {
        // Bytes wait in the socket until the hub's side is connected, then all go through here.
        if (to->state() != QAbstractSocket::ConnectedState && m_latency.count() == 0)
            return;
        const QByteArray onward = inspect(pair, from->readAll());
        if (m_latency.count() > 0)
            hold(pair, fromClient, {std::chrono::steady_clock::now() + m_latency, onward});
        else if (!onward.isEmpty())
            deliver(pair, fromClient, onward);
        return;
    }
    if (m_latency.count() > 0) {
        hold(pair, fromClient, {std::chrono::steady_clock::now() + m_latency, from->readAll()});
        return;
    }
    if (to->state() != QAbstractSocket::ConnectedState)
        return;
    deliver(pair, fromClient, from->readAll());
}

QByteArray FaultProxy::inspect(Pair *pair, const QByteArray &data)
{
    QByteArray onward;
    QByteArray input = data;
    while (!input.isEmpty()) {
        if (pair->raw) {
            onward += input;
            break;
        }
        if (pair->bodyLeft > 0) {
            const qint64 take = std::min<qint64>(pair->bodyLeft, input.size());
            if (!pair->bodySwallowed)
                onward += input.left(take);
            input.remove(0, take);
            pair->bodyLeft -= take;
            continue;
        }
        pair->head += input;
        input.clear();
        const qsizetype end = pair->head.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QByteArray head = pair->head.left(end + 4);
        input = pair->head.mid(end + 4);
        pair->head.clear();

        SeenRequest seen;
        seen.head = head;
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        seen.method = requestLine.value(0);
        seen.target = requestLine.value(1);
        qint64 length = 0;
        bool upgrade = false;
        bool chunked = false;
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray lower = line.trimmed().toLower();
            if (lower.startsWith("content-length:"))
                length = lower.mid(15).trimmed().toLongLong();
            else if (lower.startsWith("upgrade:"))
                upgrade = true;
            else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked"))
                chunked = true;
        }
        const Rule *rule = nullptr;
        for (const Rule &candidate : std::as_const(m_rules)) {
            if (candidate.method == seen.method
                && candidate.path.match(QString::fromLatin1(seen.target)).hasMatch()) {
                rule = &candidate;
                break;
            }
        }
        seen.intercepted = rule != nullptr;
        m_requests.append(seen);
        pair->bodyLeft = length;
        pair->bodySwallowed = rule != nullptr;
        if (rule) {
            answer(pair, rule->reply);
            continue;
        }
        onward += head;
        // After these the stream is no longer a sequence of plain requests.
        if (upgrade || chunked)
            pair->raw = true;
    }
    return onward;
}

void FaultProxy::answer(Pair *pair, const Canned &reply)
{
    if (!pair->client)
        return;
    const qint64 size = reply.fillerSize > 0 ? reply.prefix.size() + reply.fillerSize + reply.suffix.size()
                                             : reply.body.size();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Canned\r\n";
    for (const QByteArray &header : reply.headers)
        head += header + "\r\n";
    if (reply.chunked)
        head += "Transfer-Encoding: chunked\r\n\r\n";
    else if (reply.declareLength)
        head += "Content-Length: " + QByteArray::number(size) + "\r\n\r\n";
    else
        head += "Connection: close\r\n\r\n";
    pair->closeWhenDone = !reply.declareLength && !reply.chunked;
    pair->chunked = reply.chunked;
    pair->endless = reply.endless;
    pair->paced = reply.paced;
    if (reply.holdOpen) {
        pair->client->write(head + frame(pair, reply.prefix));
        return;
    }
    if (reply.fillerSize <= 0) {
        pair->client->write(head + frame(pair, reply.body) + lastChunk(pair));
        if (pair->closeWhenDone)
            pair->client->disconnectFromHost();
        return;
    }
    pair->client->write(head + frame(pair, reply.prefix));
    pair->fillerLeft = reply.fillerSize;
    pair->filler = reply.filler;
    pair->suffix = reply.suffix;
    pumpFiller(pair, true);
}

void FaultProxy::pumpFiller(Pair *pair, bool onTime)
{
    // Generated as the client reads: the proxy never holds more than a few chunks of it.
    constexpr qint64 Chunk = 64 * 1024;
    if (!m_pairs.contains(pair) || !pair->client || (pair->paced && !onTime))
        return;
    if (pair->paced) {
        if (pair->fillerLeft > 0 && pair->client->bytesToWrite() < 4 * Chunk) {
            pair->client->write(frame(pair, QByteArray(Chunk, pair->filler)));
            if (!pair->endless)
                pair->fillerLeft = std::max<qint64>(0, pair->fillerLeft - Chunk);
        }
        if (pair->fillerLeft > 0)
            QTimer::singleShot(std::chrono::milliseconds(2), Qt::PreciseTimer, this, [this, pair] {
                pumpFiller(pair, true);
            });
        else
            pair->paced = false; // the suffix and the end as usual
        if (pair->paced)
            return;
    }
    while ((pair->fillerLeft > 0 || !pair->suffix.isEmpty()) && pair->client->bytesToWrite() < 4 * Chunk
           && pair->client->state() == QAbstractSocket::ConnectedState) {
        if (pair->fillerLeft > 0) {
            const qint64 n = std::min(Chunk, pair->fillerLeft);
            pair->client->write(frame(pair, QByteArray(n, pair->filler)));
            if (!pair->endless)
                pair->fillerLeft -= n;
            if (pair->fillerLeft == 0 && pair->suffix.isEmpty()) {
                pair->client->write(lastChunk(pair));
                if (pair->closeWhenDone)
                    pair->client->disconnectFromHost();
            }
        } else {
            pair->client->write(frame(pair, std::exchange(pair->suffix, QByteArray())) + lastChunk(pair));
            if (pair->closeWhenDone)
                pair->client->disconnectFromHost();
        }
    }
}

QByteArray FaultProxy::frame(const Pair *pair, const QByteArray &data)
{
    // Chunked: each piece with its size; no data here is no chunk. Otherwise as is.
    if (!pair->chunked || data.isEmpty())
        return data;
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QByteArray FaultProxy::lastChunk(const Pair *pair)
{
    return pair->chunked ? QByteArrayLiteral("0\r\n\r\n") : QByteArray();
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
