// The desktop app on a real display against the real hub: the size picker, a start with
// progress, JupyterLab (here Notebook 6) in the app, the permission confirmation, the tray's
// "Stop my server", the quit question's three answers, and a server stopped behind the app's back.
#include "GuiApplication.h"
#include "HomePage.h"
#include "LabView.h"
#include "MainWindow.h"
#include "PageScript.h"
#include "ProfilePicker.h"
#include "Settings.h"
#include "TestArtifacts.h"
#include "TestHub.h"
#include "TrayIcon.h"
#include "account/HubSession.h"
#include "cost/RateCard.h"
#include "cost/UsageLedger.h"
#include "hub/ServerController.h"
#include "hub/ServerMonitor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace fornax;
using fornax::ui::GuiApplication;
using fornax::ui::ProfilePicker;
using fornax::ui::TrayIcon;

class TestDesktopApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pickerStartsChosenSizeAndShowsLab();
    void permissionSizeNeedsConfirmation();
    void trayStopReturnsToPicker();
    void quitQuestionAnswers_data();
    void quitQuestionAnswers();
    void serverStoppedBehindTheAppsBackIsShown();
    void pickerSaysWhenASmallerSizeWouldDo();

private:
    void signIn(GuiApplication &gui);
    void startSmall(GuiApplication &gui);
    QJsonObject serverModel();
    // Clicks the button named buttonName in the next message box that appears.
    void answerNextMessageBox(const QString &buttonText);
    void shot(GuiApplication &gui, const QString &name);

    test::TestHub m_hub;
    const QString m_user = QStringLiteral("desktop-user");
    std::unique_ptr<GuiApplication> m_gui;
};

void TestDesktopApp::initTestCase()
{
    QVERIFY(QGuiApplication::platformName() == QLatin1String("xcb"));
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_hub.ensureUser(m_user));
}

void TestDesktopApp::init()
{
    // A spawn still pending from the previous test cannot be stopped yet: ask until it is gone.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user));
            return serverModel().isEmpty();
        }(),
        60'000);
    m_gui = std::make_unique<GuiApplication>(m_hub.url().toString());
    signIn(*m_gui);
}

void TestDesktopApp::cleanup()
{
    m_gui.reset();
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user));
}

QJsonObject TestDesktopApp::serverModel()
{
    return m_hub.call("GET", QStringLiteral("users/") + m_user)
        .json()
        .object()
        .value(QLatin1String("servers"))
        .toObject()
        .value(QString())
        .toObject();
}

void TestDesktopApp::shot(GuiApplication &gui, const QString &name)
{
    test::TestArtifacts::saveWindowScreenshot(gui.mainWindow()->windowHandle(),
                                              QStringLiteral("desktop-") + name);
}

void TestDesktopApp::signIn(GuiApplication &gui)
{
    QSignalSpy ready(&gui, &GuiApplication::hubReady);
    gui.start();
    QVERIFY(QTest::qWaitForWindowExposed(gui.mainWindow()));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30'000);
    QSignalSpy signedIn(gui.session(), &HubSession::signedIn);
    // A stored sign-in from an earlier test function may resume before the spy exists.
    if (gui.session()->isSignedIn() || signedIn.wait(5'000))
        return;
    gui.signIn();
    // The hub's login form, unless the web session is still valid (then the hub skips it).
    QWebEngineView *view = gui.signInPage()->view();
    QTRY_VERIFY_WITH_TIMEOUT(
        gui.session()->isSignedIn()
            || test::evaluateScript(view->page(),
                                    QStringLiteral("document.getElementById('password_input') !== null"))
                   .toBool(),
        30'000);
    if (!gui.session()->isSignedIn())
        view->page()->runJavaScript(QStringLiteral("document.getElementById('username_input').value = '%1';"
                                                   "document.getElementById('password_input').value = '%2';"
                                                   "document.getElementById('login_submit').click();")
                                        .arg(m_user, m_hub.password()));
    QTRY_VERIFY_WITH_TIMEOUT(gui.session()->isSignedIn(), 60'000);
}

void TestDesktopApp::answerNextMessageBox(const QString &buttonText)
{
    auto *timer = new QTimer(this);
    timer->setInterval(50);
    connect(timer, &QTimer::timeout, this, [timer, buttonText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')).contains(buttonText)) {
                timer->stop();
                timer->deleteLater();
                button->click();
                return;
            }
        }
    });
    timer->start();
}

void TestDesktopApp::startSmall(GuiApplication &gui)
{
    ProfilePicker *picker = gui.profilePicker();
    QTRY_COMPARE_WITH_TIMEOUT(picker->profiles().size(), 4, 30'000);
    picker->selectProfile(QStringLiteral("small"));
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("startServerButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.labView()), 60'000);
}

void TestDesktopApp::pickerStartsChosenSizeAndShowsLab()
{
    GuiApplication &gui = *m_gui;
    ProfilePicker *picker = gui.profilePicker();
    // Signed in with the server stopped: the home page first, whose Start shows the sizes.
    QTRY_COMPARE_WITH_TIMEOUT(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.homePage()),
                              30'000);
    gui.homePage()->findChild<QPushButton *>(QStringLiteral("homeStart"))->click();
    QCOMPARE(gui.mainWindow()->currentPage(), static_cast<QWidget *>(picker));
    // The hub's real sizes, smallest first (the form lists them out of order), with rates shown
    // only where the hub's rate card is known (not for this local hub).
    QTRY_COMPARE_WITH_TIMEOUT(picker->profiles().size(), 4, 30'000);
    QStringList slugs;
    for (const Profile &profile : picker->profiles())
        slugs << profile.slug;
    QCOMPARE(slugs,
             (QStringList {QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large"),
                           QStringLiteral("xlarge")}));
    QCOMPARE(picker->selectedProfile()->slug, QStringLiteral("small")); // the smallest, for a first start
    auto *large = picker->findChild<QRadioButton *>(QStringLiteral("profile-large"));
    QVERIFY(large && !large->accessibleName().isEmpty());
    QVERIFY2(large->text().contains(QLatin1String("16 CPU, 64 GB")), qPrintable(large->text()));
    shot(gui, QStringLiteral("picker"));

    // Large, on spot capacity, chosen with the keyboard-reachable controls.
    large->click();
    auto *capacity = picker->findChild<QComboBox *>(QStringLiteral("option-capacity"));
    QVERIFY(capacity);
    capacity->setCurrentIndex(capacity->findData(QStringLiteral("spot")));
    QSignalSpy progressed(gui.session()->controller(), &ServerController::startProgressed);
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("startServerButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(progressed.size() >= 2, 30'000);
    QCOMPARE(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.serverPanel()));
    shot(gui, QStringLiteral("starting"));

    QTRY_COMPARE_WITH_TIMEOUT(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.labView()), 60'000);
    QWebEngineView *lab = gui.labView()->view();
    // The demo hub's server has no JupyterLab: the app falls back to the classic page, signed in.
    QTRY_VERIFY_WITH_TIMEOUT(lab->url().path().endsWith(QLatin1String("/tree")), 30'000);
    // The page's own code has loaded and listed the home folder: really signed in.
    QTRY_VERIFY_WITH_TIMEOUT(
        test::evaluateScript(lab->page(),
                             QStringLiteral("!!(window.Jupyter && Jupyter.notebook_list"
                                            " && document.getElementById('notebook_list'))"))
            .toBool(),
        30'000);
    QTRY_VERIFY(gui.mainWindow()->windowTitle().contains(QLatin1String("Fornax Desktop")));
    // The web view paints in its own time: wait for a frame with the page's text in it (the
    // screenshot is an artifact, so a page that never paints is noted, not failed).
    const bool painted = QTest::qWaitFor(
        [&] {
            const QImage image = lab->grab().toImage();
            for (int y = 0; y < image.height(); y += 4) {
                for (int x = 0; x < image.width(); x += 4) {
                    if (image.pixelColor(x, y).lightness() < 128)
                        return true;
                }
            }
            return false;
        },
        10'000);
    if (!painted)
        qInfo("the JupyterLab view had not painted when the screenshot was taken");
    shot(gui, QStringLiteral("lab"));
    test::TestArtifacts::saveScreenshot(lab->grab().toImage(), QStringLiteral("desktop-lab-page"));

    QFile record(m_hub.homeOf(m_user) + QStringLiteral("/.fornax-fixture/user_options.json"));
    QVERIFY(record.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(record.readAll()).object(),
             (QJsonObject {{QStringLiteral("profile"), QStringLiteral("large")},
                           {QStringLiteral("capacity"), QStringLiteral("spot")}}));
    QCOMPARE(gui.settings()->lastProfile(gui.session()->hubId()), QStringLiteral("large"));
}

void TestDesktopApp::permissionSizeNeedsConfirmation()
{
    GuiApplication &gui = *m_gui;
    ProfilePicker *picker = gui.profilePicker();
    QTRY_COMPARE_WITH_TIMEOUT(picker->profiles().size(), 4, 30'000);
    picker->selectProfile(QStringLiteral("xlarge"));
    QSignalSpy requested(picker, &ProfilePicker::startRequested);

    answerNextMessageBox(QStringLiteral("Cancel"));
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("startServerButton")), Qt::LeftButton);
    QCOMPARE(requested.size(), 0);
    QVERIFY(serverModel().isEmpty());

    answerNextMessageBox(QStringLiteral("I have permission"));
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("startServerButton")), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().value<Profile>().slug, QStringLiteral("xlarge"));
    QTRY_VERIFY_WITH_TIMEOUT(!serverModel().isEmpty(), 30'000);
}

void TestDesktopApp::trayStopReturnsToPicker()
{
    GuiApplication &gui = *m_gui;
    startSmall(gui);
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 5'000);
    TrayIcon *tray = gui.trayIcon();
    QTRY_VERIFY_WITH_TIMEOUT(!tray->systemTrayIcon()->geometry().isEmpty(), 5'000);
    QCOMPARE(tray->state(), TrayIcon::State::Running);
    auto *stop = tray->menu()->findChild<QAction *>(QStringLiteral("trayStop"));
    QVERIFY(stop && stop->isVisible());
    stop->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(serverModel().isEmpty(), 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.profilePicker()),
                              30'000);
    QCOMPARE(tray->state(), TrayIcon::State::Stopped);
}

void TestDesktopApp::quitQuestionAnswers_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("quits");
    QTest::addColumn<bool>("serverRuns");
    QTest::newRow("cancel") << QStringLiteral("cancelQuitButton") << false << true;
    QTest::newRow("leave running") << QStringLiteral("leaveRunningButton") << true << true;
    QTest::newRow("stop and quit") << QStringLiteral("stopAndQuitButton") << true << false;
}

void TestDesktopApp::quitQuestionAnswers()
{
    QFETCH(QString, button);
    QFETCH(bool, quits);
    QFETCH(bool, serverRuns);
    GuiApplication &gui = *m_gui;
    startSmall(gui);
    QSignalSpy shown(&gui, &GuiApplication::quitConfirmationShown);
    QSignalSpy quit(&gui, &GuiApplication::quitApproved);
    gui.requestQuit();
    QCOMPARE(shown.size(), 1);
    auto *box = gui.mainWindow()->findChild<QMessageBox *>(QStringLiteral("quitConfirmation"));
    QVERIFY(box && box->isVisible());
    shot(gui, QStringLiteral("quit-question"));
    auto *answer = box->findChild<QAbstractButton *>(button);
    QVERIFY(answer);
    answer->click();
    if (quits)
        QTRY_COMPARE_WITH_TIMEOUT(quit.size(), 1, 30'000);
    else
        QVERIFY(!quit.wait(500));
    // The hub confirms what the answer promised.
    if (serverRuns)
        QVERIFY(serverModel().value(QLatin1String("ready")).toBool());
    else
        QVERIFY(serverModel().isEmpty());
}

void TestDesktopApp::serverStoppedBehindTheAppsBackIsShown()
{
    GuiApplication &gui = *m_gui;
    startSmall(gui);
    gui.session()->monitor()->setIntervals(std::chrono::milliseconds(1000), std::chrono::milliseconds(300),
                                           std::chrono::milliseconds(2000));
    gui.session()->monitor()->refresh();
    QSignalSpy notified(&gui, &GuiApplication::notified);
    // The culler, or a browser, stops it.
    QCOMPARE(m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user)).status / 100, 2);
    QTRY_COMPARE_WITH_TIMEOUT(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.profilePicker()),
                              30'000);
    QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 5'000);
    QVERIFY(notified.first().first().toString().contains(QLatin1String("stopped")));
    QCOMPARE(gui.trayIcon()->state(), TrayIcon::State::Stopped);
    shot(gui, QStringLiteral("stopped-behind-back"));
}

void TestDesktopApp::pickerSaysWhenASmallerSizeWouldDo()
{
    // Three sessions on Large whose peaks (5 GB, 3 CPUs) fit Medium with room to spare, as the
    // ledger keeps them; the usage record is put back as it was afterwards.
    const QString path = UsageLedger::defaultFilePath();
    QFile original(path);
    const QByteArray before = original.open(QIODevice::ReadOnly) ? original.readAll() : QByteArray();
    original.close();
    const auto restore = qScopeGuard([&] {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(before);
    });
    UsageLedger ledger;
    const QString hub = RateCard::hubKey(m_hub.url().toString());
    // The newest sessions on Large (earlier test functions ran some without samples, whose
    // unknown peaks rightly prevent any advice while they are among the last three).
    for (int day = 1; day <= 3; ++day) {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(qint64(-10) * day);
        QVERIFY(ledger.append(
            UsageRecord::session(hub, m_user, QStringLiteral("large"), start, start.addSecs(5))));
        QVERIFY(ledger.append(
            UsageRecord::peak(hub, m_user, {}, start, 3.0 - day * 0.5, qint64(5) * 1000 * 1000 * 1000)));
    }
    // The window opened afresh reads it.
    m_gui.reset();
    m_gui = std::make_unique<GuiApplication>(m_hub.url().toString());
    signIn(*m_gui);
    ProfilePicker *picker = m_gui->profilePicker();
    QTRY_COMPARE_WITH_TIMEOUT(picker->profiles().size(), 4, 30'000);
    auto *advice = picker->findChild<QLabel *>(QStringLiteral("rightSizeAdvice"));
    QVERIFY(advice);
    picker->selectProfile(QStringLiteral("large"));
    // Signed in with the server stopped, the home page comes first; its Start leads to the sizes.
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->mainWindow()->currentPage(), static_cast<QWidget *>(m_gui->homePage()),
                              30'000);
    m_gui->homePage()->findChild<QPushButton *>(QStringLiteral("homeStart"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->mainWindow()->currentPage(), static_cast<QWidget *>(picker), 30'000);
    const auto explain = [&] {
        QStringList facts;
        for (const UsageRecord &record : UsageLedger().records())
            facts << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(record.hub, record.account, record.size, QString::number(record.peakCores),
                              record.stop.toString());
        for (const Profile &profile : picker->profiles())
            facts << QStringLiteral("%1: %2 cores %3 GiB")
                         .arg(profile.slug)
                         .arg(profile.cores)
                         .arg(profile.memoryGiB);
        return QStringLiteral("advice “%1”; key %2; %3")
            .arg(advice->text(), hub, facts.join(QStringLiteral("; ")));
    };
    QTRY_VERIFY2_WITH_TIMEOUT(advice->isVisibleTo(picker), qPrintable(explain()), 10'000);
    QVERIFY2(advice->text().startsWith(
                 QStringLiteral("Your last 3 sessions on Large peaked at 5.0 GB and 2.5 CPUs: "
                                "Medium would do")),
             qPrintable(advice->text()));
    shot(*m_gui, QStringLiteral("size-advice"));
    // Not for a size nothing was run on.
    picker->selectProfile(QStringLiteral("medium"));
    QVERIFY(!advice->isVisibleTo(picker));
}

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
