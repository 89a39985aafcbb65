// CleanupTracker: a process waits for the clean-up it owes a server before it ends, but never
// longer than the bound, and never by spinning.
#include "CleanupTracker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace fornax;
using namespace std::chrono_literals;

class TestCleanupTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingPendingEndsAtOnce();
    void waitsUntilWorkIsDestroyedOrRemoved();
    void boundEndsTheWaitWhenWorkHangs();
    void closeAllReachesEveryone();
};

void TestCleanupTracker::nothingPendingEndsAtOnce()
{
    CleanupTracker *tracker = CleanupTracker::instance();
    QCOMPARE(tracker->pendingCount(), 0);
    bool called = false;
    tracker->whenDone(10s, this, [&called] {
        called = true;
    });
    QVERIFY(!called); // never inside the call
    QTRY_VERIFY_WITH_TIMEOUT(called, 1'000);
}

void TestCleanupTracker::waitsUntilWorkIsDestroyedOrRemoved()
{
    CleanupTracker *tracker = CleanupTracker::instance();
    auto *terminal = new QObject;
    QObject request;
    tracker->add(terminal, QStringLiteral("DELETE api/terminals/1"));
    tracker->add(&request, QStringLiteral("DELETE api/terminals/2"));
    QCOMPARE(tracker->pendingCount(), 2);
    int calls = 0;
    tracker->whenDone(10s, this, [&calls] {
        ++calls;
    });
    QTest::qWait(50);
    QCOMPARE(calls, 0);
    delete terminal; // answered
    QTest::qWait(50);
    QCOMPARE(calls, 0);
    tracker->remove(&request);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 1'000);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void TestCleanupTracker::boundEndsTheWaitWhenWorkHangs()
{
    CleanupTracker *tracker = CleanupTracker::instance();
    QObject hanging;
    tracker->add(&hanging, QStringLiteral("a server that never answers"));
    QElapsedTimer elapsed;
    elapsed.start();
    bool called = false;
    tracker->whenDone(300ms, this, [&called] {
        called = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 2'000);
    QVERIFY(elapsed.elapsed() >= 290);
    tracker->remove(&hanging);
}

void TestCleanupTracker::closeAllReachesEveryone()
{
    QSignalSpy asked(CleanupTracker::instance(), &CleanupTracker::closeRequested);
    CleanupTracker::instance()->closeAll();
    QCOMPARE(asked.size(), 1);
}

QTEST_GUILESS_MAIN(TestCleanupTracker)
#include "tst_cleanuptracker.moc"
