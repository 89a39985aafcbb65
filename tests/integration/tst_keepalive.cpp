// KeepAlive against the real local JupyterHub: its requests move the server's last_activity as
// the hub records it (what the idle culler reads), they stop when it stops or its time is up,
// the duration is capped, a vanished server ends it, and an unreachable hub is reported once.
#include "FaultProxy.h"
#include "TestHub.h"
#include "hub/HubClient.h"
#include "hub/KeepAlive.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace fornax;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {
const QString User = QStringLiteral("keepalive-user");
}

class TestKeepAlive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusesWithoutServerOrDuration();
    void keepsTheServerActiveUntilStopped();
    void endsWhenTheTimeIsUp();
    void capsTheDuration();
    void unreachableHubIsReportedOnceAndRecovers();
    void serverStoppedElsewhereEndsIt();
    void stoppedStatusEndsIt();

private:
    std::unique_ptr<HubClient> clientFor(const QUrl &base);
    QUrl serverUrl(const QUrl &base) const
    {
        return base.resolved(QUrl(QStringLiteral("user/%1/").arg(User)));
    }
    QJsonObject server();
    QDateTime serverActivity();
    // Waits (turning the event loop) until the server's last_activity has not changed for
    // `quiet`, at most `limit`; returns the value it settled on, or a null QDateTime.
    QDateTime activitySettled(milliseconds quiet, milliseconds limit);
    void ensureServerRunning();

    test::TestHub m_hub;
    QNetworkAccessManager m_network;
};

void TestKeepAlive::initTestCase()
{
    qRegisterMetaType<HubError>();
    qRegisterMetaType<KeepAlive::EndReason>();
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
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

QDateTime TestKeepAlive::serverActivity()
{
    return QDateTime::fromString(server().value(QLatin1String("last_activity")).toString(),
                                 Qt::ISODateWithMs);
}

QDateTime TestKeepAlive::activitySettled(milliseconds quiet, milliseconds limit)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer still;
    still.start();
    QDateTime value = serverActivity();
    while (total.elapsed() < limit.count()) {
        QTest::qWait(250);
        const QDateTime now = serverActivity();
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

void TestKeepAlive::keepsTheServerActiveUntilStopped()
{
    ensureServerRunning();
    // The hub's sweep (every 5 s on the fixture) copies the proxy's record into last_activity;
    // start from a value that has held still for longer than a sweep.
    const QDateTime before = activitySettled(7s, 60s);
    QVERIFY2(before.isValid(), "the server's last_activity never settled");

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
    QCOMPARE(started.size(), 1);
    const QDateTime until = started.at(0).at(0).toDateTime();
    QCOMPARE(keepAlive.until(), until);
    QVERIFY(qAbs(startedAt.secsTo(until) - 30 * 60) <= 2);

    // What the culler reads moves forward, and keeps moving.
    QTRY_VERIFY_WITH_TIMEOUT(serverActivity() > before, 20'000);
    const QDateTime first = serverActivity();
    QTRY_VERIFY_WITH_TIMEOUT(serverActivity() > first, 20'000);
    QVERIFY(pinged.size() >= 2);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().value<HubError>().message()));

    keepAlive.stop();
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.at(0).at(0).value<KeepAlive::EndReason>(), KeepAlive::EndReason::Stopped);
    QVERIFY(!keepAlive.isActive());
    QVERIFY(keepAlive.until().isNull());
    const qsizetype pingsAtStop = pinged.size();

    // No more requests: the activity settles (the last one may still be swept in), which it
    // could not with a request every second.
    QVERIFY2(activitySettled(7s, 30s).isValid(), "the server's activity kept moving after stop()");
    QCOMPARE(pinged.size(), pingsAtStop);
    keepAlive.stop(); // a second stop says nothing
    QCOMPARE(ended.size(), 1);
}

void TestKeepAlive::endsWhenTheTimeIsUp()
{
    ensureServerRunning();
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
    QVERIFY(pinged.size() >= 2); // at the start and on the way

    const qsizetype pingsAtEnd = pinged.size();
    QTest::qWait(2'500); // two intervals
    QCOMPARE(pinged.size(), pingsAtEnd);
    QCOMPARE(ended.size(), 1);
}

void TestKeepAlive::capsTheDuration()
{
    ensureServerRunning();
    auto client = clientFor(m_hub.url());
    KeepAlive keepAlive(client.get());
    keepAlive.setServerUrl(serverUrl(m_hub.url()));
    QSignalSpy started(&keepAlive, &KeepAlive::keepAliveStarted);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(keepAlive.start(24h));
    const qint64 granted = now.secsTo(keepAlive.until());
    QVERIFY2(qAbs(granted - duration_cast<seconds>(KeepAlive::MaxDuration).count()) <= 2,
             qPrintable(QString::number(granted)));
    QCOMPARE(KeepAlive::MaxDuration, 4h);

    // Starting again replaces the end rather than adding to it.
    QVERIFY(keepAlive.start(10min));
    QCOMPARE(started.size(), 2);
    QVERIFY(qAbs(now.secsTo(keepAlive.until()) - 600) <= 2);
    keepAlive.stop();
}

void TestKeepAlive::unreachableHubIsReportedOnceAndRecovers()
{
    ensureServerRunning();
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
}

void TestKeepAlive::serverStoppedElsewhereEndsIt()
{
    ensureServerRunning();
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
}

QTEST_GUILESS_MAIN(TestKeepAlive)
#include "tst_keepalive.moc"
