// KeepAlive against the real local JupyterHub, on both single-user flavours: Notebook 6 (no
// keep-alive of its own: requests the server counts) and jupyter_server with the keep-alive
// extension (integration.keepalive.jupyter_server: the server's own /ext-keepalive). What is
// checked is the server's own clock of activity, which a server that culls itself and
// jupyterhub-singleuser's activity report both go by; it moves while kept alive and settles when
// the keep-alive stops or its time is up. Also: the duration is capped, a vanished server ends
// it, an unreachable hub is reported once, and with the extension the keep-alive outlives the
// app, one started elsewhere is adopted, and one stopped in the lab ends here too.
#include "FaultProxy.h"
#include "TestHub.h"
#include "hub/HubClient.h"
#include "hub/KeepAlive.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace fornax;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {
const QString User = fornax::test::TestHub::user(QStringLiteral("keepalive-user"));
}

class TestKeepAlive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusesWithoutServerOrDuration();
    void usesWhatTheServerOffers();
    void keepsTheServerActiveUntilStopped();
    void endsWhenTheTimeIsUp();
    void capsTheDuration();
    void unreachableHubIsReportedOnceAndRecovers();
    void holdsOutliveTheAppOnlyOnTheServer();
    void adoptsAKeepAliveStartedElsewhere();
    void startReplacesAKeepAliveSetElsewhere();
    void endsWhenStoppedInTheLab();
    void workLeavesSomeoneElsesKeepAliveAlone();
    void serverStoppedElsewhereEndsIt();
    void stoppedStatusEndsIt();

private:
    std::unique_ptr<HubClient> clientFor(const QUrl &base);
    QUrl serverUrl(const QUrl &base) const
    {
        return base.resolved(QUrl(QStringLiteral("user/%1/").arg(User)));
    }
    QJsonObject server();
    // The server's keep-alive time left, read behind the client's back; -1 without one.
    qint64 serverRemaining();
    // Waits (turning the event loop) until the server's own last_activity has not changed for
    // `quiet`, at most `limit`; returns the value it settled on, or a null QDateTime.
    QDateTime activitySettled(milliseconds quiet, milliseconds limit);
    void ensureServerRunning();
    // A keep-alive of seconds set on the server from elsewhere (JupyterLab's menu, an earlier
    // run of the app); false when the server refused it.
    bool setElsewhere(int seconds);
    // keepAlive, told where the server is, having looked at it once; false when it got no answer.
    bool lookAtServer(KeepAlive &keepAlive);
    void clearServerKeepAlive();

    test::TestHub m_hub;
    QNetworkAccessManager m_network;
    bool m_extension = false;
};

void TestKeepAlive::initTestCase()
{
    qRegisterMetaType<HubError>();
    qRegisterMetaType<KeepAlive::EndReason>();
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    m_extension = test::TestHub::isJupyterServerFlavour();
    // The extension refreshes the server's activity every second here (60 s upstream), so a test
    // sees it move without waiting a minute.
    if (m_extension)
        QVERIFY(m_hub.setUserVariant(User,
                                     {{QStringLiteral("flavour"), test::TestHub::flavour()},
                                      {QStringLiteral("keepalive_period_seconds"), 1}}));
    QVERIFY(m_hub.ensureUser(User));
    ensureServerRunning();
}

void TestKeepAlive::cleanupTestCase()
{
    if (m_hub.isValid())
        m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
}

std::unique_ptr<HubClient> TestKeepAlive::clientFor(const QUrl &base)
{
    auto client = std::make_unique<HubClient>(HubUrl(base), &m_network);
    const QByteArray token = m_hub.createToken(User);
    client->setToken(token);
    client->setServerToken(token); // the same token for both: these tests are about the server
    return client;
}

QJsonObject TestKeepAlive::server()
{
    return m_hub.call("GET", QStringLiteral("users/") + User)
        .json()
        .object()
        .value(QLatin1String("servers"))
        .toObject()
        .value(QString())
        .toObject();
}

qint64 TestKeepAlive::serverRemaining()
{
    const auto reply = m_hub.callServer("GET", User, QStringLiteral("ext-keepalive?no_track_activity=1"));
    if (reply.status != 200)
        return -1;
    return reply.json().object().value(QLatin1String("remaining")).toInteger(-1);
}

QDateTime TestKeepAlive::activitySettled(milliseconds quiet, milliseconds limit)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer still;
    still.start();
    QDateTime value = m_hub.serverOwnActivity(User);
    while (total.elapsed() < limit.count()) {
        QTest::qWait(250);
        const QDateTime now = m_hub.serverOwnActivity(User);
        if (now != value) {
            value = now;
            still.restart();
        } else if (still.elapsed() > quiet.count()) {
            return value;
        }
    }
    return {};
}

void TestKeepAlive::ensureServerRunning()
{
    if (server().value(QLatin1String("ready")).toBool())
        return;
    const int status =
        m_hub.call("POST", QStringLiteral("users/%1/server").arg(User), R"({"profile":"small"})").status;
    QVERIFY2(status == 201 || status == 202, qPrintable(QString::number(status)));
    QTRY_VERIFY_WITH_TIMEOUT(server().value(QLatin1String("ready")).toBool(), 60'000);
}

bool TestKeepAlive::setElsewhere(int seconds)
{
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("seconds"), seconds}}).toJson();
    return m_hub.callServer("POST", User, QStringLiteral("ext-keepalive"), body).status == 200;
}

bool TestKeepAlive::lookAtServer(KeepAlive &keepAlive)
{
    keepAlive.setServerUrl(serverUrl(m_hub.url()));
    QSignalSpy settled(&keepAlive, &KeepAlive::requestsSettled);
    keepAlive.checkServer();
    return settled.wait(10'000);
}

void TestKeepAlive::clearServerKeepAlive()
{
    if (m_extension)
        QCOMPARE(m_hub.callServer("DELETE", User, QStringLiteral("ext-keepalive")).status, 200);
}

void TestKeepAlive::refusesWithoutServerOrDuration()
{
    auto client = clientFor(m_hub.url());
    KeepAlive keepAlive(client.get());
    QSignalSpy started(&keepAlive, &KeepAlive::keepAliveStarted);
    QVERIFY(!keepAlive.start(10min)); // no server URL yet
    keepAlive.setServerUrl(serverUrl(m_hub.url()));
    QVERIFY(!keepAlive.start(0min));
    QVERIFY(!keepAlive.start(-5min));
    QVERIFY(!keepAlive.isActive());
    QVERIFY(keepAlive.until().isNull());
    QCOMPARE(started.size(), 0);
    QCOMPARE(keepAlive.interval(), duration_cast<milliseconds>(KeepAlive::DefaultInterval));
}

void TestKeepAlive::usesWhatTheServerOffers()
{
    ensureServerRunning();
    clearServerKeepAlive();
    auto client = clientFor(m_hub.url());
    KeepAlive keepAlive(client.get());
    keepAlive.setServerUrl(serverUrl(m_hub.url()));
    QSignalSpy settled(&keepAlive, &KeepAlive::requestsSettled);
    QSignalSpy started(&keepAlive, &KeepAlive::keepAliveStarted);
    QCOMPARE(keepAlive.mechanism(), KeepAlive::Mechanism::Unknown);
    // Asking is not activity: the server's own clock stays where it was.
    const QDateTime before = activitySettled(1500ms, 20s);
    QVERIFY(before.isValid());
    keepAlive.checkServer();
    QVERIFY(settled.wait(10'000));
    QCOMPARE(keepAlive.mechanism(),
             m_extension ? KeepAlive::Mechanism::ServerExtension : KeepAlive::Mechanism::CountedRequests);
    QVERIFY(!keepAlive.isActive()); // nothing runs there: nothing to adopt
    QCOMPARE(started.size(), 0);
    QCOMPARE(m_hub.serverOwnActivity(User), before);
}

void TestKeepAlive::keepsTheServerActiveUntilStopped()
{
    ensureServerRunning();
    clearServerKeepAlive();
    const QDateTime before = activitySettled(1500ms, 30s);
    QVERIFY2(before.isValid(), "the server's own last_activity never settled");

    auto client = clientFor(m_hub.url());
    KeepAlive keepAlive(client.get());
    keepAlive.setServerUrl(serverUrl(m_hub.url()));
    keepAlive.setInterval(1s);
    QSignalSpy started(&keepAlive, &KeepAlive::keepAliveStarted);
    QSignalSpy ended(&keepAlive, &KeepAlive::keepAliveEnded);
    QSignalSpy failed(&keepAlive, &KeepAlive::keepAliveFailed);
    QSignalSpy pinged(&keepAlive, &KeepAlive::pinged);

    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(keepAlive.start(30min));
    QVERIFY(keepAlive.isActive());
    QVERIFY(keepAlive.isUserActive());
    QCOMPARE(started.size(), 1);
    const QDateTime until = started.at(0).at(0).toDateTime();
    QVERIFY(qAbs(startedAt.secsTo(until) - 30 * 60) <= 2);

    // What the server goes by moves forward, and keeps moving.
    QTRY_VERIFY_WITH_TIMEOUT(m_hub.serverOwnActivity(User) > before, 20'000);
    const QDateTime first = m_hub.serverOwnActivity(User);
    QTRY_VERIFY_WITH_TIMEOUT(m_hub.serverOwnActivity(User) > first, 20'000);
    QVERIFY(pinged.size() >= 1);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().value<HubError>().message()));
    if (m_extension) {
        // The server holds it, with the time the app shows.
        const qint64 remaining = serverRemaining();
        QVERIFY2(qAbs(remaining - 30 * 60) <= 5, qPrintable(QString::number(remaining)));
        QVERIFY(qAbs(keepAlive.until().secsTo(until)) <= 5);
    }

    keepAlive.stop();
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.at(0).at(0).value<KeepAlive::EndReason>(), KeepAlive::EndReason::Stopped);
    QVERIFY(!keepAlive.isActive());
    QVERIFY(keepAlive.until().isNull());
    if (keepAlive.hasPendingRequest())
        QVERIFY(QSignalSpy(&keepAlive, &KeepAlive::requestsSettled).wait(10'000));
    if (m_extension)
        QCOMPARE(serverRemaining(), 0);
    const qsizetype pingsAtStop = pinged.size();

    // No more activity: it settles, which it could not with a refresh every second.
    QVERIFY2(activitySettled(2500ms, 30s).isValid(), "the server's activity kept moving after stop()");
    QCOMPARE(pinged.size(), pingsAtStop);
    keepAlive.stop(); // a second stop says nothing
    QCOMPARE(ended.size(), 1);
}

void TestKeepAlive::endsWhenTheTimeIsUp()
{
    ensureServerRunning();
    clearServerKeepAlive();
    auto client = clientFor(m_hub.url());
    KeepAlive keepAlive(client.get());
    keepAlive.setServerUrl(serverUrl(m_hub.url()));
    keepAlive.setInterval(1s);
    QSignalSpy ended(&keepAlive, &KeepAlive::keepAliveEnded);
    QSignalSpy pinged(&keepAlive, &KeepAlive::pinged);

    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(keepAlive.start(3s));
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10'000);
    // It ran for its time rather than ending at once (timers may fire a little early, so no
    // exact bound: this is not a timing test).
    QVERIFY2(elapsed.elapsed() >= 2'000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(ended.at(0).at(0).value<KeepAlive::EndReason>(), KeepAlive::EndReason::Expired);
    QVERIFY(!keepAlive.isActive());
    QVERIFY(pinged.size() >= 1);
    if (m_extension)
        QTRY_COMPARE_WITH_TIMEOUT(serverRemaining(), 0, 5'000);

    const qsizetype pingsAtEnd = pinged.size();
    QTest::qWait(2'500); // two intervals
    QCOMPARE(pinged.size(), pingsAtEnd);
    QCOMPARE(ended.size(), 1);
}

void TestKeepAlive::capsTheDuration()
{
    ensureServerRunning();
    clearServerKeepAlive();
    auto client = clientFor(m_hub.url());
    KeepAlive keepAlive(client.get());
    keepAlive.setServerUrl(serverUrl(m_hub.url()));
    QSignalSpy started(&keepAlive, &KeepAlive::keepAliveStarted);
    QSignalSpy settled(&keepAlive, &KeepAlive::requestsSettled);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(keepAlive.start(24h));
    const qint64 granted = now.secsTo(keepAlive.until());
    QVERIFY2(qAbs(granted - duration_cast<seconds>(KeepAlive::MaxDuration).count()) <= 2,
             qPrintable(QString::number(granted)));
    QCOMPARE(KeepAlive::MaxDuration, 4h);
    QVERIFY(settled.wait(10'000));
    if (m_extension)
        QVERIFY(qAbs(serverRemaining() - 4 * 3600) <= 5);

    // Starting again replaces the end rather than adding to it, on the server too.
    QVERIFY(keepAlive.start(10min));
    QCOMPARE(started.size(), 2);
    QVERIFY(qAbs(now.secsTo(keepAlive.until()) - 600) <= 2);
    if (m_extension)
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(serverRemaining() - 600) <= 5, 10'000);
    keepAlive.stop();
    if (keepAlive.hasPendingRequest())
        QVERIFY(settled.wait(10'000));
}

void TestKeepAlive::unreachableHubIsReportedOnceAndRecovers()
{
    ensureServerRunning();
    clearServerKeepAlive();
    test::FaultProxy proxy(quint16(m_hub.url().port()));
    QVERIFY(proxy.start());
    QUrl viaProxy = m_hub.url();
    viaProxy.setPort(proxy.port());
    auto client = clientFor(viaProxy); // the token must go to the origin the requests use
    KeepAlive keepAlive(client.get());
    keepAlive.setServerUrl(serverUrl(viaProxy));
    keepAlive.setInterval(300ms);
    QSignalSpy failed(&keepAlive, &KeepAlive::keepAliveFailed);
    QSignalSpy pinged(&keepAlive, &KeepAlive::pinged);
    QSignalSpy ended(&keepAlive, &KeepAlive::keepAliveEnded);
    QVERIFY(keepAlive.start(10min));
    QTRY_VERIFY_WITH_TIMEOUT(pinged.size() >= 1, 10'000);

    proxy.setDown(true);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
    QCOMPARE(failed.at(0).at(0).value<HubError>().kind(), HubError::Kind::Unreachable);
    const qsizetype pingsWhileDown = pinged.size();
    QTest::qWait(1'500); // several more attempts, all failing the same way
    QCOMPARE(failed.size(), 1);
    QVERIFY(keepAlive.isActive()); // a passing failure does not end it

    proxy.setDown(false);
    QTRY_VERIFY_WITH_TIMEOUT(pinged.size() > pingsWhileDown, 10'000);
    QCOMPARE(ended.size(), 0);
    keepAlive.stop();
    if (keepAlive.hasPendingRequest())
        QVERIFY(QSignalSpy(&keepAlive, &KeepAlive::requestsSettled).wait(10'000));
}

void TestKeepAlive::holdsOutliveTheAppOnlyOnTheServer()
{
    ensureServerRunning();
    clearServerKeepAlive();
    auto client = clientFor(m_hub.url());
    {
        KeepAlive keepAlive(client.get());
        keepAlive.setServerUrl(serverUrl(m_hub.url()));
        QSignalSpy settled(&keepAlive, &KeepAlive::requestsSettled);
        QVERIFY(keepAlive.start(10min));
        QVERIFY(settled.wait(10'000));
        if (keepAlive.hasPendingRequest())
            QVERIFY(settled.wait(10'000));
    } // the app quits
    if (!m_extension) {
        // Nothing on the server keeps it alive: requests from the app were all there was.
        QCOMPARE(serverRemaining(), -1);
        QVERIFY(activitySettled(2500ms, 20s).isValid());
        return;
    }
    QVERIFY2(serverRemaining() > 590, qPrintable(QString::number(serverRemaining())));
    // The server keeps itself active with nobody asking.
    const QDateTime before = m_hub.serverOwnActivity(User);
    QTRY_VERIFY_WITH_TIMEOUT(m_hub.serverOwnActivity(User) > before, 10'000);
    clearServerKeepAlive();
}

void TestKeepAlive::adoptsAKeepAliveStartedElsewhere()
{
    if (!m_extension)
        QSKIP("Notebook 6 has no keep-alive of its own to start elsewhere");
    ensureServerRunning();
    // Started from JupyterLab's menu (or an earlier run of the app).
    QVERIFY(setElsewhere(900));
    auto client = clientFor(m_hub.url());
    KeepAlive keepAlive(client.get());
    QSignalSpy started(&keepAlive, &KeepAlive::keepAliveStarted);
    QVERIFY(lookAtServer(keepAlive));
    QCOMPARE(started.size(), 1);
    QVERIFY(keepAlive.isActive());
    QVERIFY(!keepAlive.isUserActive());
    // The app shows the server's time, as the lab's status bar does.
    const qint64 shown = QDateTime::currentDateTimeUtc().secsTo(keepAlive.until());
    QVERIFY2(qAbs(shown - 900) <= 5, qPrintable(QString::number(shown)));
    // The user's stop ends it, whoever started it.
    keepAlive.stop();
    QTRY_COMPARE_WITH_TIMEOUT(serverRemaining(), 0, 10'000);
}

void TestKeepAlive::startReplacesAKeepAliveSetElsewhere()
{
    if (!m_extension)
        QSKIP("Notebook 6 has no keep-alive of its own to set elsewhere");
    ensureServerRunning();
    // Two hours set in the lab (or by an earlier command); the user now asks for ten minutes.
    QVERIFY(setElsewhere(7200));
    auto client = clientFor(m_hub.url());
    KeepAlive keepAlive(client.get());
    QVERIFY(lookAtServer(keepAlive));
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(keepAlive.until()) - 7200) <= 5);
    QVERIFY(keepAlive.start(10min));
    // What the app shows is the user's choice at once, and the server follows.
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(keepAlive.until()) - 600) <= 5);
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(serverRemaining() - 600) <= 5, 10'000);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(keepAlive.until()) - 600) <= 5);
    // Work that needs longer than the user's choice still gets its time.
    keepAlive.hold(QStringLiteral("work"), QDateTime::currentDateTimeUtc().addSecs(1200));
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(serverRemaining() - 1200) <= 5, 10'000);
    keepAlive.stop();
    keepAlive.release(QStringLiteral("work"));
    QTRY_COMPARE_WITH_TIMEOUT(serverRemaining(), 0, 10'000);
}

void TestKeepAlive::endsWhenStoppedInTheLab()
{
    if (!m_extension)
        QSKIP("Notebook 6 has no keep-alive of its own to stop elsewhere");
    ensureServerRunning();
    clearServerKeepAlive();
    auto client = clientFor(m_hub.url());
    KeepAlive keepAlive(client.get());
    keepAlive.setServerUrl(serverUrl(m_hub.url()));
    keepAlive.setInterval(500ms);
    QSignalSpy ended(&keepAlive, &KeepAlive::keepAliveEnded);
    QSignalSpy pinged(&keepAlive, &KeepAlive::pinged);
    QVERIFY(keepAlive.start(10min));
    QTRY_VERIFY_WITH_TIMEOUT(pinged.size() >= 1 && serverRemaining() > 0, 10'000);
    clearServerKeepAlive(); // JupyterLab's "Stop keepalive"
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10'000);
    QCOMPARE(ended.at(0).at(0).value<KeepAlive::EndReason>(), KeepAlive::EndReason::EndedOnServer);
    QVERIFY(!keepAlive.isActive());
    QCOMPARE(serverRemaining(), 0); // and it was not started again behind the user's back
}

void TestKeepAlive::workLeavesSomeoneElsesKeepAliveAlone()
{
    if (!m_extension)
        QSKIP("Notebook 6 has no keep-alive of its own to leave alone");
    ensureServerRunning();
    QVERIFY(setElsewhere(900));
    auto client = clientFor(m_hub.url());
    KeepAlive keepAlive(client.get());
    keepAlive.setServerUrl(serverUrl(m_hub.url()));
    QSignalSpy settled(&keepAlive, &KeepAlive::requestsSettled);
    // Work that needs a minute: the lab's fifteen already cover it, so nothing is sent...
    keepAlive.hold(QStringLiteral("work"), QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY(settled.wait(10'000));
    QVERIFY(qAbs(serverRemaining() - 900) <= 5);
    // ... and when it ends, the lab's keep-alive is not the work's to end.
    keepAlive.release(QStringLiteral("work"));
    QTest::qWait(500);
    QVERIFY(!keepAlive.hasPendingRequest());
    QVERIFY(qAbs(serverRemaining() - 900) <= 5);
    clearServerKeepAlive();

    // Work that needs longer than what runs there extends it, and ends its own.
    keepAlive.hold(QStringLiteral("work"), QDateTime::currentDateTimeUtc().addSecs(1200));
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(serverRemaining() - 1200) <= 5, 10'000);
    keepAlive.release(QStringLiteral("work"));
    QTRY_COMPARE_WITH_TIMEOUT(serverRemaining(), 0, 10'000);
}

void TestKeepAlive::serverStoppedElsewhereEndsIt()
{
    ensureServerRunning();
    clearServerKeepAlive();
    auto client = clientFor(m_hub.url());
    KeepAlive keepAlive(client.get());
    keepAlive.setServerUrl(serverUrl(m_hub.url()));
    keepAlive.setInterval(500ms);
    QSignalSpy ended(&keepAlive, &KeepAlive::keepAliveEnded);
    QSignalSpy pinged(&keepAlive, &KeepAlive::pinged);
    QVERIFY(keepAlive.start(10min));
    QTRY_VERIFY_WITH_TIMEOUT(pinged.size() >= 1, 10'000);

    // The culler (or the user in a browser) stops the server; the hub then answers the next
    // request for it with "not running", and the keep-alive ends without anyone polling.
    QCOMPARE(m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User)).status / 100, 2);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 30'000);
    QCOMPARE(ended.at(0).at(0).value<KeepAlive::EndReason>(), KeepAlive::EndReason::ServerGone);
    QVERIFY(!keepAlive.isActive());
}

void TestKeepAlive::stoppedStatusEndsIt()
{
    ensureServerRunning();
    clearServerKeepAlive();
    auto client = clientFor(m_hub.url());
    KeepAlive keepAlive(client.get());
    keepAlive.setInterval(1s);
    QSignalSpy ended(&keepAlive, &KeepAlive::keepAliveEnded);

    // The URL can come from the monitor's status.
    ServerStatus status;
    status.state = ServerStatus::State::Running;
    status.url = serverUrl(m_hub.url());
    keepAlive.updateStatus(status);
    QCOMPARE(keepAlive.serverUrl(), status.url);
    QVERIFY(keepAlive.start(10min));

    // A poll that failed (Unknown) is no reason to give up; a stopped server is.
    status.state = ServerStatus::State::Unknown;
    keepAlive.updateStatus(status);
    QVERIFY(keepAlive.isActive());
    status.state = ServerStatus::State::Stopped;
    keepAlive.updateStatus(status);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.at(0).at(0).value<KeepAlive::EndReason>(), KeepAlive::EndReason::ServerGone);
    QVERIFY(!keepAlive.isActive());
}

QTEST_GUILESS_MAIN(TestKeepAlive)
#include "tst_keepalive.moc"
