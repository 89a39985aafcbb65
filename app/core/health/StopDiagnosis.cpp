#include "StopDiagnosis.h"

#include <algorithm>

namespace fornax {

using namespace std::chrono;

namespace {

// The hub's culler runs periodically and clocks differ a little: an idle stretch this much
// shorter than the timeout still counts as reaching it.
seconds margin(seconds limit)
{
    return std::min(seconds(limit.count() / 10), seconds(120));
}

// Clocks of the hub and of this machine differ a little.
constexpr qint64 ProxySlackSeconds = 10;

QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

} // namespace

void StopDiagnosis::observe(const ServerStatus &status)
{
    // The hub stopping a server the app was watching run (a stop the app asked for is never
    // diagnosed: the monitor reports no loss then).
    if (status.state == ServerStatus::State::Stopping && m_running)
        m_stopPendingSeen = true;
    m_running = status.state == ServerStatus::State::Running;
    if (!m_running)
        return;
    if (status.started.isValid() && status.started.toUTC() != m_started) {
        if (m_started.isValid())
            reset(); // another server than the one the evidence is about
        m_running = true;
        m_started = status.started.toUTC();
    }
    m_hubActivity = later(m_hubActivity, status.lastActivity.toUTC());
    m_lastSeenRunning = QDateTime::currentDateTimeUtc();
    m_keptAliveWhenLastSeen = m_keptAliveUntil.isValid() && m_keptAliveUntil > m_lastSeenRunning;
}

void StopDiagnosis::observe(const ServerSnapshot &snapshot)
{
    if (!snapshot.isValid())
        return;
    m_serverActivity = later(m_serverActivity, snapshot.lastActivity.toUTC());
    // The latest figures win, but a sample without resources keeps the last one that had them.
    const ResourceSample resources =
        snapshot.resources.isValid() ? snapshot.resources : m_lastSnapshot.resources;
    m_lastSnapshot = snapshot;
    m_lastSnapshot.resources = resources;
    if (!m_started.isValid() && snapshot.started.isValid())
        m_started = snapshot.started.toUTC();
}

void StopDiagnosis::setKeptAliveUntil(const QDateTime &until)
{
    m_keptAliveUntil = until.toUTC();
    if (m_running)
        m_keptAliveWhenLastSeen =
            m_keptAliveUntil.isValid() && m_keptAliveUntil > QDateTime::currentDateTimeUtc();
}

QDateTime StopDiagnosis::lastActivitySeen() const
{
    if (!m_serverActivity.isValid())
        return m_hubActivity;
    // The server's own record leaves out what the app read with no_track_activity; the hub's
    // does not (its proxy records every request to the server as activity, the app's sampling
    // included). So the hub's counts only where it is newer than anything the app sampled then.
    if (m_hubActivity.isValid() && m_hubActivity > m_lastSnapshot.takenAt.addSecs(ProxySlackSeconds))
        return later(m_hubActivity, m_serverActivity);
    return m_serverActivity;
}

void StopDiagnosis::reset()
{
    m_started = {};
    m_hubActivity = {};
    m_serverActivity = {};
    m_lastSeenRunning = {};
    m_running = false;
    m_keptAliveWhenLastSeen = false;
    m_lastSnapshot = {};
    m_stopPendingSeen = false;
}

StopReason StopDiagnosis::outOfMemory() const
{
    StopReason reason;
    const ResourceSample &resources = m_lastSnapshot.resources;
    const auto share = resources.memoryFraction();
    if (!share || *share < OutOfMemoryFraction)
        return reason;
    reason.kind = StopReason::Kind::OutOfMemory;
    QString ran;
    if (m_lastSnapshot.kernels > 0)
        ran = tr("%n kernel(s) were running", nullptr, m_lastSnapshot.kernels)
            + (m_lastSnapshot.busyKernels > 0 ? tr(" (%n busy)", nullptr, m_lastSnapshot.busyKernels)
                                              : QString());
    else if (m_lastSnapshot.kernels == 0)
        ran = tr("no kernel was running");
    if (m_lastSnapshot.terminals > 0)
        ran += (ran.isEmpty() ? QString() : tr(" and "))
            + tr("%n terminal(s) were open", nullptr, m_lastSnapshot.terminals);
    reason.text =
        tr("Your server probably ran out of memory: when last measured it used %1 of its %2 GB "
           "(%3 %).")
            .arg(ResourceSample::gigabytes(*resources.memoryUsed),
                 ResourceSample::gigabytes(*resources.memoryLimit), QString::number(qRound(*share * 100)));
    if (!ran.isEmpty())
        reason.text += QLatin1Char(' ') + tr("At that time %1.").arg(ran);
    reason.text += QLatin1Char(' ')
        + tr("Choose a larger size next time, or use less memory at once (smaller chunks of data, fewer "
             "kernels).");
    return reason;
}

StopReason StopDiagnosis::diagnose(const QDateTime &noticedAt) const
{
    StopReason reason;
    const QDateTime at = noticedAt.toUTC();
    if (m_maxAge.count() > 0 && m_started.isValid()) {
        const seconds age(m_started.secsTo(at));
        if (age >= m_maxAge - margin(m_maxAge)) {
            reason.kind = StopReason::Kind::TimeLimit;
            reason.text = tr("Your server was stopped because it reached the hub's time limit: it had run "
                             "for %1, and servers here are stopped after %2 whether in use or not.")
                              .arg(StopReason::describe(age), StopReason::describe(m_maxAge));
            return reason;
        }
    }
    if (StopReason memory = outOfMemory(); memory.kind == StopReason::Kind::OutOfMemory)
        return memory;
    if (m_keptAliveWhenLastSeen) {
        reason.kind = StopReason::Kind::StoppedElsewhere;
        reason.text = tr("Your server was stopped by someone else, or by the cloud: it was not idle (it was "
                         "being kept alive) and had not reached a time limit. It may have been stopped "
                         "from a browser or by an administrator, or its machine may have run out of memory "
                         "or been reclaimed.");
        return reason;
    }
    const QDateTime last = lastActivitySeen();
    if (!last.isValid()) {
        reason.text = tr("Your server was stopped outside this app: by the hub, from a browser, or by an "
                         "administrator.");
        return reason;
    }
    const seconds idle(std::max<qint64>(last.secsTo(at), 0));
    if (m_idleTimeout.count() > 0) {
        if (idle >= m_idleTimeout - margin(m_idleTimeout)) {
            reason.kind = StopReason::Kind::Inactivity;
            reason.text = tr("Your server was stopped for inactivity: nothing had used it for %1, and the "
                             "hub stops servers after %2 without activity.")
                              .arg(StopReason::describe(idle), StopReason::describe(m_idleTimeout));
        } else if (m_stopPendingSeen) {
            reason.kind = StopReason::Kind::StoppedThroughHub;
            reason.text =
                tr("Your server was stopped through the hub, from a browser or by an administrator: "
                   "the hub was seen stopping it, and it had been in use %1 before, sooner than "
                   "the hub's idle limit of %2.")
                    .arg(StopReason::describe(idle), StopReason::describe(m_idleTimeout));
        } else {
            reason.kind = StopReason::Kind::StoppedElsewhere;
            reason.text = tr("Your server was stopped by someone else, or by the cloud: it had been in use "
                             "%1 before, sooner than the hub's idle limit of %2. It may have been stopped "
                             "from a browser or by an administrator, or its machine may have run out of "
                             "memory or been reclaimed.")
                              .arg(StopReason::describe(idle), StopReason::describe(m_idleTimeout));
        }
        return reason;
    }
    if (idle >= LongIdle) {
        reason.kind = StopReason::Kind::Inactivity;
        reason.text = tr("Your server was most likely stopped for inactivity: nothing had used it for %1.")
                          .arg(StopReason::describe(idle));
        return reason;
    }
    reason.text = tr("Your server was stopped outside this app: by the hub, from a browser, or by an "
                     "administrator. It was last in use %1 before.")
                      .arg(StopReason::describe(idle));
    return reason;
}

} // namespace fornax
