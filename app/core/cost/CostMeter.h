#pragma once

#include "cost/RateCard.h"
#include "cost/UsageRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QTimeZone>

#include <chrono>

namespace fornax {

/**
 * Turns the usage ledger into money: server hours x the size's hourly rate plus GB downloaded x
 * the egress rate, for one hub, for a month, a day, or the session running now. Every figure is
 * an estimate (the hub's bill is the truth) and the texts it makes say so.
 *
 * GB here are decimal (10^9 bytes), as sizes are shown to the user. A session whose stop was never
 * seen (the app was closed and the hub culled it) counts until now, but at most maxOpenSession()
 * (Fornax stops every server after 48 hours), so a missed stop cannot grow without bound.
 */
class CostMeter
{
    Q_DECLARE_TR_FUNCTIONS(CostMeter)

public:
    struct Estimate
    {
        qint64 egressBytes = 0;
        int downloads = 0;
        // Files in those downloads; downloads recorded without a count are in uncountedDownloads.
        qint64 files = 0;
        int uncountedDownloads = 0;
        double egressCost = 0;
        double serverHours = 0;
        double serverCost = 0;
        // Hours of sizes the rate card has no rate for: counted in serverHours, not in serverCost.
        double unpricedHours = 0;
        double total() const { return egressCost + serverCost; }
    };
    struct Period
    {
        QDate first; // the month's first day, or the day
        Estimate estimate;
    };

    static constexpr qint64 BytesPerGB = 1'000'000'000;
    static constexpr std::chrono::hours maxOpenSession() { return std::chrono::hours(48); }

    CostMeter(const RateCard &card, const QString &hubUrl,
              const QTimeZone &zone = QTimeZone::systemTimeZone());

    const RateCard &rateCard() const { return m_card; }
    QString hub() const { return m_hub; }

    // What egress of bytes costs.
    double egressCost(qint64 bytes) const;
    // This hub's records in [from, to); sessions are cut at the edges.
    Estimate estimate(const QList<UsageRecord> &records, const QDateTime &from, const QDateTime &to,
                      const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    Estimate monthToDate(const QList<UsageRecord> &records,
                         const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The server running now, of size, up since start.
    Estimate session(const QString &size, const QDateTime &start,
                     const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Months (in the meter's time zone) with any usage, oldest first.
    QList<Period> byMonth(const QList<UsageRecord> &records,
                          const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Every day of month (any day in it), up to today for the current month.
    QList<Period> byDay(const QList<UsageRecord> &records, const QDate &month,
                        const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    QDateTime startOfDay(const QDate &day) const;
    QDateTime startOfMonth(const QDate &month) const;

    // "about 1.23 credits (estimate)", "less than 0.01 credits (estimate)".
    QString formatEstimate(double amount) const;
    // One line for the server card and the tray: this session and this month, marked as estimates.
    QString summary(const Estimate &session, const Estimate &month) const;
    // Periods as CSV, for the usage page's export: a header, then one row per period.
    QString toCsv(const QList<Period> &periods, bool days) const;

private:
    QDateTime sessionEnd(const UsageRecord &session, const QDateTime &now) const;

    RateCard m_card;
    QString m_hub;
    QTimeZone m_zone;
};

} // namespace fornax
