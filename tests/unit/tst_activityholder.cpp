// ActivityHolder: work keeps the server alive for as long as it is expected to run, never past
// the hub's hard limit, says why, and lets go when it ends or the user switched it off.
// KeepAlive here has a server address nobody answers: only the claims it is given are checked.
#include "hub/ActivityHolder.h"
#include "hub/HubClient.h"
#include "hub/KeepAlive.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace fornax;
using namespace std::chrono;
using namespace std::chrono_literals;

class TestActivityHolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void workHoldsForItsWindow();
    void timeLeftBoundsTheHold();
    void hardLimitBoundsTheHold();
    void endReleasesAtOnce();
    void switchedOffHoldsNothing();
    void reasonSaysWhatRuns();
    void stoppedServerEndsTheHold();

private:
    qint64 heldSecondsFromNow() const
    {
        const QDateTime until = m_keepAlive->heldUntil(ActivityHolder::claimName());
        return until.isValid() ? QDateTime::currentDateTimeUtc().secsTo(until) : -1;
    }
    ServerStatus running(const QDateTime &started) const
    {
        ServerStatus status;
        status.state = ServerStatus::State::Running;
        status.url = QUrl(QStringLiteral("http://127.0.0.1:9/user/ada/"));
        status.started = started;
        return status;
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<HubClient> m_client;
    std::unique_ptr<KeepAlive> m_keepAlive;
    std::unique_ptr<ActivityHolder> m_holder;
};

void TestActivityHolder::init()
{
    m_client = std::make_unique<HubClient>(HubUrl(QUrl(QStringLiteral("http://127.0.0.1:9/"))), &m_network);
    m_keepAlive = std::make_unique<KeepAlive>(m_client.get());
    m_keepAlive->setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:9/user/ada/")));
    m_holder = std::make_unique<ActivityHolder>(m_keepAlive.get());
}

void TestActivityHolder::cleanup()
{
    m_holder.reset();
    m_keepAlive.reset();
    m_client.reset();
}

void TestActivityHolder::workHoldsForItsWindow()
{
    QVERIFY(!m_holder->isHolding());
    QCOMPARE(heldSecondsFromNow(), -1);
    const int id = m_holder->begin(QStringLiteral("upload"));
    QVERIFY(m_holder->hasWork());
    QVERIFY(m_holder->isHolding());
    // Nothing known about its length yet: the window, renewed by each report.
    QVERIFY(qAbs(heldSecondsFromNow() - seconds(ActivityHolder::DefaultWindow).count()) <= 2);
    QVERIFY(m_keepAlive->isActive());
    m_holder->update(id, 10);
    QVERIFY(qAbs(heldSecondsFromNow() - seconds(ActivityHolder::DefaultWindow).count()) <= 2);
}

void TestActivityHolder::timeLeftBoundsTheHold()
{
    const int id = m_holder->begin(QStringLiteral("upload"));
    // Half as long again as the time left, plus two minutes: not the whole window.
    m_holder->update(id, 50, 100s);
    QVERIFY2(qAbs(heldSecondsFromNow() - 270) <= 2, qPrintable(QString::number(heldSecondsFromNow())));
    // Longer work holds longer.
    m_holder->update(id, 50, 2h);
    QVERIFY(qAbs(heldSecondsFromNow() - (3 * 3600 + 120)) <= 2);
}

void TestActivityHolder::hardLimitBoundsTheHold()
{
    m_holder->setMaxServerAge(48h);
    // Started 47 h 50 min ago: ten minutes are left before the hub's hard limit.
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-(47 * 3600 + 50 * 60));
    m_holder->updateStatus(running(started));
    QCOMPARE(m_holder->hardLimit(), started.addSecs(48 * 3600));
    const int id = m_holder->begin(QStringLiteral("download"));
    m_holder->update(id, 5, 3h);
    QVERIFY2(qAbs(heldSecondsFromNow() - 600) <= 2, qPrintable(QString::number(heldSecondsFromNow())));
    QVERIFY(m_holder->endsAfterHardLimit());
    // Past the limit nothing is held any more: no keep-alive outlives it.
    m_holder->updateStatus(running(started.addSecs(-3600)));
    QVERIFY(!m_holder->isHolding());
    QCOMPARE(heldSecondsFromNow(), -1);
}

void TestActivityHolder::endReleasesAtOnce()
{
    QSignalSpy ended(m_keepAlive.get(), &KeepAlive::keepAliveEnded);
    const int first = m_holder->begin(QStringLiteral("upload"));
    const int second = m_holder->begin(QStringLiteral("download"));
    m_holder->end(first);
    QVERIFY(m_holder->isHolding()); // the other still runs
    m_holder->end(second);
    QVERIFY(!m_holder->hasWork());
    QCOMPARE(heldSecondsFromNow(), -1);
    QVERIFY(!m_keepAlive->isActive());
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.at(0).at(0).value<KeepAlive::EndReason>(), KeepAlive::EndReason::Released);
    m_holder->end(second); // twice is harmless
    QCOMPARE(ended.size(), 1);
}

void TestActivityHolder::switchedOffHoldsNothing()
{
    m_holder->setEnabled(false);
    m_holder->begin(QStringLiteral("upload"));
    QVERIFY(m_holder->hasWork());
    QVERIFY(!m_holder->isHolding());
    QVERIFY(m_holder->reason().isEmpty());
    QCOMPARE(heldSecondsFromNow(), -1);
    // Switched on while work runs: held from then on; off again: released.
    m_holder->setEnabled(true);
    QVERIFY(heldSecondsFromNow() > 0);
    m_holder->setEnabled(false);
    QCOMPARE(heldSecondsFromNow(), -1);
}

void TestActivityHolder::reasonSaysWhatRuns()
{
    const int upload = m_holder->begin(QStringLiteral("upload"));
    QCOMPARE(m_holder->reason(), QStringLiteral("upload"));
    m_holder->update(upload, 40);
    QCOMPARE(m_holder->reason(), QStringLiteral("upload, 40 %"));
    m_holder->begin(QStringLiteral("download"));
    QCOMPARE(m_holder->reason(), QStringLiteral("upload, 40 % and 1 more"));
}

void TestActivityHolder::stoppedServerEndsTheHold()
{
    m_holder->updateStatus(running(QDateTime::currentDateTimeUtc()));
    m_keepAlive->updateStatus(running(QDateTime::currentDateTimeUtc()));
    m_holder->begin(QStringLiteral("upload"));
    QVERIFY(m_keepAlive->isActive());
    ServerStatus stopped;
    stopped.state = ServerStatus::State::Stopped;
    m_keepAlive->updateStatus(stopped);
    m_holder->updateStatus(stopped);
    QVERIFY(!m_keepAlive->isActive());
    QCOMPARE(heldSecondsFromNow(), -1);
}

QTEST_GUILESS_MAIN(TestActivityHolder)
#include "tst_activityholder.moc"
