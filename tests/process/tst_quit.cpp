// Every way out of the real app, as a person (or their desktop) takes it: Ctrl+Q, Account ▸
// Quit, the tray's Quit, the window's close button, "Stop server and quit", "Quit and leave it
// running", Cancel, SIGTERM, SIGINT and the desktop session ending (a real XSMP logout) — with
// a tray host and on a display without one, with the server running and stopped. The built
// fornax-desktop runs as its own process and is driven only from outside; each row checks the
// exit code, the time from the decision to the end (under 1 s), that no child process
// (QtWebEngineProcess) is left, that the single-instance socket is gone, and what became of the
// server. Idle CPU use is measured on the way and printed.
#include "AppUnderTest.h"
#include "ProcessProbe.h"
#include "Settings.h"
#include "TestHub.h"
#include "XDisplay.h"
#include "XsmpSessionManager.h"
#include "account/CredentialStore.h"
#include "account/HubDirectory.h"
#include "account/HubEntry.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace std::chrono_literals;
using fornax::test::AppUnderTest;
using fornax::test::ProcessProbe;
using fornax::test::XDisplay;

namespace {

const QString User = QStringLiteral("process-quit");
// A decision must end the process within this (the promise).
constexpr qint64 ExitBoundMs = 1000;
// Idle: less than this share of one core.
constexpr double IdleBoundPercent = 1.0;

} // namespace

class TestQuit : public QObject
{
    Q_OBJECT

public:
    enum class Way {
        CtrlQ,
        AccountMenu,
        TrayMenu,
        WindowClose, // the window manager's close button
        SigTerm,
        SigInt,
        SessionEnd, // the desktop session ends (XSMP SaveYourself with shutdown, then Die)
        Checkpoint, // the desktop saves its session (SaveYourself, no shutdown): the app stays
        StopAndQuit, // Ctrl+Q, then "Stop server and quit"
        Cancel, // Ctrl+Q, then Cancel: nothing changes
        CloseHides, // the close button with a tray and a running server: hidden, still running
        HeaderStop, // without a tray: the window's own Stop button, then Ctrl+Q
    };
    Q_ENUM(Way)

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void waysOut_data();
    void waysOut();

private:
    void seedSignedInHome();
    bool serverRunning() const;
    void setServerRunning(bool running);
    quint64 waitForDialog(AppUnderTest &app, const QString &title);
    quint64 trayIcon(AppUnderTest &app, const XDisplay &display);
    QString socketPath() const;
    void report(const QString &line);

    fornax::test::TestHub m_hub;
    QByteArray m_token;
    QTemporaryDir m_runtime;
    XDisplay m_trayDisplay; // the test session's, with trayer
    XDisplay m_bareDisplay; // a private Xvfb with no tray host
    fornax::test::XsmpSessionManager m_sessionManager;
    std::unique_ptr<AppUnderTest> m_app;
    QStringList m_report;
};

void TestQuit::initTestCase()
{
    m_hub = fornax::test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(QFileInfo::exists(QStringLiteral(FORNAX_DESKTOP_BINARY)));
    QVERIFY(m_runtime.isValid());
    m_token = m_hub.createToken(User);
    QVERIFY(!m_token.isEmpty());
    seedSignedInHome();

    QVERIFY2(m_trayDisplay.hasTrayHost(), "the test session's display must run a tray host (trayer)");
    QString error;
    QVERIFY2(m_bareDisplay.startPrivate(&error), qPrintable(error));
    QVERIFY2(!m_bareDisplay.hasTrayHost(), "the private display must not have a tray host");
    QVERIFY2(m_sessionManager.start(&error), qPrintable(error));
}

void TestQuit::cleanupTestCase()
{
    setServerRunning(false);
    qInfo().noquote() << "\nWays out of the app (time from the decision to the end of the process):\n"
                      << m_report.join(QLatin1Char('\n'));
}

void TestQuit::cleanup()
{
    // A failed row must not leave its app behind for the next.
    if (m_app && m_app->isRunning())
        m_app->kill();
    m_app.reset();
}

void TestQuit::seedSignedInHome()
{
    // What a sign-in leaves: the hub and the account in the app's settings, the token in the
    // session's keychain. Every launch below starts signed in, as a person's second start does.
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    QVERIFY(!config.isEmpty());
    QDir(config).removeRecursively();
    QDir(qEnvironmentVariable("XDG_DATA_HOME")).removeRecursively();
    fornax::Settings settings(config + QStringLiteral("/Fornax/fornax-desktop.conf"));
    QNetworkAccessManager network;
    fornax::HubDirectory directory(&settings, &network);
    QSignalSpy added(&directory, &fornax::HubDirectory::hubAdded);
    directory.addHub(m_hub.url().toString());
    QVERIFY(added.wait(20'000));
    const QString hubId = added.first().first().toString();
    directory.setCurrentHubId(hubId);
    const fornax::Account account(directory.hub(hubId)->confirmedBase.base(), User);
    QVERIFY(directory.addAccount(hubId, account));
    fornax::CredentialStore store;
    QSignalSpy written(&store, &fornax::CredentialStore::tokenWritten);
    store.writeToken(account, m_token);
    QVERIFY(written.wait(20'000));
    // The tray's "still running" notice is shown once per user; it is not what these test.
    settings.setToldAboutClosingToTray(true);
}

bool TestQuit::serverRunning() const
{
    const QJsonObject server = m_hub.call("GET", QStringLiteral("users/") + User)
                                   .json()
                                   .object()
                                   .value(QLatin1String("servers"))
                                   .toObject()
                                   .value(QLatin1String(""))
                                   .toObject();
    return server.value(QLatin1String("ready")).toBool();
}

void TestQuit::setServerRunning(bool running)
{
    const auto servers = [this] {
        return m_hub.call("GET", QStringLiteral("users/") + User)
            .json()
            .object()
            .value(QLatin1String("servers"))
            .toObject();
    };
    if (running) {
        if (!serverRunning())
            m_hub.call("POST", QStringLiteral("users/%1/server").arg(User), "{}");
        QTRY_VERIFY_WITH_TIMEOUT(serverRunning(), 60'000);
        return;
    }
    if (!servers().isEmpty())
        m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
    QTRY_VERIFY_WITH_TIMEOUT(servers().isEmpty(), 60'000);
}

QString TestQuit::socketPath() const
{
    return m_runtime.filePath(QStringLiteral("gov.nasa.fornax.Desktop-%1.socket").arg(::getuid()));
}

quint64 TestQuit::waitForDialog(AppUnderTest &app, const QString &title)
{
    const QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired()) {
        const QList<quint64> found =
            (app.environment().value(QStringLiteral("DISPLAY")) == m_trayDisplay.name() ? m_trayDisplay
                                                                                        : m_bareDisplay)
                .windows(app.pid(), title);
        if (!found.isEmpty())
            return found.constLast();
        QTest::qWait(50);
    }
    return 0;
}

quint64 TestQuit::trayIcon(AppUnderTest &app, const XDisplay &display)
{
    // The icon trayer embedded: the app's small window (the main window is large).
    const QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired()) {
        for (const quint64 window : display.windows(app.pid())) {
            const QRect rect = display.geometry(window);
            if (rect.isValid() && rect.width() <= 64 && rect.height() <= 64)
                return window;
        }
        QTest::qWait(100);
    }
    return 0;
}

void TestQuit::report(const QString &line)
{
    qInfo().noquote() << line;
    m_report << line;
}

void TestQuit::waysOut_data()
{
    QTest::addColumn<Way>("way");
    QTest::addColumn<bool>("tray");
    QTest::addColumn<bool>("server");
    QTest::addColumn<bool>("measureIdle");

    // Grouped by the server's state, so it is started and stopped as rarely as possible. Signals
    // and the session's end take the same way out with or without a tray: run with a tray only.
    for (const bool tray : {true, false}) {
        const char *where = tray ? "tray" : "no tray";
        const auto row = [where](const char *way) -> QTestData & {
            return QTest::addRow("%s, %s", way, where);
        };
        row("Ctrl+Q, server stopped") << Way::CtrlQ << tray << false << true;
        row("Account > Quit, server stopped") << Way::AccountMenu << tray << false << false;
        row("close button, server stopped") << Way::WindowClose << tray << false << false;
        if (tray) {
            row("tray Quit, server stopped") << Way::TrayMenu << tray << false << false;
            row("SIGTERM, server stopped") << Way::SigTerm << tray << false << false;
            row("SIGINT, server stopped") << Way::SigInt << tray << false << false;
            row("session end, server stopped") << Way::SessionEnd << tray << false << false;
            row("session checkpoint keeps it, server stopped") << Way::Checkpoint << tray << false << false;
        }
        row("Ctrl+Q > Cancel, server running") << Way::Cancel << tray << true << tray;
        row("Ctrl+Q > leave running, server running") << Way::CtrlQ << tray << true << false;
        row("Account > Quit > leave running, server running") << Way::AccountMenu << tray << true << false;
        if (tray) {
            row("tray Quit > leave running, server running") << Way::TrayMenu << tray << true << false;
            row("close button hides, server running") << Way::CloseHides << tray << true << true;
            row("SIGTERM, server running") << Way::SigTerm << tray << true << false;
            row("SIGINT, server running") << Way::SigInt << tray << true << false;
            row("session end, server running") << Way::SessionEnd << tray << true << false;
        } else {
            row("close button > leave running, server running") << Way::WindowClose << tray << true << false;
            row("window's Stop button, server running") << Way::HeaderStop << tray << true << false;
        }
        row("Ctrl+Q > Stop server and quit, server running") << Way::StopAndQuit << tray << true << false;
    }
}

void TestQuit::waysOut()
{
    QFETCH(Way, way);
    QFETCH(bool, tray);
    QFETCH(bool, server);
    QFETCH(bool, measureIdle);
    const XDisplay &display = tray ? m_trayDisplay : m_bareDisplay;
    setServerRunning(server);

    m_app = std::make_unique<AppUnderTest>(QStringLiteral(FORNAX_DESKTOP_BINARY), display);
    AppUnderTest &app = *m_app;
    app.environment().insert(QStringLiteral("FORNAX_HUB"), m_hub.url().toString());
    app.environment().insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    app.environment().insert(QStringLiteral("SESSION_MANAGER"), m_sessionManager.address());
    QSignalSpy registered(&m_sessionManager, &fornax::test::XsmpSessionManager::clientRegistered);
    QVERIFY(app.start());
    QVERIFY2(app.waitForMainWindow() != 0, qPrintable(app.log()));
    // Looked up afresh each time: Qt replaces the native window when the web page first shows.
    const auto window = [&app] {
        return app.waitForMainWindow(5s);
    };
    // Signed in from the keychain, the server's state known and shown.
    QVERIFY2(app.waitForLog(server ? QStringLiteral("showing the server: running")
                                   : QStringLiteral("showing the server: stopped"),
                            30s)
                 >= 0,
             qPrintable(app.log()));
    QVERIFY2(QFileInfo::exists(socketPath()), qPrintable(socketPath()));
    // It joined the desktop session.
    QTRY_VERIFY2_WITH_TIMEOUT(registered.size() > 0, qPrintable(app.log()), 10'000);
    if (tray)
        QVERIFY2(trayIcon(app, display) != 0, "the tray icon did not show");
    const QString shot =
        QString::fromLatin1(QTest::currentDataTag())
            .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    display.screenshot(QStringLiteral("process-quit-") + shot);

    if (measureIdle) {
        // Let the start settle (the page loading, the first polls), then leave it alone.
        QTest::qWait(2000);
        const AppUnderTest::CpuUse use = app.measureIdle(5s);
        report(QStringLiteral("idle CPU (%1): app %2 % of a core, its children %3 %")
                   .arg(QString::fromLatin1(QTest::currentDataTag()))
                   .arg(use.app, 0, 'f', 2)
                   .arg(use.children, 0, 'f', 2));
        QVERIFY2(use.app < IdleBoundPercent, qPrintable(QStringLiteral("%1 %").arg(use.app)));
    }
    const int children = int(app.snapshotChildren().size());

    qint64 decidedAt = -1;
    const auto answer = [&](const QString &keys) {
        const quint64 box = waitForDialog(app, QStringLiteral("Your server is still running"));
        QVERIFY2(box != 0, "the quit question did not show");
        display.screenshot(QStringLiteral("process-quit-") + shot + QStringLiteral("-question"));
        decidedAt = app.now();
        QVERIFY(display.key(box, keys));
    };
    bool expectExit = true;
    bool serverAfter = server;
    switch (way) {
    case Way::CtrlQ:
        decidedAt = app.now();
        QVERIFY(display.key(window(), QStringLiteral("ctrl+q")));
        if (server)
            answer(QStringLiteral("alt+q")); // Quit and leave it running
        break;
    case Way::AccountMenu: {
        decidedAt = app.now();
        const QList<quint64> before = app.windows();
        QVERIFY(display.key(window(), QStringLiteral("alt+a")));
        QVERIFY2(app.waitForNewWindow(before) != 0, "the Account menu did not open");
        QVERIFY(display.xdotool({QStringLiteral("key"), QStringLiteral("q")}).isEmpty()); // &Quit
        if (server)
            answer(QStringLiteral("alt+q"));
        break;
    }
    case Way::TrayMenu: {
        const quint64 icon = trayIcon(app, display);
        QVERIFY(icon != 0);
        const QRect rect = display.geometry(icon);
        const QList<quint64> before = app.windows();
        QVERIFY(display.click(rect.center(), 3));
        QVERIFY2(app.waitForNewWindow(before) != 0, "the tray menu did not open");
        display.screenshot(QStringLiteral("process-quit-") + shot + QStringLiteral("-menu"));
        decidedAt = app.now();
        QVERIFY(display.xdotool({QStringLiteral("key"), QStringLiteral("q")}).isEmpty());
        if (server)
            answer(QStringLiteral("alt+q"));
        break;
    }
    case Way::WindowClose:
        decidedAt = app.now();
        QVERIFY(display.requestClose(window()));
        if (server)
            answer(QStringLiteral("alt+q"));
        break;
    case Way::SigTerm:
        decidedAt = app.now();
        QCOMPARE(::kill(pid_t(app.pid()), SIGTERM), 0);
        break;
    case Way::SigInt:
        decidedAt = app.now();
        QCOMPARE(::kill(pid_t(app.pid()), SIGINT), 0);
        break;
    case Way::SessionEnd:
        decidedAt = app.now();
        m_sessionManager.logout();
        break;
    case Way::Checkpoint: {
        QSignalSpy saved(&m_sessionManager, &fornax::test::XsmpSessionManager::saveYourselfDone);
        m_sessionManager.checkpoint();
        QVERIFY(saved.wait(10'000));
        QTest::qWait(1500); // long enough for a wrong quit to show
        QVERIFY2(app.isRunning(), "a checkpoint of the desktop session quit the app");
        QVERIFY(app.waitForMainWindow(1s) != 0);
        expectExit = false;
        break;
    }
    case Way::StopAndQuit:
        QVERIFY(display.key(window(), QStringLiteral("ctrl+q")));
        answer(QStringLiteral("alt+s"));
        // The decision is made when the hub confirms the stop; the app says so in its log.
        QVERIFY2(app.waitForLog(QStringLiteral("fornax.ui: quitting"), 40s) >= 0, qPrintable(app.log()));
        decidedAt = app.logTime(QStringLiteral("fornax.ui: quitting"));
        serverAfter = false;
        break;
    case Way::Cancel:
        QVERIFY(display.key(window(), QStringLiteral("ctrl+q")));
        answer(QStringLiteral("Escape"));
        QTRY_VERIFY_WITH_TIMEOUT(
            display.windows(app.pid(), QStringLiteral("Your server is still running")).isEmpty(), 5'000);
        QTest::qWait(1500); // long enough for a wrong quit to show
        QVERIFY2(app.isRunning(), "Cancel quit the app");
        QVERIFY(app.waitForMainWindow(1s) != 0);
        QVERIFY(serverRunning());
        expectExit = false;
        break;
    case Way::CloseHides:
        QVERIFY(display.requestClose(window()));
        QTRY_VERIFY_WITH_TIMEOUT(app.waitForMainWindow(0ms) == 0, 5'000); // the tray icon stays
        QTest::qWait(1000);
        QVERIFY2(app.isRunning(), "closing the window quit although the tray keeps the app");
        if (measureIdle) {
            const AppUnderTest::CpuUse use = app.measureIdle(5s);
            report(QStringLiteral("idle CPU (window hidden, server running): app %1 % of a core, its "
                                  "children %2 %")
                       .arg(use.app, 0, 'f', 2)
                       .arg(use.children, 0, 'f', 2));
            QVERIFY2(use.app < IdleBoundPercent, qPrintable(QStringLiteral("%1 %").arg(use.app)));
        }
        expectExit = false;
        break;
    case Way::HeaderStop:
        QVERIFY(display.key(window(), QStringLiteral("alt+t")));
        QTRY_VERIFY_WITH_TIMEOUT(!serverRunning(), 30'000);
        QVERIFY2(app.waitForLog(QStringLiteral("showing the server: stopped"), 30s) >= 0,
                 qPrintable(app.log()));
        decidedAt = app.now();
        QVERIFY(display.key(window(), QStringLiteral("ctrl+q"))); // stopped: no question
        serverAfter = false;
        break;
    }

    if (!expectExit) {
        // The way out that keeps the app: end it by the logout path, like the desktop would.
        app.snapshotChildren();
        decidedAt = app.now();
        QCOMPARE(::kill(pid_t(app.pid()), SIGTERM), 0);
    }
    QVERIFY2(app.waitForExit(40s), qPrintable(app.log()));
    QVERIFY2(!app.crashed(), qPrintable(app.log()));
    QCOMPARE(app.exitCode(), 0);
    const qint64 took = app.exitTime() - decidedAt;
    // Children of a process that ended are gone within a moment (the kernel reaps them once
    // their parent's pipes close); give them the rest of the second the decision had.
    QTRY_VERIFY_WITH_TIMEOUT(app.leftovers().isEmpty() || app.now() - decidedAt > ExitBoundMs, 2'000);
    const QList<ProcessProbe::Process> left = app.leftovers();
    report(QStringLiteral("%1: exit %2 after %3 ms; children while running %4, left: %5")
               .arg(QString::fromLatin1(QTest::currentDataTag()))
               .arg(app.exitCode())
               .arg(took)
               .arg(children)
               .arg(ProcessProbe::describe(left)));
    QVERIFY2(left.isEmpty(), qPrintable(ProcessProbe::describe(left)));
    QVERIFY2(took < ExitBoundMs, qPrintable(QStringLiteral("%1 ms").arg(took)));
    QVERIFY2(!QFileInfo::exists(socketPath()), "the single-instance socket was left behind");
    QCOMPARE(serverRunning(), serverAfter);
}

QTEST_GUILESS_MAIN(TestQuit)
#include "tst_quit.moc"
