#include "RateCard.h"

#include "Defaults.h"
#include "Logging.h"
#include "Settings.h"

#include <QDate>
#include <QJsonValue>
#include <QLocale>
#include <QUrl>

namespace fornax {

namespace {

QJsonObject figureToJson(const RateCard::Figure &figure)
{
    return {{QStringLiteral("value"), figure.value}, {QStringLiteral("source"), figure.source}};
}

std::optional<RateCard::Figure> figureFromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    const QJsonValue value = object.value(QLatin1String("value"));
    // A negative price would turn a download into income; nobody means that.
    if (!value.isDouble() || value.toDouble() < 0)
        return std::nullopt;
    return RateCard::Figure {value.toDouble(), object.value(QLatin1String("source")).toString()};
}

bool validYearDay(int month, int day)
{
    // 2001 is not a leap year: a day valid in it is valid in every year.
    return QDate::isValid(2001, month, day);
}

QJsonObject yearDayToJson(const RateCard::YearDay &day)
{
    return {{QStringLiteral("month"), day.month},
            {QStringLiteral("day"), day.day},
            {QStringLiteral("source"), day.source}};
}

std::optional<RateCard::YearDay> yearDayFromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    const QJsonValue month = object.value(QLatin1String("month"));
    const QJsonValue day = object.value(QLatin1String("day"));
    if (!month.isDouble() || !day.isDouble() || !validYearDay(month.toInt(), day.toInt()))
        return std::nullopt;
    return RateCard::YearDay {month.toInt(), day.toInt(), object.value(QLatin1String("source")).toString()};
}

// An optional figure under key: absent is fine (nullopt in out), present and unreadable is not.
bool optionalFigure(const QJsonObject &json, const QString &key, std::optional<RateCard::Figure> &out)
{
    if (!json.contains(key))
        return true;
    out = figureFromJson(json.value(key));
    return out.has_value();
}

} // namespace

RateCard RateCard::fornax()
{
    RateCard card;
    card.m_unit = tr("credits");
    const QString allotments = tr("Fornax, “User resource allotments and costs” V1.3 (July 2026)");
    card.m_source = allotments;
    const QString sizes = tr("Fornax, “User resource allotments and costs” V1.3 (July 2026) and "
                             "documentation server_options.md");
    card.m_hourly = {{QStringLiteral("small"), {0.087, sizes}},
                     {QStringLiteral("medium"), {0.153, sizes}},
                     {QStringLiteral("large"), {0.768, sizes}},
                     {QStringLiteral("xlarge"), {7.59, sizes}}};
    card.m_egress = {0.09,
                     tr("Fornax, “User resource allotments and costs” V1.3 (July 2026) and "
                        "documentation data_storage.md")};
    card.m_allotment = Figure {1000,
                               tr("Fornax, “User resource allotments and costs” V1.3 (July 2026): "
                                  "1000 credits a year per user, renewed on 1 October")};
    card.m_renewal = YearDay {10, 1,
                              tr("Fornax, “User resource allotments and costs” V1.3 (July 2026): "
                                 "credits are renewed on 1 October")};
    card.m_home = Figure {0.09,
                          tr("Fornax, “User resource allotments and costs” V1.3 (July 2026): home "
                             "(FSx) 0.090 credit per GB-month of use")};
    card.m_scratch = Figure {0.08,
                             tr("Fornax, “User resource allotments and costs” V1.3 (July 2026): "
                                "/scratch (EBS) 0.080 credit per GB-month allocated")};
    card.m_homeQuota =
        Figure {200, tr("Fornax documentation data_storage.md: the home folder holds up to 200 GB")};
    return card;
}

RateCard RateCard::unknownHub()
{
    RateCard card;
    card.m_unit = QStringLiteral("USD");
    card.m_source = tr("AWS public price for data transfer out to the internet");
    // The first 100 GB a month are free account-wide on AWS, but the account is the hub's, shared
    // by all its users: a single user cannot count on any of it.
    card.m_egress = {0.09, tr("AWS public price for data transfer out to the internet, up to 10 TB a month")};
    return card;
}

bool RateCard::isFornax(const QString &hubUrl)
{
    const QString host = QUrl(hubUrl).host();
    return !host.isEmpty() && host == QUrl(QString::fromLatin1(defaults::FornaxConsoleUrl)).host();
}

RateCard RateCard::shippedFor(const QString &hubUrl)
{
    return isFornax(hubUrl) ? fornax() : unknownHub();
}

QString RateCard::hubKey(const QString &hubUrl)
{
    return QUrl(hubUrl.trimmed())
        .adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveUserInfo
                  | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString();
}

RateCard RateCard::load(const Settings &settings, const QString &hubUrl)
{
    const QJsonObject json = settings.rateCard(hubKey(hubUrl));
    if (json.isEmpty())
        return shippedFor(hubUrl);
    if (auto card = fromJson(json)) {
        // A card saved before the app knew the allotment, its renewal or the storage rates still
        // shows the hub's; figures the user saved win.
        const RateCard shipped = shippedFor(hubUrl);
        if (!card->m_allotment)
            card->m_allotment = shipped.m_allotment;
        if (!card->m_renewal)
            card->m_renewal = shipped.m_renewal;
        if (!card->m_home)
            card->m_home = shipped.m_home;
        if (!card->m_scratch)
            card->m_scratch = shipped.m_scratch;
        if (!card->m_homeQuota)
            card->m_homeQuota = shipped.m_homeQuota;
        return *card;
    }
    qCWarning(lcCost) << "the saved rate card for" << hubKey(hubUrl)
                      << "could not be read; using the card the app ships with";
    return shippedFor(hubUrl);
}

void RateCard::save(Settings &settings, const QString &hubUrl) const
{
    settings.setRateCard(hubKey(hubUrl), toJson());
}

void RateCard::reset(Settings &settings, const QString &hubUrl)
{
    settings.setRateCard(hubKey(hubUrl), {});
}

std::optional<double> RateCard::hourlyRate(const QString &slug, const QString &displayName) const
{
    for (const QString &key : {slug.toLower(), displayName.toLower()}) {
        const auto it = m_hourly.constFind(key);
        if (!key.isEmpty() && it != m_hourly.cend())
            return it->value;
    }
    return std::nullopt;
}

void RateCard::setHourlyRate(const QString &size, const Figure &rate)
{
    if (!size.trimmed().isEmpty())
        m_hourly.insert(size.trimmed().toLower(), rate);
}

void RateCard::setAllotmentRenewal(const std::optional<YearDay> &renewal)
{
    if (!renewal || validYearDay(renewal->month, renewal->day))
        m_renewal = renewal;
}

void RateCard::removeHourlyRate(const QString &size)
{
    m_hourly.remove(size.trimmed().toLower());
}

QString RateCard::formatHourly(double rate) const
{
    return tr("%1 %2 per hour").arg(QLocale().toString(rate, 'g', 3), m_unit);
}

QString RateCard::formatAmount(double amount) const
{
    // Two decimals hide what a small download costs, so below one unit two significant digits
    // show it; below a hundredth nobody is helped by "2.1e-08", so say it is negligible.
    const QLocale locale;
    if (amount > 0 && amount < 0.01)
        return tr("less than %1 %2").arg(locale.toString(0.01, 'f', 2), m_unit);
    const QString number =
        amount >= 1 || amount == 0 ? locale.toString(amount, 'f', 2) : locale.toString(amount, 'g', 2);
    return tr("%1 %2").arg(number, m_unit);
}

QString RateCard::formatApproximate(double amount) const
{
    if (amount <= 0 || amount < 0.01)
        return formatAmount(amount); // "0.00 credits" or "less than 0.01 credits": already exact words
    return tr("about %1").arg(formatAmount(amount));
}

QJsonObject RateCard::toJson() const
{
    QJsonObject hourly;
    for (auto it = m_hourly.cbegin(); it != m_hourly.cend(); ++it)
        hourly.insert(it.key(), figureToJson(it.value()));
    QJsonObject json {{QStringLiteral("unit"), m_unit},
                      {QStringLiteral("source"), m_source},
                      {QStringLiteral("egressPerGB"), figureToJson(m_egress)},
                      {QStringLiteral("hourly"), hourly}};
    if (m_budget)
        json.insert(QStringLiteral("monthlyBudget"), figureToJson(*m_budget));
    if (m_allotment)
        json.insert(QStringLiteral("yearlyAllotment"), figureToJson(*m_allotment));
    if (m_renewal)
        json.insert(QStringLiteral("allotmentRenewal"), yearDayToJson(*m_renewal));
    if (m_home)
        json.insert(QStringLiteral("homePerGBMonth"), figureToJson(*m_home));
    if (m_scratch)
        json.insert(QStringLiteral("scratchPerGBMonth"), figureToJson(*m_scratch));
    if (m_homeQuota)
        json.insert(QStringLiteral("homeQuotaGB"), figureToJson(*m_homeQuota));
    return json;
}

std::optional<RateCard> RateCard::fromJson(const QJsonObject &json)
{
    RateCard card;
    card.m_unit = json.value(QLatin1String("unit")).toString();
    card.m_source = json.value(QLatin1String("source")).toString();
    const auto egress = figureFromJson(json.value(QLatin1String("egressPerGB")));
    if (card.m_unit.isEmpty() || !egress)
        return std::nullopt;
    card.m_egress = *egress;
    const QJsonObject hourly = json.value(QLatin1String("hourly")).toObject();
    for (auto it = hourly.begin(); it != hourly.end(); ++it) {
        const auto rate = figureFromJson(it.value());
        if (!rate)
            return std::nullopt;
        card.m_hourly.insert(it.key().toLower(), *rate);
    }
    if (!optionalFigure(json, QStringLiteral("monthlyBudget"), card.m_budget)
        || !optionalFigure(json, QStringLiteral("yearlyAllotment"), card.m_allotment)
        || !optionalFigure(json, QStringLiteral("homePerGBMonth"), card.m_home)
        || !optionalFigure(json, QStringLiteral("scratchPerGBMonth"), card.m_scratch)
        || !optionalFigure(json, QStringLiteral("homeQuotaGB"), card.m_homeQuota))
        return std::nullopt;
    if (json.contains(QLatin1String("allotmentRenewal"))) {
        card.m_renewal = yearDayFromJson(json.value(QLatin1String("allotmentRenewal")));
        if (!card.m_renewal)
            return std::nullopt;
    }
    return card;
}

} // namespace fornax
