#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

namespace fornax::test {

/**
 * A loopback HTTP server that answers every request with one fixed reply, and records the
 * requests it got. For unit tests of how replies a real hub sends only under fault conditions
 * (a 502 from a gateway, a 429 with Retry-After) are classified, and for checking which headers
 * reached a server that is not the hub.
 */
class CannedHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit CannedHttpServer(QObject *parent = nullptr);

    // The reply to give: status line number, extra header lines ("Name: value"), body.
    void setReply(int status, const QByteArray &body, const QList<QByteArray> &headers = {});
    // A reply for the next request only; queued ones are used before the one setReply() gives.
    void queueReply(int status, const QByteArray &body, const QList<QByteArray> &headers = {});
    // Start listening on a free loopback port.
    bool start();
    QByteArray baseUrl() const;
    // Every request head received so far (request line and headers).
    QList<QByteArray> requests() const { return m_requests; }

private:
    void answer();

    int m_status = 200;
    QByteArray m_body;
    QList<QByteArray> m_headers;
    QList<QByteArray> m_requests;
    struct Canned
    {
        int status;
        QByteArray body;
        QList<QByteArray> headers;
    };
    QList<Canned> m_queue;
};

} // namespace fornax::test
