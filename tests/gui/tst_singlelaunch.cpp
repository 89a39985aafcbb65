// A second launch of the app raises the first and leaves: one process, one tray icon.
// Runs the real binary twice on the test display.
#include "SingleInstance.h"

#include <QProcess>
#include <QTest>

class TestSingleLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchHandsOverAndExits();
};

void TestSingleLaunch::secondLaunchHandsOverAndExits()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FORNAX_HUB"), QStringLiteral("http://127.0.0.1:9/"));
    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(FORNAX_DESKTOP_BINARY), {});
    QVERIFY(first.waitForStarted());
    // The first instance is up once its socket answers.
    QTRY_VERIFY_WITH_TIMEOUT(fornax::SingleInstance::notifyRunning({QStringLiteral("probe")}), 30'000);

    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(QStringLiteral(FORNAX_DESKTOP_BINARY), {});
    QVERIFY(second.waitForFinished(30'000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(first.state(), QProcess::Running); // the first one carries on

    first.terminate();
    QVERIFY(first.waitForFinished(30'000));
    // With the first gone, nobody answers any more.
    QVERIFY(!fornax::SingleInstance::notifyRunning({QStringLiteral("probe")}));
}

QTEST_GUILESS_MAIN(TestSingleLaunch)
#include "tst_singlelaunch.moc"
