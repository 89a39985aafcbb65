// Desktop notifications (issue #22) observed on a real session bus: a test service owns
// org.freedesktop.Notifications (tests/support/NotificationListener) and records what a person
// would see. Checked: the words of each event, each sent once per occurrence, kinds turned off
// send nothing, the service's absence is noticed, and "Keep alive 1 h" chosen in the notification
// starts the keep-alive on a real server of the hub fixture (the server's own extension says so).
#include "NotificationListener.h"
#include "Settings.h"
#include "TestHub.h"
#include "health/DBusNotifier.h"
#include "health/NotificationCenter.h"
#include "health/StopReason.h"
#include "hub/HubClient.h"
#include "hub/IdleGuard.h"
#include "hub/KeepAlive.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fornax;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {
// Its own server with the jupyter-keepalive extension (as on Fornax), whatever the run's flavour.
const QString User = QStringLiteral("notify-user");
} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void jobEndedReadsPlainlyAndOnce();
    void serverEventsOncePerOccurrence();
    void hardLimitWarnsOnceInTheLastHour();
    void longTransfersOnlyWhileLookingElsewhere();
    void kindsTurnedOffSendNothing();
    void creditAlertsOnceForGood();
    void keepAliveFromTheNotificationKeepsTheServer();
    void absentServiceIsNoticed();

private:
    // The notifications this process sent, as the service received them.
    QList<test::NotificationListener::Received> ours() const
    {
        return m_listener->received(QDBusConnection::sessionBus().baseService());
    }
    // Sends a General notification and waits for it: everything sent before has arrived too
    // (one connection, one order), so "nothing else came" is a fact, not a timeout.
    void barrier(const QString &marker);
    QStringList summaries() const;
    ServerStatus running(const QDateTime &started) const;

    test::TestHub m_hub;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<test::NotificationListener> m_listener;
    std::unique_ptr<DBusNotifier> m_notifier;
    std::unique_ptr<NotificationCenter> m_center;
    QDateTime m_now;
};

void TestNotifications::initTestCase()
{
    qRegisterMetaType<Notification>();
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside dbus-run-session (tests/run-all.sh)");
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_dir.isValid());
}

void TestNotifications::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(
        QStringLiteral("settings-%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_listener = std::make_unique<test::NotificationListener>();
    QVERIFY2(m_listener->start(), qPrintable(m_listener->errorString()));
    m_notifier = std::make_unique<DBusNotifier>();
    // It asks what the service can do as soon as it sees it.
    QTRY_VERIFY_WITH_TIMEOUT(m_notifier->supportsActions(), 5'000);
    QVERIFY(m_notifier->isAvailable());
    m_center = std::make_unique<NotificationCenter>(m_settings.get(), m_notifier.get());
    m_now = QDateTime::currentDateTimeUtc();
    m_center->setClock([this] {
        return m_now;
    });
}

void TestNotifications::cleanup()
{
    m_center.reset();
    m_notifier.reset();
    m_listener.reset();
    m_settings.reset();
}

void TestNotifications::cleanupTestCase()
{
    if (m_hub.isValid())
        m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
}

void TestNotifications::barrier(const QString &marker)
{
    m_center->notify(marker, QStringLiteral("barrier"));
    QTRY_VERIFY_WITH_TIMEOUT(!ours().isEmpty() && ours().constLast().summary == marker, 5'000);
}

QStringList TestNotifications::summaries() const
{
    QStringList list;
    for (const auto &one : ours())
        list << one.summary;
    return list;
}

ServerStatus TestNotifications::running(const QDateTime &started) const
{
    ServerStatus status;
    status.state = ServerStatus::State::Running;
    status.started = started;
    status.lastActivity = m_now;
    return status;
}

void TestNotifications::jobEndedReadsPlainlyAndOnce()
{
    m_center->notifyJobEnded(QStringLiteral("job-1"), QStringLiteral("reduce <all> & plot.ipynb"), true,
                             QStringLiteral("It ran for 2 hours and wrote 3 files."));
    m_center->notifyJobEnded(QStringLiteral("job-1"), QStringLiteral("reduce <all> & plot.ipynb"), true,
                             QStringLiteral("It ran for 2 hours and wrote 3 files.")); // the next poll
    m_center->notifyJobEnded(QStringLiteral("job-2"), QStringLiteral("fit.py"), false,
                             QStringLiteral("It stopped with exit code 1."));
    barrier(QStringLiteral("end"));
    const auto got = ours();
    QCOMPARE(got.size(), 3);
    QCOMPARE(got.at(0).appName, QStringLiteral("Fornax Desktop"));
    // Names arrive as they are: the service does not read markup (no "body-markup" capability).
    QCOMPARE(got.at(0).summary, QStringLiteral("Job “reduce <all> & plot.ipynb” finished"));
    QCOMPARE(got.at(0).body, QStringLiteral("It ran for 2 hours and wrote 3 files."));
    QVERIFY(got.at(0).actions.isEmpty());
    QCOMPARE(got.at(1).summary, QStringLiteral("Job “fit.py” failed"));
    QCOMPARE(got.at(1).body, QStringLiteral("It stopped with exit code 1."));
}

void TestNotifications::serverEventsOncePerOccurrence()
{
    const QDateTime started = m_now.addSecs(-600);
    m_center->notifyServerReady(started);
    m_center->notifyServerReady(started);
    StopReason reason;
    reason.kind = StopReason::Kind::Inactivity;
    reason.text = QStringLiteral("It was idle for 15 minutes, the hub's limit.");
    m_center->notifyServerStopped(reason, started);
    m_center->notifyServerStopped(reason, started);
    // A new server is a new occurrence.
    m_center->notifyServerReady(m_now);
    barrier(QStringLiteral("end"));
    QCOMPARE(summaries(),
             (QStringList {QStringLiteral("Your server is ready"), QStringLiteral("Your server was stopped"),
                           QStringLiteral("Your server is ready"), QStringLiteral("end")}));
    QCOMPARE(ours().at(0).body, QStringLiteral("JupyterLab is open in Fornax Desktop."));
    QCOMPARE(ours().at(1).body, reason.text);
    // The stop is the urgent kind.
    QCOMPARE(ours().at(1).hints.value(QStringLiteral("urgency")).toInt(), 2);
}

void TestNotifications::hardLimitWarnsOnceInTheLastHour()
{
    m_center->setMaxServerAge(48h);
    const QDateTime started = m_now.addSecs(-(47 * 3600 - 120)); // 1 h 2 min left
    m_center->updateStatus(running(started));
    m_now = m_now.addSecs(60); // 1 h 1 min left: still quiet
    m_center->updateStatus(running(started));
    m_now = m_now.addSecs(90); // 59 min 30 s left
    m_center->updateStatus(running(started));
    m_center->checkHardLimit(); // its timer, too
    m_now = m_now.addSecs(600);
    m_center->updateStatus(running(started)); // every later poll
    barrier(QStringLiteral("end"));
    QCOMPARE(summaries(),
             (QStringList {QStringLiteral("Your server stops within the hour"), QStringLiteral("end")}));
    const QString body = ours().first().body;
    // (Plurals read "hour(s)" until the English plural forms are translated: the test takes both.)
    QVERIFY2(body.startsWith(QLatin1String("The hub stops every server 48 hour")), qPrintable(body));
    QVERIFY2(body.contains(QLatin1String(" after it started; yours stops at ")), qPrintable(body));
    QVERIFY2(body.contains(QLatin1String("in about 60 minute")), qPrintable(body));
    QVERIFY2(body.endsWith(QLatin1String("Save your work; you can start a new server afterwards.")),
             qPrintable(body));
}

void TestNotifications::longTransfersOnlyWhileLookingElsewhere()
{
    bool looking = false;
    m_center->setAttentionCheck([&looking] {
        return looking;
    });
    const QString summary = QStringLiteral("Download finished");
    m_center->notifyTransferDone(QStringLiteral("t1"), summary, QStringLiteral("short"), 5s);
    looking = true;
    m_center->notifyTransferDone(QStringLiteral("t2"), summary, QStringLiteral("watched"), 5min);
    looking = false;
    m_center->notifyTransferDone(QStringLiteral("t3"), summary, QStringLiteral("“sky.fits” is in “/data”."),
                                 45s);
    m_center->notifyTransferDone(QStringLiteral("t3"), summary, QStringLiteral("“sky.fits” is in “/data”."),
                                 45s);
    barrier(QStringLiteral("end"));
    QCOMPARE(summaries(), (QStringList {summary, QStringLiteral("end")}));
    QCOMPARE(ours().first().body, QStringLiteral("“sky.fits” is in “/data”."));
}

void TestNotifications::kindsTurnedOffSendNothing()
{
    using K = Notification::Kind;
    for (K kind : {K::ServerReady, K::JobEnded, K::CullSoon, K::HardLimitSoon, K::ServerStopped,
                   K::TransferDone, K::CreditAlert}) {
        QVERIFY(m_center->isEnabled(kind)); // on by default
        m_center->setEnabled(kind, false);
    }
    // The switches are settings: another part of the app (or the next run) reads them.
    QCOMPARE(m_settings->value(Settings::Key::NotifyCullSoon).toBool(), false);
    const QDateTime started = m_now.addSecs(-(48 * 3600 - 600));
    m_center->setMaxServerAge(48h);
    m_center->updateStatus(running(started));
    m_center->notifyServerReady(started);
    m_center->notifyServerStopped(StopReason {StopReason::Kind::Unknown, QStringLiteral("gone")}, started);
    m_center->notifyCullSoon(90s, m_now.addSecs(90));
    m_center->notifyJobEnded(QStringLiteral("j"), QStringLiteral("fit.py"), true, QStringLiteral("done"));
    m_center->notifyTransferDone(QStringLiteral("t"), QStringLiteral("Upload finished"), QStringLiteral("x"),
                                 10min);
    m_center->notifyCreditAlert(QStringLiteral("hub"), QStringLiteral("year 2026-10-01 50"),
                                QStringLiteral("50 % of this year's credits used"), QStringLiteral("x"));
    barrier(QStringLiteral("end"));
    QCOMPARE(summaries(), QStringList {QStringLiteral("end")});
    // Back on, the same event is sent.
    m_center->setEnabled(K::JobEnded, true);
    m_center->notifyJobEnded(QStringLiteral("j2"), QStringLiteral("fit.py"), true, QStringLiteral("done"));
    barrier(QStringLiteral("end 2"));
    QCOMPARE(summaries().size(), 3);
    QCOMPARE(summaries().at(1), QStringLiteral("Job “fit.py” finished"));
}

void TestNotifications::creditAlertsOnceForGood()
{
    const QString hub = QStringLiteral("fornax");
    const QString title = QStringLiteral("80 % of this year's credits used");
    const QString body = QStringLiteral("This year (since 1 Oct 2026): 812.0 of 1,000 credits used.");
    // Every minute the cost is updated, the same alert comes again: it is shown once.
    m_center->notifyCreditAlert(hub, QStringLiteral("year 2026-10-01 80"), title, body);
    m_center->notifyCreditAlert(hub, QStringLiteral("year 2026-10-01 80"), title, body);
    // Another hub's is its own.
    m_center->notifyCreditAlert(QStringLiteral("other"), QStringLiteral("year 2026-10-01 80"), title, body);
    barrier(QStringLiteral("first run"));
    QCOMPARE(summaries(), (QStringList {title, title, QStringLiteral("first run")}));
    QCOMPARE(ours().first().body, body);
    // The app starts again (a new center on the same settings): still not repeated; the next
    // threshold is news.
    m_center = std::make_unique<NotificationCenter>(m_settings.get(), m_notifier.get());
    m_center->notifyCreditAlert(hub, QStringLiteral("year 2026-10-01 80"), title, body);
    m_center->notifyCreditAlert(hub, QStringLiteral("month 2027-01 100"),
                                QStringLiteral("This month's budget is used up"), body);
    barrier(QStringLiteral("second run"));
    QCOMPARE(summaries().mid(3),
             (QStringList {QStringLiteral("This month's budget is used up"), QStringLiteral("second run")}));
}

void TestNotifications::keepAliveFromTheNotificationKeepsTheServer()
{
    QVERIFY(m_hub.setUserVariant(User, {{QStringLiteral("flavour"), QStringLiteral("jupyter_server")}}));
    QVERIFY(m_hub.ensureUser(User));
    auto serverReady = [this] {
        return m_hub.call("GET", QStringLiteral("users/") + User)
            .json()
            .object()
            .value(QLatin1String("servers"))
            .toObject()
            .value(QString())
            .toObject()
            .value(QLatin1String("ready"))
            .toBool();
    };
    if (!serverReady()) {
        const int status =
            m_hub.call("POST", QStringLiteral("users/%1/server").arg(User), R"({"profile":"small"})").status;
        QVERIFY2(status == 201 || status == 202, qPrintable(QString::number(status)));
        QTRY_VERIFY_WITH_TIMEOUT(serverReady(), 60'000);
    }
    m_hub.callServer("DELETE", User, QStringLiteral("ext-keepalive")); // nothing kept alive yet
    HubClient client {HubUrl(m_hub.url()), &m_network};
    const QByteArray token = m_hub.createToken(User);
    client.setToken(token);
    client.setServerToken(token);
    KeepAlive keepAlive(&client);
    keepAlive.setServerUrl(m_hub.url().resolved(QUrl(QStringLiteral("user/%1/").arg(User))));
    QSignalSpy settled(&keepAlive, &KeepAlive::requestsSettled);
    keepAlive.checkServer();
    QVERIFY(settled.wait(10'000));
    QCOMPARE(keepAlive.mechanism(), KeepAlive::Mechanism::ServerExtension);

    // The hub culls after 15 idle minutes; 13 min 30 s have passed.
    IdleGuard guard;
    guard.setClock([this] {
        return m_now;
    });
    guard.setTimeout(15min);
    m_center->setKeepAlive(&keepAlive);
    m_center->watch(&guard);
    ServerStatus status = running(m_now.addSecs(-3600));
    status.lastActivity = m_now.addSecs(-(13 * 60 + 30));
    guard.updateStatus(status);
    guard.evaluate();
    guard.updateStatus(status); // the next poll: same activity, same occurrence
    guard.evaluate();
    barrier(QStringLiteral("end"));
    QCOMPARE(summaries(),
             (QStringList {QStringLiteral("Your server will stop soon"), QStringLiteral("end")}));
    const auto warning = ours().first();
    QVERIFY2(warning.body.startsWith(QLatin1String("It has been idle; the hub stops it in about 2 minute")),
             qPrintable(warning.body));
    QVERIFY2(warning.body.endsWith(QStringLiteral(". Use it, or choose “Keep alive 1 h”.")),
             qPrintable(warning.body));
    QCOMPARE(warning.actions,
             (QStringList {NotificationCenter::keepAliveAction(), QStringLiteral("Keep alive 1 h")}));

    // The person clicks "Keep alive 1 h": the server itself now keeps running for an hour.
    QSignalSpy started(m_center.get(), &NotificationCenter::keepAliveStarted);
    m_listener->invokeAction(warning.id, NotificationCenter::keepAliveAction());
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5'000);
    QVERIFY(keepAlive.isUserActive());
    auto remaining = [this] {
        const auto reply = m_hub.callServer("GET", User, QStringLiteral("ext-keepalive?no_track_activity=1"));
        return reply.json().object().value(QLatin1String("remaining")).toInteger(-1);
    };
    QTRY_VERIFY_WITH_TIMEOUT(remaining() > 3500, 10'000);
    QVERIFY(remaining() <= 3600);
    // Another app's notification with the same action key does nothing here.
    m_listener->invokeAction(warning.id + 1000, NotificationCenter::keepAliveAction());
    keepAlive.stop();
    QTRY_VERIFY_WITH_TIMEOUT(remaining() <= 0, 10'000);
    QCOMPARE(started.size(), 1);
}

void TestNotifications::absentServiceIsNoticed()
{
    QVERIFY(m_notifier->isAvailable());
    m_listener.reset(); // the desktop's service quits
    QTRY_VERIFY_WITH_TIMEOUT(!m_notifier->isAvailable(), 5'000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_notifier->supportsActions(), 5'000);
    // Sent anyway, it fails visibly for the caller (the window then uses the tray's balloon).
    QSignalSpy failed(m_notifier.get(), &DBusNotifier::showFailed);
    m_center->notify(QStringLiteral("nobody hears this"), QString());
    QVERIFY(failed.wait(5'000));
    QCOMPARE(failed.first().first().value<Notification>().summary, QStringLiteral("nobody hears this"));
}

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
