// The window's keep-alive, on the display, against a jupyter_server single-user server with the
// keep-alive extension (what Fornax runs): the tray's "Keep it running" sets the server's own
// keep-alive, and the server page and the tray say until when; the quit question says it goes on
// after the quit, and it does; the next run of the app shows it again; work that runs says why
// the server is kept alive ("kept alive: upload, 40 %") in the server page and the tray; a server
// stopped while kept alive was stopped by someone else, and the window says so.
// The functions run in order, each from where the one before left the app and the server.
#include "GuiApplication.h"
#include "MainWindow.h"
#include "ProfilePicker.h"
#include "ServerPanel.h"
#include "Settings.h"
#include "TestArtifacts.h"
#include "TestHub.h"
#include "TrayIcon.h"
#include "account/HubSession.h"
#include "hub/ActivityHolder.h"
#include "hub/KeepAlive.h"
#include "hub/ServerMonitor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace fornax;
using namespace std::chrono_literals;
using fornax::ui::GuiApplication;

class TestKeepAliveWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void trayKeepsTheServerAliveOnTheServer();
    void quitLeavesItKeptAliveAndSaysSo();
    void nextRunShowsIt();
    void workSaysWhyTheServerIsKeptAlive();
    void stopWhileKeptAliveIsSomeoneElses();

private:
    // The app, signed in, showing the running server, its keep-alive mechanism known.
    void openApp();
    qint64 serverRemaining() const;
    QString serverPageText() const { return m_gui->serverPanel()->keepAliveText(); }

    test::TestHub m_hub;
    const QString m_user = QStringLiteral("keepalive-window");
    std::unique_ptr<GuiApplication> m_gui;
    QDateTime m_until;
    bool m_signedInBefore = false;
};

void TestKeepAliveWindow::initTestCase()
{
    QVERIFY(QGuiApplication::platformName() == QLatin1String("xcb"));
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_hub.setUserVariant(m_user, {{QStringLiteral("flavour"), QStringLiteral("jupyter_server")}}));
    QVERIFY(m_hub.ensureUser(m_user));
    const auto server = [this] {
        return m_hub.call("GET", QStringLiteral("users/") + m_user)
            .json()
            .object()
            .value(QLatin1String("servers"))
            .toObject()
            .value(QString())
            .toObject();
    };
    // A fresh server, so that its flavour is this test's and nothing keeps it alive yet.
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user));
    QTRY_VERIFY_WITH_TIMEOUT(server().isEmpty(), 30'000);
    const int status =
        m_hub.call("POST", QStringLiteral("users/%1/server").arg(m_user), R"({"profile":"small"})").status;
    QVERIFY2(status == 201 || status == 202, qPrintable(QString::number(status)));
    QTRY_VERIFY_WITH_TIMEOUT(server().value(QLatin1String("ready")).toBool(), 60'000);
    QCOMPARE(serverRemaining(), 0);
}

void TestKeepAliveWindow::cleanupTestCase()
{
    m_gui.reset();
    m_hub.callServer("DELETE", m_user, QStringLiteral("ext-keepalive"));
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user));
}

qint64 TestKeepAliveWindow::serverRemaining() const
{
    return m_hub.callServer("GET", m_user, QStringLiteral("ext-keepalive?no_track_activity=1"))
        .json()
        .object()
        .value(QLatin1String("remaining"))
        .toInteger(-1);
}

void TestKeepAliveWindow::openApp()
{
    m_gui = std::make_unique<GuiApplication>(m_hub.url().toString());
    QSignalSpy ready(m_gui.get(), &GuiApplication::hubReady);
    m_gui->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_gui->mainWindow()));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30'000);
    // The hub's idle timeout, as a user sets it for a hub that culls (Fornax: 15 minutes); the
    // tray offers a keep-alive only where one is known.
    m_gui->settings()->setIdleCullMinutes(m_gui->hubId(), 15);
    if (!m_signedInBefore) {
        QSignalSpy signedIn(m_gui->session(), &HubSession::signedIn);
        m_gui->session()->signInWithToken(m_hub.createToken(m_user));
        QVERIFY(signedIn.wait(30'000));
        m_signedInBefore = true;
    }
    // A later run signs in from the keychain by itself, as it does for a person; a second sign-in
    // here would restart the server monitor under the test.
    QTRY_VERIFY_WITH_TIMEOUT(m_gui->session()->isSignedIn(), 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->session()->monitor()->status().state, ServerStatus::State::Running,
                              30'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->keepAlive()->mechanism(), KeepAlive::Mechanism::ServerExtension, 10'000);
}

void TestKeepAliveWindow::trayKeepsTheServerAliveOnTheServer()
{
    openApp();
    ui::TrayIcon *tray = m_gui->trayIcon();
    QTRY_VERIFY_WITH_TIMEOUT(!tray->systemTrayIcon()->geometry().isEmpty(), 5'000);
    auto *keep = tray->menu()->findChild<QAction *>(QStringLiteral("trayKeepAlive"));
    QVERIFY(keep);
    QTRY_VERIFY_WITH_TIMEOUT(keep->isVisible(), 10'000);
    keep->trigger();
    // On the server, where it holds without the app, for the hour the menu says.
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(serverRemaining() - 3600) <= 10, 10'000);
    m_until = m_gui->keepAlive()->until();
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(m_until) - 3600) <= 10);
    // The server page and the tray say so, with the server's time; the offer is gone.
    QTRY_VERIFY2_WITH_TIMEOUT(serverPageText().startsWith(QStringLiteral("kept running by the server until")),
                              qPrintable(serverPageText()), 5'000);
    QVERIFY2(tray->toolTip().contains(serverPageText()), qPrintable(tray->toolTip()));
    QVERIFY(!keep->isVisible());
    test::TestArtifacts::saveWindowScreenshot(m_gui->mainWindow()->windowHandle(),
                                              QStringLiteral("keepalive-window-kept"));
}

void TestKeepAliveWindow::quitLeavesItKeptAliveAndSaysSo()
{
    QVERIFY(m_gui);
    QSignalSpy shown(m_gui.get(), &GuiApplication::quitConfirmationShown);
    QSignalSpy approved(m_gui.get(), &GuiApplication::quitApproved);
    auto *quit = m_gui->trayIcon()->menu()->findChild<QAction *>(QStringLiteral("trayQuit"));
    QVERIFY(quit);
    quit->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 5'000);
    auto *box = m_gui->mainWindow()->findChild<QMessageBox *>(QStringLiteral("quitConfirmation"));
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("also after you quit")),
             qPrintable(box->informativeText()));
    auto *leave = box->findChild<QAbstractButton *>(QStringLiteral("leaveRunningButton"));
    QVERIFY(leave);
    leave->click();
    // Approved once the clean-up (terminals, transfers) is done, bounded; the process then exits.
    QTRY_COMPARE_WITH_TIMEOUT(approved.size(), 1, 10'000);
    m_gui.reset(); // the app is gone
    QVERIFY2(serverRemaining() > 3500, qPrintable(QString::number(serverRemaining())));
}

void TestKeepAliveWindow::nextRunShowsIt()
{
    openApp();
    // Shown as the server's, with the server's time; not the user's own in this run.
    QTRY_VERIFY2_WITH_TIMEOUT(serverPageText().startsWith(QStringLiteral("kept running by the server until")),
                              qPrintable(serverPageText()), 10'000);
    QVERIFY(m_gui->keepAlive()->isActive());
    QVERIFY(!m_gui->keepAlive()->isUserActive());
    QVERIFY(qAbs(m_gui->keepAlive()->until().secsTo(m_until)) <= 10);
}

void TestKeepAliveWindow::workSaysWhyTheServerIsKeptAlive()
{
    QVERIFY(m_gui);
    ActivityHolder *holder = m_gui->activityHolder();
    const int upload = holder->begin(QStringLiteral("upload"));
    holder->update(upload, 40);
    QTRY_COMPARE_WITH_TIMEOUT(serverPageText(), QStringLiteral("kept alive: upload, 40 %"), 5'000);
    QVERIFY2(m_gui->trayIcon()->toolTip().contains(QStringLiteral("kept alive: upload, 40 %")),
             qPrintable(m_gui->trayIcon()->toolTip()));
    test::TestArtifacts::saveWindowScreenshot(m_gui->mainWindow()->windowHandle(),
                                              QStringLiteral("keepalive-window-work"));
    // The work ends; the server's own keep-alive (an hour, longer than the work needed) goes on.
    holder->end(upload);
    QTRY_VERIFY2_WITH_TIMEOUT(serverPageText().startsWith(QStringLiteral("kept running by the server until")),
                              qPrintable(serverPageText()), 5'000);
    QVERIFY(!m_gui->trayIcon()->toolTip().contains(QStringLiteral("upload")));
    QVERIFY2(serverRemaining() > 3500, qPrintable(QString::number(serverRemaining())));
}

void TestKeepAliveWindow::stopWhileKeptAliveIsSomeoneElses()
{
    QVERIFY(m_gui);
    QVERIFY(m_gui->keepAlive()->isActive());
    m_gui->session()->monitor()->setIntervals(1s, 500ms, 2s);
    m_gui->session()->monitor()->refresh();
    // Stopped from a browser, by an administrator, or the machine failed: not for idleness.
    QCOMPARE(m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user)).status / 100, 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->mainWindow()->currentPage(),
                              static_cast<QWidget *>(m_gui->profilePicker()), 30'000);
    QCOMPARE(m_gui->lastStopReason().kind, StopReason::Kind::StoppedElsewhere);
    const auto *message = m_gui->profilePicker()->findChild<QLabel *>(QStringLiteral("pickerMessage"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("stopped by someone else")),
             qPrintable(message->text()));
    QVERIFY(!m_gui->keepAlive()->isActive());
    QVERIFY(serverPageText().isEmpty());
}

QTEST_MAIN(TestKeepAliveWindow)
#include "tst_keepalivewindow.moc"
