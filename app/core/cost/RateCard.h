#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace fornax {

/**
 * What a hub charges: per server hour for each size, per GB downloaded, in credits or a
 * currency. Fornax's card ships with the app (FACTS.md: credits per hour by size, 0.09 credits
 * per GB of egress); other hubs start with no server rates. Every figure is an estimate and says
 * where it came from.
 */
class RateCard
{
    Q_DECLARE_TR_FUNCTIONS(RateCard)

public:
    static RateCard fornax();
    // A hub the app knows nothing about: no server rates, AWS's public egress price.
    static RateCard unknownHub();

    QString unit() const { return m_unit; }
    QString source() const { return m_source; }
    // By profile slug or display name, case-insensitively ("small", "Small").
    std::optional<double> hourlyRate(const QString &slug, const QString &displayName = {}) const;
    double egressPerGB() const { return m_egressPerGB; }
    // "0.77 credits per hour", for people.
    QString formatHourly(double rate) const;

private:
    QString m_unit;
    QString m_source;
    QMap<QString, double> m_hourly; // lower-case slug or name -> rate
    double m_egressPerGB = 0;
};

} // namespace fornax
