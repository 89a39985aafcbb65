// The hub core against the real local JupyterHub: starting every profile with exact
// user_options, progress, stop, pending starts, revoked tokens, an unreachable hub, a server
// stopped behind the client's back, and polling that never counts as activity.
#include "FaultProxy.h"
#include "TestHub.h"
#include "hub/HubCall.h"
#include "hub/HubClient.h"
#include "hub/ServerController.h"
#include "hub/ServerMonitor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace fornax;
using namespace std::chrono_literals;

class TestHubClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsEachProfileWithExactUserOptions_data();
    void startsEachProfileWithExactUserOptions();
    void secondStartWhileStartingIsPending();
    void unknownProfileFailsWithHubsMessage();
    void cancelDuringSpawnStopsTheServer();
    void revokedTokenIsTokenExpired();
    void hubDownMidPollIsUnreachableThenRecovers();
    void serverStoppedElsewhereIsSeenWithinOnePoll();
    void pollingDoesNotCountAsActivity();

private:
    // A client for user with a fresh token minted by the fixture's service.
    std::unique_ptr<HubClient> clientFor(const QString &user, const QUrl &base = {});
    HubCall *waitFor(HubCall *call);
    QJsonObject userModel(const QString &user);
    void stopWithService(const QString &user);

    test::TestHub m_hub;
    QNetworkAccessManager m_network;
};

void TestHubClient::initTestCase()
{
    qRegisterMetaType<ServerStatus>();
    qRegisterMetaType<HubError>();
    qRegisterMetaType<HubUser>();
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
}

std::unique_ptr<HubClient> TestHubClient::clientFor(const QString &user, const QUrl &base)
{
    auto client = std::make_unique<HubClient>(HubUrl(base.isEmpty() ? m_hub.url() : base), &m_network);
    const QByteArray token = m_hub.createToken(user);
    if (token.isEmpty())
        qWarning("could not mint a token for %s", qPrintable(user));
    client->setToken(token);
    client->setServerToken(token);
    return client;
}

HubCall *TestHubClient::waitFor(HubCall *call)
{
    // The call deletes itself after finished(); keep it alive for the test by reparenting.
    QSignalSpy finished(call, &HubCall::finished);
    if (!call->isFinished() && !finished.wait(30'000))
        qWarning("hub call did not finish");
    return call;
}

QJsonObject TestHubClient::userModel(const QString &user)
{
    return m_hub.call("GET", QStringLiteral("users/") + user).json().object();
}

void TestHubClient::stopWithService(const QString &user)
{
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(user));
}

void TestHubClient::startsEachProfileWithExactUserOptions_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("options");
    QTest::newRow("small, default image")
        << QStringLiteral("client-small") << QByteArray(R"({"profile":"small"})");
    QTest::newRow("small, heasoft") << QStringLiteral("client-heasoft")
                                    << QByteArray(R"({"profile":"small","image":"heasoft"})");
    QTest::newRow("small, unlisted image")
        << QStringLiteral("client-custom")
        << QByteArray(
               R"({"profile":"small","image":"unlisted-choice","image--unlisted-choice":"me/astro:1"})");
    QTest::newRow("medium") << QStringLiteral("client-medium") << QByteArray(R"({"profile":"medium"})");
    QTest::newRow("large, spot") << QStringLiteral("client-large")
                                 << QByteArray(R"({"profile":"large","capacity":"spot"})");
    QTest::newRow("xlarge") << QStringLiteral("client-xlarge") << QByteArray(R"({"profile":"xlarge"})");
}

void TestHubClient::startsEachProfileWithExactUserOptions()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, options);
    const QJsonObject userOptions = QJsonDocument::fromJson(options).object();

    auto client = clientFor(user);
    ServerMonitor monitor(client.get());
    monitor.setIntervals(1s, 200ms, 2s);
    ServerController controller(client.get(), &monitor, user);
    QSignalSpy progressed(&controller, &ServerController::startProgressed);
    QSignalSpy started(&controller, &ServerController::serverStarted);
    QSignalSpy failed(&controller, &ServerController::startFailed);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.status().state, ServerStatus::State::Stopped, 10'000);

    controller.startServer(userOptions);
    QTRY_VERIFY_WITH_TIMEOUT(started.size() + failed.size() == 1, 60'000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().value<HubError>().message()));
    QCOMPARE(started.first().first().toUrl(),
             m_hub.url().resolved(QUrl(QStringLiteral("user/%1/").arg(user))));
    QCOMPARE(monitor.status().state, ServerStatus::State::Running);
    QCOMPARE(monitor.status().userOptions, userOptions);

    // Progress arrived, in order, with the hub's own messages.
    QVERIFY(progressed.size() >= 2);
    int last = -1;
    QStringList messages;
    for (const QList<QVariant> &event : std::as_const(progressed)) {
        QVERIFY(event.at(0).toInt() >= last);
        last = event.at(0).toInt();
        messages << event.at(1).toString();
    }
    QVERIFY2(messages.join(QLatin1Char('|')).contains(QLatin1String("Requesting a")),
             qPrintable(messages.join(u'|')));

    // What the spawner received is exactly what was sent.
    QFile record(m_hub.homeOf(user) + QStringLiteral("/.fornax-fixture/user_options.json"));
    QVERIFY2(record.open(QIODevice::ReadOnly), qPrintable(record.fileName()));
    QCOMPARE(QJsonDocument::fromJson(record.readAll()).object(), userOptions);

    QSignalSpy stopped(&controller, &ServerController::serverStopped);
    QSignalSpy lost(&monitor, &ServerMonitor::serverLost);
    controller.stopServer();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 30'000);
    QCOMPARE(monitor.status().state, ServerStatus::State::Stopped);
    QVERIFY(lost.isEmpty()); // our own stop is not "lost"
    QVERIFY(userModel(user).value(QLatin1String("servers")).toObject().isEmpty());
}

void TestHubClient::secondStartWhileStartingIsPending()
{
    const QString user = QStringLiteral("client-pending");
    auto client = clientFor(user);
    const QJsonObject small {{QStringLiteral("profile"), QStringLiteral("small")}};
    const QJsonObject large {{QStringLiteral("profile"), QStringLiteral("large")}};
    HubCall *first = waitFor(client->startServer(user, {}, small));
    QCOMPARE(first->error().kind(), HubError::Kind::None);
    QCOMPARE(first->httpStatus(), 202); // the hub follows the spawn in the background, as Fornax does

    // The hub answers a raw second start of a pending spawn like a first one, and drops it.
    HubCall *raw = waitFor(client->startServer(user, {}, large));
    QCOMPARE(raw->httpStatus(), 202);

    // A controller asked to start meanwhile sees the pending spawn, sends no second start,
    // says so, and follows the start under way to its end.
    ServerMonitor monitor(client.get());
    monitor.setIntervals(1s, 200ms, 2s);
    ServerController controller(client.get(), &monitor, user);
    QSignalSpy started(&controller, &ServerController::serverStarted);
    QSignalSpy progressed(&controller, &ServerController::startProgressed);
    monitor.start();
    controller.startServer(large);
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 60'000);
    bool told = false;
    for (const QList<QVariant> &event : std::as_const(progressed))
        told = told || event.at(1).toString().contains(QLatin1String("already under way"));
    QVERIFY(told);

    // Once it runs, another start is refused as such.
    HubCall *again = waitFor(client->startServer(user, {}, large));
    QCOMPARE(again->error().kind(), HubError::Kind::AlreadyRunning);

    // One spawn only, with the first request's options.
    QFile record(m_hub.homeOf(user) + QStringLiteral("/.fornax-fixture/user_options.json"));
    QVERIFY(record.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(record.readAll()).object(), small);
    QCOMPARE(userModel(user).value(QLatin1String("servers")).toObject().size(), 1);
    stopWithService(user);
}

void TestHubClient::unknownProfileFailsWithHubsMessage()
{
    const QString user = QStringLiteral("client-badprofile");
    auto client = clientFor(user);
    ServerMonitor monitor(client.get());
    monitor.setIntervals(1s, 200ms, 2s);
    ServerController controller(client.get(), &monitor, user);
    QSignalSpy started(&controller, &ServerController::serverStarted);
    QSignalSpy failed(&controller, &ServerController::startFailed);
    monitor.start();
    controller.startServer(QJsonObject {{QStringLiteral("profile"), QStringLiteral("no-such-size")}});
    QTRY_VERIFY_WITH_TIMEOUT(started.size() + failed.size() == 1, 60'000);
    QCOMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<HubError>();
    QVERIFY(!error.message().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(monitor.status().state, ServerStatus::State::Failed, 10'000);
    qInfo("start with an unknown profile: %s", qPrintable(error.message()));
}

void TestHubClient::cancelDuringSpawnStopsTheServer()
{
    // The hub refuses to stop a pending spawn; Cancel must still end with no server.
    const QString user = QStringLiteral("client-cancel");
    auto client = clientFor(user);
    ServerMonitor monitor(client.get());
    monitor.setIntervals(1s, 200ms, 2s);
    ServerController controller(client.get(), &monitor, user);
    QSignalSpy accepted(&controller, &ServerController::startAccepted);
    QSignalSpy stopped(&controller, &ServerController::serverStopped);
    QSignalSpy failed(&controller, &ServerController::stopFailed);
    monitor.start();
    controller.startServer(QJsonObject {{QStringLiteral("profile"), QStringLiteral("small")}});
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 30'000);
    controller.stopServer();
    QTRY_VERIFY_WITH_TIMEOUT(stopped.size() + failed.size() == 1, 60'000);
    QCOMPARE(stopped.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(userModel(user).value(QLatin1String("servers")).toObject().isEmpty(), 30'000);
}

void TestHubClient::revokedTokenIsTokenExpired()
{
    const QString user = QStringLiteral("client-revoked");
    QVERIFY(m_hub.ensureUser(user));
    const QJsonObject created =
        m_hub.call("POST", QStringLiteral("users/%1/tokens").arg(user), R"({"note":"to revoke"})")
            .json()
            .object();
    const QByteArray token = created.value(QLatin1String("token")).toString().toUtf8();
    QVERIFY(!token.isEmpty());

    HubClient client {HubUrl(m_hub.url()), &m_network};
    client.setToken(token);
    HubCall *before = waitFor(client.fetchCurrentUser());
    QCOMPARE(before->error().kind(), HubError::Kind::None);
    QCOMPARE(before->json().object().value(QLatin1String("name")).toString(), user);

    QCOMPARE(
        m_hub
            .call(
                "DELETE",
                QStringLiteral("users/%1/tokens/%2").arg(user, created.value(QLatin1String("id")).toString()))
            .status,
        204);
    HubCall *after = waitFor(client.fetchCurrentUser());
    QCOMPARE(after->error().kind(), HubError::Kind::TokenExpired);

    ServerMonitor monitor(&client);
    QSignalSpy rejected(&monitor, &ServerMonitor::tokenRejected);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 10'000);
}

void TestHubClient::hubDownMidPollIsUnreachableThenRecovers()
{
    const QString user = QStringLiteral("client-hubdown");
    test::FaultProxy proxy(quint16(m_hub.url().port()));
    QVERIFY(proxy.start());
    QUrl viaProxy = m_hub.url();
    viaProxy.setPort(proxy.port());
    auto client = clientFor(user, viaProxy);
    ServerMonitor monitor(client.get());
    monitor.setIntervals(300ms, 200ms, 1s);
    QSignalSpy failed(&monitor, &ServerMonitor::pollFailed);
    QSignalSpy recovered(&monitor, &ServerMonitor::pollRecovered);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.status().state, ServerStatus::State::Stopped, 10'000);

    proxy.setDown(true);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
    QCOMPARE(failed.first().first().value<HubError>().kind(), HubError::Kind::Unreachable);
    QVERIFY(!monitor.isReachable());

    // Meanwhile the server is started elsewhere; when the hub is back, the state is true again.
    QCOMPARE(m_hub.call("POST", QStringLiteral("users/%1/server").arg(user), R"({"profile":"small"})").status
                 / 100,
             2);
    proxy.setDown(false);
    QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 10'000);
    QCOMPARE(failed.size(), 1); // reported once, not once per poll
    QTRY_COMPARE_WITH_TIMEOUT(monitor.status().state, ServerStatus::State::Running, 60'000);
    stopWithService(user);
}

void TestHubClient::serverStoppedElsewhereIsSeenWithinOnePoll()
{
    const QString user = QStringLiteral("client-culled");
    auto client = clientFor(user);
    QCOMPARE(m_hub.call("POST", QStringLiteral("users/%1/server").arg(user), R"({"profile":"small"})").status
                 / 100,
             2);
    ServerMonitor monitor(client.get());
    monitor.setIntervals(1s, 200ms, 2s);
    QSignalSpy polled(&monitor, &ServerMonitor::polled);
    QSignalSpy lost(&monitor, &ServerMonitor::serverLost);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.status().state, ServerStatus::State::Running, 60'000);

    // Another client (the culler, a browser) stops it.
    QCOMPARE(m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(user)).status / 100, 2);
    QTRY_VERIFY_WITH_TIMEOUT(userModel(user).value(QLatin1String("servers")).toObject().isEmpty(), 30'000);
    const qsizetype pollsBefore = polled.size();
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5'000);
    // Seen by the first poll sent after the stop (one more may have been in flight).
    QVERIFY2(polled.size() - pollsBefore <= 2, qPrintable(QString::number(polled.size() - pollsBefore)));
    QCOMPARE(monitor.status().state, ServerStatus::State::Stopped);
    QVERIFY(!monitor.status().message.isEmpty());
}

void TestHubClient::pollingDoesNotCountAsActivity()
{
    // What an idle culler looks at is the server's last_activity. Hub routes take no
    // no_track_activity (3.0 and 5.x), and the client sends none: using a token there moves the
    // user's last_activity, never the server's.
    const QString user = QStringLiteral("client-idle");
    auto client = clientFor(user);
    QCOMPARE(m_hub.call("POST", QStringLiteral("users/%1/server").arg(user), R"({"profile":"small"})").status
                 / 100,
             2);
    const auto serverActivity = [&] {
        return userModel(user)
            .value(QLatin1String("servers"))
            .toObject()
            .value(QString())
            .toObject()
            .value(QLatin1String("last_activity"))
            .toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(userModel(user)
                                 .value(QLatin1String("servers"))
                                 .toObject()
                                 .value(QString())
                                 .toObject()
                                 .value(QLatin1String("ready"))
                                 .toBool(),
                             60'000);
    // The hub's sweep copies the proxy route's creation time into last_activity once after a
    // start; wait until the value has held still for longer than a sweep.
    QString before = serverActivity();
    QElapsedTimer stable;
    stable.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QString now = serverActivity();
            if (now != before) {
                before = now;
                stable.restart();
            }
            return stable.elapsed() > 6'000;
        }(),
        30'000);

    // Polling for longer than the hub's activity sweep (5 s on the fixture, with a resolution of
    // 1 s): any poll counted as the server's activity would show.
    ServerMonitor monitor(client.get());
    monitor.setIntervals(100ms, 100ms, 1s);
    QSignalSpy polled(&monitor, &ServerMonitor::polled);
    QElapsedTimer elapsed;
    elapsed.start();
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 30 && elapsed.elapsed() > 7'000, 30'000);
    monitor.stop();
    QCOMPARE(serverActivity(), before);

    // The control: using the server (a request through the proxy to its API) does move it, so
    // this test can fail.
    const QUrl status = m_hub.url().resolved(QUrl(QStringLiteral("user/%1/api/status").arg(user)));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QNetworkReply *reply = m_network.get(client->request(status));
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10'000);
            reply->deleteLater();
            return serverActivity() != before;
        }(),
        20'000);
    stopWithService(user);
}

QTEST_GUILESS_MAIN(TestHubClient)
#include "tst_hubclient.moc"
