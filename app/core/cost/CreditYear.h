#pragma once

#include "cost/RateCard.h"
#include "cost/UsageRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace fornax {

/**
 * A hub's allotment year: from the last renewal (RateCard::allotmentRenewal(), at midnight in the
 * user's time zone, as months are cut) to the next, and what the usage ledger says was spent in
 * it. Only records of this hub inside the year count; a session running over the renewal counts
 * only its part after it.
 *
 * Spent = compute (server hours x the size's rate, CostMeter) + egress (CostMeter) + storage.
 * Storage is priced from the ledger's storage samples: each sample holds from its time until the
 * next sample of the same volume and account (or until now), home by use x RateCard::homePerGBMonth(),
 * scratch by allocation x scratchPerGBMonth(), a month being 1/12 of the mean Gregorian year. Nothing is
 * invented: before the first home sample storage is not counted, and the summary says so
 * (storageKnown, storageFrom).
 *
 * The burn rate is what was spent in the last BurnWindowDays days (or since the renewal when the
 * year is younger) divided by that many days, at least one: recent use predicts the coming weeks
 * better than a year's average, which a heavy month long ago or a quiet start would skew. The
 * forecast divides what is left by it; there is none when nothing was spent in the window, when
 * the credits last past the renewal, or when they are already used up.
 *
 * Every figure is an estimate (the hub's bill is the truth). Pure: no I/O, no clock unless the
 * caller leaves `now` to its default.
 */
class CreditYear
{
    Q_DECLARE_TR_FUNCTIONS(CreditYear)

public:
    static constexpr int BurnWindowDays = 30;
    // Alerts fire when spending reaches these percentages of the allotment or the monthly budget.
    static QList<int> thresholds() { return {50, 80, 100}; }

    struct Summary
    {
        QDate start; // the last renewal (local date)
        QDate renews; // the next renewal (local date)
        double allotment = 0;
        double compute = 0;
        double egress = 0;
        double storage = 0; // home and scratch, from storage samples only
        // False when the ledger has no home sample up to now: home storage is not in `storage`.
        bool storageKnown = false;
        // The first home sample, when it came after the renewal: storage before it is not counted.
        QDate storageFrom;
        // The latest home sample up to now (summed over the hub's accounts, each its latest):
        // what the home folder holds, when it was measured, and whether that is a lower bound.
        std::optional<qint64> homeBytes;
        QDateTime homeMeasured; // UTC; the oldest of the latest samples summed
        bool homeAtLeast = false;
        std::optional<qint64> scratchBytes; // allocated, where a sample says
        // What storage costs a month at the latest samples (home and scratch), in the card's unit.
        double storagePerMonth = 0;
        double unpricedHours = 0; // hours of sizes the card has no rate for: not in compute
        double burnPerDay = 0;
        // When the credits run out at burnPerDay (local date); nullopt when nothing is being spent,
        // they last past the renewal, or they are already used up (exhausted()).
        std::optional<QDate> runsOut;
        QList<int> allotmentAlerts; // thresholds() reached, ascending
        std::optional<double> monthlyBudget;
        QDate month; // the first day of the calendar month monthSpent is of (with a budget only)
        double monthSpent = 0; // this calendar month, same sum as the year's
        QList<int> budgetAlerts; // thresholds() of the monthly budget reached; empty without one

        double used() const { return compute + egress + storage; }
        double left() const { return allotment > used() ? allotment - used() : 0.0; }
        bool exhausted() const { return used() >= allotment; }
    };

    CreditYear(const RateCard &card, const QString &hubUrl,
               const QTimeZone &zone = QTimeZone::systemTimeZone());

    // The year around now for this hub's records (every account on it, as CostMeter sums them);
    // nullopt when the card has no allotment, an allotment of 0, or no renewal day (the hub
    // grants nothing a year, or does not say).
    std::optional<Summary> summary(const QList<UsageRecord> &records,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The renewal on or before today.
    static QDate lastRenewal(const RateCard::YearDay &renewal, const QDate &today);
    // Storage credits of this hub's samples in [from, to) (to at most now).
    double storageCost(const QList<UsageRecord> &records, const QDateTime &from, const QDateTime &to) const;

    // One or two sentences for people: "This year (since 1 Oct 2026): 412.3 of 1,000 credits used;
    // at this rate they run out on 3 Aug 2027." plus what is not counted and the alerts reached.
    QStringList sentences(const Summary &summary) const;
    // Fills summary's latest home and scratch figures (homeBytes, homeMeasured, homeAtLeast,
    // scratchBytes) and their cost a month: what summary() does, and also for a hub without an
    // allotment (where summary() has nothing to say).
    void latestStorage(const QList<UsageRecord> &records, const QDateTime &now, Summary &summary) const;
    // "Home folder: 12.3 MB (measured 7 Dec 2026); this hub's rates have no storage price." or
    // homeSentence() where there is one; empty when no home sample is known.
    QString homeUseSentence(const Summary &summary) const;

    // An alert worth a notification: the highest threshold reached of the allotment (once a year)
    // or of the monthly budget (once a month). occurrence names it for good ("year 2026-10-01
    // 80", "month 2026-12 50"): an alert already sent under that name is not sent again.
    struct Alert
    {
        QString occurrence;
        QString title; // "80 % of this year's credits used"
        QString body; // the year's first sentence, or the month's spending against the budget
    };
    // At most two: the allotment's and the monthly budget's highest threshold reached.
    QList<Alert> alerts(const Summary &summary) const;

    // "Home folder: 12.3 GB (measured 7 Dec 2026); storage costs about 1.11 credits a month." (one
    // of sentences()); empty when no home sample is known or the card has no home rate.
    QString homeSentence(const Summary &summary) const;

    // The year as a chart draws it: credits used so far, cumulative at the end of each local day
    // from the renewal to today (today's point is `now`), and the forecast from now to the next
    // renewal at the summary's burn rate (a straight line; flat when nothing is being spent).
    struct Point
    {
        QDate day;
        double used = 0;
        friend bool operator==(const Point &, const Point &) = default;
    };
    struct Series
    {
        QDate start; // the last renewal
        QDate renews; // the next renewal
        double allotment = 0;
        QList<Point> used; // one per day, start..today, non-decreasing
        QList<Point> forecast; // {today, used now}, {renews, used now + burn x days left}
        std::optional<QDate> runsOut; // as in Summary
    };
    // nullopt exactly when summary() is.
    std::optional<Series> series(const QList<UsageRecord> &records,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    double spent(const QList<UsageRecord> &records, const QDateTime &from, const QDateTime &now) const;
    double volumeCost(const QList<UsageRecord> &records, const QString &volume, double ratePerGBMonth,
                      const QDateTime &from, const QDateTime &to) const;

    RateCard m_card;
    QString m_hub;
    QTimeZone m_zone;
};

} // namespace fornax
