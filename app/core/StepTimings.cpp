#include "StepTimings.h"

#include <QFile>
#include <QStringList>

#include <algorithm>

#include <unistd.h>

namespace fornax {

namespace {

// Seconds since boot, from /proc/uptime; -1 when unreadable.
double uptimeSeconds()
{
    QFile file(QStringLiteral("/proc/uptime"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double seconds = file.readLine().split(' ').value(0).toDouble(&ok);
    return ok ? seconds : -1;
}

// When this process started, in seconds since boot (field 22 of /proc/self/stat); -1 unknown.
double processStartSeconds()
{
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // The command name (field 2) may hold spaces and parentheses: count from its closing one.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    constexpr int StartTimeField = 22 - 3; // fields after the name begin with field 3
    bool ok = false;
    const qint64 ticks = fields.value(StartTimeField).toLongLong(&ok);
    const long hertz = ::sysconf(_SC_CLK_TCK);
    if (!ok || hertz <= 0)
        return -1;
    return double(ticks) / double(hertz);
}

} // namespace

StepTimings::StepTimings(Origin origin)
{
    m_clock.start();
    if (origin == Origin::Process)
        m_offsetMs = std::max<qint64>(0, processAgeMs());
}

qint64 StepTimings::processAgeMs()
{
    const double now = uptimeSeconds();
    const double start = processStartSeconds();
    if (now < 0 || start < 0 || start > now)
        return -1;
    return qint64((now - start) * 1000.0);
}

qint64 StepTimings::elapsedMs() const
{
    return m_offsetMs + m_clock.elapsed();
}

void StepTimings::begin(const QString &step)
{
    for (const Span &span : std::as_const(m_spans)) {
        if (span.name == step)
            return;
    }
    m_spans.append({step, elapsedMs(), -1});
}

void StepTimings::end(const QString &step)
{
    for (Span &span : m_spans) {
        if (span.name == step) {
            span.endMs = elapsedMs();
            return;
        }
    }
}

void StepTimings::add(const QString &step, qint64 startMs, qint64 endMs)
{
    m_spans.append({step, startMs, endMs});
}

qint64 StepTimings::lengthOf(const QString &step) const
{
    for (const Span &span : m_spans) {
        if (span.name == step)
            return span.endMs < 0 ? -1 : span.endMs - span.startMs;
    }
    return -1;
}

QString StepTimings::line() const
{
    QList<Span> ordered = m_spans;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Span &a, const Span &b) {
        return a.startMs < b.startMs;
    });
    QStringList parts;
    for (const Span &span : std::as_const(ordered)) {
        if (span.endMs < 0)
            parts.append(span.name + QStringLiteral(" (running)"));
        else
            parts.append(span.name + QLatin1Char(' ') + QString::number(span.endMs - span.startMs));
    }
    parts.append(QStringLiteral("total ") + QString::number(elapsedMs()));
    return QStringLiteral("step timings (ms): ") + parts.join(QStringLiteral(" · "));
}

} // namespace fornax
