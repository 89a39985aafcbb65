#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace fornax {

class Settings;

/**
 * What a hub charges: per server hour for each size, per GB downloaded, in credits or a
 * currency, what it grants a year, and the user's optional monthly budget. Fornax's card ships
 * with the app (FACTS.md: credits per hour by size, 0.09 credits per GB of egress, home and
 * /scratch storage per GB-month, 1000 credits a year renewed on 1 October); other hubs start
 * with AWS's public egress price and no server rates, storage rates or allotment. Every figure carries where
 * it came from, because all of them are estimates a user may need to check. The user can edit every figure;
 * an edited card is kept in Settings under the hub's address (hubKey()) and wins over the shipped one.
 */
class RateCard
{
    Q_DECLARE_TR_FUNCTIONS(RateCard)

public:
    struct Figure
    {
        double value = 0;
        QString source;
        friend bool operator==(const Figure &, const Figure &) = default;
    };
    // A day of the year (month 1-12, day valid in every year, so never 29 February).
    struct YearDay
    {
        int month = 1;
        int day = 1;
        QString source;
        friend bool operator==(const YearDay &, const YearDay &) = default;
    };

    static RateCard fornax();
    // A hub the app knows nothing about: no server rates, AWS's public egress price.
    static RateCard unknownHub();
    // The card the app ships for the hub at hubUrl: Fornax's for the Fornax console, else unknownHub().
    static RateCard shippedFor(const QString &hubUrl);
    // The user's card for hubUrl when one was saved, else the shipped one.
    static RateCard load(const Settings &settings, const QString &hubUrl);
    void save(Settings &settings, const QString &hubUrl) const;
    // Forgets the user's edits: the shipped card applies again.
    static void reset(Settings &settings, const QString &hubUrl);
    // The form of a hub address the cards and the usage ledger are keyed by (no trailing slash).
    static QString hubKey(const QString &hubUrl);
    static bool isFornax(const QString &hubUrl);

    QString unit() const { return m_unit; }
    void setUnit(const QString &unit) { m_unit = unit; }
    // Where the card as a whole came from; each figure has its own source too.
    QString source() const { return m_source; }
    // By profile slug or display name, case-insensitively ("small", "Small").
    std::optional<double> hourlyRate(const QString &slug, const QString &displayName = {}) const;
    QMap<QString, Figure> hourlyRates() const { return m_hourly; } // lower-case slug or name -> rate
    void setHourlyRate(const QString &size, const Figure &rate);
    void removeHourlyRate(const QString &size);
    double egressPerGB() const { return m_egress.value; }
    Figure egress() const { return m_egress; }
    void setEgress(const Figure &egress) { m_egress = egress; }
    std::optional<Figure> monthlyBudget() const { return m_budget; }
    void setMonthlyBudget(const std::optional<Figure> &budget) { m_budget = budget; }
    // What the hub grants each user per year, in the card's unit (Fornax: 1000 credits, renewed
    // on 1 October); nullopt where the hub grants nothing or does not say.
    std::optional<Figure> yearlyAllotment() const { return m_allotment; }
    void setYearlyAllotment(const std::optional<Figure> &allotment) { m_allotment = allotment; }
    // The day the allotment is renewed each year, in the user's time zone (Fornax: 1 October);
    // nullopt where unknown. setAllotmentRenewal() ignores a day that is not valid in every year.
    std::optional<YearDay> allotmentRenewal() const { return m_renewal; }
    void setAllotmentRenewal(const std::optional<YearDay> &renewal);
    // Storage, in the card's unit per GB-month: home by what is used, /scratch by what is
    // allocated (Fornax: 0.090 and 0.080); nullopt where the hub does not charge or say.
    std::optional<Figure> homePerGBMonth() const { return m_home; }
    void setHomePerGBMonth(const std::optional<Figure> &rate) { m_home = rate; }
    std::optional<Figure> scratchPerGBMonth() const { return m_scratch; }
    void setScratchPerGBMonth(const std::optional<Figure> &rate) { m_scratch = rate; }
    // The home folder's quota in GB (Fornax: 200), for the warning at 90 % of it; nullopt where
    // unknown. Not a price, but the hub's terms like the allotment, so it lives on the same card.
    std::optional<Figure> homeQuotaGB() const { return m_homeQuota; }
    void setHomeQuotaGB(const std::optional<Figure> &quota) { m_homeQuota = quota; }

    // "0.77 credits per hour", for people.
    QString formatHourly(double rate) const;
    // "1.23 credits", for people.
    QString formatAmount(double amount) const;
    // An estimate in words: "about 1.23 credits", "less than 0.01 credits" (never "about less
    // than"), "0.00 credits".
    QString formatApproximate(double amount) const;

    QJsonObject toJson() const;
    static std::optional<RateCard> fromJson(const QJsonObject &json);

    friend bool operator==(const RateCard &, const RateCard &) = default;

private:
    QString m_unit;
    QString m_source;
    QMap<QString, Figure> m_hourly;
    Figure m_egress;
    std::optional<Figure> m_budget;
    std::optional<Figure> m_allotment;
    std::optional<YearDay> m_renewal;
    std::optional<Figure> m_home;
    std::optional<Figure> m_scratch;
    std::optional<Figure> m_homeQuota;
};

} // namespace fornax
