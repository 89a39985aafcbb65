// HomeFacts: what the home page says on known inputs. A running server's size, time running,
// session cost, the idle cull from its last activity and the time limit from its start; limits
// the app does not know are said to be unknown, never invented; a keep-alive pushes the idle cull
// back; the year's credits and forecast come from the ledger; the last session is the user's
// latest one that is over, not the one running now.
#include "cost/HomeFacts.h"
#include "cost/RateCard.h"

#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace fornax;
using namespace std::chrono_literals;

namespace {

const QString Hub = QStringLiteral("https://hub.example.org/hub/");
const QString Ann = QStringLiteral("ann");

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

// One credit an hour for "big", 1000 a year renewed on 1 October.
RateCard card()
{
    RateCard card = RateCard::unknownHub();
    card.setUnit(QStringLiteral("credits"));
    card.setHourlyRate(QStringLiteral("big"), {1.0, QStringLiteral("test")});
    card.setYearlyAllotment(RateCard::Figure {1000, QStringLiteral("test")});
    card.setAllotmentRenewal(RateCard::YearDay {10, 1, QStringLiteral("test")});
    return card;
}

const QDateTime Now = utc(2026, 12, 7, 12);

ServerStatus running(const QString &size, const QDateTime &started)
{
    ServerStatus status;
    status.state = ServerStatus::State::Running;
    status.url = QUrl(QStringLiteral("https://hub.example.org/user/ann/"));
    status.started = started;
    status.lastActivity = Now.addSecs(-3 * 60);
    status.userOptions = QJsonObject {{QStringLiteral("profile"), size}};
    return status;
}

HomeFacts::Inputs inputs(const ServerStatus &status)
{
    HomeFacts::Inputs in;
    in.status = status;
    in.account = Ann;
    in.sizeNames = {{QStringLiteral("big"), QStringLiteral("Big")}};
    in.idleTimeout = 15min;
    in.maxAge = 48h;
    return in;
}

UsageRecord session(const QString &account, const QDateTime &start, const QDateTime &stop = {})
{
    return UsageRecord::session(RateCard::hubKey(Hub), account, QStringLiteral("big"), start, stop);
}

} // namespace

class TestHomeFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void runningServer();
    void unknownLimitsAreSaid();
    void keptAliveServer();
    void stoppedServerShowsLastSession();
    void noAllotmentNoYear();
    void homeFolderAsLastMeasured();
    void sizeWithoutRate();
};

void TestHomeFacts::runningServer()
{
    const QDateTime started = Now.addSecs(-(2 * 3600 + 5 * 60));
    const QList<UsageRecord> records {
        session(Ann, utc(2026, 12, 1, 9), utc(2026, 12, 1, 13)), // 4 credits
        session(Ann, started), // the one running: its start as the recorder wrote it
    };
    const HomeFacts facts(card(), Hub, QTimeZone::utc());
    const HomeFacts::View view =
        facts.describe(inputs(running(QStringLiteral("big"), started)), records, Now);
    QCOMPARE(view.state, QStringLiteral("Running"));
    QCOMPARE(view.size, QStringLiteral("Big"));
    QCOMPARE(view.running, QStringLiteral("Running for 2 h 05 min"));
    QVERIFY(view.sessionCost && qAbs(*view.sessionCost - 125.0 / 60) < 1e-9);
    QCOMPARE(view.sessionCredits, QStringLiteral("This session so far: about 2.08 credits"));
    QCOMPARE(view.idleLeft, std::optional(std::chrono::seconds(12min)));
    QCOMPARE(view.idle, QStringLiteral("Stops when idle at 12:12 (in 12 min)"));
    QCOMPARE(view.hardLimitLeft, std::optional(std::chrono::seconds(45h + 55min)));
    QCOMPARE(view.hardLimit, QStringLiteral("Stops at its 48 h limit at Wed 9 Dec 09:55 (in 45 h 55 min)"));
    QVERIFY(view.canStop && view.canOpenLab && !view.canStart);
    // This year: 4 h finished + 2 h 05 min running.
    QVERIFY(view.year);
    QVERIFY(qAbs(view.year->used() - (4 + 125.0 / 60)) < 1e-9);
    QCOMPARE(view.yearUsed, QStringLiteral("6.1 of 1,000 credits used since 1 Oct 2026"));
    QCOMPARE(view.yearLeft, QStringLiteral("993.9 credits left until 1 Oct 2027"));
    QCOMPARE(view.forecast, QStringLiteral("At this rate they last until they are renewed."));
    // The last session is the finished one, not the one running.
    QVERIFY(view.lastSessionRecord);
    QCOMPARE(view.lastSessionRecord->time, utc(2026, 12, 1, 9));
    QCOMPARE(view.lastSession, QStringLiteral("Big, 4 h, about 4.00 credits; ended Tue 1 Dec 13:00."));
}

void TestHomeFacts::unknownLimitsAreSaid()
{
    HomeFacts::Inputs in = inputs(running(QStringLiteral("big"), Now.addSecs(-600)));
    in.idleTimeout = 0min;
    in.maxAge = 0h;
    const HomeFacts::View view = HomeFacts(card(), Hub, QTimeZone::utc()).describe(in, {}, Now);
    QVERIFY(!view.idleLeft);
    QVERIFY(!view.hardLimitLeft);
    QCOMPARE(view.idle, QStringLiteral("When the hub stops an idle server is not known."));
    QCOMPARE(view.hardLimit, QStringLiteral("The hub's time limit for a server is not known."));
    QVERIFY(view.lastSession.isEmpty());
}

void TestHomeFacts::keptAliveServer()
{
    HomeFacts::Inputs in = inputs(running(QStringLiteral("big"), Now.addSecs(-600)));
    in.keptAliveUntil = Now.addSecs(3600);
    const HomeFacts::View view = HomeFacts(card(), Hub, QTimeZone::utc()).describe(in, {}, Now);
    QVERIFY(!view.idleLeft);
    QCOMPARE(view.idle, QStringLiteral("Kept from stopping when idle until 13:00"));
}

void TestHomeFacts::stoppedServerShowsLastSession()
{
    const QList<UsageRecord> records {
        session(Ann, utc(2026, 12, 1, 9), utc(2026, 12, 1, 13)),
        session(QStringLiteral("bob"), utc(2026, 12, 6, 9), utc(2026, 12, 6, 10)), // someone else's
        // Ann's latest: its stop was never seen; it was last seen running at 11:30.
        [] {
            UsageRecord r = session(Ann, utc(2026, 12, 7, 10));
            r.seen = utc(2026, 12, 7, 11, 30);
            return r;
        }(),
    };
    ServerStatus stopped;
    stopped.state = ServerStatus::State::Stopped;
    HomeFacts::Inputs in = inputs(stopped);
    in.lastEnding = QStringLiteral("It was stopped for being idle.");
    in.lastEndingStart = utc(2026, 12, 1, 9); // about another session: not said beside this one
    QCOMPARE(HomeFacts(card(), Hub, QTimeZone::utc()).describe(in, records, Now).lastSession,
             QStringLiteral("Big, 1 h 30 min, about 1.50 credits; last seen running 11:30."));
    in.lastEndingStart = utc(2026, 12, 7, 10);
    const HomeFacts::View view = HomeFacts(card(), Hub, QTimeZone::utc()).describe(in, records, Now);
    QCOMPARE(view.state, QStringLiteral("Stopped"));
    QVERIFY(view.canStart && !view.canStop && !view.canOpenLab);
    QVERIFY(view.size.isEmpty() && view.running.isEmpty() && view.idle.isEmpty() && view.hardLimit.isEmpty());
    QCOMPARE(view.lastSession,
             QStringLiteral("Big, 1 h 30 min, about 1.50 credits; last seen running 11:30. "
                            "It was stopped for being idle."));
}

void TestHomeFacts::noAllotmentNoYear()
{
    RateCard none = card();
    none.setYearlyAllotment(std::nullopt);
    const HomeFacts::View view =
        HomeFacts(none, Hub, QTimeZone::utc()).describe(inputs(running(QStringLiteral("big"), Now)), {}, Now);
    QVERIFY(!view.year);
    QVERIFY2(view.yearUsed.contains(QLatin1String("No yearly allotment is known")),
             qPrintable(view.yearUsed));
    QVERIFY(view.yearLeft.isEmpty() && view.forecast.isEmpty());
}

void TestHomeFacts::homeFolderAsLastMeasured()
{
    const ServerStatus status = running(QStringLiteral("big"), Now);
    RateCard priced = card();
    priced.setHomePerGBMonth(RateCard::Figure {0.09, QStringLiteral("test")});
    // Never measured: said so, nothing invented.
    QCOMPARE(HomeFacts(priced, Hub, QTimeZone::utc()).describe(inputs(status), {}, Now).home,
             QStringLiteral("Not measured yet: the app measures it while your server runs."));
    const QList<UsageRecord> records {UsageRecord::storage(RateCard::hubKey(Hub), QStringLiteral("ann"),
                                                           UsageRecord::homeVolume(), 12'300'000'000,
                                                           utc(2026, 12, 6, 9), true, 4012)};
    QCOMPARE(HomeFacts(priced, Hub, QTimeZone::utc()).describe(inputs(status), records, Now).home,
             QStringLiteral("At least 12.3 GB, measured 6 Dec 2026; at least 1.11 credits a month"));
    // A hub without a storage price or an allotment still shows the use.
    RateCard bare = RateCard::unknownHub();
    QCOMPARE(HomeFacts(bare, Hub, QTimeZone::utc()).describe(inputs(status), records, Now).home,
             QStringLiteral("At least 12.3 GB, measured 6 Dec 2026"));
}

void TestHomeFacts::sizeWithoutRate()
{
    const HomeFacts::View view =
        HomeFacts(card(), Hub, QTimeZone::utc())
            .describe(inputs(running(QStringLiteral("huge"), Now.addSecs(-3600))), {}, Now);
    QCOMPARE(view.size, QStringLiteral("huge"));
    QVERIFY(!view.sessionCost);
    QVERIFY2(view.sessionCredits.contains(QLatin1String("no rate for huge")),
             qPrintable(view.sessionCredits));
}

QTEST_GUILESS_MAIN(TestHomeFacts)

#include "tst_homefacts.moc"
