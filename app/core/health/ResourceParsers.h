#pragma once

#include "ResourceSample.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace fornax {

/**
 * Turns what a server says about its resources into a ResourceSample, from either source:
 *
 * - jupyter-resource-usage's `GET <server>/api/metrics/v1` (what Fornax's "Kernel Usage" reads):
 *   `rss` (bytes, the server and its children), `limits.memory.rss` (the limit, 0 = none set),
 *   `cpu_percent` and `cpu_count` (only with track_cpu_percent), `limits.cpu.cpu` (a CPU limit,
 *   only where configured), `disk_used` and `disk_total` (only with track_disk_usage, from 1.1;
 *   psutil's figures for the file system of the home folder, so on a shared file system they are
 *   the whole file system's, not the user's (its issue #255): ignored; StorageWalk measures the
 *   home folder). Absent fields stay unknown.
 * - the Linux files of the server's container: cgroup v2 (`memory.max`, `memory.current`,
 *   `cpu.stat`, `cpu.max`) or, where those are missing, v1 (`memory.limit_in_bytes`,
 *   `memory.usage_in_bytes`, `cpuacct.usage`, `cpu.cfs_quota_us`, `cpu.cfs_period_us`), with
 *   /proc/meminfo and /proc/stat for a container without limits. CPU use needs two readings.
 *
 * Pure functions over text: unit-tested on captured replies and files.
 */
class ResourceParsers
{
public:
    // The contents of the files one cgroup reading takes; a file not read stays empty.
    struct CgroupFiles
    {
        QByteArray memoryMax; // v2
        QByteArray memoryCurrent; // v2
        QByteArray cpuStat; // v2, "usage_usec N" among others
        QByteArray cpuMax; // v2, "max 100000" or "200000 100000"
        QByteArray memoryLimitInBytes; // v1
        QByteArray memoryUsageInBytes; // v1
        QByteArray cpuacctUsage; // v1, nanoseconds
        QByteArray cfsQuotaUs; // v1, -1 = none
        QByteArray cfsPeriodUs; // v1
        QByteArray procMeminfo; // /proc/meminfo
        QByteArray procStat; // /proc/stat
    };

    // nullopt when reply is not a jupyter-resource-usage answer (no "rss").
    static std::optional<ResourceSample> fromMetrics(const QJsonObject &reply, const QDateTime &takenAt);
    // before: the reading secondsBetween earlier, for CPU use (nullptr: CPU use unknown).
    static ResourceSample fromCgroup(const CgroupFiles &now, const CgroupFiles *before, double secondsBetween,
                                     const QDateTime &takenAt);

    // CPU time used by the cgroup, in nanoseconds (v2 usage_usec, else v1 cpuacct.usage).
    static std::optional<qint64> cpuNanoseconds(const CgroupFiles &files);
};

} // namespace fornax
