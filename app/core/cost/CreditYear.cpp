#include "CreditYear.h"

#include "cost/CostMeter.h"

#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace fornax {

namespace {

constexpr double MsecsPerDay = 86'400'000.0;
// A month is 1/12 of the mean Gregorian year (365.2425 days), so a GB held a whole year costs
// exactly twelve GB-months whatever months it spans.
constexpr double MsecsPerMonth = 365.2425 / 12.0 * MsecsPerDay;

QList<int> reached(double spent, double limit)
{
    QList<int> crossed;
    if (limit <= 0)
        return crossed;
    for (const int percent : CreditYear::thresholds()) {
        if (spent >= limit * percent / 100.0)
            crossed << percent;
    }
    return crossed;
}

} // namespace

CreditYear::CreditYear(const RateCard &card, const QString &hubUrl, const QTimeZone &zone)
    : m_card(card)
    , m_hub(RateCard::hubKey(hubUrl))
    , m_zone(zone)
{ }

QDate CreditYear::lastRenewal(const RateCard::YearDay &renewal, const QDate &today)
{
    const QDate thisYear(today.year(), renewal.month, renewal.day);
    return thisYear <= today ? thisYear : thisYear.addYears(-1);
}

double CreditYear::volumeCost(const QList<UsageRecord> &records, const QString &volume, double ratePerGBMonth,
                              const QDateTime &from, const QDateTime &to) const
{
    // Per account: one account's sample never ends another's.
    QMap<QString, QList<UsageRecord>> byAccount;
    for (const UsageRecord &record : records) {
        if (record.kind == UsageRecord::Kind::Storage && record.hub == m_hub && record.what == volume)
            byAccount[record.account] << record;
    }
    double byteMsecs = 0;
    for (QList<UsageRecord> &samples : byAccount) {
        std::stable_sort(samples.begin(), samples.end(), [](const UsageRecord &a, const UsageRecord &b) {
            return a.time < b.time;
        });
        for (qsizetype i = 0; i < samples.size(); ++i) {
            // A sample holds until the next one; the last one until `to`.
            const QDateTime held = std::max(samples.at(i).time, from);
            const QDateTime until = i + 1 < samples.size() ? std::min(samples.at(i + 1).time, to) : to;
            if (until > held)
                byteMsecs += double(samples.at(i).bytes) * double(held.msecsTo(until));
        }
    }
    return byteMsecs / double(CostMeter::BytesPerGB) / MsecsPerMonth * ratePerGBMonth;
}

void CreditYear::latestStorage(const QList<UsageRecord> &records, const QDateTime &now, Summary &s) const
{
    QMap<QString, UsageRecord> home; // account -> latest
    QMap<QString, UsageRecord> scratch;
    for (const UsageRecord &record : records) {
        if (record.kind != UsageRecord::Kind::Storage || record.hub != m_hub || record.time > now)
            continue;
        QMap<QString, UsageRecord> &latest = record.what == UsageRecord::homeVolume() ? home : scratch;
        if (!latest.contains(record.account) || latest.value(record.account).time <= record.time)
            latest.insert(record.account, record);
    }
    for (const UsageRecord &record : std::as_const(home)) {
        s.homeBytes = s.homeBytes.value_or(0) + record.bytes;
        s.homeAtLeast = s.homeAtLeast || record.atLeast;
        if (!s.homeMeasured.isValid() || record.time < s.homeMeasured)
            s.homeMeasured = record.time;
    }
    for (const UsageRecord &record : std::as_const(scratch))
        s.scratchBytes = s.scratchBytes.value_or(0) + record.bytes;
    const auto gb = double(CostMeter::BytesPerGB);
    if (const auto rate = m_card.homePerGBMonth(); rate && s.homeBytes)
        s.storagePerMonth += double(*s.homeBytes) / gb * rate->value;
    if (const auto rate = m_card.scratchPerGBMonth(); rate && s.scratchBytes)
        s.storagePerMonth += double(*s.scratchBytes) / gb * rate->value;
}

double CreditYear::storageCost(const QList<UsageRecord> &records, const QDateTime &from,
                               const QDateTime &to) const
{
    double cost = 0;
    if (const auto home = m_card.homePerGBMonth())
        cost += volumeCost(records, UsageRecord::homeVolume(), home->value, from, to);
    if (const auto scratch = m_card.scratchPerGBMonth())
        cost += volumeCost(records, UsageRecord::scratchVolume(), scratch->value, from, to);
    return cost;
}

double CreditYear::spent(const QList<UsageRecord> &records, const QDateTime &from, const QDateTime &now) const
{
    const CostMeter meter(m_card, m_hub, m_zone);
    return meter.estimate(records, from, now.addMSecs(1), now).total() + storageCost(records, from, now);
}

std::optional<CreditYear::Summary> CreditYear::summary(const QList<UsageRecord> &records,
                                                       const QDateTime &now) const
{
    const auto allotment = m_card.yearlyAllotment();
    const auto renewal = m_card.allotmentRenewal();
    if (!allotment || allotment->value <= 0 || !renewal)
        return std::nullopt;
    const QDate today = now.toTimeZone(m_zone).date();
    Summary s;
    s.start = lastRenewal(*renewal, today);
    s.renews = s.start.addYears(1);
    s.allotment = allotment->value;
    const QDateTime from = s.start.startOfDay(m_zone).toUTC();

    const CostMeter meter(m_card, m_hub, m_zone);
    const CostMeter::Estimate year = meter.estimate(records, from, now.addMSecs(1), now);
    s.compute = year.serverCost;
    s.egress = year.egressCost;
    s.unpricedHours = year.unpricedHours;
    s.storage = storageCost(records, from, now);
    QDateTime firstHome;
    for (const UsageRecord &record : records) {
        if (record.kind == UsageRecord::Kind::Storage && record.hub == m_hub
            && record.what == UsageRecord::homeVolume() && record.time <= now
            && (!firstHome.isValid() || record.time < firstHome))
            firstHome = record.time;
    }
    s.storageKnown = firstHome.isValid();
    if (s.storageKnown && firstHome > from)
        s.storageFrom = firstHome.toTimeZone(m_zone).date();
    latestStorage(records, now, s);

    const QDateTime windowStart = std::max(from, now.addDays(-BurnWindowDays));
    const double windowDays = std::max(1.0, double(windowStart.msecsTo(now)) / MsecsPerDay);
    s.burnPerDay = spent(records, windowStart, now) / windowDays;
    if (!s.exhausted() && s.burnPerDay > 0) {
        const double days = s.left() / s.burnPerDay;
        const QDateTime out = now.addMSecs(qint64(std::min(days, 3660.0) * MsecsPerDay));
        if (out < s.renews.startOfDay(m_zone))
            s.runsOut = out.toTimeZone(m_zone).date();
    }
    s.allotmentAlerts = reached(s.used(), s.allotment);

    if (const auto budget = m_card.monthlyBudget()) {
        s.monthlyBudget = budget->value;
        s.month = QDate(today.year(), today.month(), 1);
        s.monthSpent = spent(records, meter.startOfMonth(today), now);
        s.budgetAlerts = reached(s.monthSpent, budget->value);
    }
    return s;
}

QStringList CreditYear::sentences(const Summary &s) const
{
    const QLocale locale;
    const auto date = [&locale](const QDate &day) {
        return locale.toString(day, QStringLiteral("d MMM yyyy"));
    };
    // "412.3 of 1,000": a tenth shows use moving; a whole allotment needs no decimals.
    const QString allotment =
        locale.toString(s.allotment, 'f', s.allotment == std::floor(s.allotment) ? 0 : 1);
    const QString used = tr("This year (since %1): %2 of %3 %4 used")
                             .arg(date(s.start), locale.toString(s.used(), 'f', 1), allotment, m_card.unit());
    QString first;
    if (s.exhausted())
        first = tr("%1: the allotment is used up until it is renewed on %2.").arg(used, date(s.renews));
    else if (s.runsOut)
        first = tr("%1; at this rate they run out on %2.").arg(used, date(*s.runsOut));
    else if (s.burnPerDay > 0)
        first = tr("%1; at this rate they last until they are renewed on %2.").arg(used, date(s.renews));
    else
        first = tr("%1; they are renewed on %2.").arg(used, date(s.renews));
    QStringList lines {first};
    if (m_card.homePerGBMonth() && !s.storageKnown)
        lines << tr("Storage is not counted: the app has not yet seen how much your home folder holds.");
    else if (s.storageFrom.isValid())
        lines << tr("Storage is counted from %1, when the app first saw how much your home folder holds.")
                     .arg(date(s.storageFrom));
    if (const QString home = homeSentence(s); !home.isEmpty())
        lines << home;
    if (!s.allotmentAlerts.isEmpty())
        lines << tr("Alert: %1 % of the year's %2 used.")
                     .arg(locale.toString(s.allotmentAlerts.constLast()), m_card.unit());
    if (!s.budgetAlerts.isEmpty())
        lines << tr("Alert: %1 % of this month's budget used.")
                     .arg(locale.toString(s.budgetAlerts.constLast()));
    return lines;
}

QList<CreditYear::Alert> CreditYear::alerts(const Summary &s) const
{
    const QLocale locale;
    QList<Alert> out;
    if (!s.allotmentAlerts.isEmpty()) {
        const int percent = s.allotmentAlerts.constLast();
        out << Alert {
            QStringLiteral("year %1 %2").arg(s.start.toString(Qt::ISODate), QString::number(percent)),
            percent >= 100 ? tr("This year's %1 are used up").arg(m_card.unit())
                           : tr("%1 % of this year's %2 used").arg(locale.toString(percent), m_card.unit()),
            sentences(s).constFirst()};
    }
    if (!s.budgetAlerts.isEmpty() && s.monthlyBudget) {
        const int percent = s.budgetAlerts.constLast();
        out << Alert {QStringLiteral("month %1 %2")
                          .arg(s.month.toString(QStringLiteral("yyyy-MM")), QString::number(percent)),
                      percent >= 100 ? tr("This month's budget is used up")
                                     : tr("%1 % of this month's budget used").arg(locale.toString(percent)),
                      tr("About %1 of %2 spent this month (an estimate; the hub's bill is the truth).")
                          .arg(m_card.formatAmount(s.monthSpent), m_card.formatAmount(*s.monthlyBudget))};
    }
    return out;
}

QString CreditYear::homeUseSentence(const Summary &s) const
{
    if (!s.homeBytes)
        return {};
    if (m_card.homePerGBMonth())
        return homeSentence(s);
    const QLocale locale;
    const QString held = locale.formattedDataSize(*s.homeBytes, 1, QLocale::DataSizeSIFormat);
    const QString when =
        locale.toString(s.homeMeasured.toTimeZone(m_zone).date(), QStringLiteral("d MMM yyyy"));
    return s.homeAtLeast
        ? tr("Home folder: at least %1 (measured %2); the rates have no storage price.").arg(held, when)
        : tr("Home folder: %1 (measured %2); the rates have no storage price.").arg(held, when);
}

QString CreditYear::homeSentence(const Summary &s) const
{
    if (!s.homeBytes || !m_card.homePerGBMonth())
        return {};
    const QLocale locale;
    const QString held = locale.formattedDataSize(*s.homeBytes, 1, QLocale::DataSizeSIFormat);
    const QString when =
        locale.toString(s.homeMeasured.toTimeZone(m_zone).date(), QStringLiteral("d MMM yyyy"));
    return s.homeAtLeast ? tr("Home folder: at least %1 (measured %2); storage costs at least %3 a month.")
                               .arg(held, when, m_card.formatAmount(s.storagePerMonth))
                         : tr("Home folder: %1 (measured %2); storage costs %3 a month.")
                               .arg(held, when, m_card.formatApproximate(s.storagePerMonth));
}

std::optional<CreditYear::Series> CreditYear::series(const QList<UsageRecord> &records,
                                                     const QDateTime &now) const
{
    const std::optional<Summary> year = summary(records, now);
    if (!year)
        return std::nullopt;
    Series out;
    out.start = year->start;
    out.renews = year->renews;
    out.allotment = year->allotment;
    out.runsOut = year->runsOut;
    const QDateTime from = year->start.startOfDay(m_zone).toUTC();
    const QDate today = now.toTimeZone(m_zone).date();
    const CostMeter meter(m_card, m_hub, m_zone);
    for (QDate day = year->start; day < today; day = day.addDays(1)) {
        // Cut at the end of the day: a session still open counts up to there, not beyond.
        const QDateTime end = day.addDays(1).startOfDay(m_zone).toUTC();
        out.used << Point {day,
                           meter.estimate(records, from, end, now).total() + storageCost(records, from, end)};
    }
    out.used << Point {today, year->used()}; // the same sum as the summary's, to the millisecond
    const double daysLeft = double(now.msecsTo(year->renews.startOfDay(m_zone))) / MsecsPerDay;
    out.forecast = {Point {today, year->used()},
                    Point {year->renews, year->used() + year->burnPerDay * daysLeft}};
    return out;
}

} // namespace fornax
