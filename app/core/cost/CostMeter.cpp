#include "CostMeter.h"

#include <QLocale>

#include <algorithm>
#include <set>

namespace fornax {

CostMeter::CostMeter(const RateCard &card, const QString &hubUrl, const QTimeZone &zone)
    : m_card(card)
    , m_hub(RateCard::hubKey(hubUrl))
    , m_zone(zone)
{ }

double CostMeter::egressCost(qint64 bytes) const
{
    return double(std::max<qint64>(0, bytes)) / double(BytesPerGB) * m_card.egressPerGB();
}

QDateTime CostMeter::sessionEnd(const UsageRecord &session, const QDateTime &now) const
{
    if (session.stop.isValid())
        return session.stop;
    const QDateTime cap =
        session.time.addSecs(std::chrono::duration_cast<std::chrono::seconds>(maxOpenSession()).count());
    return std::min(now, cap);
}

CostMeter::Estimate CostMeter::estimate(const QList<UsageRecord> &records, const QDateTime &from,
                                        const QDateTime &to, const QDateTime &now) const
{
    Estimate result;
    for (const UsageRecord &record : records) {
        // Storage samples are priced by CreditYear, which knows how long each one holds; a job's
        // server time is in the server's sessions already.
        if (record.hub != m_hub || record.kind == UsageRecord::Kind::Storage
            || record.kind == UsageRecord::Kind::Job)
            continue;
        if (record.kind == UsageRecord::Kind::Download) {
            if (record.time >= from && record.time < to) {
                result.egressBytes += record.bytes;
                ++result.downloads;
                if (record.files >= 0)
                    result.files += record.files;
                else
                    ++result.uncountedDownloads;
            }
            continue;
        }
        const QDateTime start = std::max(record.time, from);
        const QDateTime end = std::min(sessionEnd(record, now), to);
        if (end <= start)
            continue;
        const double hours = double(start.msecsTo(end)) / 3'600'000.0;
        result.serverHours += hours;
        if (const auto rate = m_card.hourlyRate(record.size))
            result.serverCost += hours * *rate;
        else
            result.unpricedHours += hours;
    }
    result.egressCost = egressCost(result.egressBytes);
    return result;
}

QDateTime CostMeter::startOfDay(const QDate &day) const
{
    return day.startOfDay(m_zone).toUTC();
}

QDateTime CostMeter::startOfMonth(const QDate &month) const
{
    return startOfDay(QDate(month.year(), month.month(), 1));
}

CostMeter::Estimate CostMeter::monthToDate(const QList<UsageRecord> &records, const QDateTime &now) const
{
    const QDate month = now.toTimeZone(m_zone).date();
    return estimate(records, startOfMonth(month), now.addMSecs(1), now);
}

CostMeter::Estimate CostMeter::session(const QString &size, const QDateTime &start,
                                       const QDateTime &now) const
{
    return estimate({UsageRecord::session(m_hub, QString(), size, start)}, start, now.addMSecs(1), now);
}

QList<CostMeter::Period> CostMeter::byMonth(const QList<UsageRecord> &records, const QDateTime &now) const
{
    std::set<QDate> months;
    for (const UsageRecord &record : records) {
        if (record.hub != m_hub || record.kind == UsageRecord::Kind::Storage
            || record.kind == UsageRecord::Kind::Job)
            continue;
        const QDate first = record.time.toTimeZone(m_zone).date();
        months.insert(QDate(first.year(), first.month(), 1));
        if (record.kind == UsageRecord::Kind::Session) {
            // A session running over a month's end counts in both.
            const QDate last = sessionEnd(record, now).toTimeZone(m_zone).date();
            for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1))
                months.insert(month);
        }
    }
    QList<Period> periods;
    for (const QDate &month : months)
        periods << Period {month,
                           estimate(records, startOfMonth(month), startOfMonth(month.addMonths(1)), now)};
    return periods;
}

QList<CostMeter::Period> CostMeter::byDay(const QList<UsageRecord> &records, const QDate &month,
                                          const QDateTime &now) const
{
    const QDate first(month.year(), month.month(), 1);
    const QDate today = now.toTimeZone(m_zone).date();
    QList<Period> periods;
    for (QDate day = first; day.month() == first.month() && day <= today; day = day.addDays(1))
        periods << Period {day, estimate(records, startOfDay(day), startOfDay(day.addDays(1)), now)};
    return periods;
}

QString CostMeter::formatEstimate(double amount) const
{
    return tr("%1 (estimate)").arg(m_card.formatApproximate(amount));
}

QString CostMeter::summary(const Estimate &session, const Estimate &month) const
{
    return tr("Estimated cost: %1 this session, %2 this month")
        .arg(m_card.formatAmount(session.total()), m_card.formatAmount(month.total()));
}

QString CostMeter::toCsv(const QList<Period> &periods, bool days) const
{
    // Plain numbers with a dot, whatever the locale: spreadsheets import them as numbers.
    const auto number = [](double value) {
        return QString::number(value, 'f', 6);
    };
    QStringList lines {QStringList {
        days ? QStringLiteral("day") : QStringLiteral("month"), QStringLiteral("downloads"),
        QStringLiteral("egress_bytes"), QStringLiteral("egress_cost"), QStringLiteral("server_hours"),
        QStringLiteral("server_cost"), QStringLiteral("total_cost"), QStringLiteral("unit")}
                           .join(QLatin1Char(','))};
    QString unit = m_card.unit();
    unit.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    for (const Period &period : periods) {
        const Estimate &e = period.estimate;
        lines << QStringList {period.first.toString(days ? QStringLiteral("yyyy-MM-dd")
                                                         : QStringLiteral("yyyy-MM")),
                              QString::number(e.downloads),
                              QString::number(e.egressBytes),
                              number(e.egressCost),
                              number(e.serverHours),
                              number(e.serverCost),
                              number(e.total()),
                              QLatin1Char('"') + unit + QLatin1Char('"')}
                     .join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace fornax
