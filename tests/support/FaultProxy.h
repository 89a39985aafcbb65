#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimer>

#include <chrono>
#include <deque>

class QTcpSocket;

namespace fornax::test {

/**
 * A TCP proxy in front of the real hub, for the faults a real server will not produce on
 * demand: the hub going away and coming back on the same address, connections cut after some
 * bytes, added latency, a slow uplink.
 *
 * It forwards bytes unchanged, so everything the client sees still comes from the real hub —
 * except for requests a test asks it to answer itself (intercept()): a reply a hostile or
 * broken server would give (a terminal named "../../hub/api/...", a redirect to another port, a
 * 64 MiB JSON body, streamed without holding it in memory). Once it watches requests (intercept()
 * or setRecording()), it records every request head the client sends (requests()), answered by
 * the hub or not, so a test can prove that no request went somewhere.
 */
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    explicit FaultProxy(quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    // A request as the client sent it.
    struct SeenRequest
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QByteArray head; // request line and headers
        bool intercepted = false;
    };
    // A reply the proxy gives itself: status, extra header lines, then body, or (fillerSize > 0)
    // prefix + fillerSize bytes of filler + suffix (or filler without end), generated as the
    // client reads it.
    struct Canned
    {
        int status = 200;
        QList<QByteArray> headers;
        QByteArray body;
        QByteArray prefix;
        char filler = ' ';
        qint64 fillerSize = 0;
        QByteArray suffix;
        // False: no Content-Length; the body ends when the proxy closes the connection.
        bool declareLength = true;
        // Sent with Transfer-Encoding: chunked (declareLength is then ignored).
        bool chunked = false;
        // The filler never ends (fillerSize is only the size of each piece).
        bool endless = false;
        // After the head and prefix nothing more is sent, and the connection stays open.
        bool holdOpen = false;
        // One 64 KiB piece of filler every 2 ms at most (about 32 MB/s, a fast network),
        // instead of as fast as this process can write.
        bool paced = false;
    };

    // Listens on a free port of address (loopback unless told); false on failure.
    bool start(const QHostAddress &address = QHostAddress::LocalHost);
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
    // Answers requests with this method whose target (path and query) matches path with reply,
    // instead of passing them to the hub. The first matching rule wins.
    void intercept(const QByteArray &method, const QRegularExpression &path, const Canned &reply);
    // Records request heads without answering any.
    void setRecording(bool on) { m_recording = on; }
    QList<SeenRequest> requests() const { return m_requests; }
    // Holds every byte this long in each direction (a round trip gets twice as much), as a
    // user far from the hub's data centre sees it. Order and bytes are kept. 0: none.
    void setLatency(std::chrono::milliseconds oneWay) { m_latency = oneWay; }
    // Lets at most this many bytes a second go from the clients to the hub, all connections
    // together, as over a slow home uplink; the client feels it as a slow send (the proxy reads
    // no faster, so TCP holds the client back). 0: no limit. Set it before connections open; the
    // rules and recording above do not apply to such a link.
    void setUpstreamRate(qint64 bytesPerSecond);

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
        // Watching the client's requests.
        QByteArray head; // a request head not yet complete
        qint64 bodyLeft = 0; // of the current request
        bool bodySwallowed = false; // an intercepted request's body goes nowhere
        bool raw = false; // after a websocket upgrade or a chunked body: bytes only
        // A generated body being streamed to the client.
        qint64 fillerLeft = 0;
        char filler = ' ';
        QByteArray suffix;
        bool closeWhenDone = false;
        bool chunked = false;
        bool endless = false;
        bool paced = false;
    };
    struct Rule
    {
        QByteArray method;
        QRegularExpression path;
        Canned reply;
    };
    void accept();
    void dropAll();
    void forward(Pair *pair, bool fromClient);
    // Splits the client's bytes into requests; returns what goes on to the hub.
    QByteArray inspect(Pair *pair, const QByteArray &data);
    void answer(Pair *pair, const Canned &reply);
    void pumpFiller(Pair *pair, bool onTime = false);
    static QByteArray frame(const Pair *pair, const QByteArray &data);
    static QByteArray lastChunk(const Pair *pair);
    void deliver(Pair *pair, bool fromClient, const QByteArray &data);
    void hold(Pair *pair, bool fromClient, Delayed chunk);
    void release(Pair *pair, bool fromClient);
    void pumpUpstream();

    quint16 m_targetPort;
    quint16 m_port = 0;
    QHostAddress m_address = QHostAddress(QHostAddress::LocalHost);
    QList<Rule> m_rules;
    QList<SeenRequest> m_requests;
    bool m_recording = false;
    QTcpServer m_server;
    QList<Pair *> m_pairs;
    bool m_down = false;
    qint64 m_cutAfterDown = 0;
    qint64 m_cutAfterUp = 0;
    int m_cuts = 0;
    std::chrono::milliseconds m_latency {0};
    qint64 m_upRate = 0;
    double m_upBudget = 0; // bytes that may go up now (a token bucket refilled by m_refill)
    QTimer *m_refill = nullptr;
    std::chrono::steady_clock::time_point m_lastRefill;
};

} // namespace fornax::test
