// The token goes only to the hub's own origin: a redirect from the hub to another origin is not
// followed, so the other server never sees the Authorization header, while a same-origin
// redirect is followed with it. Both servers are loopback servers that record what they get.
#include "CannedHttpServer.h"
#include "hub/HubCall.h"
#include "hub/HubClient.h"
#include "hub/HubError.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace fornax;

class TestTokenOrigin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectToAnotherOriginCarriesNoToken();
    void redirectWithinTheHubKeepsTheToken();
    void serverCannotBounceARequestIntoTheHubApi();

private:
    HubCall *finish(HubCall *call)
    {
        QSignalSpy finished(call, &HubCall::finished);
        if (!call->isFinished())
            finished.wait(10'000);
        return call;
    }
    QNetworkAccessManager m_network;
};

void TestTokenOrigin::redirectToAnotherOriginCarriesNoToken()
{
    test::CannedHttpServer elsewhere;
    QVERIFY(elsewhere.start());
    elsewhere.setReply(200, R"({"name":"stolen"})");
    test::CannedHttpServer hub;
    QVERIFY(hub.start());
    hub.setReply(302, {}, {"Location: " + elsewhere.baseUrl() + "hub/api/user"});

    HubClient client(HubUrl(QUrl(QString::fromLatin1(hub.baseUrl()))), &m_network);
    client.setToken("secret-token-value");
    HubCall *call = client.fetchCurrentUser();
    QSignalSpy finished(call, &HubCall::finished);
    QVERIFY(finished.wait(10'000));
    QVERIFY(call->error().isError());
    QCOMPARE(call->error().kind(), HubError::Kind::RedirectRefused);
    QVERIFY2(call->error().message().contains(QLatin1String("another site")),
             qPrintable(call->error().message()));

    QCOMPARE(hub.requests().size(), 1);
    QVERIFY(hub.requests().first().contains("Authorization: token secret-token-value"));
    for (const QByteArray &request : elsewhere.requests())
        QVERIFY2(!request.contains("secret-token-value"), request.constData());
    QVERIFY(elsewhere.requests().isEmpty()); // not even visited
}

void TestTokenOrigin::redirectWithinTheHubKeepsTheToken()
{
    test::CannedHttpServer hub;
    QVERIFY(hub.start());
    // First a redirect to the same origin, then the answer.
    hub.queueReply(302, {}, {"Location: " + hub.baseUrl() + "hub/api/user?again=1"});
    hub.setReply(200, R"({"name":"ada"})");
    HubClient client(HubUrl(QUrl(QString::fromLatin1(hub.baseUrl()))), &m_network);
    client.setToken("secret-token-value");
    HubCall *call = client.fetchCurrentUser();
    QSignalSpy finished(call, &HubCall::finished);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(call->error().kind(), HubError::Kind::None);
    QCOMPARE(hub.requests().size(), 2);
    QVERIFY(hub.requests().at(1).contains("again=1"));
    QVERIFY(hub.requests().at(1).contains("Authorization: token secret-token-value"));
}

void TestTokenOrigin::serverCannotBounceARequestIntoTheHubApi()
{
    // The same origin, but from a user's server (server token) into the hub's API: the request
    // would go on with the server's header; it is stopped instead, and nothing reaches the API.
    test::CannedHttpServer hub;
    QVERIFY(hub.start());
    hub.setReply(302, {}, {"Location: " + hub.baseUrl() + "hub/api/users/ada/tokens"});
    HubClient client(HubUrl(QUrl(QString::fromLatin1(hub.baseUrl()))), &m_network);
    client.setToken("account-token-value");
    client.setServerToken("server-token-value");
    const QUrl server = client.hub().userServerUrl(QStringLiteral("ada"));
    QNetworkReply *reply = client.guardRedirects(
        m_network.get(client.request(server.resolved(QUrl(QStringLiteral("api/status"))))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(HubError::fromReply(reply, {}).kind(), HubError::Kind::RedirectRefused);
    QCOMPARE(hub.requests().size(), 1);
    QVERIFY(hub.requests().first().contains("Authorization: token server-token-value"));
    QVERIFY(!hub.requests().first().contains("account-token-value"));
    delete reply;
}

QTEST_GUILESS_MAIN(TestTokenOrigin)
#include "tst_tokenorigin.moc"
