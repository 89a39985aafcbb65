// HubUser and ServerStatus: the user models of hubs 3.0 and 5.x become the states users see.
#include "hub/HubUser.h"
#include "hub/ServerStatus.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using fornax::HubServer;
using fornax::HubUrl;
using fornax::HubUser;
using fornax::ServerStatus;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// As JupyterHub 3.0.0 sends it (captured from the fixture hub).
const char hub30Running[] =
    R"({"kind": "user", "roles": ["user"], "last_activity": "2026-11-25T16:37:25.815628Z",
 "groups": [], "auth_state": null, "name": "astronomer", "created": "2026-11-25T16:37:25.177002Z", "admin": false,
 "pending": null, "server": "/user/astronomer/", "servers": {"": {"name": "", "last_activity":
 "2026-11-25T16:37:25.815628Z", "started": "2026-11-25T16:37:25.203930Z", "pending": null, "ready": true,
 "stopped": false, "url": "/user/astronomer/", "user_options": {"profile": "large", "capacity": "spot"},
 "progress_url": "/hub/api/users/astronomer/server/progress", "state": {"pid": 7828}}}})";

// As JupyterHub 5.x sends it under a prefix, with scopes, a pending named server and a stopped one.
const char hub5Mixed[] = R"({"kind": "user", "name": "ada", "admin": false, "last_activity": null,
 "scopes": ["read:servers!user=ada", "servers!user=ada"], "token_id": "a42", "pending": "spawn", "server": null,
 "servers": {"": {"name": "", "ready": false, "pending": "spawn", "stopped": false, "url": "/jupyter/user/ada/",
 "started": "2026-11-25T10:00:00.000000Z", "last_activity": "2026-11-25T10:00:00.5Z", "user_options": {}},
 "gpu": {"name": "gpu", "ready": false, "pending": null, "stopped": true, "url": "/jupyter/user/ada/gpu/"},
 "old": {"name": "old", "ready": true, "pending": "stop", "stopped": false, "url": "/jupyter/user/ada/old/"}}})";

} // namespace

class TestHubUser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesHub30RunningServer();
    void parsesHub5PendingAndStoppedServers();
    void timestampsKeepMicrosecondPrecisionToMilliseconds();
    void refusesModelWithoutName();
    void refusesServersThatAreNotObjects();
    void userWithoutServersIsStopped();
    void statusJsonHasNoSecrets();
    void serverAddressIsTheUsersOwn_data();
    void serverAddressIsTheUsersOwn();
};

void TestHubUser::parsesHub30RunningServer()
{
    const auto user = HubUser::fromJson(parse(hub30Running));
    QVERIFY(user);
    QCOMPARE(user->name, QStringLiteral("astronomer"));
    const auto server = user->server();
    QVERIFY(server);
    QVERIFY(server->ready);
    QCOMPARE(server->profileSlug(), QStringLiteral("large"));
    QCOMPARE(server->started, QDateTime(QDate(2026, 11, 25), QTime(16, 37, 25, 203), QTimeZone::utc()));

    const ServerStatus status =
        ServerStatus::fromUser(*user, {}, HubUrl(QUrl(QStringLiteral("http://127.0.0.1:8000/"))));
    QCOMPARE(status.state, ServerStatus::State::Running);
    QCOMPARE(status.url, QUrl(QStringLiteral("http://127.0.0.1:8000/user/astronomer/")));
    QCOMPARE(status.stateName(), QStringLiteral("running"));
}

void TestHubUser::parsesHub5PendingAndStoppedServers()
{
    const auto user = HubUser::fromJson(parse(hub5Mixed));
    QVERIFY(user);
    QCOMPARE(user->scopes.size(), 2);
    const HubUrl hub(QUrl(QStringLiteral("https://host.example/jupyter/")));

    const ServerStatus starting = ServerStatus::fromUser(*user, {}, hub);
    QCOMPARE(starting.state, ServerStatus::State::Starting);
    QCOMPARE(starting.url, QUrl(QStringLiteral("https://host.example/jupyter/user/ada/")));

    QVERIFY(!user->server(QStringLiteral("gpu"))); // a stopped record is not a server
    QCOMPARE(ServerStatus::fromUser(*user, QStringLiteral("gpu"), hub).state, ServerStatus::State::Stopped);
    QCOMPARE(ServerStatus::fromUser(*user, QStringLiteral("old"), hub).state, ServerStatus::State::Stopping);
    QCOMPARE(ServerStatus::fromUser(*user, QStringLiteral("absent"), hub).state,
             ServerStatus::State::Stopped);
}

void TestHubUser::timestampsKeepMicrosecondPrecisionToMilliseconds()
{
    QCOMPARE(fornax::parseHubTimestamp(QJsonValue(QStringLiteral("2026-11-25T10:00:00.123456Z"))),
             QDateTime(QDate(2026, 11, 25), QTime(10, 0, 0, 123), QTimeZone::utc()));
    QCOMPARE(fornax::parseHubTimestamp(QJsonValue(QStringLiteral("2026-11-25T10:00:00.5Z"))),
             QDateTime(QDate(2026, 11, 25), QTime(10, 0, 0, 500), QTimeZone::utc()));
    // Old hubs send no zone; they mean UTC.
    QCOMPARE(fornax::parseHubTimestamp(QJsonValue(QStringLiteral("2026-11-25T10:00:00"))),
             QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc()));
    QVERIFY(!fornax::parseHubTimestamp(QJsonValue()).isValid());
    QVERIFY(!fornax::parseHubTimestamp(QJsonValue(QStringLiteral("yesterday"))).isValid());
}

void TestHubUser::refusesModelWithoutName()
{
    QString error;
    QVERIFY(!HubUser::fromJson(parse(R"({"servers": {}})"), &error));
    QVERIFY(error.contains(QLatin1String("name")));
}

void TestHubUser::refusesServersThatAreNotObjects()
{
    QString error;
    QVERIFY(!HubUser::fromJson(parse(R"({"name": "x", "servers": {"": 3}})"), &error));
    QVERIFY(!HubUser::fromJson(parse(R"({"name": "x", "servers": []})"), &error));
}

void TestHubUser::userWithoutServersIsStopped()
{
    const auto user = HubUser::fromJson(parse(R"({"name": "x", "servers": {}, "server": null})"));
    QVERIFY(user);
    QCOMPARE(ServerStatus::fromUser(*user, {}, HubUrl(QUrl(QStringLiteral("http://h/")))).state,
             ServerStatus::State::Stopped);
    // A token without read:servers on 5.x: no map, but the default server's address.
    const auto limited = HubUser::fromJson(parse(R"({"name": "x", "server": "/user/x/", "pending": null})"));
    QVERIFY(limited);
    QCOMPARE(ServerStatus::fromUser(*limited, {}, HubUrl(QUrl(QStringLiteral("http://h/")))).state,
             ServerStatus::State::Running);
}

void TestHubUser::serverAddressIsTheUsersOwn_data()
{
    // The server token goes wherever the hub says the server is: only the user's own server
    // (<base>user/<name>/<server>/) may be that place.
    QTest::addColumn<QString>("reported");
    QTest::newRow("as JupyterHub reports it") << QStringLiteral("/jupyter/user/astronomer/");
    QTest::newRow("another user's server") << QStringLiteral("/jupyter/user/mallory/");
    QTest::newRow("into the hub API") << QStringLiteral("/jupyter/user/astronomer/../../hub/api/");
    QTest::newRow("encoded dots") << QStringLiteral("/jupyter/user/astronomer/%2e%2e/%2e%2e/hub/api/");
    QTest::newRow("another origin") << QStringLiteral("https://evil.example/jupyter/user/astronomer/");
    QTest::newRow("outside the prefix") << QStringLiteral("/user/astronomer/");
}

void TestHubUser::serverAddressIsTheUsersOwn()
{
    QFETCH(QString, reported);
    QJsonObject model = parse(hub30Running);
    QJsonObject servers = model.value(QLatin1String("servers")).toObject();
    QJsonObject server = servers.value(QString()).toObject();
    server.insert(QStringLiteral("url"), reported);
    servers.insert(QString(), server);
    model.insert(QStringLiteral("servers"), servers);
    const auto user = HubUser::fromJson(model);
    QVERIFY(user);
    const HubUrl hub(QUrl(QStringLiteral("https://host.example/jupyter/")));
    const ServerStatus status = ServerStatus::fromUser(*user, {}, hub);
    QCOMPARE(status.url, QUrl(QStringLiteral("https://host.example/jupyter/user/astronomer/")));
    QCOMPARE(hub.areaOf(status.url.resolved(QUrl(QStringLiteral("api/contents")))), HubUrl::Area::UserServer);
}

void TestHubUser::statusJsonHasNoSecrets()
{
    const auto user = HubUser::fromJson(parse(hub30Running));
    const QJsonObject json =
        ServerStatus::fromUser(*user, {}, HubUrl(QUrl(QStringLiteral("http://h/")))).toJson();
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("running"));
    QCOMPARE(json.value(QLatin1String("profile")).toString(), QStringLiteral("large"));
    QVERIFY(!json.contains(QLatin1String("state_pid")));
    QVERIFY(!QJsonDocument(json).toJson().contains("token"));
}

QTEST_GUILESS_MAIN(TestHubUser)
#include "tst_hubuser.moc"
