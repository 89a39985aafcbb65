#include "RateCard.h"

#include <QLocale>

namespace fornax {

RateCard RateCard::fornax()
{
    RateCard card;
    card.m_unit = tr("credits");
    card.m_source = tr("Fornax documentation, server_options.md and data_storage.md (2026)");
    card.m_hourly = {{QStringLiteral("small"), 0.087},
                     {QStringLiteral("medium"), 0.153},
                     {QStringLiteral("large"), 0.768},
                     {QStringLiteral("xlarge"), 7.59}};
    card.m_egressPerGB = 0.09;
    return card;
}

RateCard RateCard::unknownHub()
{
    RateCard card;
    card.m_unit = QStringLiteral("USD");
    card.m_source = tr("AWS public price for data transfer out to the internet");
    card.m_egressPerGB = 0.09;
    return card;
}

std::optional<double> RateCard::hourlyRate(const QString &slug, const QString &displayName) const
{
    for (const QString &key : {slug.toLower(), displayName.toLower()}) {
        const auto it = m_hourly.constFind(key);
        if (!key.isEmpty() && it != m_hourly.cend())
            return *it;
    }
    return std::nullopt;
}

QString RateCard::formatHourly(double rate) const
{
    return tr("%1 %2 per hour").arg(QLocale().toString(rate, 'g', 3), m_unit);
}

} // namespace fornax
