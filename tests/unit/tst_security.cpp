// The pure rules behind issue 17's hardening: which token a URL may carry, which names may go
// into a URL, which scopes a hub refused, how a token request settles for less (never for more),
// the reply budget, and which links the lab may hand to the system. Requests are inspected as
// built; token requests go through a scripted sender (the hub's real answers are in
// integration.security).
#include "account/TokenRequest.h"
#include "account/TokenScopes.h"
#include "hub/HubClient.h"
#include "hub/ReplyBudget.h"
#include "hub/ReplyLimit.h"
#include "jupyter/RemoteShell.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace fornax;

class TestSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenGoesOnlyWhereItMay_data();
    void tokenGoesOnlyWhereItMay();
    void serverNamesBecomeOneSegment_data();
    void serverNamesBecomeOneSegment();
    void terminalNames_data();
    void terminalNames();
    void probeEndingElsewhereNeedsConfirmation_data();
    void probeEndingElsewhereNeedsConfirmation();
    void userServerIsNeverAHub_data();
    void userServerIsNeverAHub();
    void plainHttpOnlyOnThisComputer_data();
    void plainHttpOnlyOnThisComputer();
    void refusedScopesAreRead_data();
    void refusedScopesAreRead();
    void tokenRequestSettlesForLessNeverMore();
    void unexplainedRefusalIsNotWidened();
    void lifetimeAboveTheHubsMaximumIsShortened();
    void replyBudget();
};

void TestSecurity::tokenGoesOnlyWhereItMay_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("expected");
    const QString hub = QStringLiteral("https://hub.example.org/prefix/");
    QTest::newRow("hub API") << hub + QStringLiteral("hub/api/user") << QByteArray("token account");
    QTest::newRow("user's server") << hub + QStringLiteral("user/ada/api/contents")
                                   << QByteArray("token server");
    QTest::newRow("named server") << hub + QStringLiteral("user/ada/gpu/terminals/websocket/1")
                                  << QByteArray("token server");
    QTest::newRow("the hub answering for a stopped server")
        << hub + QStringLiteral("hub/user/ada/api/status") << QByteArray("token server");
    QTest::newRow("hub page (tokens are not accepted there)")
        << hub + QStringLiteral("hub/login") << QByteArray();
    QTest::newRow("outside the prefix")
        << QStringLiteral("https://hub.example.org/hub/api/user") << QByteArray();
    QTest::newRow("other host") << QStringLiteral("https://evil.example.org/prefix/hub/api/user")
                                << QByteArray();
    QTest::newRow("other port") << QStringLiteral("https://hub.example.org:8443/prefix/hub/api/user")
                                << QByteArray();
    QTest::newRow("downgrade to http")
        << QStringLiteral("http://hub.example.org/prefix/hub/api/user") << QByteArray();
    QTest::newRow("server path climbing into the API")
        << hub + QStringLiteral("user/ada/api/terminals/../../../../hub/api/users/ada/tokens")
        << QByteArray();
    QTest::newRow("encoded dots") << hub + QStringLiteral("user/ada/api/terminals/%2e%2e/%2E%2E/x")
                                  << QByteArray();
    QTest::newRow("API path climbing into a server")
        << hub + QStringLiteral("hub/api/../../user/ada/") << QByteArray();
}

void TestSecurity::tokenGoesOnlyWhereItMay()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, expected);
    QNetworkAccessManager network;
    HubClient client(HubUrl(QUrl(QStringLiteral("https://hub.example.org/prefix/"))), &network);
    client.setToken("account");
    client.setServerToken("server");
    QCOMPARE(client.request(QUrl(url)).rawHeader("Authorization"), expected);
}

void TestSecurity::serverNamesBecomeOneSegment_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("plain");
    QTest::newRow("number") << QStringLiteral("1") << true;
    QTest::newRow("spaces and unicode") << QStringLiteral("Ω data 2026") << true;
    QTest::newRow("query and fragment characters") << QStringLiteral("a?b#c%d") << true;
    QTest::newRow("three dots") << QStringLiteral("...") << true;
    QTest::newRow("encoded dots stay literal") << QStringLiteral("%2e%2e") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dot") << QStringLiteral(".") << false;
    QTest::newRow("dot dot") << QStringLiteral("..") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("climbing") << QStringLiteral("../../hub/api/users/ada/tokens") << false;
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(u'\0') << false;
}

void TestSecurity::serverNamesBecomeOneSegment()
{
    QFETCH(QString, name);
    QFETCH(bool, plain);
    QCOMPARE(HubUrl::isPlainSegment(name), plain);
    const auto encoded = HubUrl::encodedSegment(name);
    QCOMPARE(encoded.has_value(), plain);
    if (!plain)
        return;
    // Resolved below a folder, it is exactly one more segment, and it decodes to the name.
    const QUrl base(QStringLiteral("https://hub.example.org/user/ada/api/terminals/"));
    const QUrl url = base.resolved(QUrl(*encoded));
    QVERIFY2(url.path(QUrl::FullyEncoded).startsWith(base.path()), qPrintable(url.toString()));
    const QString rest = url.path(QUrl::FullyEncoded).mid(base.path().size());
    QVERIFY(!rest.contains(QLatin1Char('/')));
    QCOMPARE(QUrl::fromPercentEncoding(rest.toLatin1()), name);
    QVERIFY(url.query().isEmpty() && url.fragment().isEmpty());
}

void TestSecurity::terminalNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("usable");
    QTest::newRow("jupyter_server") << QStringLiteral("1") << true;
    QTest::newRow("uuid") << QStringLiteral("5f0c1a2e-7d9b-4f6a-9c1d-0e8b2a4f6c3d") << true;
    QTest::newRow("climbing") << QStringLiteral("../../hub/api/users/ada/tokens") << false;
    QTest::newRow("dot dot") << QStringLiteral("..") << false;
    QTest::newRow("query") << QStringLiteral("1?x=y") << false;
    QTest::newRow("encoded") << QStringLiteral("%2e%2e") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("too long") << QString(129, QLatin1Char('a')) << false;
}

void TestSecurity::terminalNames()
{
    QFETCH(QString, name);
    QTEST(RemoteShell::isUsableTerminalName(name), "usable");
}

void TestSecurity::probeEndingElsewhereNeedsConfirmation_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("found");
    QTest::addColumn<bool>("elsewhere");
    QTest::newRow("the very base") << QStringLiteral("https://hub.example.org/jupyter")
                                   << QStringLiteral("https://hub.example.org/jupyter/") << false;
    QTest::newRow("same origin, another prefix")
        << QStringLiteral("https://hub.example.org/") << QStringLiteral("https://hub.example.org/jupyter/")
        << true;
    QTest::newRow("same origin, into a user's server")
        << QStringLiteral("http://127.0.0.1:8000/") << QStringLiteral("http://127.0.0.1:8000/user/mallory/")
        << true;
    QTest::newRow("upgrade into a user's server")
        << QStringLiteral("http://hub.example.org/")
        << QStringLiteral("https://hub.example.org/user/mallory/") << true;
    QTest::newRow("upgrade keeping the prefix")
        << QStringLiteral("http://hub.example.org/jupyter/")
        << QStringLiteral("https://hub.example.org/jupyter/") << false;
    QTest::newRow("upgrade to https")
        << QStringLiteral("http://hub.example.org/") << QStringLiteral("https://hub.example.org/") << false;
    QTest::newRow("another host") << QStringLiteral("https://hub.example.org/")
                                  << QStringLiteral("https://hub.example.net/") << true;
    QTest::newRow("another port") << QStringLiteral("http://127.0.0.1:8000/")
                                  << QStringLiteral("http://127.0.0.1:9000/") << true;
    QTest::newRow("downgrade to http")
        << QStringLiteral("https://hub.example.org/") << QStringLiteral("http://hub.example.org/") << true;
    QTest::newRow("upgrade to another port") << QStringLiteral("http://hub.example.org/")
                                             << QStringLiteral("https://hub.example.org:8443/") << true;
}

void TestSecurity::probeEndingElsewhereNeedsConfirmation()
{
    QFETCH(QString, requested);
    QFETCH(QString, found);
    QTEST(HubUrl::leadsElsewhere(QUrl(requested), QUrl(found)), "elsewhere");
}

void TestSecurity::userServerIsNeverAHub_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("underUser");
    QTest::newRow("root") << QStringLiteral("https://hub.example.org/") << false;
    QTest::newRow("prefix") << QStringLiteral("https://hub.example.org/jupyter/") << false;
    QTest::newRow("a user's server") << QStringLiteral("http://127.0.0.1:8000/user/mallory/") << true;
    QTest::newRow("below a prefix") << QStringLiteral("https://h.org/jupyter/user/mallory/") << true;
    QTest::newRow("below the server") << QStringLiteral("https://h.org/user/mallory/x/") << true;
    QTest::newRow("encoded") << QStringLiteral("https://h.org/%75ser/mallory/") << true;
    QTest::newRow("a prefix named user, nothing after") << QStringLiteral("https://h.org/user/") << false;
}

void TestSecurity::userServerIsNeverAHub()
{
    QFETCH(QString, base);
    QTEST(HubUrl::isUnderUserServer(QUrl(base)), "underUser");
}

void TestSecurity::plainHttpOnlyOnThisComputer_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("insecure");
    QTest::newRow("https") << QStringLiteral("https://hub.example.org/") << false;
    QTest::newRow("http elsewhere") << QStringLiteral("http://hub.example.org/") << true;
    QTest::newRow("http on a LAN address") << QStringLiteral("http://192.0.2.2:8000/") << true;
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8000/") << false;
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8000/") << false;
    QTest::newRow("127.1.2.3") << QStringLiteral("http://127.1.2.3/") << false;
    QTest::newRow("::1") << QStringLiteral("http://[::1]:8000/") << false;
    QTest::newRow("a name that starts like loopback")
        << QStringLiteral("http://127.0.0.1.evil.example/") << true;
}

void TestSecurity::plainHttpOnlyOnThisComputer()
{
    QFETCH(QString, base);
    QTEST(HubUrl(QUrl(base)).isInsecure(), "insecure");
}

void TestSecurity::refusedScopesAreRead_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("refused");
    const QString name = QStringLiteral("read:users:name!user");
    const QString activity = QStringLiteral("read:users:activity!user");
    const QString servers = QStringLiteral("servers!user");
    const QString tokens = QStringLiteral("tokens!user");
    QTest::newRow("one scope (3.0 and 5.x)")
        << QStringLiteral("Not assigning requested scopes read:users:activity!user=ada not held by User ada")
        << QStringList {activity};
    QTest::newRow("several") << QStringLiteral(
        "Not assigning requested scopes tokens!user=ada,read:users:activity!user=ada "
        "not held by User ada")
                             << QStringList {activity, tokens};
    QTest::newRow("a sub-scope refuses its parent")
        << QStringLiteral("Not assigning requested scopes read:tokens!user=ada not held by User ada")
        << QStringList {tokens};
    QTest::newRow("a shared sub-scope refuses both")
        << QStringLiteral("Not assigning requested scopes read:users:name!user=ada not held by User ada")
        << QStringList {name, servers};
    QTest::newRow("another refusal") << QStringLiteral("token expires_in: 9 must not exceed 5")
                                     << QStringList();
    QTest::newRow("names nothing asked for")
        << QStringLiteral("Not assigning requested scopes admin:users not held by User ada") << QStringList();
}

void TestSecurity::refusedScopesAreRead()
{
    QFETCH(QString, message);
    QTEST(TokenScopes::refusedScopes(TokenScopes::accountScopes(), message), "refused");
}

namespace {

// Answers token requests as a hub whose user holds only the scopes in held would, 3.0-style.
struct ScriptedHub
{
    QStringList held;
    qint64 maxLifetime = 0;
    QString unexplained; // a 400 with this message for every scoped request
    QList<QJsonObject> bodies;

    TokenRequest::Sender sender()
    {
        return [this](const QJsonObject &body, const TokenRequest::Reply &done) {
            bodies << body;
            const qint64 lifetime = body.value(QLatin1String("expires_in")).toInteger();
            QString refusal;
            if (!unexplained.isEmpty() && body.contains(QLatin1String("scopes")))
                refusal = unexplained;
            else if (maxLifetime > 0 && lifetime > maxLifetime)
                refusal =
                    QStringLiteral("token expires_in: %1 must not exceed %2").arg(lifetime).arg(maxLifetime);
            QStringList excess;
            for (const QJsonValue &scope : body.value(QLatin1String("scopes")).toArray()) {
                if (!held.contains(scope.toString()))
                    excess << scope.toString() + QStringLiteral("=ada");
            }
            if (refusal.isEmpty() && !excess.isEmpty())
                refusal = QStringLiteral("Not assigning requested scopes %1 not held by User ada")
                              .arg(excess.join(u','));
            if (!refusal.isEmpty()) {
                done(HubError(HubError::Kind::ServerError, refusal, 400), {});
                return;
            }
            done({},
                 QJsonDocument(QJsonObject {{QStringLiteral("token"), QStringLiteral("new-token")},
                                            {QStringLiteral("id"), QStringLiteral("a7")}})
                     .toJson());
        };
    }
};

TokenRequest::Result run(TokenRequest &request, const std::function<void()> &start)
{
    QSignalSpy finished(&request, &TokenRequest::finished);
    start();
    if (finished.isEmpty())
        finished.wait(1'000);
    return finished.isEmpty() ? TokenRequest::Result {}
                              : finished.first().first().value<TokenRequest::Result>();
}

} // namespace

void TestSecurity::tokenRequestSettlesForLessNeverMore()
{
    ScriptedHub hub;
    hub.held = {QStringLiteral("read:users:name!user"), QStringLiteral("servers!user"),
                QStringLiteral("tokens!user")};
    TokenRequest request(hub.sender());
    const TokenRequest::Result result = run(request, [&] {
        request.request(TokenScopes::accountScopes(), QStringLiteral("note"), 3600);
    });
    QCOMPARE(result.outcome, TokenRequest::Outcome::Issued);
    QCOMPARE(result.granted, hub.held);
    QCOMPARE(result.refused, QStringList {QStringLiteral("read:users:activity!user")});
    // Every request named its scopes: none asked for a token with all of the user's.
    QCOMPARE(hub.bodies.size(), 2);
    for (const QJsonObject &body : std::as_const(hub.bodies))
        QVERIFY(!body.value(QLatin1String("scopes")).toArray().isEmpty());
    QVERIFY(!TokenScopes::describe(result.granted, result.refused).isEmpty());

    // Nothing held: no token, and still nothing wider asked for.
    ScriptedHub none;
    TokenRequest nothing(none.sender());
    const TokenRequest::Result empty = run(nothing, [&] {
        nothing.request(TokenScopes::serverScopes(QStringLiteral("ada")), QStringLiteral("note"), 3600);
    });
    QCOMPARE(empty.outcome, TokenRequest::Outcome::NothingGranted);
    QVERIFY(empty.token.isEmpty());
    QCOMPARE(none.bodies.size(), 1);
}

void TestSecurity::unexplainedRefusalIsNotWidened()
{
    ScriptedHub hub;
    hub.held = TokenScopes::accountScopes();
    hub.unexplained = QStringLiteral("Scope filters are not supported here");
    TokenRequest request(hub.sender());
    const TokenRequest::Result refused = run(request, [&] {
        request.request(TokenScopes::accountScopes(), QStringLiteral("note"), 3600);
    });
    QCOMPARE(refused.outcome, TokenRequest::Outcome::Refused);
    QVERIFY(refused.token.isEmpty());
    QCOMPARE(hub.bodies.size(), 1); // asked once, not again without scopes
    // Only the caller, after the user's yes, asks for a token without scopes.
    const TokenRequest::Result unscoped = run(request, [&] {
        request.requestUnscoped(QStringLiteral("note"), 3600);
    });
    QCOMPARE(unscoped.outcome, TokenRequest::Outcome::Issued);
    QVERIFY(unscoped.unscoped);
    QVERIFY(!hub.bodies.last().contains(QLatin1String("scopes")));
}

void TestSecurity::lifetimeAboveTheHubsMaximumIsShortened()
{
    ScriptedHub hub;
    hub.held = TokenScopes::accountScopes();
    hub.maxLifetime = 86'400;
    TokenRequest request(hub.sender());
    const TokenRequest::Result result = run(request, [&] {
        request.request(TokenScopes::accountScopes(), QStringLiteral("note"), 30 * 86'400);
    });
    QCOMPARE(result.outcome, TokenRequest::Outcome::Issued);
    QCOMPARE(hub.bodies.last().value(QLatin1String("expires_in")).toInteger(), 86'400);
    QVERIFY(result.expiry <= QDateTime::currentDateTimeUtc().addSecs(86'400 + 5));
    QCOMPARE(TokenRequest::maximumLifetime(QStringLiteral("token expires_in: 9 must not exceed 5")), 5);
    QCOMPARE(TokenRequest::maximumLifetime(QStringLiteral("Not assigning requested scopes")), -1);
}

void TestSecurity::replyBudget()
{
    ReplyBudget budget(100);
    QVERIFY(budget.admitDeclaredLength("100"));
    QVERIFY(budget.admitDeclaredLength("garbage")); // not a length: only what arrives counts
    QVERIFY(budget.admitReceived(100));
    QVERIFY(!budget.admitReceived(101));
    QVERIFY(budget.isExceeded());
    QVERIFY(!budget.admitReceived(0)); // once exceeded, it stays so

    ReplyBudget declared(100);
    QVERIFY(!declared.admitDeclaredLength(" 101 "));
    ReplyBudget overflow(100);
    QVERIFY(!overflow.admitDeclaredLength("99999999999999999999999999"));
    ReplyBudget negative(100);
    QVERIFY(negative.admitDeclaredLength("-5"));
    QVERIFY(negative.admitReceived(100));

    QCOMPARE(ReplyBudget::sizeText(ReplyLimit::HubJson), QStringLiteral("4 MiB"));
    QCOMPARE(ReplyBudget::sizeText(ReplyLimit::Small), QStringLiteral("256 KiB"));
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
