#include "ResourceParsers.h"

#include <QJsonValue>
#include <QList>

namespace fornax {

namespace {

// A v1 memory limit this large means "no limit" (the kernel's PAGE_COUNTER_MAX in bytes).
constexpr qint64 UnlimitedV1 = qint64(1) << 62;

std::optional<qint64> integer(const QByteArray &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// "key value" lines (cpu.stat, /proc/meminfo "MemTotal:   16384 kB").
std::optional<qint64> field(const QByteArray &text, const QByteArray &key)
{
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() >= 2 && (words.first() == key || words.first() == key + ':'))
            return integer(words.at(1));
    }
    return std::nullopt;
}

std::optional<double> cpuLimit(const ResourceParsers::CgroupFiles &files)
{
    const QList<QByteArray> max = files.cpuMax.simplified().split(' ');
    if (max.size() == 2 && max.first() != "max") {
        const auto quota = integer(max.at(0));
        const auto period = integer(max.at(1));
        if (quota && period && *quota > 0 && *period > 0)
            return double(*quota) / double(*period);
    }
    const auto quota = integer(files.cfsQuotaUs);
    const auto period = integer(files.cfsPeriodUs);
    if (quota && period && *quota > 0 && *period > 0)
        return double(*quota) / double(*period);
    // No quota: every CPU of the machine ("cpu0", "cpu1", ... in /proc/stat).
    int cpus = 0;
    for (const QByteArray &line : files.procStat.split('\n')) {
        if (line.startsWith("cpu") && line.size() > 3 && line.at(3) >= '0' && line.at(3) <= '9')
            ++cpus;
    }
    return cpus > 0 ? std::optional<double>(cpus) : std::nullopt;
}

std::optional<qint64> memoryLimit(const ResourceParsers::CgroupFiles &files)
{
    if (const auto v2 = integer(files.memoryMax); v2 && *v2 > 0)
        return v2; // "max" does not parse: no limit
    if (const auto v1 = integer(files.memoryLimitInBytes); v1 && *v1 > 0 && *v1 < UnlimitedV1)
        return v1;
    if (const auto kib = field(files.procMeminfo, "MemTotal"); kib && *kib > 0)
        return *kib * 1024; // no limit of its own: the machine's memory
    return std::nullopt;
}

std::optional<qint64> positive(const QJsonValue &value)
{
    if (!value.isDouble() || value.toDouble() < 0)
        return std::nullopt;
    return qint64(value.toDouble());
}

} // namespace

std::optional<ResourceSample> ResourceParsers::fromMetrics(const QJsonObject &reply, const QDateTime &takenAt)
{
    const auto rss = positive(reply.value(QLatin1String("rss")));
    if (!rss)
        return std::nullopt;
    ResourceSample sample;
    sample.takenAt = takenAt;
    sample.source = QStringLiteral("jupyter-resource-usage");
    sample.memoryUsed = rss;
    const QJsonObject limits = reply.value(QLatin1String("limits")).toObject();
    // 0 means the spawner set no limit (MEM_LIMIT unset): unknown, not zero.
    if (const auto limit =
            positive(limits.value(QLatin1String("memory")).toObject().value(QLatin1String("rss")));
        limit && *limit > 0)
        sample.memoryLimit = limit;
    if (const QJsonValue cpu = reply.value(QLatin1String("cpu_percent"));
        cpu.isDouble() && cpu.toDouble() >= 0)
        sample.cpuPercent = cpu.toDouble();
    const QJsonValue cpuLimit = limits.value(QLatin1String("cpu")).toObject().value(QLatin1String("cpu"));
    const QJsonValue cpuCount = reply.value(QLatin1String("cpu_count"));
    if (cpuLimit.isDouble() && cpuLimit.toDouble() > 0)
        sample.cpuLimit = cpuLimit.toDouble();
    else if (cpuCount.isDouble() && cpuCount.toDouble() > 0)
        sample.cpuLimit = cpuCount.toDouble();
    // disk_used and disk_total are left alone on purpose: they are the whole file system's
    // (jupyter-resource-usage issue #255), on Fornax everybody's home. The home folder's own use
    // comes from StorageWalk.
    return sample;
}

std::optional<qint64> ResourceParsers::cpuNanoseconds(const CgroupFiles &files)
{
    if (const auto usec = field(files.cpuStat, "usage_usec"))
        return *usec * 1000;
    return integer(files.cpuacctUsage);
}

ResourceSample ResourceParsers::fromCgroup(const CgroupFiles &now, const CgroupFiles *before,
                                           double secondsBetween, const QDateTime &takenAt)
{
    ResourceSample sample;
    sample.takenAt = takenAt;
    sample.source = QStringLiteral("cgroup");
    if (const auto v2 = integer(now.memoryCurrent))
        sample.memoryUsed = v2;
    else if (const auto v1 = integer(now.memoryUsageInBytes))
        sample.memoryUsed = v1;
    sample.memoryLimit = memoryLimit(now);
    sample.cpuLimit = cpuLimit(now);
    if (before && secondsBetween > 0) {
        const auto then = cpuNanoseconds(*before);
        const auto later = cpuNanoseconds(now);
        if (then && later && *later >= *then)
            sample.cpuPercent = double(*later - *then) / (secondsBetween * 1e9) * 100.0;
    }
    return sample;
}

} // namespace fornax
