// Servers that cull themselves, as jupyter_server does with shutdown_no_activity_timeout (and
// as Fornax's keep-alive is meant to prevent), on both single-user flavours of the real hub.
//
// The promises: a self-culling server left alone stops; polling its state (the hub's user model,
// and its own status, kernels, terminals and keep-alive, all read with no_track_activity) does
// not keep it alive; the app's keep-alive does (through the server's /ext-keepalive on
// jupyter_server, through counted requests on Notebook 6); a keep-alive set through the extension
// by the command line holds after that command has exited; an upload through a slow link
// completes while the app keeps the server alive for it, and is culled when that is switched off.
//
// The window is checked too: after a cull, the app (GuiApplication, on the display) shows why.
//
// Every scenario has a hub user of its own, whose server stops itself after CullSeconds without
// activity (a variant of the one test hub). jupyter_server and Notebook 6 check that only once a
// minute, so a server left alone stops 20-80 s after its last activity, plus up to 10 s for its
// idle terminals to be culled first and 5 s for the hub to notice: the cull window. All scenarios
// run at once in initTestCase, in one wait of about two minutes; each test function then checks
// one promise.
#include "FaultProxy.h"
#include "GuiApplication.h"
#include "MainWindow.h"
#include "ProfilePicker.h"
#include "TestArtifacts.h"
#include "TestHub.h"
#include "account/HubSession.h"
#include "health/ServerProbe.h"
#include "hub/ActivityHolder.h"
#include "hub/HubClient.h"
#include "hub/KeepAlive.h"
#include "hub/ServerMonitor.h"
#include "transfer/TransferHolds.h"
#include "transfer/UploadJob.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace fornax;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

constexpr int CullSeconds = 20;
// The extension's beat and the counted requests' interval: well inside CullSeconds.
constexpr int BeatSeconds = 5;
// Random bytes (so compression cannot shrink them) and a link slow enough that the upload takes
// longer than the cull window (on the wire, base64 makes them a third bigger). While it runs the
// job's unpacking waits silently in a terminal: the server's own idle shutdown leaves a server
// with a terminal alone, but culls the terminal itself after CullSeconds without traffic, and
// the server after it. Held, the server and the job's terminal are kept in use; not held, the
// terminal goes (the job fails) and then the server.
constexpr qint64 UploadBytes = qint64(5) * 512 * 1024; // 2.5 MiB: about 95 s on the wire
constexpr qint64 LinkBytesPerSecond = 36 * 1024;
// No scenario can take longer than this; a hung one fails instead of waiting for ctest.
constexpr auto WindowLimit = 280s;

const QStringList Flavours {QStringLiteral("notebook"), QStringLiteral("jupyter_server")};

enum class Kind { Idle, Polled, Kept, CommandLine, UploadHeld, UploadUnheld, Window };

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Idle:
        return QStringLiteral("idle");
    case Kind::Polled:
        return QStringLiteral("polled");
    case Kind::Kept:
        return QStringLiteral("kept");
    case Kind::CommandLine:
        return QStringLiteral("cli");
    case Kind::UploadHeld:
        return QStringLiteral("held");
    case Kind::UploadUnheld:
        return QStringLiteral("unheld");
    case Kind::Window:
        return QStringLiteral("window");
    }
    return {};
}

struct Scenario
{
    Kind kind = Kind::Idle;
    QString flavour;
    QString user;
    std::unique_ptr<test::FaultProxy> proxy;
    std::unique_ptr<HubClient> client;
    QUrl serverUrl;
    QDateTime readyAt;
    QDateTime stoppedAt; // when the hub first showed it gone
    // What ran in it.
    std::unique_ptr<ServerMonitor> monitor;
    std::unique_ptr<ServerProbe> probe;
    std::unique_ptr<KeepAlive> keepAlive;
    std::unique_ptr<ActivityHolder> holder;
    std::unique_ptr<UploadJob> job;
    int polls = 0;
    int samples = 0;
    int keepAliveFailures = 0;
    std::optional<qint64> sampledRemaining;
    QDateTime jobEndedAt;
    int cliExitCode = -1;
    QString cliOutput;
    bool done() const
    {
        const bool upload = kind == Kind::UploadHeld || kind == Kind::UploadUnheld;
        return !upload || (job && job->isDone());
    }
};

} // namespace

class TestSelfCull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void serverLeftAloneStopsItself_data();
    void serverLeftAloneStopsItself();
    void pollingItsStateDoesNotKeepItAlive_data();
    void pollingItsStateDoesNotKeepItAlive();
    void keepAliveHoldsItPastTheCullWindow_data();
    void keepAliveHoldsItPastTheCullWindow();
    void keepAliveFromTheCommandLineHoldsAfterItExits();
    void uploadKeptAliveWhileItRunsCompletes_data();
    void uploadKeptAliveWhileItRunsCompletes();
    void uploadWithoutKeepAliveWhileWorkIsCulled_data();
    void uploadWithoutKeepAliveWhileWorkIsCulled();
    void windowSaysWhyTheServerStopped();

private:
    Scenario &scenario(Kind kind, const QString &flavour);
    QJsonObject serverOf(const QString &user);
    void startScenario(Scenario &s);
    void startUpload(Scenario &s, bool held);
    void flavourRows();
    void openWindow(Scenario &s);

    test::TestHub m_hub;
    QNetworkAccessManager m_network;
    QTemporaryDir m_local;
    std::map<QString, Scenario> m_scenarios;
    std::unique_ptr<ui::GuiApplication> m_gui;
    QStringList m_notifications;
    QDateTime m_windowEnd;
    qint64 m_windowSeconds = 0;
};

Scenario &TestSelfCull::scenario(Kind kind, const QString &flavour)
{
    return m_scenarios[kindName(kind) + QLatin1Char('/') + flavour];
}

QJsonObject TestSelfCull::serverOf(const QString &user)
{
    return m_hub.call("GET", QStringLiteral("users/") + user)
        .json()
        .object()
        .value(QLatin1String("servers"))
        .toObject()
        .value(QString())
        .toObject();
}

void TestSelfCull::initTestCase()
{
    qRegisterMetaType<HubError>();
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_local.isValid());
    QByteArray data(UploadBytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    QFile file(m_local.filePath(QStringLiteral("observation.fits")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(data) == data.size());
    file.close();

    // One user per scenario, every server started at once.
    for (const QString &flavour : Flavours) {
        for (Kind kind : {Kind::Idle, Kind::Polled, Kind::Kept, Kind::CommandLine, Kind::UploadHeld,
                          Kind::UploadUnheld, Kind::Window}) {
            if (kind == Kind::CommandLine && flavour != QLatin1String("jupyter_server"))
                continue; // without the extension nothing outlives the command
            // Notebook 6's page in the window polls the server (and so keeps it up); the app
            // shows JupyterLab on Fornax, whose jupyter_server this flavour is.
            if (kind == Kind::Window && flavour != QLatin1String("jupyter_server"))
                continue;
#ifndef FORNAX_DESKTOP_BINARY
            if (kind == Kind::CommandLine)
                continue;
#endif
            Scenario &s = scenario(kind, flavour);
            s.kind = kind;
            s.flavour = flavour;
            s.user =
                QStringLiteral("cull-%1-%2")
                    .arg(kindName(kind),
                         flavour == QLatin1String("notebook") ? QStringLiteral("nb") : QStringLiteral("js"));
            QVERIFY(m_hub.setUserVariant(s.user,
                                         {{QStringLiteral("flavour"), flavour},
                                          {QStringLiteral("cull_idle_seconds"), CullSeconds},
                                          {QStringLiteral("keepalive_period_seconds"), BeatSeconds}}));
            QVERIFY(m_hub.ensureUser(s.user));
            m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(s.user));
            QDir(m_hub.homeOf(s.user) + QStringLiteral("/culltest")).removeRecursively();
        }
    }
    for (auto &[name, s] : m_scenarios)
        QTRY_VERIFY2_WITH_TIMEOUT(serverOf(s.user).isEmpty(), qPrintable(name), 30'000);
    // The app first, signed in, so that it sees its server start like any other.
    openWindow(scenario(Kind::Window, QStringLiteral("jupyter_server")));
    for (auto &[name, s] : m_scenarios) {
        const int status =
            m_hub.call("POST", QStringLiteral("users/%1/server").arg(s.user), R"({"profile":"small"})")
                .status;
        QVERIFY2(status == 201 || status == 202,
                 qPrintable(name + QLatin1Char(' ') + QString::number(status)));
    }
    // Each scenario starts the moment its server is ready: a server culls itself a minute after
    // its start if nothing happened by then, whatever the others are doing. The hub is asked (a
    // hub route, which is never a server's activity).
    QElapsedTimer window;
    window.start();
    int waiting = int(m_scenarios.size());
    while (waiting > 0 && window.elapsed() < 90'000) {
        for (auto &[name, s] : m_scenarios) {
            if (!s.readyAt.isValid() && serverOf(s.user).value(QLatin1String("ready")).toBool()) {
                s.readyAt = QDateTime::currentDateTimeUtc();
                startScenario(s);
                --waiting;
            }
        }
        QTest::qWait(250);
    }
    QVERIFY2(waiting == 0, "not every server started within 90 s");

    // The window: everything runs at once; every two seconds the hub says which servers are gone.
    const auto allSettled = [this] {
        for (auto &[name, s] : m_scenarios) {
            const bool mustStop =
                s.kind == Kind::Idle || s.kind == Kind::Polled || s.kind == Kind::UploadUnheld;
            if (!s.done() || (mustStop && !s.stoppedAt.isValid()))
                return false;
        }
        return true;
    };
    // At least one full cull window after the last start, so servers that stayed up really were
    // past it.
    const qint64 minimum = window.elapsed() + (CullSeconds + 60 + 10 + 5) * 1000;
    while (window.elapsed() < duration_cast<milliseconds>(WindowLimit).count()
           && !(allSettled() && window.elapsed() >= minimum)) {
        QTest::qWait(2'000);
        for (auto &[name, s] : m_scenarios) {
            if (!s.stoppedAt.isValid() && serverOf(s.user).isEmpty())
                s.stoppedAt = QDateTime::currentDateTimeUtc();
        }
    }
    m_windowEnd = QDateTime::currentDateTimeUtc();
    m_windowSeconds = window.elapsed() / 1000;
    qInfo("cull window: %lld s for %d scenarios at once", m_windowSeconds, int(m_scenarios.size()));
    for (auto &[name, s] : m_scenarios) {
        qInfo("%s: %s", qPrintable(name),
              s.stoppedAt.isValid()
                  ? qPrintable(QStringLiteral("stopped %1 s after ready").arg(s.readyAt.secsTo(s.stoppedAt)))
                  : "still running");
    }
}

void TestSelfCull::startScenario(Scenario &s)
{
    s.client = std::make_unique<HubClient>(HubUrl(m_hub.url()), &m_network);
    const QByteArray token = m_hub.createToken(s.user);
    s.client->setToken(token);
    s.client->setServerToken(token); // the same for both: these scenarios are about the server
    s.serverUrl = m_hub.url().resolved(QUrl(QStringLiteral("user/%1/").arg(s.user)));
    switch (s.kind) {
    case Kind::Idle:
        break;
    case Kind::Polled:
        // What the app polls: the hub's model, quickly, and the server's own state.
        s.monitor = std::make_unique<ServerMonitor>(s.client.get());
        s.monitor->setIntervals(1s, 1s, 2s);
        connect(s.monitor.get(), &ServerMonitor::polled, this, [&s] {
            ++s.polls;
        });
        s.monitor->start();
        s.probe = std::make_unique<ServerProbe>(s.client.get());
        s.probe->setServerUrl(s.serverUrl);
        connect(s.probe.get(), &ServerProbe::sampled, this, [&s](const ServerSnapshot &snapshot) {
            ++s.samples;
            s.sampledRemaining = snapshot.keepAliveRemaining;
        });
        s.probe->start(2s);
        break;
    case Kind::Kept:
        s.keepAlive = std::make_unique<KeepAlive>(s.client.get());
        s.keepAlive->setServerUrl(s.serverUrl);
        s.keepAlive->setInterval(seconds(BeatSeconds));
        connect(s.keepAlive.get(), &KeepAlive::keepAliveFailed, this, [&s] {
            ++s.keepAliveFailures;
        });
        QVERIFY(s.keepAlive->start(4min));
        break;
    case Kind::CommandLine: {
#ifdef FORNAX_DESKTOP_BINARY
        // The app (its command line) starts a keep-alive and is gone before the window opens.
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FORNAX_TOKEN"), QString::fromUtf8(m_hub.createToken(s.user)));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(FORNAX_DESKTOP_BINARY),
                  {QStringLiteral("keep-alive"), QStringLiteral("4m"), QStringLiteral("--hub"),
                   m_hub.url().toString()});
        QVERIFY(cli.waitForFinished(30'000));
        s.cliExitCode = cli.exitCode();
        s.cliOutput = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
#endif
        break;
    }
    case Kind::UploadHeld:
    case Kind::UploadUnheld:
        startUpload(s, s.kind == Kind::UploadHeld);
        break;
    case Kind::Window:
        break; // the app watches it already (openWindow) and leaves it alone
    }
}

void TestSelfCull::openWindow(Scenario &s)
{
    // The app, signed in with a token, showing the running server; nothing keeps it alive.
    m_gui = std::make_unique<ui::GuiApplication>(m_hub.url().toString());
    QSignalSpy ready(m_gui.get(), &ui::GuiApplication::hubReady);
    m_gui->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_gui->mainWindow()));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30'000);
    QSignalSpy signedIn(m_gui->session(), &HubSession::signedIn);
    m_gui->session()->signInWithToken(m_hub.createToken(s.user));
    QVERIFY(m_gui->session()->isSignedIn() || signedIn.wait(30'000));
    // The truth about this server, which a hub's settings could not say in seconds.
    m_gui->stopDiagnosis().setIdleTimeout(seconds(CullSeconds));
    m_gui->session()->monitor()->setIntervals(1s, 500ms, 2s);
    m_gui->session()->monitor()->refresh();
    connect(m_gui.get(), &ui::GuiApplication::notified, this,
            [this](const QString &title, const QString &body) {
                m_notifications << title + QLatin1Char(' ') + body;
            });
}

void TestSelfCull::startUpload(Scenario &s, bool held)
{
    // A slow uplink between the app and the hub; everything of this scenario goes through it.
    s.proxy = std::make_unique<test::FaultProxy>(quint16(m_hub.url().port()));
    s.proxy->setUpstreamRate(LinkBytesPerSecond);
    QVERIFY(s.proxy->start());
    QUrl viaProxy = m_hub.url();
    viaProxy.setPort(s.proxy->port());
    s.client = std::make_unique<HubClient>(HubUrl(viaProxy), &m_network);
    const QByteArray token = m_hub.createToken(s.user);
    s.client->setToken(token);
    s.client->setServerToken(token); // the same for both: these scenarios are about the server
    s.serverUrl = viaProxy.resolved(QUrl(QStringLiteral("user/%1/").arg(s.user)));
    s.keepAlive = std::make_unique<KeepAlive>(s.client.get());
    s.keepAlive->setServerUrl(s.serverUrl);
    s.keepAlive->setInterval(seconds(BeatSeconds));
    s.holder = std::make_unique<ActivityHolder>(s.keepAlive.get());
    s.holder->setEnabled(held); // Settings ▸ Keep the server running while transfers run
    s.job = std::make_unique<UploadJob>(s.client.get(), s.serverUrl,
                                        QStringList {m_local.filePath(QStringLiteral("observation.fits"))},
                                        QStringLiteral("culltest"));
    s.job->setChunkSize(UploadBytes * 2); // one request: nothing counts as activity before its end
    TransferHolds::track(s.holder.get(), s.job.get());
    connect(s.job.get(), &TransferJob::finished, this, [&s] {
        s.jobEndedAt = QDateTime::currentDateTimeUtc();
    });
    s.job->start();
}

void TestSelfCull::windowSaysWhyTheServerStopped()
{
    const Scenario &s = scenario(Kind::Window, QStringLiteral("jupyter_server"));
    QVERIFY2(s.stoppedAt.isValid(), "the server shown in the window did not cull itself");
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->mainWindow()->currentPage(),
                              static_cast<QWidget *>(m_gui->profilePicker()), 10'000);
    QCOMPARE(m_gui->lastStopReason().kind, StopReason::Kind::Inactivity);
    // In the window, where the user starts the next server, in plain words...
    const auto *message = m_gui->profilePicker()->findChild<QLabel *>(QStringLiteral("pickerMessage"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("stopped for inactivity")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("20 second")), qPrintable(message->text()));
    // ... and in the notification.
    QVERIFY2(!m_notifications.isEmpty() && m_notifications.last().contains(QStringLiteral("inactivity")),
             qPrintable(m_notifications.join(QLatin1Char('\n'))));
    test::TestArtifacts::saveWindowScreenshot(m_gui->mainWindow()->windowHandle(),
                                              QStringLiteral("selfcull-stop-reason"));
}

void TestSelfCull::cleanupTestCase()
{
    m_gui.reset();
    for (auto &[name, s] : m_scenarios) {
        if (s.job && !s.job->isDone())
            s.job->cancel();
        m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(s.user));
    }
}

void TestSelfCull::flavourRows()
{
    QTest::addColumn<QString>("flavour");
    for (const QString &flavour : Flavours)
        QTest::newRow(qPrintable(flavour)) << flavour;
}

void TestSelfCull::serverLeftAloneStopsItself_data()
{
    flavourRows();
}

void TestSelfCull::serverLeftAloneStopsItself()
{
    QFETCH(QString, flavour);
    const Scenario &s = scenario(Kind::Idle, flavour);
    QVERIFY2(s.stoppedAt.isValid(), "a self-culling server left alone was still running");
}

void TestSelfCull::pollingItsStateDoesNotKeepItAlive_data()
{
    flavourRows();
}

void TestSelfCull::pollingItsStateDoesNotKeepItAlive()
{
    QFETCH(QString, flavour);
    const Scenario &s = scenario(Kind::Polled, flavour);
    // It was really polled, all the while, and read its keep-alive where there is one...
    QVERIFY2(s.polls >= 20, qPrintable(QString::number(s.polls)));
    QVERIFY2(s.samples >= 10, qPrintable(QString::number(s.samples)));
    QCOMPARE(s.sampledRemaining.has_value(), flavour == QLatin1String("jupyter_server"));
    // ... and stopped all the same.
    QVERIFY2(s.stoppedAt.isValid(), "polling kept a self-culling server alive");
}

void TestSelfCull::keepAliveHoldsItPastTheCullWindow_data()
{
    flavourRows();
}

void TestSelfCull::keepAliveHoldsItPastTheCullWindow()
{
    QFETCH(QString, flavour);
    const Scenario &s = scenario(Kind::Kept, flavour);
    const Scenario &idle = scenario(Kind::Idle, flavour);
    // The window was long enough for a server left alone to go...
    QVERIFY(idle.stoppedAt.isValid() && idle.stoppedAt < m_windowEnd);
    // ... and this one is still there, kept alive the way its server offers.
    QVERIFY2(!s.stoppedAt.isValid(), "the keep-alive did not hold the server");
    QVERIFY(!serverOf(s.user).isEmpty());
    QCOMPARE(s.keepAlive->mechanism(),
             flavour == QLatin1String("jupyter_server") ? KeepAlive::Mechanism::ServerExtension
                                                        : KeepAlive::Mechanism::CountedRequests);
    QCOMPARE(s.keepAliveFailures, 0);
    QVERIFY(s.keepAlive->isActive());
}

void TestSelfCull::keepAliveFromTheCommandLineHoldsAfterItExits()
{
#ifndef FORNAX_DESKTOP_BINARY
    QSKIP("needs the app's binary");
#else
    const Scenario &s = scenario(Kind::CommandLine, QStringLiteral("jupyter_server"));
    QVERIFY2(s.cliExitCode == 0, qPrintable(s.cliOutput));
    QVERIFY2(s.cliOutput.contains(QStringLiteral("by the server itself")), qPrintable(s.cliOutput));
    QVERIFY(scenario(Kind::Idle, QStringLiteral("jupyter_server")).stoppedAt.isValid());
    QVERIFY2(!s.stoppedAt.isValid(), "the server's keep-alive did not outlive the command");
    const auto remaining =
        m_hub.callServer("GET", s.user, QStringLiteral("ext-keepalive?no_track_activity=1"));
    QVERIFY(remaining.json().object().value(QLatin1String("remaining")).toInteger() > 0);
#endif
}

void TestSelfCull::uploadKeptAliveWhileItRunsCompletes_data()
{
    flavourRows();
}

void TestSelfCull::uploadKeptAliveWhileItRunsCompletes()
{
    QFETCH(QString, flavour);
    Scenario &s = scenario(Kind::UploadHeld, flavour);
    QVERIFY2(s.job->state() == TransferJob::State::Finished, qPrintable(s.job->errorString()));
    QVERIFY(QFile::exists(m_hub.homeOf(s.user) + QStringLiteral("/culltest/observation.fits")));
    QCOMPARE(QFileInfo(m_hub.homeOf(s.user) + QStringLiteral("/culltest/observation.fits")).size(),
             UploadBytes);
    // It took longer than the window in which a server left alone goes.
    const Scenario &idle = scenario(Kind::Idle, flavour);
    QVERIFY2(s.jobEndedAt > idle.stoppedAt,
             qPrintable(QStringLiteral("the upload took only %1 s").arg(s.readyAt.secsTo(s.jobEndedAt))));
    QVERIFY(!s.stoppedAt.isValid());
    // The hold ended with the work: nothing keeps the server alive now, here or on the server.
    QVERIFY(!s.holder->isHolding());
    QTRY_VERIFY_WITH_TIMEOUT(!s.keepAlive->isActive() && !s.keepAlive->hasPendingRequest(), 10'000);
    if (flavour == QLatin1String("jupyter_server")) {
        const auto remaining =
            m_hub.callServer("GET", s.user, QStringLiteral("ext-keepalive?no_track_activity=1"));
        QCOMPARE(remaining.json().object().value(QLatin1String("remaining")).toInteger(-1), 0);
    }
}

void TestSelfCull::uploadWithoutKeepAliveWhileWorkIsCulled_data()
{
    flavourRows();
}

void TestSelfCull::uploadWithoutKeepAliveWhileWorkIsCulled()
{
    QFETCH(QString, flavour);
    const Scenario &s = scenario(Kind::UploadUnheld, flavour);
    // The same upload, the same link, keep-alive while work runs switched off: its terminal was
    // culled under it, and then the server.
    QVERIFY2(s.stoppedAt.isValid(), "the server was not culled: this test could not have failed");
    QCOMPARE(s.job->state(), TransferJob::State::Failed);
    QVERIFY(!QFile::exists(m_hub.homeOf(s.user) + QStringLiteral("/culltest/observation.fits")));
}

QTEST_MAIN(TestSelfCull)
#include "tst_selfcull.moc"
