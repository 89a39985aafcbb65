#include "ProcessProbe.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QStringList>

#include <unistd.h>

namespace fornax::test {

namespace {

struct Stat
{
    qint64 pid = 0;
    qint64 parent = 0;
    QString name;
    char state = '?';
    qint64 utime = 0;
    qint64 stime = 0;
    qint64 start = 0;
};

// /proc/<pid>/stat: "pid (comm) state ppid ...": comm may hold spaces and parentheses, so the
// fields after it are counted from the last ')'.
std::optional<Stat> readStat(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = file.readAll();
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.lastIndexOf(')');
    if (open < 0 || close < open)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); field N is fields[N - 3].
    if (fields.size() < 20)
        return std::nullopt;
    Stat stat;
    stat.pid = pid;
    stat.name = QString::fromLocal8Bit(line.mid(open + 1, close - open - 1));
    stat.state = fields.at(0).isEmpty() ? '?' : fields.at(0).at(0);
    stat.parent = fields.at(1).toLongLong();
    stat.utime = fields.at(11).toLongLong();
    stat.stime = fields.at(12).toLongLong();
    stat.start = fields.at(19).toLongLong();
    return stat;
}

QList<Stat> allProcesses()
{
    QList<Stat> all;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        if (const auto stat = readStat(pid))
            all << *stat;
    }
    return all;
}

} // namespace

QList<ProcessProbe::Process> ProcessProbe::descendants(qint64 pid)
{
    QHash<qint64, QList<Stat>> children;
    for (const Stat &stat : allProcesses())
        children[stat.parent] << stat;
    QList<Process> found;
    QList<qint64> todo {pid};
    while (!todo.isEmpty()) {
        const qint64 parent = todo.takeFirst();
        for (const Stat &child : children.value(parent)) {
            found << Process {child.pid, child.start, child.name};
            todo << child.pid;
        }
    }
    return found;
}

qint64 ProcessProbe::cpuTicks(qint64 pid)
{
    const auto stat = readStat(pid);
    return stat ? stat->utime + stat->stime : -1;
}

qint64 ProcessProbe::ticksPerSecond()
{
    return ::sysconf(_SC_CLK_TCK);
}

bool ProcessProbe::isAlive(const Process &process)
{
    const auto stat = readStat(process.pid);
    return stat && stat->start == process.startTicks && stat->state != 'Z';
}

QList<ProcessProbe::Process> ProcessProbe::alive(const QList<Process> &processes)
{
    QList<Process> living;
    for (const Process &process : processes) {
        if (isAlive(process))
            living << process;
    }
    return living;
}

QString ProcessProbe::describe(const QList<Process> &processes)
{
    QStringList parts;
    for (const Process &process : processes)
        parts << QStringLiteral("%1 %2").arg(process.pid).arg(process.name);
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

} // namespace fornax::test
