// StopDiagnosis: why a server stopped, from the hub's limits and what the app saw before.
#include "health/StopDiagnosis.h"

#include <QTest>

using namespace fornax;
using namespace std::chrono;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(fornax::StopReason::Kind)

class TestStopDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reasons_data();
    void reasons();
    void serverOwnActivityCounts();
    void keepAliveAtTheTimeMeansSomeoneElse();
    void keepAliveEndingWithTheServerStillCounts();
    void aNewServerStartsOver();
    void describesDurations();
};

namespace {

ServerStatus running(const QDateTime &started, const QDateTime &lastActivity)
{
    ServerStatus status;
    status.state = ServerStatus::State::Running;
    status.started = started;
    status.lastActivity = lastActivity;
    return status;
}

ServerStatus stopped()
{
    ServerStatus status;
    status.state = ServerStatus::State::Stopped;
    return status;
}

} // namespace

void TestStopDiagnosis::reasons_data()
{
    QTest::addColumn<qint64>("idleTimeout"); // s, 0 = unknown
    QTest::addColumn<qint64>("maxAge"); // s, 0 = none
    QTest::addColumn<qint64>("age"); // s the server had run when it was noticed gone
    QTest::addColumn<qint64>("idle"); // s since the last activity seen
    QTest::addColumn<StopReason::Kind>("kind");
    QTest::addColumn<QString>("words");

    QTest::newRow("idle past the timeout")
        << qint64(900) << qint64(48 * 3600) << qint64(3600) << qint64(1000) << StopReason::Kind::Inactivity
        << QStringLiteral("stopped for inactivity: nothing had used it for 17 minute");
    QTest::newRow("idle just short of it (clocks, culler period)")
        << qint64(900) << qint64(0) << qint64(3600) << qint64(850) << StopReason::Kind::Inactivity
        << QStringLiteral("hub stops servers after 15 minute");
    QTest::newRow("in use shortly before")
        << qint64(900) << qint64(48 * 3600) << qint64(3600) << qint64(120)
        << StopReason::Kind::StoppedElsewhere << QStringLiteral("stopped by someone else");
    QTest::newRow("48 hours") << qint64(900) << qint64(48 * 3600) << qint64(48 * 3600 + 60) << qint64(30)
                              << StopReason::Kind::TimeLimit
                              << QStringLiteral("reached the hub's time limit");
    QTest::newRow("timeout unknown, idle long")
        << qint64(0) << qint64(0) << qint64(7200) << qint64(3600) << StopReason::Kind::Inactivity
        << QStringLiteral("most likely stopped for inactivity");
    QTest::newRow("timeout unknown, recently used")
        << qint64(0) << qint64(0) << qint64(7200) << qint64(60) << StopReason::Kind::Unknown
        << QStringLiteral("last in use 60 second");
}

void TestStopDiagnosis::reasons()
{
    QFETCH(qint64, idleTimeout);
    QFETCH(qint64, maxAge);
    QFETCH(qint64, age);
    QFETCH(qint64, idle);
    QFETCH(StopReason::Kind, kind);
    QFETCH(QString, words);
    StopDiagnosis diagnosis;
    diagnosis.setIdleTimeout(seconds(idleTimeout));
    diagnosis.setMaxAge(seconds(maxAge));
    const QDateTime noticed = QDateTime::currentDateTimeUtc();
    diagnosis.observe(running(noticed.addSecs(-age), noticed.addSecs(-idle)));
    diagnosis.observe(stopped());
    const StopReason reason = diagnosis.diagnose(noticed);
    QCOMPARE(reason.kind, kind);
    QVERIFY2(reason.text.contains(words), qPrintable(reason.text));
}

void TestStopDiagnosis::serverOwnActivityCounts()
{
    // The hub records activity late (or never, for a server that does not report it); what the
    // server said of itself is newer evidence.
    StopDiagnosis diagnosis;
    diagnosis.setIdleTimeout(900s);
    const QDateTime noticed = QDateTime::currentDateTimeUtc();
    diagnosis.observe(running(noticed.addSecs(-7200), noticed.addSecs(-3000)));
    ServerSnapshot snapshot;
    snapshot.takenAt = noticed.addSecs(-70);
    snapshot.lastActivity = noticed.addSecs(-90);
    diagnosis.observe(snapshot);
    QCOMPARE(diagnosis.lastActivitySeen(), noticed.addSecs(-90));
    QCOMPARE(diagnosis.diagnose(noticed).kind, StopReason::Kind::StoppedElsewhere);
}

void TestStopDiagnosis::keepAliveAtTheTimeMeansSomeoneElse()
{
    StopDiagnosis diagnosis;
    diagnosis.setIdleTimeout(900s);
    const QDateTime noticed = QDateTime::currentDateTimeUtc();
    diagnosis.setKeptAliveUntil(noticed.addSecs(3600));
    diagnosis.observe(running(noticed.addSecs(-7200), noticed.addSecs(-5000)));
    const StopReason reason = diagnosis.diagnose(noticed);
    QCOMPARE(reason.kind, StopReason::Kind::StoppedElsewhere);
    QVERIFY2(reason.text.contains(QStringLiteral("being kept alive")), qPrintable(reason.text));
}

void TestStopDiagnosis::keepAliveEndingWithTheServerStillCounts()
{
    // The keep-alive ends because the server is gone; what held while it ran is what counts.
    StopDiagnosis diagnosis;
    diagnosis.setIdleTimeout(900s);
    const QDateTime noticed = QDateTime::currentDateTimeUtc();
    diagnosis.setKeptAliveUntil(noticed.addSecs(3600));
    diagnosis.observe(running(noticed.addSecs(-7200), noticed.addSecs(-5000)));
    diagnosis.observe(stopped());
    diagnosis.setKeptAliveUntil({});
    QCOMPARE(diagnosis.diagnose(noticed).kind, StopReason::Kind::StoppedElsewhere);
}

void TestStopDiagnosis::aNewServerStartsOver()
{
    StopDiagnosis diagnosis;
    diagnosis.setIdleTimeout(900s);
    const QDateTime noticed = QDateTime::currentDateTimeUtc();
    diagnosis.observe(running(noticed.addSecs(-7200), noticed.addSecs(-60)));
    // A new server, idle since its start: the old one's recent activity is not its own.
    diagnosis.observe(running(noticed.addSecs(-2000), noticed.addSecs(-2000)));
    QCOMPARE(diagnosis.lastActivitySeen(), noticed.addSecs(-2000));
    QCOMPARE(diagnosis.diagnose(noticed).kind, StopReason::Kind::Inactivity);
}

void TestStopDiagnosis::describesDurations()
{
    // The plural's ending comes from the English translation; the number and unit are what count.
    QVERIFY(StopReason::describe(45s).startsWith(QStringLiteral("45 second")));
    QVERIFY(StopReason::describe(89s).startsWith(QStringLiteral("89 second")));
    QVERIFY(StopReason::describe(14min).startsWith(QStringLiteral("14 minute")));
    QVERIFY(StopReason::describe(14min + 31s).startsWith(QStringLiteral("15 minute")));
    QVERIFY(StopReason::describe(48h).startsWith(QStringLiteral("48 hour")));
    QVERIFY(StopReason::describe(-5s).startsWith(QStringLiteral("0 second")));
}

QTEST_GUILESS_MAIN(TestStopDiagnosis)
#include "tst_stopdiagnosis.moc"
