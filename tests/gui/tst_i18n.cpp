// The window in German on a real display: the compiled-in translation reaches the widgets.
#include "GuiApplication.h"
#include "MainWindow.h"
#include "TestArtifacts.h"
#include "Translations.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using fornax::ui::GuiApplication;

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowSpeaksGerman();
};

void TestI18n::initTestCase()
{
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             "gui tests run on a real X display (Xvfb), not offscreen");
}

void TestI18n::mainWindowSpeaksGerman()
{
    // The same path main() takes: the override variable, then the translators.
    qputenv("FORNAX_LANGUAGE", "de");
    fornax::Translations translations;
    QVERIFY(translations.install(fornax::Translations::chooseLocale(QString())));

    // A closed port: no hub needed, the window shows its first screen and the failure.
    GuiApplication gui(QStringLiteral("http://127.0.0.1:9/"));
    gui.start();
    auto *window = gui.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    auto *signIn = window->findChild<QPushButton *>(QStringLiteral("signInButton"));
    auto *welcome = window->findChild<QLabel *>(QStringLiteral("welcome"));
    auto *retry = window->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(signIn && welcome && retry);
    QCOMPARE(signIn->text(), QStringLiteral("&Anmelden"));
    QCOMPARE(welcome->text(), QStringLiteral("Willkommen bei Fornax Desktop"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 30'000);
    QCOMPARE(retry->text(), QStringLiteral("&Erneut versuchen"));

    QVERIFY(!fornax::test::TestArtifacts::saveScreenshot(window->grab().toImage(),
                                                         QStringLiteral("main-window-de"))
                 .isEmpty());
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
