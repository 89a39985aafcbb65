#include "ResourceSample.h"

#include <QJsonArray>
#include <QLocale>

namespace fornax {

namespace {

std::optional<double> fraction(const std::optional<qint64> &used, const std::optional<qint64> &limit)
{
    if (!used || !limit || *limit <= 0)
        return std::nullopt;
    return double(*used) / double(*limit);
}

QJsonValue orNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString number(double value)
{
    // One decimal below 10 ("2.1", "5.2"), none above ("16", "200"): read at a glance.
    return QLocale().toString(value, 'f', value < 9.95 ? 1 : 0);
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'f', 0);
}

} // namespace

bool ResourceSample::hasFigures() const
{
    return cpuPercent || memoryUsed || homeUsed || scratchUsed;
}

std::optional<double> ResourceSample::coresUsed() const
{
    if (!cpuPercent)
        return std::nullopt;
    return *cpuPercent / 100.0;
}

std::optional<double> ResourceSample::memoryFraction() const
{
    return fraction(memoryUsed, memoryLimit);
}

std::optional<double> ResourceSample::homeFraction() const
{
    return fraction(homeUsed, homeQuota);
}

std::optional<double> ResourceSample::scratchFraction() const
{
    return fraction(scratchUsed, scratchTotal);
}

QString ResourceSample::gigabytes(qint64 bytes)
{
    return number(double(bytes) / 1e9);
}

QString ResourceSample::summary() const
{
    QStringList parts;
    if (const auto cores = coresUsed()) {
        parts << (cpuLimit ? tr("CPU %1 of %2").arg(number(*cores), number(*cpuLimit))
                           : tr("CPU %1").arg(number(*cores)));
    }
    const auto pair = [](const QString &withLimit, const QString &alone, const QString &small,
                         const std::optional<qint64> &used, const std::optional<qint64> &limit) {
        if (!used)
            return QString();
        if (limit && *limit > 0)
            return withLimit.arg(gigabytes(*used), gigabytes(*limit));
        // Under a tenth of a GB "0.0 GB" would read as empty: "12.4 MB".
        if (*used < 100'000'000)
            return small.arg(QLocale().formattedDataSize(*used, 1, QLocale::DataSizeSIFormat));
        return alone.arg(gigabytes(*used));
    };
    for (const QString &part :
         {pair(tr("Memory %1 of %2 GB"), tr("Memory %1 GB"), tr("Memory %1"), memoryUsed, memoryLimit),
          pair(tr("Home %1 of %2 GB"), tr("Home %1 GB"), tr("Home %1"), homeUsed, homeQuota),
          pair(tr("Scratch %1 of %2 GB"), tr("Scratch %1 GB"), tr("Scratch %1"), scratchUsed,
               scratchTotal)}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

QStringList ResourceSample::warnings() const
{
    QStringList sentences;
    if (const auto share = memoryFraction(); share && *share >= WarnFraction)
        sentences << tr("Your server is using %1 % of its memory (%2 of %3 GB): when it runs out, the "
                        "kernel doing the work is killed or the server stops. Save your work, and restart "
                        "busy kernels or choose a larger size.")
                         .arg(percent(*share), gigabytes(*memoryUsed), gigabytes(*memoryLimit));
    if (const auto share = homeFraction(); share && *share >= WarnFraction)
        sentences << tr("Your home folder is %1 % full (%2 of %3 GB): when it is full, saving files and "
                        "notebooks fails. Delete or download what you no longer need there.")
                         .arg(percent(*share), gigabytes(*homeUsed), gigabytes(*homeQuota));
    if (const auto share = scratchFraction(); share && *share >= WarnFraction)
        sentences << tr("/scratch is %1 % full (%2 of %3 GB): when it is full, writing there fails. Delete "
                        "what you no longer need there, or ask for more scratch space.")
                         .arg(percent(*share), gigabytes(*scratchUsed), gigabytes(*scratchTotal));
    return sentences;
}

QJsonObject ResourceSample::toJson() const
{
    return {{QStringLiteral("source"), source},
            {QStringLiteral("taken_at"), takenAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("cpu_percent"), orNull(cpuPercent)},
            {QStringLiteral("cpu_limit"), orNull(cpuLimit)},
            {QStringLiteral("memory_used"), orNull(memoryUsed)},
            {QStringLiteral("memory_limit"), orNull(memoryLimit)},
            {QStringLiteral("home_used"), orNull(homeUsed)},
            {QStringLiteral("home_quota"), orNull(homeQuota)},
            {QStringLiteral("scratch_used"), orNull(scratchUsed)},
            {QStringLiteral("scratch_total"), orNull(scratchTotal)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings())}};
}

} // namespace fornax
