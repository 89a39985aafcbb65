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
    return later(m_hubActivity, m_serverActivity);
}

void StopDiagnosis::reset()
{
    m_started = {};
    m_hubActivity = {};
    m_serverActivity = {};
    m_lastSeenRunning = {};
    m_running = false;
    m_keptAliveWhenLastSeen = false;
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
