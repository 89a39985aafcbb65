#include "SizeAdvice.h"

#include "health/ResourceSample.h"

#include <QLocale>

#include <algorithm>

namespace fornax {

namespace {

constexpr double BytesPerGiB = 1024.0 * 1024.0 * 1024.0;

bool sameSize(const UsageRecord &record, const Profile &profile)
{
    return record.size.compare(profile.slug, Qt::CaseInsensitive) == 0
        || record.size.compare(profile.displayName, Qt::CaseInsensitive) == 0;
}

bool known(const Profile &profile)
{
    return profile.cores > 0 && profile.memoryGiB > 0;
}

QString nameOf(const Profile &profile)
{
    return profile.displayName.isEmpty() ? profile.slug : profile.displayName;
}

} // namespace

std::optional<SizeAdvice> SizeAdvice::advise(const QList<UsageRecord> &records, const QString &hub,
                                             const QString &account, const QString &size,
                                             const QList<Profile> &profiles, const RateCard &rates)
{
    const auto current = std::find_if(profiles.cbegin(), profiles.cend(), [&size](const Profile &profile) {
        return profile.slug.compare(size, Qt::CaseInsensitive) == 0
            || profile.displayName.compare(size, Qt::CaseInsensitive) == 0;
    });
    if (current == profiles.cend() || !known(*current))
        return std::nullopt;
    // The last ended sessions on that size, newest first.
    QList<UsageRecord> sessions;
    for (const UsageRecord &record : records) {
        if (record.kind == UsageRecord::Kind::Session && record.hub == hub && record.account == account
            && record.stop.isValid() && sameSize(record, *current))
            sessions << record;
    }
    std::sort(sessions.begin(), sessions.end(), [](const UsageRecord &a, const UsageRecord &b) {
        return a.time > b.time;
    });
    if (sessions.size() < Sessions)
        return std::nullopt;
    SizeAdvice advice;
    advice.fromSize = current->slug;
    for (qsizetype i = 0; i < Sessions; ++i) {
        const UsageRecord &session = sessions.at(i);
        if (session.peakCores < 0 || session.peakMemory < 0)
            return std::nullopt; // a session whose use is unknown could have needed all of it
        advice.peakCores = std::max(advice.peakCores, session.peakCores);
        advice.peakMemory = std::max(advice.peakMemory, session.peakMemory);
    }
    // The smallest size that is smaller than this one and holds the peaks with headroom.
    const Profile *best = nullptr;
    for (const Profile &profile : profiles) {
        if (!known(profile) || &profile == &*current)
            continue;
        const bool smaller = profile.cores <= current->cores && profile.memoryGiB <= current->memoryGiB
            && (profile.cores < current->cores || profile.memoryGiB < current->memoryGiB);
        const bool fits = double(advice.peakMemory) <= Headroom * profile.memoryGiB * BytesPerGiB
            && advice.peakCores <= Headroom * profile.cores;
        if (!smaller || !fits)
            continue;
        if (!best || profile.memoryGiB < best->memoryGiB
            || (profile.memoryGiB == best->memoryGiB && profile.cores < best->cores))
            best = &profile;
    }
    if (!best)
        return std::nullopt;
    advice.toSize = best->slug;
    const auto fromRate = rates.hourlyRate(current->slug, current->displayName);
    const auto toRate = rates.hourlyRate(best->slug, best->displayName);
    if (fromRate && toRate && *fromRate > *toRate)
        advice.savingPerHour = *fromRate - *toRate;
    const QString peaks = tr("Your last %n sessions on %1 peaked at %2 GB and %3 CPUs", nullptr, Sessions)
                              .arg(nameOf(*current), ResourceSample::gigabytes(advice.peakMemory),
                                   QLocale().toString(advice.peakCores, 'f', 1));
    advice.text = advice.savingPerHour
        ? tr("%1: %2 would do, saving %3.")
              .arg(peaks, nameOf(*best), rates.formatHourly(*advice.savingPerHour))
        : tr("%1: %2 would do.").arg(peaks, nameOf(*best));
    return advice;
}

} // namespace fornax
