// What the app sends, request by request, to a loopback server that records it: hub routes carry
// no no_track_activity (they have none; 3.0 and 5.x), every read of the single-user server's own
// state does, the keep-alive's counted request is not api/status, cookie-authenticated API calls
// say Sec-Fetch-Mode: cors (JupyterHub 5 checks XSRF only then), and nothing polls through a
// terminal.
#include "CannedHttpServer.h"
#include "account/WebSession.h"
#include "health/ServerProbe.h"
#include "hub/HubCall.h"
#include "hub/HubClient.h"
#include "hub/KeepAlive.h"

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QSignalSpy>
#include <QTest>

using namespace fornax;
using namespace std::chrono_literals;

class TestHubManners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hubRoutesCarryNoTrackingParameter();
    void serverStateReadsAreNotCounted();
    void keepAliveCountsWithoutApiStatus();
    void keepAliveUsesTheServersExtension();
    void cookieApiCallsSayCors();

private:
    static QByteArray requestLine(const QByteArray &head) { return head.left(head.indexOf("\r\n")); }
    QNetworkAccessManager m_network;
};

void TestHubManners::hubRoutesCarryNoTrackingParameter()
{
    test::CannedHttpServer hub;
    QVERIFY(hub.start());
    hub.setReply(200, R"({"name":"ada","servers":{}})");
    HubClient client(HubUrl(QUrl(QString::fromLatin1(hub.baseUrl()))), &m_network);
    client.setToken("t");
    client.setServerToken("t");
    for (HubCall *call : {client.fetchCurrentUser(), client.fetchUser(QStringLiteral("ada"))}) {
        QSignalSpy finished(call, &HubCall::finished);
        QVERIFY(call->isFinished() || finished.wait(10'000));
    }
    QCOMPARE(hub.requests().size(), 2);
    QCOMPARE(requestLine(hub.requests().at(0)), QByteArray("GET /hub/api/user HTTP/1.1"));
    QCOMPARE(requestLine(hub.requests().at(1)), QByteArray("GET /hub/api/users/ada HTTP/1.1"));
}

void TestHubManners::serverStateReadsAreNotCounted()
{
    test::CannedHttpServer server;
    QVERIFY(server.start());
    server.setReply(200, R"({"started":"2026-01-01T00:00:00Z","last_activity":"2026-01-01T00:01:00Z",
                            "connections":0,"kernels":0,"remaining":0})");
    HubClient client(HubUrl(QUrl(QString::fromLatin1(server.baseUrl()))), &m_network);
    client.setToken("t");
    client.setServerToken("t");
    ServerProbe probe(&client);
    probe.setServerUrl(QUrl(QString::fromLatin1(server.baseUrl() + "user/ada/")));
    QSignalSpy sampled(&probe, &ServerProbe::sampled);
    probe.sample();
    QVERIFY(sampled.wait(10'000));
    const ServerSnapshot snapshot = sampled.first().first().value<ServerSnapshot>();
    QCOMPARE(snapshot.lastActivity, QDateTime(QDate(2026, 1, 1), QTime(0, 1), Qt::UTC));
    QCOMPARE(snapshot.keepAliveRemaining, std::optional<qint64>(0));
    QStringList paths;
    for (const QByteArray &head : server.requests()) {
        const QByteArray line = requestLine(head);
        QVERIFY2(line.startsWith("GET ") && line.contains("?no_track_activity=1 "), line.constData());
        QVERIFY2(!head.contains("Upgrade: websocket"), head.constData());
        paths << QString::fromLatin1(line.mid(4, line.indexOf('?') - 4));
    }
    paths.sort();
    QCOMPARE(
        paths,
        QStringList({QStringLiteral("/user/ada/api/kernels"), QStringLiteral("/user/ada/api/status"),
                     QStringLiteral("/user/ada/api/terminals"), QStringLiteral("/user/ada/ext-keepalive")}));
}

void TestHubManners::keepAliveCountsWithoutApiStatus()
{
    test::CannedHttpServer server;
    QVERIFY(server.start());
    server.queueReply(404, "<html>404</html>"); // no extension here
    server.setReply(200, R"({"name":"","type":"directory"})");
    HubClient client(HubUrl(QUrl(QString::fromLatin1(server.baseUrl()))), &m_network);
    client.setToken("t");
    client.setServerToken("t");
    KeepAlive keepAlive(&client);
    keepAlive.setServerUrl(QUrl(QString::fromLatin1(server.baseUrl() + "user/ada/")));
    QSignalSpy pinged(&keepAlive, &KeepAlive::pinged);
    QVERIFY(keepAlive.start(10min));
    QVERIFY(pinged.wait(10'000));
    QCOMPARE(keepAlive.mechanism(), KeepAlive::Mechanism::CountedRequests);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(requestLine(server.requests().at(0)),
             QByteArray("GET /user/ada/ext-keepalive?no_track_activity=1 HTTP/1.1"));
    // Counted on purpose: no no_track_activity, and not api/status, which no server counts.
    QCOMPARE(requestLine(server.requests().at(1)),
             QByteArray("GET /user/ada/api/contents?content=0 HTTP/1.1"));
}

void TestHubManners::keepAliveUsesTheServersExtension()
{
    test::CannedHttpServer server;
    QVERIFY(server.start());
    server.queueReply(200, R"({"remaining": 0})"); // the extension answers
    server.setReply(200, {}); // POST and DELETE answer with nothing, as jupyter-keepalive does
    HubClient client(HubUrl(QUrl(QString::fromLatin1(server.baseUrl()))), &m_network);
    client.setToken("t");
    client.setServerToken("t");
    KeepAlive keepAlive(&client);
    keepAlive.setServerUrl(QUrl(QString::fromLatin1(server.baseUrl() + "user/ada/")));
    QSignalSpy settled(&keepAlive, &KeepAlive::requestsSettled);
    QVERIFY(keepAlive.start(10min));
    QVERIFY(settled.wait(10'000));
    QCOMPARE(keepAlive.mechanism(), KeepAlive::Mechanism::ServerExtension);
    QCOMPARE(server.requests().size(), 2);
    const QByteArray post = server.requests().at(1);
    QCOMPARE(requestLine(post), QByteArray("POST /user/ada/ext-keepalive HTTP/1.1"));
    QVERIFY(post.contains("Content-Type: application/json"));
    QVERIFY(post.contains("Authorization: token t"));
    keepAlive.stop();
    QVERIFY(settled.wait(10'000));
    QCOMPARE(requestLine(server.requests().at(2)), QByteArray("DELETE /user/ada/ext-keepalive HTTP/1.1"));
}

void TestHubManners::cookieApiCallsSayCors()
{
    test::CannedHttpServer hub;
    QVERIFY(hub.start());
    hub.setReply(200, R"({"name":"ada"})");
    WebSession session(HubUrl(QUrl(QString::fromLatin1(hub.baseUrl()))));
    QNetworkCookie xsrf("_xsrf", "xsrf-value");
    xsrf.setPath(QStringLiteral("/hub/"));
    session.addCookie(xsrf);
    QSignalSpy signedIn(&session, &WebSession::signedIn);
    session.checkSignedIn();
    QVERIFY(signedIn.wait(10'000));
    QSignalSpy failed(&session, &WebSession::spawnFormFailed);
    QSignalSpy fetched(&session, &WebSession::spawnFormFetched);
    session.fetchSpawnForm(QStringLiteral("ada"));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !fetched.isEmpty(), 10'000);
    QCOMPARE(hub.requests().size(), 2);
    const QByteArray api = hub.requests().at(0);
    QVERIFY2(api.contains("Sec-Fetch-Mode: cors"), api.constData());
    QVERIFY2(api.contains("X-XSRFToken: xsrf-value"), api.constData());
    QVERIFY(!requestLine(api).contains("no_track_activity"));
    // A page is loaded as a browser loads a page.
    QVERIFY2(hub.requests().at(1).contains("Sec-Fetch-Mode: navigate"), hub.requests().at(1).constData());
}

QTEST_GUILESS_MAIN(TestHubManners)
#include "tst_hubmanners.moc"
