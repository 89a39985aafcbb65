// EgressPolicy and CostMeter: decisions at, below and above the threshold and the budget, unknown
// sizes, cost figures against hand-computed values, and rate cards saved in a real settings file.
#include "Settings.h"
#include "cost/CostMeter.h"
#include "cost/EgressPolicy.h"
#include "cost/RateCard.h"
#include "cost/UsageLedger.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fornax;
using Verdict = EgressDecision::Verdict;

namespace {

const QString Hub = QStringLiteral("https://hub.example.org/hub/");

// Round figures, so that "at the budget" is exact in floating point.
RateCard halfPerGB(std::optional<double> budget)
{
    RateCard card = RateCard::unknownHub();
    card.setEgress({0.5, QStringLiteral("test")});
    if (budget)
        card.setMonthlyBudget(RateCard::Figure {*budget, QStringLiteral("test")});
    return card;
}

} // namespace

class TestEgressPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data();
    void decisions();
    void decisionCarriesFigures();
    void costOfKnownSessionAndDownload();
    void openSessionIsCapped();
    void sessionAcrossMonthEndIsSplit();
    void csvHasOneRowPerPeriod();
    void rateCardRoundTripsThroughSettings();
    void defaultThresholdIs100MB();
    void forHubReadsLedgerAndSettings();
};

void TestEgressPolicy::decisions_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<double>("budget"); // < 0: none
    QTest::addColumn<double>("monthToDate");
    QTest::addColumn<Verdict>("verdict");
    const qint64 mb100 = 100'000'000;
    const qint64 gb = 1'000'000'000;
    QTest::newRow("nothing") << qint64(0) << -1.0 << 0.0 << Verdict::Allow;
    QTest::newRow("below threshold") << mb100 - 1 << -1.0 << 0.0 << Verdict::Allow;
    QTest::newRow("at threshold") << mb100 << -1.0 << 0.0 << Verdict::Allow;
    QTest::newRow("above threshold") << mb100 + 1 << -1.0 << 0.0 << Verdict::Ask;
    QTest::newRow("far above, no budget") << 500 * gb << -1.0 << 1000.0 << Verdict::Ask;
    QTest::newRow("unknown size") << qint64(-1) << -1.0 << 0.0 << Verdict::Ask;
    QTest::newRow("unknown size, budget left") << qint64(-1) << 2.0 << 1.5 << Verdict::Ask;
    QTest::newRow("unknown size, budget used up") << qint64(-1) << 2.0 << 2.0 << Verdict::Refuse;
    QTest::newRow("below threshold, within budget") << mb100 << 2.0 << 1.5 << Verdict::Allow;
    QTest::newRow("below threshold, budget used up") << qint64(1000) << 2.0 << 2.0 << Verdict::Refuse;
    QTest::newRow("cost at remaining budget") << gb << 2.0 << 1.5 << Verdict::Ask;
    QTest::newRow("cost above remaining budget") << gb + 1 << 2.0 << 1.5 << Verdict::Refuse;
    QTest::newRow("over budget already") << qint64(1) << 2.0 << 3.0 << Verdict::Refuse;
}

void TestEgressPolicy::decisions()
{
    QFETCH(qint64, bytes);
    QFETCH(double, budget);
    QFETCH(double, monthToDate);
    QFETCH(Verdict, verdict);
    const EgressPolicy policy(halfPerGB(budget < 0 ? std::nullopt : std::optional<double>(budget)),
                              100'000'000, monthToDate);
    const EgressDecision decision = policy.decide(bytes, QStringLiteral("results.fits"));
    QCOMPARE(decision.verdict, verdict);
    QVERIFY(!decision.message.isEmpty());
    QVERIFY(!decision.title.isEmpty());
    if (verdict != Verdict::Allow)
        QVERIFY2(decision.message.contains(QLatin1String("results.fits")), qPrintable(decision.message));
}

void TestEgressPolicy::decisionCarriesFigures()
{
    // Fornax: 0.09 credits per GB. 2.8 GB -> 0.252 credits; 7.5 so far this month.
    const EgressPolicy policy(RateCard::fornax(), 100'000'000, 7.5);
    const EgressDecision decision = policy.decide(2'800'000'000, QStringLiteral("cube.tar"));
    QCOMPARE(decision.verdict, Verdict::Ask);
    QCOMPARE(decision.bytes, qint64(2'800'000'000));
    QCOMPARE(decision.cost, 2.8 * 0.09);
    QCOMPARE(decision.monthToDate, 7.5);
    QVERIFY(!decision.budget);
    QCOMPARE(decision.threshold, qint64(100'000'000));
    QVERIFY2(decision.message.contains(QLatin1String("2.8 GB")), qPrintable(decision.message));
    QVERIFY2(decision.message.contains(QLatin1String("0.25 credits")), qPrintable(decision.message));
    QVERIFY2(decision.message.contains(QLatin1String("7.50 credits")), qPrintable(decision.message));
    QVERIFY2(decision.message.contains(QLatin1String("estimate")), qPrintable(decision.message));
    QVERIFY(decision.advice.contains(QLatin1String("analyse the data in the cloud")));
    QVERIFY(decision.advice.contains(QLatin1String("results")));

    const EgressDecision unknown = policy.decide(-1, QStringLiteral("stream.bin"));
    QCOMPARE(unknown.bytes, qint64(-1));
    QCOMPARE(unknown.cost, 0.0);
    QVERIFY(unknown.message.contains(QLatin1String("not known")));
}

void TestEgressPolicy::costOfKnownSessionAndDownload()
{
    // By hand, with Fornax's card: Large 2 h 30 min at 0.768 = 1.92; Medium 90 min at 0.153 =
    // 0.2295; 3.5 GB + 0.5 GB downloaded at 0.09 = 0.36; a size without a rate costs nothing but
    // its hours are counted. Another hub's records are not counted at all.
    const QDateTime t0(QDate(2026, 5, 10), QTime(8, 0), QTimeZone::utc());
    const QString other = QStringLiteral("https://other.example.org/");
    const QList<UsageRecord> records {
        UsageRecord::session(RateCard::hubKey(Hub), QStringLiteral("ann"), QStringLiteral("large"), t0,
                             t0.addSecs(150 * 60)),
        UsageRecord::session(RateCard::hubKey(Hub), QStringLiteral("ann"), QStringLiteral("Medium"),
                             t0.addDays(1), t0.addDays(1).addSecs(90 * 60)),
        UsageRecord::session(RateCard::hubKey(Hub), QStringLiteral("ann"), QStringLiteral("gpu"),
                             t0.addDays(2), t0.addDays(2).addSecs(3600)),
        UsageRecord::download(RateCard::hubKey(Hub), QStringLiteral("ann"), QStringLiteral("a.tar"),
                              3'500'000'000, t0.addSecs(600)),
        UsageRecord::download(RateCard::hubKey(Hub), QStringLiteral("ann"), QStringLiteral("b.fits"),
                              500'000'000, t0.addDays(3)),
        UsageRecord::download(RateCard::hubKey(other), QStringLiteral("ann"), QStringLiteral("c"),
                              9'000'000'000, t0.addSecs(60)),
        UsageRecord::session(RateCard::hubKey(other), QStringLiteral("ann"), QStringLiteral("large"), t0,
                             t0.addSecs(3600)),
    };
    const CostMeter meter(RateCard::fornax(), Hub, QTimeZone::utc());
    const CostMeter::Estimate e = meter.estimate(records, t0.addDays(-1), t0.addDays(10), t0.addDays(20));
    QCOMPARE(e.downloads, 2);
    QCOMPARE(e.egressBytes, qint64(4'000'000'000));
    QCOMPARE(e.egressCost, 4.0 * 0.09);
    QCOMPARE(e.serverHours, 2.5 + 1.5 + 1.0);
    QCOMPARE(e.unpricedHours, 1.0);
    QCOMPARE(e.serverCost, 2.5 * 0.768 + 1.5 * 0.153);
    QCOMPARE(e.total(), 4.0 * 0.09 + 2.5 * 0.768 + 1.5 * 0.153);

    // The running session: 45 minutes of XLarge.
    const CostMeter::Estimate running = meter.session(QStringLiteral("xlarge"), t0, t0.addSecs(45 * 60));
    QCOMPARE(running.serverHours, 0.75);
    QCOMPARE(running.serverCost, 0.75 * 7.59);
    QVERIFY(meter.formatEstimate(running.total()).contains(QLatin1String("estimate")));
    QVERIFY(meter.summary(running, e).contains(QLatin1String("Estimated")));
    // A tiny amount is "less than 0.01", never "about less than 0.01".
    QCOMPARE(meter.formatEstimate(0.002), QStringLiteral("less than 0.01 credits (estimate)"));
    QCOMPARE(meter.formatEstimate(1.5), QStringLiteral("about 1.50 credits (estimate)"));
    const EgressDecision tiny = EgressPolicy(RateCard::fornax(), 100'000'000, 0).decide(1'000, QStringLiteral("a"));
    QVERIFY2(tiny.message.contains(QLatin1String("less than 0.01")) && !tiny.message.contains(QLatin1String("about less")),
             qPrintable(tiny.message));
}

void TestEgressPolicy::openSessionIsCapped()
{
    const QDateTime start(QDate(2026, 5, 10), QTime(8, 0), QTimeZone::utc());
    const QList<UsageRecord> records {
        UsageRecord::session(RateCard::hubKey(Hub), QStringLiteral("ann"), QStringLiteral("small"), start)};
    const CostMeter meter(RateCard::fornax(), Hub, QTimeZone::utc());
    // Still open: counts until now...
    QCOMPARE(meter.estimate(records, start, start.addDays(30), start.addSecs(3 * 3600)).serverHours, 3.0);
    // ...but a stop never seen does not count past the 48 hours after which the hub stops it.
    QCOMPARE(meter.estimate(records, start, start.addDays(30), start.addDays(10)).serverHours, 48.0);
}

void TestEgressPolicy::sessionAcrossMonthEndIsSplit()
{
    // New York: 23:00 on 31 March to 01:00 on 1 April local time is 03:00-05:00 UTC on 1 April.
    const QTimeZone newYork("America/New_York");
    QVERIFY(newYork.isValid());
    const QDateTime start(QDate(2026, 3, 31), QTime(23, 0), newYork);
    const QList<UsageRecord> records {
        UsageRecord::session(RateCard::hubKey(Hub), QStringLiteral("ann"), QStringLiteral("large"), start,
                             start.addSecs(2 * 3600)),
        UsageRecord::download(RateCard::hubKey(Hub), QStringLiteral("ann"), QStringLiteral("late.tar"),
                              1'000'000'000, QDateTime(QDate(2026, 3, 31), QTime(23, 30), newYork)),
    };
    const QDateTime now(QDate(2026, 4, 2), QTime(12, 0), newYork);
    const QList<CostMeter::Period> months = CostMeter(RateCard::fornax(), Hub, newYork).byMonth(records, now);
    QCOMPARE(months.size(), 2);
    QCOMPARE(months.at(0).first, QDate(2026, 3, 1));
    QCOMPARE(months.at(0).estimate.serverHours, 1.0);
    QCOMPARE(months.at(0).estimate.egressBytes, qint64(1'000'000'000));
    QCOMPARE(months.at(1).first, QDate(2026, 4, 1));
    QCOMPARE(months.at(1).estimate.serverHours, 1.0);
    QCOMPARE(months.at(1).estimate.egressBytes, qint64(0));
    // In UTC all of it is April.
    const QList<CostMeter::Period> utc =
        CostMeter(RateCard::fornax(), Hub, QTimeZone::utc()).byMonth(records, now);
    QCOMPARE(utc.size(), 1);
    QCOMPARE(utc.at(0).first, QDate(2026, 4, 1));
    QCOMPARE(utc.at(0).estimate.serverHours, 2.0);

    const QList<CostMeter::Period> days =
        CostMeter(RateCard::fornax(), Hub, newYork).byDay(records, QDate(2026, 3, 1), now);
    QCOMPARE(days.size(), 31);
    QCOMPARE(days.last().first, QDate(2026, 3, 31));
    QCOMPARE(days.last().estimate.downloads, 1);
    QCOMPARE(days.last().estimate.serverHours, 1.0);
}

void TestEgressPolicy::csvHasOneRowPerPeriod()
{
    const QDateTime t0(QDate(2026, 5, 10), QTime(8, 0), QTimeZone::utc());
    const QList<UsageRecord> records {UsageRecord::download(RateCard::hubKey(Hub), QStringLiteral("ann"),
                                                            QStringLiteral("a"), 2'000'000'000, t0)};
    const CostMeter meter(RateCard::fornax(), Hub, QTimeZone::utc());
    const QStringList lines =
        meter.toCsv(meter.byMonth(records, t0), false).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QLatin1String("month,downloads,egress_bytes,egress_cost")));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("2026-05,1,2000000000,0.180000,")),
             qPrintable(lines.at(1)));
}

void TestEgressPolicy::rateCardRoundTripsThroughSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(file);
        QCOMPARE(RateCard::load(settings, Hub), RateCard::unknownHub());
        QCOMPARE(RateCard::load(settings,
                                QStringLiteral("https://science-console.fornax.sciencecloud.nasa.gov/hub/")),
                 RateCard::fornax());
        RateCard card = RateCard::load(settings, Hub);
        card.setUnit(QStringLiteral("EUR"));
        card.setHourlyRate(QStringLiteral("Small"), {0.25, QStringLiteral("my contract")});
        card.setMonthlyBudget(RateCard::Figure {40, QStringLiteral("set by me")});
        card.save(settings, Hub);
    }
    Settings settings(file);
    // The address as typed or as the hub base: the same card.
    const RateCard loaded = RateCard::load(settings, QStringLiteral("https://hub.example.org/hub"));
    QCOMPARE(loaded.unit(), QStringLiteral("EUR"));
    QCOMPARE(loaded.hourlyRate(QStringLiteral("small")), std::optional<double>(0.25));
    QCOMPARE(loaded.hourlyRates().value(QStringLiteral("small")).source, QStringLiteral("my contract"));
    QCOMPARE(loaded.monthlyBudget()->value, 40.0);
    QCOMPARE(loaded.egress(), RateCard::unknownHub().egress());
    RateCard::reset(settings, Hub);
    QCOMPARE(RateCard::load(settings, Hub), RateCard::unknownHub());
    // A damaged card is not used.
    QVERIFY(!RateCard::fromJson(QJsonObject {{QStringLiteral("unit"), QStringLiteral("x")}}));
}

void TestEgressPolicy::defaultThresholdIs100MB()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    QCOMPARE(settings.egressThreshold(), qint64(100'000'000));
    settings.setEgressThreshold(5'000);
    QCOMPARE(Settings(dir.filePath(QStringLiteral("settings.ini"))).egressThreshold(), qint64(5'000));
    settings.setEgressThreshold(-5);
    QCOMPARE(settings.egressThreshold(), qint64(0));
}

void TestEgressPolicy::forHubReadsLedgerAndSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setEgressThreshold(1'000'000);
    RateCard card = RateCard::unknownHub(); // 0.09 per GB
    card.setMonthlyBudget(RateCard::Figure {1.0, QStringLiteral("test")});
    card.save(settings, Hub);
    UsageLedger ledger(dir.filePath(QStringLiteral("usage.jsonl")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // 10 GB this month (0.9), and 50 GB long ago, which this month does not pay for.
    QVERIFY(ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("x"), 10'000'000'000,
                                  now.addSecs(-1)));
    QVERIFY(ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("y"), 50'000'000'000,
                                  now.addMonths(-3)));
    const EgressPolicy policy = EgressPolicy::forHub(Hub, ledger, settings, now);
    QCOMPARE(policy.threshold(), qint64(1'000'000));
    QVERIFY(qAbs(policy.monthToDate() - 0.9) < 1e-9);
    QCOMPARE(policy.decide(500'000).verdict, Verdict::Allow);
    QCOMPARE(policy.decide(2'000'000).verdict, Verdict::Ask);
    // 0.1 left: 2 GB (0.18) is over it.
    const EgressDecision refused = policy.decide(2'000'000'000);
    QCOMPARE(refused.verdict, Verdict::Refuse);
    QVERIFY(qAbs(refused.remaining - 0.1) < 1e-9);
    QVERIFY(refused.message.contains(QLatin1String("budget")));
}

QTEST_GUILESS_MAIN(TestEgressPolicy)
#include "tst_egresspolicy.moc"
