#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <chrono>
#include <deque>

class QTcpSocket;

namespace fornax::test {

/**
 * A TCP proxy in front of the real hub, for the faults a real server will not produce on
 * demand: the hub going away and coming back on the same address, connections cut after some
 * bytes, added latency.
 *
 * It forwards bytes unchanged, so everything the client sees still comes from the real hub.
 */
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    explicit FaultProxy(quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on a free loopback port; false on failure.
    bool start();
    quint16 port() const { return m_port; }

    // Down: every connection is dropped and new ones are refused, as when the hub is stopped.
    // Up again: listens on the same port.
    void setDown(bool down);
    bool isDown() const { return m_down; }
    // Cuts each connection after this many bytes went from the hub to the client (0: never).
    void setCutAfterDownstreamBytes(qint64 bytes) { m_cutAfterDown = bytes; }
    // Cuts each connection after this many bytes went from the client to the hub (0: never).
    void setCutAfterUpstreamBytes(qint64 bytes) { m_cutAfterUp = bytes; }
    // Number of connections cut by the rules above so far.
    int cuts() const { return m_cuts; }
    // Holds every byte this long in each direction (a round trip gets twice as much), as a
    // user far from the hub's data centre sees it. Order and bytes are kept. 0: none.
    void setLatency(std::chrono::milliseconds oneWay) { m_latency = oneWay; }

private:
    // Bytes held back by the latency, in order; an empty chunk stands for the sender's close.
    struct Delayed
    {
        std::chrono::steady_clock::time_point due;
        QByteArray data;
        bool close = false;
    };
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        qint64 down = 0;
        qint64 up = 0;
        std::deque<Delayed> toUpstream;
        std::deque<Delayed> toClient;
    };
    void accept();
    void dropAll();
    void forward(Pair *pair, bool fromClient);
    void deliver(Pair *pair, bool fromClient, const QByteArray &data);
    void hold(Pair *pair, bool fromClient, Delayed chunk);
    void release(Pair *pair, bool fromClient);

    quint16 m_targetPort;
    quint16 m_port = 0;
    QTcpServer m_server;
    QList<Pair *> m_pairs;
    bool m_down = false;
    qint64 m_cutAfterDown = 0;
    qint64 m_cutAfterUp = 0;
    int m_cuts = 0;
    std::chrono::milliseconds m_latency {0};
};

} // namespace fornax::test
