// CreditYear on known ledgers: only what came after the last renewal counts, the burn rate and the
// forecast follow from known numbers, nothing used means no forecast, thresholds fire at 50/80/100 %
// of the allotment and the monthly budget, storage is priced from samples and never invented; and
// the rate card keeps the renewal day and the storage rates, the ledger the storage samples; the
// year's series for the chart is cumulative per day from the renewal with the forecast to the next.
#include "Settings.h"
#include "cost/CostMeter.h"
#include "cost/CreditYear.h"
#include "cost/RateCard.h"
#include "cost/UsageLedger.h"
#include "health/StorageWalk.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace fornax;

namespace {

const QString Hub = QStringLiteral("https://hub.example.org/hub/");
const QString Fornax = QStringLiteral("https://science-console.fornax.sciencecloud.nasa.gov/");

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

// One credit an hour for "big", 1000 a year renewed on 1 October, no storage rates.
RateCard simpleCard()
{
    RateCard card = RateCard::unknownHub();
    card.setUnit(QStringLiteral("credits"));
    card.setHourlyRate(QStringLiteral("big"), {1.0, QStringLiteral("test")});
    card.setEgress({0.09, QStringLiteral("test")});
    card.setYearlyAllotment(RateCard::Figure {1000, QStringLiteral("test")});
    card.setAllotmentRenewal(RateCard::YearDay {10, 1, QStringLiteral("test")});
    return card;
}

UsageRecord big(const QDateTime &start, double hours)
{
    return UsageRecord::session(RateCard::hubKey(Hub), QStringLiteral("ann"), QStringLiteral("big"), start,
                                start.addSecs(qint64(hours * 3600)));
}

} // namespace

class TestCreditYear : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lastRenewal_data();
    void lastRenewal();
    void onlyRecordsAfterTheRenewalCount();
    void burnRateAndForecast();
    void lastingPastTheRenewalHasNoForecast();
    void nothingUsedHasNoForecast();
    void thresholdsCrossed();
    void storageFromSamplesOnly();
    void latestHomeAndAccountsApart();
    void noAllotmentNoYear();
    void rateCardKeepsRenewalAndStorage();
    void ledgerKeepsStorageSamples();
    void seriesSpanningTheRenewal();
};

void TestCreditYear::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestCreditYear::lastRenewal_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("renewal day") << QDate(2026, 10, 1) << QDate(2026, 10, 1);
    QTest::newRow("day before") << QDate(2026, 9, 30) << QDate(2025, 10, 1);
    QTest::newRow("new year") << QDate(2027, 1, 1) << QDate(2026, 10, 1);
    QTest::newRow("leap day") << QDate(2028, 2, 29) << QDate(2027, 10, 1);
}

void TestCreditYear::lastRenewal()
{
    QFETCH(QDate, today);
    QFETCH(QDate, expected);
    QCOMPARE(CreditYear::lastRenewal({10, 1, {}}, today), expected);
}

void TestCreditYear::onlyRecordsAfterTheRenewalCount()
{
    const QString hub = RateCard::hubKey(Fornax);
    const QList<UsageRecord> records {
        // Last year: a long Large session and a big download, none of it this year's.
        UsageRecord::session(hub, QStringLiteral("ann"), QStringLiteral("large"), utc(2025, 12, 1),
                             utc(2025, 12, 1, 10)),
        UsageRecord::download(hub, QStringLiteral("ann"), QStringLiteral("old.tar"), 10'000'000'000,
                              utc(2026, 9, 30, 23)),
        // Small from 22:00 on 30 September to 02:00 on 1 October: two hours count.
        UsageRecord::session(hub, QStringLiteral("ann"), QStringLiteral("small"), utc(2026, 9, 30, 22),
                             utc(2026, 10, 1, 2)),
        UsageRecord::download(hub, QStringLiteral("ann"), QStringLiteral("new.tar"), 10'000'000'000,
                              utc(2026, 10, 1, 1)),
        // Another hub's usage never counts.
        UsageRecord::download(RateCard::hubKey(Hub), QStringLiteral("ann"), QStringLiteral("x"),
                              50'000'000'000, utc(2026, 11, 1)),
    };
    const CreditYear year(RateCard::fornax(), Fornax, QTimeZone::utc());
    const auto s = year.summary(records, utc(2027, 1, 15, 12));
    QVERIFY(s);
    QCOMPARE(s->start, QDate(2026, 10, 1));
    QCOMPARE(s->renews, QDate(2027, 10, 1));
    QCOMPARE(s->allotment, 1000.0);
    QVERIFY(qAbs(s->compute - 2 * 0.087) < 1e-9);
    QVERIFY(qAbs(s->egress - 10 * 0.09) < 1e-9);
    QCOMPARE(s->storage, 0.0);
    QVERIFY(!s->storageKnown);
    QVERIFY(qAbs(s->used() - (0.174 + 0.9)) < 1e-9);
    QVERIFY(qAbs(s->left() - (1000 - 1.074)) < 1e-9);
    // Fornax charges storage, the ledger has no sample: the sentence says so.
    const QStringList lines = year.sentences(*s);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).contains(QLatin1String("Storage is not counted")), qPrintable(lines.at(1)));
}

void TestCreditYear::burnRateAndForecast()
{
    // 100 credits in October (outside the 30-day window), 300 in January: 10 a day.
    const QList<UsageRecord> records {big(utc(2026, 10, 10), 100), big(utc(2027, 1, 5), 300)};
    const CreditYear year(simpleCard(), Hub, QTimeZone::utc());
    const auto s = year.summary(records, utc(2027, 1, 31));
    QVERIFY(s);
    QVERIFY(qAbs(s->used() - 400) < 1e-9);
    QVERIFY(qAbs(s->burnPerDay - 10) < 1e-9);
    // 600 left at 10 a day: 60 days after 31 January.
    QCOMPARE(s->runsOut.value_or(QDate()), QDate(2027, 4, 1));
    QVERIFY(s->allotmentAlerts.isEmpty());
    QCOMPARE(year.sentences(*s),
             QStringList {QStringLiteral("This year (since 1 Oct 2026): 400.0 of 1,000 credits used; at this "
                                         "rate they run out on 1 Apr 2027.")});
}

void TestCreditYear::lastingPastTheRenewalHasNoForecast()
{
    // 30 credits in the last 30 days: 1 a day, 965 left, renewal in 245 days.
    const QList<UsageRecord> records {big(utc(2027, 1, 10), 30), big(utc(2026, 10, 2), 5)};
    const CreditYear year(simpleCard(), Hub, QTimeZone::utc());
    const auto s = year.summary(records, utc(2027, 1, 31));
    QVERIFY(s);
    QVERIFY(qAbs(s->burnPerDay - 1) < 1e-9);
    QVERIFY(!s->runsOut);
    QVERIFY2(year.sentences(*s).constFirst().endsWith(
                 QLatin1String("at this rate they last until they are renewed on 1 Oct 2027.")),
             qPrintable(year.sentences(*s).constFirst()));
}

void TestCreditYear::nothingUsedHasNoForecast()
{
    const CreditYear year(simpleCard(), Hub, QTimeZone::utc());
    // Use long ago (before the 30-day window) still leaves no burn now; an empty ledger neither.
    for (const QList<UsageRecord> &records :
         {QList<UsageRecord> {}, QList<UsageRecord> {big(utc(2026, 10, 2), 5)}}) {
        const auto s = year.summary(records, utc(2027, 1, 31));
        QVERIFY(s);
        QCOMPARE(s->burnPerDay, 0.0);
        QVERIFY(!s->runsOut);
        QVERIFY(s->allotmentAlerts.isEmpty());
        QVERIFY(!s->exhausted());
        QVERIFY2(year.sentences(*s).constFirst().endsWith(QLatin1String("they are renewed on 1 Oct 2027.")),
                 qPrintable(year.sentences(*s).constFirst()));
    }
}

void TestCreditYear::thresholdsCrossed()
{
    RateCard card = simpleCard();
    card.setMonthlyBudget(RateCard::Figure {100, QStringLiteral("test")});
    const CreditYear year(card, Hub, QTimeZone::utc());
    const QDateTime now = utc(2027, 1, 31);

    // 765 in October + 85 in January: 85 % of the year, 85 % of January's budget.
    auto s = year.summary({big(utc(2026, 10, 2), 765), big(utc(2027, 1, 20), 85)}, now);
    QVERIFY(s);
    QCOMPARE(s->allotmentAlerts, (QList<int> {50, 80}));
    QVERIFY(qAbs(s->monthSpent - 85) < 1e-9);
    QCOMPARE(s->budgetAlerts, (QList<int> {50, 80}));
    QVERIFY(year.sentences(*s).contains(QStringLiteral("Alert: 80 % of the year's credits used.")));
    QVERIFY(year.sentences(*s).contains(QStringLiteral("Alert: 80 % of this month's budget used.")));
    // As notifications: the highest threshold of each, named for good by year and by month.
    const QList<CreditYear::Alert> alerts = year.alerts(*s);
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts.at(0).occurrence, QStringLiteral("year 2026-10-01 80"));
    QCOMPARE(alerts.at(0).title, QStringLiteral("80 % of this year's credits used"));
    QCOMPARE(alerts.at(0).body, year.sentences(*s).constFirst());
    QCOMPARE(alerts.at(1).occurrence, QStringLiteral("month 2027-01 80"));
    QCOMPARE(alerts.at(1).title, QStringLiteral("80 % of this month's budget used"));
    QVERIFY2(alerts.at(1).body.startsWith(QLatin1String("About 85.00 credits of 100.00 credits")),
             qPrintable(alerts.at(1).body));
    // Under 50 % of both: nothing to say.
    QVERIFY(year.alerts(*year.summary({big(utc(2027, 1, 20), 10)}, now)).isEmpty());

    // Past the allotment: used up, nothing left, no forecast.
    s = year.summary({big(utc(2026, 10, 2), 1010)}, now);
    QVERIFY(s);
    QCOMPARE(s->allotmentAlerts, (QList<int> {50, 80, 100}));
    QVERIFY(s->budgetAlerts.isEmpty()); // nothing this month
    QVERIFY(s->exhausted());
    QCOMPARE(s->left(), 0.0);
    QVERIFY(!s->runsOut);
    QVERIFY2(year.sentences(*s).constFirst().contains(QLatin1String("used up")),
             qPrintable(year.sentences(*s).constFirst()));
}

void TestCreditYear::storageFromSamplesOnly()
{
    const QString hub = RateCard::hubKey(Fornax);
    const QDateTime now = utc(2027, 1, 1);
    const CreditYear year(RateCard::fornax(), Fornax, QTimeZone::utc());
    const double month = 365.2425 / 12.0; // days
    // 100 GB of home seen from 1 November: 61 days of it, counted from then.
    auto s = year.summary({UsageRecord::storage(hub, QStringLiteral("ann"), UsageRecord::homeVolume(),
                                                100'000'000'000, utc(2026, 11, 1))},
                          now);
    QVERIFY(s);
    QVERIFY(s->storageKnown);
    QCOMPARE(s->storageFrom, QDate(2026, 11, 1));
    QVERIFY(qAbs(s->storage - 100 * 0.09 * 61 / month) < 1e-9);
    QVERIFY2(year.sentences(*s).at(1).contains(QLatin1String("counted from 1 Nov 2026")),
             qPrintable(year.sentences(*s).join(QLatin1Char('\n'))));

    // A home sample from before the renewal holds into the year from 1 October (92 days, then
    // 50 GB from 1 December); scratch 500 GB allocated for 10 days, then 1 GB.
    s = year.summary(
        {UsageRecord::storage(hub, {}, UsageRecord::homeVolume(), 200'000'000'000, utc(2026, 9, 1)),
         UsageRecord::storage(hub, {}, UsageRecord::homeVolume(), 50'000'000'000, utc(2026, 12, 1)),
         UsageRecord::storage(hub, {}, UsageRecord::scratchVolume(), 500'000'000'000, utc(2026, 12, 1)),
         UsageRecord::storage(hub, {}, UsageRecord::scratchVolume(), 1'000'000'000, utc(2026, 12, 11))},
        now);
    QVERIFY(s);
    QVERIFY(s->storageKnown);
    QVERIFY(!s->storageFrom.isValid());
    const double home = (200 * 61 + 50 * 31) * 0.09 / month;
    const double scratch = (500 * 10 + 1 * 21) * 0.08 / month;
    QVERIFY2(qAbs(s->storage - (home + scratch)) < 1e-9, qPrintable(QString::number(s->storage)));
    QCOMPARE(s->compute + s->egress, 0.0);
    // Storage alone burns: it keeps costing while no server runs.
    QVERIFY(s->burnPerDay > 0);
}

void TestCreditYear::latestHomeAndAccountsApart()
{
    const QString hub = RateCard::hubKey(Fornax);
    const CreditYear year(RateCard::fornax(), Fornax, QTimeZone::utc());
    const double month = 365.2425 / 12.0; // days
    // Two accounts on one hub measured in turn: each account's sample holds until its own next
    // one, never until the other's. ann: 10 GB from 1 Dec; bob: 30 GB from 2 Dec, a walk cut
    // short (at least) from 11 Dec at 20 GB.
    const QList<UsageRecord> records {
        UsageRecord::storage(hub, QStringLiteral("ann"), UsageRecord::homeVolume(), 10'000'000'000,
                             utc(2026, 12, 1)),
        UsageRecord::storage(hub, QStringLiteral("bob"), UsageRecord::homeVolume(), 30'000'000'000,
                             utc(2026, 12, 2)),
        UsageRecord::storage(hub, QStringLiteral("bob"), UsageRecord::homeVolume(), 20'000'000'000,
                             utc(2026, 12, 11), true, 4012)};
    const auto s = year.summary(records, utc(2026, 12, 31));
    QVERIFY(s);
    const double expected = (10 * 30 + 30 * 9 + 20 * 20) * 0.09 / month;
    QVERIFY2(qAbs(s->storage - expected) < 1e-9, qPrintable(QString::number(s->storage)));
    QCOMPARE(s->homeBytes.value_or(-1), qint64(30'000'000'000));
    QVERIFY(s->homeAtLeast);
    QCOMPARE(s->homeMeasured, utc(2026, 12, 1));
    QVERIFY(qAbs(s->storagePerMonth - 30 * 0.09) < 1e-9);
    QCOMPARE(
        year.homeSentence(*s),
        QStringLiteral("Home folder: at least 30.0 GB (measured 1 Dec 2026); storage costs at least 2.70 "
                       "credits a month."));
    QVERIFY(year.sentences(*s).contains(year.homeSentence(*s)));
    // A hub without storage prices (or without an allotment): the use, said as such.
    const CreditYear unpriced(RateCard::unknownHub(), Fornax, QTimeZone::utc());
    CreditYear::Summary use;
    unpriced.latestStorage(records, utc(2026, 12, 31), use);
    QCOMPARE(use.homeBytes.value_or(-1), qint64(30'000'000'000));
    QCOMPARE(use.storagePerMonth, 0.0);
    QCOMPARE(unpriced.homeUseSentence(use),
             QStringLiteral(
                 "Home folder: at least 30.0 GB (measured 1 Dec 2026); the rates have no storage price."));
    // The ledger keeps "at least" and the count of files in the same record version (2): an older
    // reader of version 2 ignores the added keys.
    const QJsonObject json = records.at(2).toJson();
    QCOMPARE(json.value(QLatin1String("v")).toInt(), UsageRecord::StorageVersion);
    QCOMPARE(UsageRecord::fromJson(json).value_or(UsageRecord()), records.at(2));
    QVERIFY(!UsageRecord::fromJson(records.at(0).toJson())->atLeast);
    // Measured a day ago: not due; 13 hours later: due.
    QVERIFY(!StorageWalk::isDue(records, hub, QStringLiteral("bob"), utc(2026, 12, 11, 11)));
    QVERIFY(StorageWalk::isDue(records, hub, QStringLiteral("bob"), utc(2026, 12, 11, 13)));
    QVERIFY(StorageWalk::isDue(records, hub, QStringLiteral("carol"), utc(2026, 12, 11, 1)));
}

void TestCreditYear::noAllotmentNoYear()
{
    QVERIFY(!CreditYear(RateCard::unknownHub(), Hub).summary({}));
    RateCard noRenewal = simpleCard();
    noRenewal.setAllotmentRenewal(std::nullopt);
    QVERIFY(!CreditYear(noRenewal, Hub).summary({}));
}

void TestCreditYear::rateCardKeepsRenewalAndStorage()
{
    const RateCard fornax = RateCard::fornax();
    QVERIFY(fornax.allotmentRenewal());
    QCOMPARE(fornax.allotmentRenewal()->month, 10);
    QCOMPARE(fornax.allotmentRenewal()->day, 1);
    QVERIFY(fornax.allotmentRenewal()->source.contains(QLatin1String("allotments and costs")));
    QCOMPARE(fornax.homePerGBMonth()->value, 0.09);
    QCOMPARE(fornax.scratchPerGBMonth()->value, 0.08);
    QVERIFY(!RateCard::unknownHub().allotmentRenewal());

    // An edited renewal survives saving; impossible days are refused, on input and on reading.
    RateCard edited = fornax;
    edited.setAllotmentRenewal(RateCard::YearDay {4, 1, QStringLiteral("my own note")});
    edited.setAllotmentRenewal(RateCard::YearDay {2, 29, QStringLiteral("leap")});
    QCOMPARE(edited.allotmentRenewal()->month, 4);
    QVERIFY(RateCard::fromJson(edited.toJson()) == edited);
    QJsonObject json = edited.toJson();
    json.insert(QStringLiteral("allotmentRenewal"),
                QJsonObject {{QStringLiteral("month"), 13}, {QStringLiteral("day"), 1}});
    QVERIFY(!RateCard::fromJson(json));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(QStringLiteral("settings.conf")));
    edited.save(settings, Fornax);
    QCOMPARE(RateCard::load(settings, Fornax).allotmentRenewal()->month, 4);
    // A card saved before the app knew the renewal and storage rates gets the hub's.
    json = fornax.toJson();
    json.remove(QStringLiteral("allotmentRenewal"));
    json.remove(QStringLiteral("homePerGBMonth"));
    json.remove(QStringLiteral("scratchPerGBMonth"));
    settings.setRateCard(RateCard::hubKey(Fornax), json);
    QVERIFY(RateCard::load(settings, Fornax) == fornax);
}

void TestCreditYear::ledgerKeepsStorageSamples()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    UsageLedger ledger(dir.filePath(QStringLiteral("usage.jsonl")));
    QVERIFY(ledger.recordStorage(Fornax, QStringLiteral("ann"), UsageRecord::homeVolume(), 5'000'000'000,
                                 utc(2026, 11, 1)));
    QVERIFY(ledger.recordStorage(Fornax, QStringLiteral("ann"), UsageRecord::homeVolume(), 5'000'000'000,
                                 utc(2026, 11, 2)));
    QVERIFY(
        ledger.recordSessionStart(Fornax, QStringLiteral("ann"), QStringLiteral("small"), utc(2026, 11, 1)));
    QVERIFY(ledger.recordSessionStop(Fornax, QStringLiteral("ann"), QStringLiteral("small"), utc(2026, 11, 1),
                                     utc(2026, 11, 1, 1)));
    const QList<UsageRecord> records = ledger.records();
    QVERIFY2(ledger.warnings().isEmpty(), qPrintable(ledger.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(records.size(), 3); // two samples (never merged), one session
    QCOMPARE(records.at(0).kind, UsageRecord::Kind::Storage);
    QCOMPARE(records.at(0).bytes, qint64(5'000'000'000));
    QCOMPARE(records.at(0).what, UsageRecord::homeVolume());
    // Written as version 2, so an older app sets them aside as newer instead of damaged.
    QFile file(ledger.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().contains("\"v\":2"));
    // The month's server and egress estimate is not disturbed by storage samples.
    const CostMeter meter(RateCard::fornax(), Fornax, QTimeZone::utc());
    const CostMeter::Estimate e =
        meter.estimate(records, utc(2026, 11, 1), utc(2026, 12, 1), utc(2026, 12, 1));
    QVERIFY(qAbs(e.serverHours - 1) < 1e-9);
    QCOMPARE(e.downloads, 0);
    QCOMPARE(meter.byMonth(records, utc(2026, 12, 1)).size(), 1);
    // An unknown volume is not a storage sample.
    QJsonObject bad = records.at(0).toJson();
    bad.insert(QStringLiteral("volume"), QStringLiteral("s3"));
    QVERIFY(!UsageRecord::fromJson(bad));
}

void TestCreditYear::seriesSpanningTheRenewal()
{
    const QString hub = RateCard::hubKey(Hub);
    QList<UsageRecord> records {
        big(utc(2026, 9, 1), 10), // last year's: never in this year's series
        big(utc(2026, 9, 30, 22), 4), // over the renewal: 2 hours count, on 1 October
        UsageRecord::download(hub, QStringLiteral("ann"), QStringLiteral("x.tar"), 10'000'000'000,
                              utc(2026, 10, 2, 9)),
        big(utc(2026, 10, 3), 5),
        // Still running at 06:00 on the 6th: 4 hours on the 5th, 6 on the 6th.
        UsageRecord::session(hub, QStringLiteral("ann"), QStringLiteral("big"), utc(2026, 10, 5, 20)),
    };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    UsageLedger ledger(dir.filePath(QStringLiteral("series.jsonl")));
    for (const UsageRecord &record : records)
        QVERIFY(ledger.append(record));
    records = ledger.records(); // what the app reads back
    const QDateTime now = utc(2026, 10, 6, 6);
    const CreditYear year(simpleCard(), Hub, QTimeZone::utc());
    const auto series = year.series(records, now);
    QVERIFY(series);
    QCOMPARE(series->start, QDate(2026, 10, 1));
    QCOMPARE(series->renews, QDate(2027, 10, 1));
    QCOMPARE(series->allotment, 1000.0);
    const QList<double> expected {2, 2.9, 7.9, 7.9, 11.9, 17.9};
    QCOMPARE(series->used.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(series->used.at(i).day, QDate(2026, 10, 1).addDays(i));
        QVERIFY2(qAbs(series->used.at(i).used - expected.at(i)) < 1e-9,
                 qPrintable(QString::number(series->used.at(i).used)));
    }
    // The last point is the summary's figure; the forecast starts there and runs at its burn rate.
    const auto s = year.summary(records, now);
    QVERIFY(s);
    QVERIFY(qAbs(series->used.constLast().used - s->used()) < 1e-9);
    QCOMPARE(series->forecast.size(), 2);
    QCOMPARE(series->forecast.first(), series->used.constLast());
    QCOMPARE(series->forecast.last().day, QDate(2027, 10, 1));
    QVERIFY(qAbs(s->burnPerDay - 17.9 / 5.25) < 1e-9); // since the renewal, 5 days and 6 hours
    QVERIFY(qAbs(series->forecast.last().used - (17.9 + s->burnPerDay * 359.75)) < 1e-6);
    // Beyond the allotment before the renewal: the date it runs out is the summary's.
    QVERIFY(series->runsOut);
    QCOMPARE(series->runsOut, s->runsOut);
    // No allotment, no series.
    RateCard none = simpleCard();
    none.setYearlyAllotment(std::nullopt);
    QVERIFY(!CreditYear(none, Hub, QTimeZone::utc()).series(records, now));
}

QTEST_GUILESS_MAIN(TestCreditYear)

#include "tst_credityear.moc"
