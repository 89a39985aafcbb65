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
// On jupyter_server the servers answer api/metrics/v1 (the jupyter-resource-usage stand-in), and
// both the polled scenario and the window read resources all along: that is sampling too.
//
// Why it stopped, three real ways (jupyter_server, beside the others in the same window): a
// server killed behind the app's back (its process gets SIGKILL), one stopped through the hub by
// an administrator (DELETE with the fixture's admin service token; its stop takes a few seconds
// as a cloud spawner's does), and the polled one culled for inactivity — three kinds, three
// sentences. A fourth is killed after its samples showed memory past 90 % of a (tiny) limit:
// "probably out of memory".
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
#include "health/ResourceWatch.h"
#include "health/ServerProbe.h"
#include "health/StopDiagnosis.h"
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

#include <csignal>

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

enum class Kind {
    Idle,
    Polled,
    Kept,
    CommandLine,
    UploadHeld,
    UploadUnheld,
    Window,
    Killed,
    AdminStopped,
    Starved
};

// The memory limit the starved server reports: far below what a jupyter_server process uses.
constexpr qint64 TinyMemoryLimit = qint64(32) * 1024 * 1024;

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
    case Kind::Killed:
        return QStringLiteral("killed");
    case Kind::AdminStopped:
        return QStringLiteral("admin");
    case Kind::Starved:
        return QStringLiteral("starved");
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
    std::unique_ptr<ResourceWatch> resources;
    StopDiagnosis diagnosis;
    std::optional<StopReason> reason; // the diagnosis when the monitor saw it lost
    int resourceSamples = 0; // samples with figures
    bool resourcesMissing = false;
    bool acted = false; // killed or stopped by the test
    QDateTime usedAt; // when the test used it (a counted request) before stopping it
    QDateTime serverActivity; // the server's own last_activity, as last sampled
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
    bool stopsAtOnce() const
    {
        return kind == Kind::Killed || kind == Kind::AdminStopped || kind == Kind::Starved;
    }
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
    void samplingResourcesDoesNotKeepItAlive_data();
    void samplingResourcesDoesNotKeepItAlive();
    void threeWaysToStopThreeSentences();
    void killedNearItsMemoryLimitIsProbablyOutOfMemory();

private:
    void watch(Scenario &s);
    void act(Scenario &s);
    qint64 serverPid(const QString &user) const;
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
    int m_resourceSummaries = 0; // resource samples the window's presenter took
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
        for (Kind kind :
             {Kind::Idle, Kind::Polled, Kind::Kept, Kind::CommandLine, Kind::UploadHeld, Kind::UploadUnheld,
              Kind::Window, Kind::Killed, Kind::AdminStopped, Kind::Starved}) {
            if (kind == Kind::CommandLine && flavour != QLatin1String("jupyter_server"))
                continue; // without the extension nothing outlives the command
            const bool stopKind = kind == Kind::Killed || kind == Kind::AdminStopped || kind == Kind::Starved;
            if (stopKind && flavour != QLatin1String("jupyter_server"))
                continue; // one flavour tells the reasons apart; its servers report resources
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
            QJsonObject variant {{QStringLiteral("flavour"), flavour},
                                 {QStringLiteral("cull_idle_seconds"), CullSeconds},
                                 {QStringLiteral("keepalive_period_seconds"), BeatSeconds}};
            if (flavour == QLatin1String("jupyter_server")) {
                // Resources as Fornax reports them; the starved one with a limit it is far past.
                variant.insert(QStringLiteral("resource_usage"),
                               kind == Kind::Starved
                                   ? QJsonValue(QJsonObject {{QStringLiteral("mem_limit"), TinyMemoryLimit}})
                                   : QJsonValue(true));
                if (kind == Kind::AdminStopped)
                    variant.insert(QStringLiteral("stop_delay_seconds"), 3);
            }
            QVERIFY(m_hub.setUserVariant(s.user, variant));
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
            const bool mustStop = s.kind == Kind::Idle || s.kind == Kind::Polled
                || s.kind == Kind::UploadUnheld || s.stopsAtOnce();
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
            if (s.stopsAtOnce() && !s.usedAt.isValid() && s.resourceSamples >= 2) {
                // In use just before: a request that counts as activity, as a notebook's would.
                s.usedAt = QDateTime::currentDateTimeUtc();
                QCOMPARE(m_hub.callServer("GET", s.user, QStringLiteral("api/contents")).status, 200);
            } else if (s.stopsAtOnce() && !s.acted && s.usedAt.isValid()
                       && s.serverActivity >= s.usedAt.addSecs(-2)) {
                act(s); // once the app has seen that use
            }
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
    case Kind::Killed:
    case Kind::AdminStopped:
    case Kind::Starved:
        watch(s);
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

void TestSelfCull::watch(Scenario &s)
{
    // What the app polls: the hub's model, quickly, and the server's own state and resources, all
    // feeding the evidence of why it stops, as the window wires them (ServerPresenter).
    s.monitor = std::make_unique<ServerMonitor>(s.client.get());
    s.monitor->setIntervals(1s, 1s, 2s);
    s.diagnosis.setIdleTimeout(seconds(CullSeconds));
    connect(s.monitor.get(), &ServerMonitor::polled, this, [&s] {
        ++s.polls;
    });
    connect(s.monitor.get(), &ServerMonitor::statusChanged, this, [&s](const ServerStatus &status) {
        s.diagnosis.observe(status);
    });
    connect(s.monitor.get(), &ServerMonitor::serverLost, this, [&s] {
        s.reason = s.diagnosis.diagnose(QDateTime::currentDateTimeUtc());
    });
    s.monitor->start();
    s.probe = std::make_unique<ServerProbe>(s.client.get());
    s.probe->setServerUrl(s.serverUrl);
    s.resources = std::make_unique<ResourceWatch>(s.probe.get());
    s.resources->hold(); // someone looks, all the time
    connect(s.probe.get(), &ServerProbe::sampled, this, [&s](const ServerSnapshot &snapshot) {
        ++s.samples;
        s.sampledRemaining = snapshot.keepAliveRemaining;
        s.resourcesMissing = snapshot.resourcesMissing;
        s.serverActivity = snapshot.lastActivity;
        if (snapshot.resources.isValid())
            ++s.resourceSamples;
        s.diagnosis.observe(snapshot);
    });
    s.probe->start(s.stopsAtOnce() ? 1s : 2s);
}

qint64 TestSelfCull::serverPid(const QString &user) const
{
    // The single-user server is the process whose environment names its hub user.
    const QByteArray wanted = "JUPYTERHUB_USER=" + user.toUtf8();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        QFile environment(QStringLiteral("/proc/%1/environ").arg(entry));
        if (!number || !environment.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> variables = environment.readAll().split('\0');
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (variables.contains(wanted) && cmdline.open(QIODevice::ReadOnly)
            && cmdline.readAll().contains("jupyterhub.singleuser"))
            return pid;
    }
    return -1;
}

void TestSelfCull::act(Scenario &s)
{
    s.acted = true;
    if (s.kind == Kind::AdminStopped) {
        // An administrator stops it through the hub (the fixture's service holds admin:servers).
        const int status = m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(s.user)).status;
        QVERIFY2(status == 202 || status == 204, qPrintable(QString::number(status)));
        return;
    }
    // Behind everyone's back: the process dies at once, as the kernel's OOM killer ends one.
    const qint64 pid = serverPid(s.user);
    QVERIFY2(pid > 0, qPrintable(s.user));
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
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
    // Someone works in the window all along, so it reads the server's resources. (Its own rule is
    // "while it is the active window", which a display without a window manager does not keep.)
    m_gui->serverPresenter()->resourceWatch()->hold();
    // The truth about this server, which a hub's settings could not say in seconds.
    m_gui->stopDiagnosis().setIdleTimeout(seconds(CullSeconds));
    m_gui->session()->monitor()->setIntervals(1s, 500ms, 2s);
    m_gui->session()->monitor()->refresh();
    connect(m_gui->serverPresenter(), &ui::ServerPresenter::resourcesSampled, this, [this] {
        ++m_resourceSummaries;
    });
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
    // The window watched its resources while it ran (it was on the screen), and that did not keep
    // the server up either.
    QVERIFY2(m_resourceSummaries > 0, "the window never showed the server's resources");
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

void TestSelfCull::samplingResourcesDoesNotKeepItAlive_data()
{
    flavourRows();
}

void TestSelfCull::samplingResourcesDoesNotKeepItAlive()
{
    QFETCH(QString, flavour);
    const Scenario &s = scenario(Kind::Polled, flavour);
    if (flavour == QLatin1String("jupyter_server")) {
        // Resources were read with (nearly) every sample, all the while...
        QVERIFY2(s.resourceSamples >= 10, qPrintable(QString::number(s.resourceSamples)));
        QVERIFY(s.resources->last().memoryUsed.value_or(0) > 0);
        // The stand-in answers disk_used / disk_total as upstream does: the file system's, never
        // taken for the home folder (jupyter-resource-usage #255; StorageWalk measures home).
        QVERIFY(!s.resources->last().homeUsed && !s.resources->last().homeQuota);
        QVERIFY(s.resources->peakMemory().has_value());
    } else {
        // Notebook 6 has no metrics: said once (a 404), never asked again, resources unknown.
        QVERIFY(s.resourcesMissing);
        QCOMPARE(s.resourceSamples, 0);
        QVERIFY(s.resources->unavailableText().contains(QStringLiteral("Resources unknown")));
    }
    // ... and the server culled itself all the same.
    QVERIFY2(s.stoppedAt.isValid(), "sampling resources kept a self-culling server alive");
}

void TestSelfCull::threeWaysToStopThreeSentences()
{
    const QString flavour = QStringLiteral("jupyter_server");
    const Scenario &culled = scenario(Kind::Polled, flavour);
    const Scenario &killed = scenario(Kind::Killed, flavour);
    const Scenario &admin = scenario(Kind::AdminStopped, flavour);
    for (const Scenario *s : {&culled, &killed, &admin}) {
        QVERIFY2(s->reason.has_value(), qPrintable(s->user + QStringLiteral(": no stop was diagnosed")));
        qInfo("%s: %s — %s", qPrintable(s->user), qPrintable(s->reason->kindName()),
              qPrintable(s->reason->text));
    }
    QCOMPARE(culled.reason->kind, StopReason::Kind::Inactivity);
    QCOMPARE(killed.reason->kind, StopReason::Kind::StoppedElsewhere);
    QCOMPARE(admin.reason->kind, StopReason::Kind::StoppedThroughHub);
    QVERIFY(culled.reason->text != killed.reason->text && killed.reason->text != admin.reason->text
            && culled.reason->text != admin.reason->text);
    QVERIFY(admin.reason->text.contains(QStringLiteral("administrator")));
}

void TestSelfCull::killedNearItsMemoryLimitIsProbablyOutOfMemory()
{
    const Scenario &s = scenario(Kind::Starved, QStringLiteral("jupyter_server"));
    QVERIFY2(s.reason.has_value(), "no stop was diagnosed");
    QCOMPARE(s.reason->kind, StopReason::Kind::OutOfMemory);
    QVERIFY2(s.reason->text.contains(QStringLiteral("probably ran out of memory")),
             qPrintable(s.reason->text));
    // The warning came before: memory past 90 % of the limit, in a sentence saying what to do.
    QVERIFY(!s.resources->warnings().isEmpty());
    QVERIFY2(s.resources->warnings().first().contains(QStringLiteral("of its memory")),
             qPrintable(s.resources->warnings().first()));
}

QTEST_MAIN(TestSelfCull)
#include "tst_selfcull.moc"
