// SessionRecorder: server sessions from the hub's user model into the usage ledger, once each
// however many processes watch, a stop seen as it happens, a stop nobody saw closed at the last
// moment the server was known to run, and files counted apart from downloads.
#include "cost/CostMeter.h"
#include "cost/RateCard.h"
#include "cost/SessionRecorder.h"
#include "cost/UsageLedger.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fornax;

namespace {

const QString Hub = RateCard::hubKey(QStringLiteral("https://hub.example.org/"));

ServerStatus running(const QDateTime &started, const QString &profile = QStringLiteral("medium"))
{
    ServerStatus status;
    status.state = ServerStatus::State::Running;
    status.started = started;
    if (!profile.isEmpty())
        status.userOptions.insert(QStringLiteral("profile"), profile);
    return status;
}

ServerStatus stopped()
{
    ServerStatus status;
    status.state = ServerStatus::State::Stopped;
    return status;
}

} // namespace

class TestSessionRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void startAndStopAreRecordedOnce();
    void twoWatchersRecordOneSession();
    void stopNobodySawIsClosedAtLastSeen();
    void serverStartedWithoutProfileGetsTheDefaultSize();
    void namedServersAreKeptApart();
    void downloadsCountTheirFiles();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("usage.jsonl")); }
    QList<UsageRecord> sessions() const;
    int lines() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSessionRecorder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QList<UsageRecord> TestSessionRecorder::sessions() const
{
    QList<UsageRecord> found;
    for (const UsageRecord &record : UsageLedger(path()).records()) {
        if (record.kind == UsageRecord::Kind::Session)
            found << record;
    }
    return found;
}

int TestSessionRecorder::lines() const
{
    QFile file(path());
    return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
}

void TestSessionRecorder::startAndStopAreRecordedOnce()
{
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-600);
    SessionRecorder recorder(Hub, QStringLiteral("ann"), {}, path());
    QSignalSpy recorded(&recorder, &SessionRecorder::recorded);
    recorder.observe(stopped());
    QCOMPARE(recorded.size(), 0); // nothing ran, nothing to say
    recorder.observe(running(started));
    recorder.observe(running(started));
    recorder.observe(running(started));
    QCOMPARE(lines(), 1); // polls of the same session write nothing more
    QCOMPARE(recorder.sessionStart(), started);
    QCOMPARE(recorder.sessionSize(), QStringLiteral("medium"));
    const QDateTime beforeStop = QDateTime::currentDateTimeUtc();
    recorder.observe(stopped());
    QVERIFY(!recorder.sessionStart().isValid());

    const QList<UsageRecord> all = sessions();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().time, started);
    QCOMPARE(all.first().size, QStringLiteral("medium"));
    QVERIFY(all.first().stop >= beforeStop);
    QVERIFY(all.first().stop <= QDateTime::currentDateTimeUtc());
    // Ten minutes of Medium, as the hub's own times say.
    const CostMeter meter(RateCard::fornax(), Hub);
    const double hours = meter.estimate(all, started.addDays(-1), started.addDays(1)).serverHours;
    QVERIFY2(hours > 0.16 && hours < 0.17, qPrintable(QString::number(hours)));
}

void TestSessionRecorder::twoWatchersRecordOneSession()
{
    // The window and a command see the same server: one session, one stop (the earliest seen).
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-3600);
    SessionRecorder window(Hub, QStringLiteral("ann"), {}, path());
    window.observe(running(started));
    {
        SessionRecorder command(Hub, QStringLiteral("ann"), {}, path());
        command.observe(running(started));
        command.observe(stopped()); // `fornax-desktop stop`
    }
    const QDateTime commandStop = sessions().value(0).stop;
    QVERIFY(commandStop.isValid());
    window.observe(stopped()); // the window's next poll
    const QList<UsageRecord> all = sessions();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().stop, commandStop);
}

void TestSessionRecorder::stopNobodySawIsClosedAtLastSeen()
{
    // The window was closed with the server running; the hub culled it later. The next look
    // closes the session where it was last known to run, not at "now" and not never.
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-7200);
    QDateTime lastSeen;
    {
        SessionRecorder window(Hub, QStringLiteral("ann"), {}, path());
        window.observe(running(started));
        lastSeen = QDateTime::currentDateTimeUtc();
    } // the window quits: it notes when it last saw the server
    QVERIFY(!sessions().first().stop.isValid());
    QTest::qWait(20);
    SessionRecorder later(Hub, QStringLiteral("ann"), {}, path());
    later.observe(stopped());
    const UsageRecord session = sessions().first();
    QVERIFY(session.stop.isValid());
    QVERIFY(session.stop <= lastSeen.addSecs(1));
    QVERIFY(session.stop >= started);

    // A new session seen while an old one is still open closes the old one first.
    SessionRecorder again(Hub, QStringLiteral("bob"), {}, path());
    again.observe(running(started));
    SessionRecorder bobLater(Hub, QStringLiteral("bob"), {}, path());
    bobLater.observe(running(started.addSecs(3600)));
    QList<UsageRecord> bob;
    for (const UsageRecord &record : sessions()) {
        if (record.account == QLatin1String("bob"))
            bob << record;
    }
    QCOMPARE(bob.size(), 2);
    QVERIFY(bob.at(0).stop.isValid());
    QVERIFY(!bob.at(1).stop.isValid());
}

void TestSessionRecorder::serverStartedWithoutProfileGetsTheDefaultSize()
{
    // `fornax-desktop start` without --profile: the hub's default size, priced as such.
    SessionRecorder recorder(Hub, QStringLiteral("ann"), {}, path());
    recorder.setDefaultSize(QStringLiteral("small"));
    recorder.observe(running(QDateTime::currentDateTimeUtc(), QString()));
    QCOMPARE(sessions().first().size, QStringLiteral("small"));
}

void TestSessionRecorder::namedServersAreKeptApart()
{
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-60);
    SessionRecorder primary(Hub, QStringLiteral("ann"), {}, path());
    SessionRecorder gpu(Hub, QStringLiteral("ann"), QStringLiteral("gpu"), path());
    primary.observe(running(started));
    gpu.observe(running(started.addSecs(5)));
    primary.observe(stopped()); // stops the default server only
    const QList<UsageRecord> all = sessions();
    QCOMPARE(all.size(), 2);
    for (const UsageRecord &record : all)
        QCOMPARE(record.stop.isValid(), record.server.isEmpty());
}

void TestSessionRecorder::downloadsCountTheirFiles()
{
    UsageLedger ledger(path());
    QVERIFY(ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("survey"), 5'000,
                                  QDateTime::currentDateTimeUtc(), 120));
    QVERIFY(ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("plot.png"), 50,
                                  QDateTime::currentDateTimeUtc(), 1));
    QVERIFY(ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("old"), 7));
    const CostMeter meter(RateCard::fornax(), Hub);
    const CostMeter::Estimate e = meter.monthToDate(ledger.records());
    QCOMPARE(e.downloads, 3);
    QCOMPARE(e.files, qint64(121));
    QCOMPARE(e.uncountedDownloads, 1);
}

QTEST_GUILESS_MAIN(TestSessionRecorder)
#include "tst_sessionrecorder.moc"
