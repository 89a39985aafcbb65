#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace fornax {

/**
 * What a running server used at one moment: CPU, memory against its limit, the home folder's disk
 * against its quota and, where reported, /scratch. Every figure is optional: a server reports what
 * it was configured to (jupyter-resource-usage tracks CPU only when asked, knows a memory limit only
 * when the spawner set one), and a missing figure is "unknown", never 0.
 *
 * Parsed from jupyter-resource-usage's `api/metrics/v1` or from /proc and the cgroup files
 * (ResourceParsers); read by ServerProbe; watched and warned about by ResourceWatch.
 */
class ResourceSample
{
    Q_DECLARE_TR_FUNCTIONS(ResourceSample)

public:
    // At or above this share of a limit, a warning is due (memory and disk).
    static constexpr double WarnFraction = 0.9;

    QDateTime takenAt; // UTC, this machine's clock
    QString source; // "jupyter-resource-usage" or "cgroup": where the figures came from
    std::optional<double> cpuPercent; // 100 = one core busy
    std::optional<double> cpuLimit; // cores the server may use (its limit, else the machine's count)
    std::optional<qint64> memoryUsed; // bytes
    std::optional<qint64> memoryLimit; // bytes
    std::optional<qint64> homeUsed; // bytes
    std::optional<qint64> homeQuota; // bytes
    std::optional<qint64> scratchUsed; // bytes
    std::optional<qint64> scratchTotal; // bytes

    bool isValid() const { return takenAt.isValid(); }
    // Whether any figure is known.
    bool hasFigures() const;
    // The cores busy (cpuPercent / 100); nullopt when unknown.
    std::optional<double> coresUsed() const;
    // used / limit where both are known and the limit is above 0.
    std::optional<double> memoryFraction() const;
    std::optional<double> homeFraction() const;
    std::optional<double> scratchFraction() const;

    // "CPU 2.1 of 4 · Memory 5.2 of 16 GB · Home 12 of 200 GB", with what is known only.
    QString summary() const;
    // One sentence per figure at or above WarnFraction of its limit: what, and what to do.
    QStringList warnings() const;
    // {"cpu_percent", "cpu_limit", "memory_used", "memory_limit", "home_used", "home_quota",
    //  "scratch_used", "scratch_total", "source", "taken_at", "warnings"}: unknown figures are null.
    QJsonObject toJson() const;

    // "5.2 GB": bytes in decimal units as the summary shows them.
    static QString gigabytes(qint64 bytes);
};

} // namespace fornax

Q_DECLARE_METATYPE(fornax::ResourceSample)
