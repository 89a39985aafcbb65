// IdleGuard: the countdown to the hub's idle cull, its warning and its overdue notice, driven by
// a clock the test moves (no waiting), plus one run on the real clock to show the timer drives it.
#include "hub/IdleGuard.h"

#include <QSignalSpy>
#include <QTest>

using namespace fornax;
using namespace std::chrono;
using namespace std::chrono_literals;

class TestIdleGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void timeLeft_data();
    void timeLeft();
    void warnsOnceAtThresholdAndAgainAfterActivity();
    void countdownIsMinutelyThenEverySecond();
    void unknownTimeoutIsInactive();
    void nonRunningStatesEmitNothing_data();
    void nonRunningStatesEmitNothing();
    void stopResetsAndNextRunWarnsAgain();
    void overdueOnceAfterWarning();
    void jumpPastEverythingStillWarnsFirst();
    void shortTimeoutDoesNotWarnAtStart();
    void timerDrivesTheCountdownOnTheRealClock();

private:
    ServerStatus running(qint64 idleMs) const;
    void advance(milliseconds by) { m_now = m_now.addMSecs(by.count()); }
    static qint64 seconds(const QList<QVariant> &signalArguments)
    {
        return signalArguments.at(0).value<std::chrono::seconds>().count();
    }

    QDateTime m_now;
};

void TestIdleGuard::init()
{
    // A fixed, odd moment, so nothing depends on when the test runs.
    m_now = QDateTime(QDate(2025, 3, 14), QTime(15, 9, 26, 535), Qt::UTC);
}

ServerStatus TestIdleGuard::running(qint64 idleMs) const
{
    ServerStatus status;
    status.state = ServerStatus::State::Running;
    status.url = QUrl(QStringLiteral("http://127.0.0.1:1/user/someone/"));
    status.started = m_now.addSecs(-3600);
    status.lastActivity = m_now.addMSecs(-idleMs);
    return status;
}

void TestIdleGuard::timeLeft_data()
{
    QTest::addColumn<int>("timeoutMinutes");
    QTest::addColumn<qint64>("idleMs");
    QTest::addColumn<qint64>("expectedSeconds"); // -1: inactive

    QTest::newRow("just active") << 15 << qint64(0) << qint64(15 * 60);
    QTest::newRow("half a second idle rounds up") << 15 << qint64(500) << qint64(15 * 60);
    QTest::newRow("ten minutes idle") << 15 << qint64(10 * 60'000) << qint64(5 * 60);
    QTest::newRow("half a second left") << 15 << qint64(15 * 60'000 - 500) << qint64(1);
    QTest::newRow("exactly due") << 15 << qint64(15 * 60'000) << qint64(0);
    QTest::newRow("an hour past") << 15 << qint64(75 * 60'000) << qint64(0);
    QTest::newRow("hub clock ahead: capped at the timeout") << 15 << qint64(-30'000) << qint64(15 * 60);
    QTest::newRow("one-hour timeout, half gone") << 60 << qint64(30 * 60'000) << qint64(30 * 60);
    QTest::newRow("unknown timeout") << 0 << qint64(60'000) << qint64(-1);
    QTest::newRow("negative timeout is unknown") << -5 << qint64(60'000) << qint64(-1);
}

void TestIdleGuard::timeLeft()
{
    QFETCH(int, timeoutMinutes);
    QFETCH(qint64, idleMs);
    QFETCH(qint64, expectedSeconds);

    IdleGuard guard;
    guard.setClock([this] {
        return m_now;
    });
    guard.setTimeout(minutes(timeoutMinutes));
    guard.updateStatus(running(idleMs));

    QCOMPARE(guard.isActive(), expectedSeconds >= 0);
    const std::optional<std::chrono::seconds> left = guard.timeLeft();
    QCOMPARE(left.has_value(), expectedSeconds >= 0);
    if (left) {
        QCOMPARE(left->count(), expectedSeconds);
        QCOMPARE(guard.isOverdue(), expectedSeconds == 0);
        // The cull moment is where the countdown ends (within its rounding), or already past.
        if (expectedSeconds > 0)
            QVERIFY(qAbs(m_now.secsTo(guard.cullTime()) - expectedSeconds) <= 1);
        else
            QVERIFY(guard.cullTime() <= m_now);
    } else {
        QVERIFY(guard.cullTime().isNull());
    }
}

void TestIdleGuard::warnsOnceAtThresholdAndAgainAfterActivity()
{
    IdleGuard guard;
    guard.setClock([this] {
        return m_now;
    });
    guard.setTimeout(15min);
    QCOMPARE(guard.warningThreshold(), 2min); // the default
    QSignalSpy imminent(&guard, &IdleGuard::cullImminent);
    guard.updateStatus(running(0));

    advance(12min + 59s);
    guard.evaluate();
    QCOMPARE(imminent.size(), 0); // 121 s left
    advance(1s);
    guard.evaluate();
    QCOMPARE(imminent.size(), 1);
    QCOMPARE(seconds(imminent.at(0)), 120);
    advance(30s);
    guard.evaluate();
    advance(30s);
    guard.evaluate();
    QCOMPARE(imminent.size(), 1); // once, not on every tick

    // The user worked on the server: the hub's record moves, the countdown starts over.
    guard.updateStatus(running(0));
    QCOMPARE(guard.timeLeft(), std::optional<std::chrono::seconds>(15min));
    QCOMPARE(imminent.size(), 1);
    advance(13min);
    guard.evaluate();
    QCOMPARE(imminent.size(), 2);
    QCOMPARE(seconds(imminent.at(1)), 120);

    // A different threshold applies from now on.
    guard.updateStatus(running(0));
    guard.setWarningThreshold(5min);
    advance(9min + 59s);
    guard.evaluate();
    QCOMPARE(imminent.size(), 2);
    advance(1s);
    guard.evaluate();
    QCOMPARE(imminent.size(), 3);
    QCOMPARE(seconds(imminent.at(2)), 300);
}

void TestIdleGuard::countdownIsMinutelyThenEverySecond()
{
    IdleGuard guard;
    guard.setClock([this] {
        return m_now;
    });
    guard.setTimeout(15min);
    QSignalSpy changed(&guard, &IdleGuard::idleTimeLeftChanged);
    guard.updateStatus(running(0));

    // Far away: a report when the minute shown changes, not every second.
    for (int i = 0; i < 120; ++i) {
        advance(1s);
        guard.evaluate();
    }
    QList<qint64> values;
    for (const QList<QVariant> &args : std::as_const(changed))
        values << seconds(args);
    QCOMPARE(values, (QList<qint64> {900, 840, 780}));

    // Near: every second from FineCountdown on.
    changed.clear();
    guard.updateStatus(running(duration_cast<milliseconds>(15min - 305s).count()));
    for (int i = 0; i < 10; ++i) {
        advance(1s);
        guard.evaluate();
    }
    values.clear();
    for (const QList<QVariant> &args : std::as_const(changed))
        values << seconds(args);
    QCOMPARE(IdleGuard::FineCountdown, 5min);
    QCOMPARE(values, (QList<qint64> {305, 300, 299, 298, 297, 296, 295}));

    // Evaluating without time passing reports nothing new.
    changed.clear();
    guard.evaluate();
    guard.evaluate();
    QCOMPARE(changed.size(), 0);
}

void TestIdleGuard::unknownTimeoutIsInactive()
{
    IdleGuard guard;
    guard.setClock([this] {
        return m_now;
    });
    QSignalSpy active(&guard, &IdleGuard::activeChanged);
    QSignalSpy changed(&guard, &IdleGuard::idleTimeLeftChanged);
    QSignalSpy imminent(&guard, &IdleGuard::cullImminent);
    QSignalSpy overdue(&guard, &IdleGuard::cullOverdue);
    guard.updateStatus(running(20 * 60'000)); // long idle, but nobody knows the hub's rule
    guard.evaluate();
    QVERIFY(!guard.isActive());
    QVERIFY(!guard.timeLeft());
    QCOMPARE(active.size() + changed.size() + imminent.size() + overdue.size(), 0);

    // Learning the timeout turns it on at once, with the state as it is.
    guard.setTimeout(30min);
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.at(0).at(0).toBool(), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(seconds(changed.at(0)), 600);

    // And forgetting it turns it off.
    guard.setTimeout(0min);
    QCOMPARE(active.size(), 2);
    QCOMPARE(active.at(1).at(0).toBool(), false);
    QVERIFY(!guard.timeLeft());
}

void TestIdleGuard::nonRunningStatesEmitNothing_data()
{
    QTest::addColumn<ServerStatus::State>("state");
    QTest::newRow("unknown") << ServerStatus::State::Unknown;
    QTest::newRow("stopped") << ServerStatus::State::Stopped;
    QTest::newRow("starting") << ServerStatus::State::Starting;
    QTest::newRow("stopping") << ServerStatus::State::Stopping;
    QTest::newRow("failed") << ServerStatus::State::Failed;
}

void TestIdleGuard::nonRunningStatesEmitNothing()
{
    QFETCH(ServerStatus::State, state);
    IdleGuard guard;
    guard.setClock([this] {
        return m_now;
    });
    guard.setTimeout(15min);
    QSignalSpy active(&guard, &IdleGuard::activeChanged);
    QSignalSpy changed(&guard, &IdleGuard::idleTimeLeftChanged);
    QSignalSpy imminent(&guard, &IdleGuard::cullImminent);
    QSignalSpy overdue(&guard, &IdleGuard::cullOverdue);

    ServerStatus status = running(14 * 60'000); // would warn, and then be overdue, if it counted
    status.state = state;
    guard.updateStatus(status);
    advance(5min);
    guard.evaluate();
    QVERIFY(!guard.isActive());
    QVERIFY(!guard.timeLeft());
    QCOMPARE(active.size() + changed.size() + imminent.size() + overdue.size(), 0);

    // The control: the same status, running, does all of it.
    status.state = ServerStatus::State::Running;
    guard.updateStatus(status);
    QCOMPARE(active.size(), 1);
    QCOMPARE(imminent.size(), 1);
    QCOMPARE(overdue.size(), 1);
}

void TestIdleGuard::stopResetsAndNextRunWarnsAgain()
{
    IdleGuard guard;
    guard.setClock([this] {
        return m_now;
    });
    guard.setTimeout(15min);
    QSignalSpy active(&guard, &IdleGuard::activeChanged);
    QSignalSpy imminent(&guard, &IdleGuard::cullImminent);
    guard.updateStatus(running(14 * 60'000));
    QCOMPARE(imminent.size(), 1);

    ServerStatus stopped;
    stopped.state = ServerStatus::State::Stopped;
    guard.updateStatus(stopped);
    QCOMPARE(active.size(), 2);
    QCOMPARE(active.at(1).at(0).toBool(), false);

    // A new server whose record already says it has been idle a while (its activity is what the
    // hub copied last, not this start).
    guard.updateStatus(running(14 * 60'000));
    QCOMPARE(imminent.size(), 2);
}

void TestIdleGuard::overdueOnceAfterWarning()
{
    IdleGuard guard;
    guard.setClock([this] {
        return m_now;
    });
    guard.setTimeout(15min);
    QStringList events;
    connect(&guard, &IdleGuard::cullImminent, this, [&events] {
        events << QStringLiteral("imminent");
    });
    connect(&guard, &IdleGuard::cullOverdue, this, [&events] {
        events << QStringLiteral("overdue");
    });
    guard.updateStatus(running(14 * 60'000));
    advance(59s);
    guard.evaluate();
    QCOMPARE(events, QStringList {QStringLiteral("imminent")});
    QVERIFY(!guard.isOverdue());
    advance(1s);
    guard.evaluate();
    QCOMPARE(events, (QStringList {QStringLiteral("imminent"), QStringLiteral("overdue")}));
    QVERIFY(guard.isOverdue());
    QCOMPARE(guard.timeLeft(), std::optional<std::chrono::seconds>(0s));
    for (int i = 0; i < 5; ++i) {
        advance(1min);
        guard.evaluate();
    }
    QCOMPARE(events.size(), 2); // the culler is late, the guard does not nag

    // The hub then records activity after all (the culler never came): all of it again.
    guard.updateStatus(running(14 * 60'000 + 30'000));
    advance(30s);
    guard.evaluate();
    QCOMPARE(events,
             (QStringList {QStringLiteral("imminent"), QStringLiteral("overdue"), QStringLiteral("imminent"),
                           QStringLiteral("overdue")}));
}

void TestIdleGuard::jumpPastEverythingStillWarnsFirst()
{
    IdleGuard guard;
    guard.setClock([this] {
        return m_now;
    });
    guard.setTimeout(15min);
    QStringList events;
    connect(&guard, &IdleGuard::cullImminent, this, [&events](std::chrono::seconds left) {
        events << QStringLiteral("imminent %1").arg(left.count());
    });
    connect(&guard, &IdleGuard::cullOverdue, this, [&events] {
        events << QStringLiteral("overdue");
    });
    guard.updateStatus(running(0));
    advance(1h); // a laptop lid closed for an hour
    guard.evaluate();
    QCOMPARE(events, (QStringList {QStringLiteral("imminent 0"), QStringLiteral("overdue")}));
}

void TestIdleGuard::shortTimeoutDoesNotWarnAtStart()
{
    // A hub that culls after 2 minutes: a 2-minute warning would fire the moment the server runs.
    IdleGuard guard;
    guard.setClock([this] {
        return m_now;
    });
    guard.setTimeout(2min);
    QSignalSpy imminent(&guard, &IdleGuard::cullImminent);
    guard.updateStatus(running(0));
    QCOMPARE(imminent.size(), 0);
    advance(59s);
    guard.evaluate();
    QCOMPARE(imminent.size(), 0);
    advance(1s);
    guard.evaluate();
    QCOMPARE(imminent.size(), 1); // at half the timeout
    QCOMPARE(seconds(imminent.at(0)), 60);
}

void TestIdleGuard::timerDrivesTheCountdownOnTheRealClock()
{
    // The one test on the real clock: nobody calls evaluate(), the guard's own timer must.
    IdleGuard guard;
    guard.setTimeout(1min);
    QSignalSpy changed(&guard, &IdleGuard::idleTimeLeftChanged);
    QSignalSpy overdue(&guard, &IdleGuard::cullOverdue);
    ServerStatus status;
    status.state = ServerStatus::State::Running;
    status.lastActivity = QDateTime::currentDateTimeUtc().addMSecs(-(60'000 - 2'500));
    guard.updateStatus(status);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(seconds(changed.at(0)), 3);
    QTRY_COMPARE_WITH_TIMEOUT(overdue.size(), 1, 6'000);
    // One report per second shown; a loaded machine may skip one, but never repeat or go back.
    QVERIFY(changed.size() >= 3);
    QCOMPARE(seconds(changed.constLast()), 0);
    for (qsizetype i = 1; i < changed.size(); ++i)
        QVERIFY(seconds(changed.at(i)) < seconds(changed.at(i - 1)));
}

QTEST_GUILESS_MAIN(TestIdleGuard)
#include "tst_idleguard.moc"
