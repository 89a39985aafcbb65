// The app's first screen on a real display: the window finds the live hub, offers to sign in,
// and the tray icon is embedded in a real tray.
#include "GuiApplication.h"
#include "MainWindow.h"
#include "TestArtifacts.h"
#include "TestHub.h"
#include "TrayIcon.h"

#include "Settings.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTest>

using fornax::ui::GuiApplication;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsLiveHubAndOffersSignIn();
    void unreachableHubOffersRetry();
    void trayIconIsEmbedded();
    void settingsMenuSetsAutostartAndLanguage();
};

void TestMainWindow::initTestCase()
{
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             "gui tests run on a real X display (Xvfb), not offscreen");
}

void TestMainWindow::showsLiveHubAndOffersSignIn()
{
    const auto hub = fornax::test::TestHub::fromEnvironment();
    QVERIFY2(hub.isValid(), qPrintable(hub.errorString()));

    GuiApplication gui(hub.url().toString());
    gui.start();
    auto *window = gui.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    auto *signIn = window->findChild<QPushButton *>(QStringLiteral("signInButton"));
    auto *status = window->findChild<QLabel *>(QStringLiteral("hubStatus"));
    QVERIFY(signIn && status);
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), 30'000);
    QVERIFY2(status->text().contains(QLatin1String("JupyterHub 3.")), qPrintable(status->text()));
    QVERIFY(!signIn->accessibleName().isEmpty());
    QCOMPARE(window->focusWidget(), signIn);

    QVERIFY(!fornax::test::TestArtifacts::saveScreenshot(window->grab().toImage(),
                                                         QStringLiteral("main-window-hub-found"))
                 .isEmpty());
}

void TestMainWindow::unreachableHubOffersRetry()
{
    GuiApplication gui(QStringLiteral("http://127.0.0.1:9/"));
    gui.start();
    auto *window = gui.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *retry = window->findChild<QPushButton *>(QStringLiteral("retryButton"));
    auto *signIn = window->findChild<QPushButton *>(QStringLiteral("signInButton"));
    auto *status = window->findChild<QLabel *>(QStringLiteral("hubStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 30'000);
    QVERIFY(!signIn->isEnabled());
    QVERIFY2(status->text().contains(QLatin1String("cannot be reached")), qPrintable(status->text()));
    fornax::test::TestArtifacts::saveScreenshot(window->grab().toImage(),
                                                QStringLiteral("main-window-unreachable"));

    // Try again really asks again: the status goes back to checking, then to the failure.
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(status->text().contains(QLatin1String("Checking")));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 30'000);
}

void TestMainWindow::trayIconIsEmbedded()
{
    GuiApplication gui(QStringLiteral("http://127.0.0.1:9/"));
    gui.start();
    // A tray test proves nothing without a real tray host: trayer runs on the Xvfb display.
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 5000);
    auto *tray = gui.trayIcon();
    QVERIFY(tray->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!tray->systemTrayIcon()->geometry().isEmpty(), 5000);

    // "Open" from the tray menu brings the window back.
    gui.mainWindow()->hide();
    tray->menu()->actions().first()->trigger();
    QTRY_VERIFY(gui.mainWindow()->isVisible());
}

void TestMainWindow::settingsMenuSetsAutostartAndLanguage()
{
    GuiApplication gui(QStringLiteral("http://127.0.0.1:9/"));
    gui.start();
    const QString entry = qEnvironmentVariable("XDG_CONFIG_HOME")
        + QStringLiteral("/autostart/gov.nasa.fornax.Desktop.desktop");
    QFile::remove(entry);
    auto *startAtLogin = gui.mainWindow()->findChild<QAction *>(QStringLiteral("startAtLoginAction"));
    QVERIFY(startAtLogin && !startAtLogin->isChecked()); // off by default
    startAtLogin->trigger();
    QVERIFY(QFile::exists(entry));
    QVERIFY(gui.settings()->startAtLogin());
    startAtLogin->trigger();
    QVERIFY(!QFile::exists(entry));

    auto *german = gui.mainWindow()->findChild<QAction *>(QStringLiteral("language-de"));
    QVERIFY(german);
    german->trigger();
    QCOMPARE(gui.settings()->language(), QStringLiteral("de"));
    QVERIFY(gui.mainWindow()->findChild<QLabel *>(QStringLiteral("notice"))->isVisible());
    gui.mainWindow()->findChild<QAction *>(QStringLiteral("language-system"))->trigger();
    QCOMPARE(gui.settings()->language(), QString());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
