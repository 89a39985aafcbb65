// Desktop notifications in the window's setting (issue #22): with no notification service on the
// session bus they appear as the tray icon's balloon, in a real tray (trayer on the Xvfb display);
// with one, they go to the service and no balloon shows. And Settings ▸ Notifications… turns each
// kind off, from the keyboard.
#include "DesktopNotifier.h"
#include "MainWindow.h"
#include "NotificationListener.h"
#include "NotificationSettingsDialog.h"
#include "Settings.h"
#include "TrayIcon.h"
#include "health/DBusNotifier.h"
#include "health/NotificationCenter.h"
#include "hub/KeepAlive.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDBusConnection>
#include <QLabel>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fornax;
using namespace fornax::ui;
using namespace std::chrono_literals;

class TestNotificationsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void balloonWhenNoServiceOwnsTheName();
    void serviceIsPreferredOverTheBalloon();
    void settingsTurnKindsOffFromTheKeyboard();

private:
    // The balloon Qt shows for QSystemTrayIcon::showMessage, if one is on screen.
    static QWidget *visibleBalloon();

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<DBusNotifier> m_dbus;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<NotificationCenter> m_center;
};

void TestNotificationsGui::initTestCase()
{
    qRegisterMetaType<Notification>();
    QVERIFY(m_dir.isValid());
    // A tray test proves nothing without a real tray host: trayer runs on the Xvfb display.
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 5'000);
}

void TestNotificationsGui::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_tray = std::make_unique<TrayIcon>();
    m_tray->show();
    QTRY_VERIFY_WITH_TIMEOUT(!m_tray->systemTrayIcon()->geometry().isEmpty(), 5'000);
    m_dbus = std::make_unique<DBusNotifier>();
    m_notifier = std::make_unique<DesktopNotifier>(m_tray.get(), m_dbus.get());
    m_center = std::make_unique<NotificationCenter>(m_settings.get(), m_notifier.get());
}

void TestNotificationsGui::cleanup()
{
    m_center.reset();
    m_notifier.reset();
    m_dbus.reset();
    m_tray.reset();
    m_settings.reset();
    if (QWidget *balloon = visibleBalloon())
        balloon->close();
}

QWidget *TestNotificationsGui::visibleBalloon()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible()
            && QLatin1String(widget->metaObject()->className()) == QLatin1String("QBalloonTip"))
            return widget;
    }
    return nullptr;
}

void TestNotificationsGui::balloonWhenNoServiceOwnsTheName()
{
    QVERIFY(!m_dbus->isAvailable());
    QVERIFY(!m_notifier->supportsActions());
    // The idle warning, worded for a balloon: it has no button, so it says where the choice is.
    KeepAlive keepAlive(nullptr);
    m_center->setKeepAlive(&keepAlive);
    QSignalSpy balloons(m_notifier.get(), &DesktopNotifier::balloonShown);
    const QDateTime cullTime = QDateTime::currentDateTimeUtc().addSecs(100);
    m_center->notifyCullSoon(100s, cullTime);
    QCOMPARE(balloons.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(visibleBalloon() != nullptr, 5'000);
    QStringList texts;
    for (const QLabel *label : visibleBalloon()->findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("Your server will stop soon")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("the hub stops it in about 2 minute")), qPrintable(all));
    QVERIFY2(
        all.contains(QStringLiteral(". Use it, or choose “Keep it running for an hour” in Fornax Desktop.")),
        qPrintable(all));
    // The same warning again (the guard's next report of the same cull): no second balloon.
    m_center->notifyCullSoon(99s, cullTime);
    QCOMPARE(balloons.size(), 1);
}

void TestNotificationsGui::serviceIsPreferredOverTheBalloon()
{
    test::NotificationListener listener;
    QVERIFY2(listener.start(), qPrintable(listener.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_dbus->isAvailable() && m_notifier->supportsActions(), 5'000);
    QSignalSpy balloons(m_notifier.get(), &DesktopNotifier::balloonShown);
    m_center->notifyJobEnded(QStringLiteral("7"), QStringLiteral("fit.py"), true,
                             QStringLiteral("It ran for 2 minutes."));
    QTRY_COMPARE_WITH_TIMEOUT(listener.received(QDBusConnection::sessionBus().baseService()).size(), 1,
                              5'000);
    QCOMPARE(listener.received(QDBusConnection::sessionBus().baseService()).first().summary,
             QStringLiteral("Job “fit.py” finished"));
    QCOMPARE(balloons.size(), 0);
    QVERIFY(visibleBalloon() == nullptr);
}

void TestNotificationsGui::settingsTurnKindsOffFromTheKeyboard()
{
    // Reachable from the window's Settings menu.
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("notificationSettingsAction"));
    QVERIFY(action);
    QSignalSpy requested(&window, &MainWindow::notificationSettingsRequested);
    action->trigger();
    QCOMPARE(requested.size(), 1);

    NotificationSettingsDialog dialog(m_center.get());
    dialog.show();
    dialog.activateWindow();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isActiveWindow(), 5'000);
    using K = Notification::Kind;
    for (K kind :
         {K::ServerReady, K::JobEnded, K::CullSoon, K::HardLimitSoon, K::ServerStopped, K::TransferDone}) {
        QCheckBox *box = dialog.checkBox(kind);
        QVERIFY(box);
        QVERIFY(box->isChecked());
        QVERIFY(!box->accessibleName().isEmpty());
        QCOMPARE(box->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    }
    // Tab to "Idle stop in 2 minutes" (the third switch) and press Space.
    QCheckBox *cull = dialog.checkBox(K::CullSoon);
    dialog.checkBox(K::ServerReady)->setFocus();
    QTRY_VERIFY(dialog.checkBox(K::ServerReady)->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(cull->hasFocus());
    QTest::keyClick(cull, Qt::Key_Space);
    QVERIFY(!cull->isChecked());
    QVERIFY(!m_center->isEnabled(K::CullSoon));
    QCOMPARE(m_settings->value(Settings::Key::NotifyCullSoon).toBool(), false);
    // And nothing is shown for it any more.
    QSignalSpy balloons(m_notifier.get(), &DesktopNotifier::balloonShown);
    m_center->notifyCullSoon(100s, QDateTime::currentDateTimeUtc().addSecs(100));
    QCOMPARE(balloons.size(), 0);
    QVERIFY(m_center->isEnabled(K::ServerReady));
}

QTEST_MAIN(TestNotificationsGui)
#include "tst_notifications.moc"
