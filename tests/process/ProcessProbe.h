#pragma once

#include <QList>
#include <QString>

namespace fornax::test {

/**
 * What /proc says about a process: its descendants, its CPU time, whether a process seen
 * earlier is still the same living process. Linux only, like the tests that use it.
 */
class ProcessProbe
{
public:
    struct Process
    {
        qint64 pid = 0;
        qint64 startTicks = 0; // field 22 of stat: tells a reused pid apart
        QString name;
        friend bool operator==(const Process &, const Process &) = default;
    };

    // Every process whose parent chain leads to pid (children, grandchildren, ...).
    static QList<Process> descendants(qint64 pid);
    // utime + stime (fields 14 and 15 of /proc/<pid>/stat), in clock ticks; -1 when gone.
    static qint64 cpuTicks(qint64 pid);
    static qint64 ticksPerSecond();
    // Whether this exact process (same pid and start time) still exists and is not a zombie.
    static bool isAlive(const Process &process);
    static QList<Process> alive(const QList<Process> &processes);
    // "1234 QtWebEngineProcess, 1240 bash": for failure messages.
    static QString describe(const QList<Process> &processes);
};

} // namespace fornax::test
