#pragma once

#include "ServerSnapshot.h"
#include "StopReason.h"
#include "hub/ServerStatus.h"

#include <QCoreApplication>
#include <QDateTime>

#include <chrono>

namespace fornax {

/**
 * Works out why a running server stopped without this app asking, from what the app knew when
 * it was last seen running: the hub's limits (idle timeout, maximum age), the server's `started`
 * time, the last activity the hub or the server itself reported, and whether the app was keeping
 * it alive. The hub gives no reason (a stopped server simply vanishes from the user model), and
 * Fornax's FAQ says users see only "Server unavailable"; this is the best the evidence allows:
 *
 * - it had run for the hub's maximum age (less a little): TimeLimit;
 * - its last resource sample showed memory at OutOfMemoryFraction of its limit or more:
 *   OutOfMemory ("probably"), saying what ran (kernels, busy ones);
 * - the app was keeping it alive at the time: StoppedElsewhere (someone stopped it from a browser
 *   or as an administrator, or its machine failed, ran out of memory or was reclaimed);
 * - idle for the hub's idle timeout (less a margin for clocks): Inactivity; idle for less:
 *   StoppedElsewhere; with the timeout unknown, idle for longer than any hub waits to record
 *   activity (LongIdle): Inactivity, worded as "most likely";
 * - the hub was seen stopping it (its model said `pending: "stop"`, which the app had not asked
 *   for) before its idle limit: StoppedThroughHub — someone stopped it from a browser or as an
 *   administrator. A server whose process ended by itself (killed, crashed, culled by its own idle
 *   shutdown) simply vanishes from the model between two polls instead. On a hub whose spawner takes
 *   a while to clean up a dead server (KubeSpawner deleting its pod) that difference is weaker;
 * - otherwise Unknown, saying when it was last active.
 *
 * Feed it every status (and server snapshot) while the server runs; ask diagnose() when the
 * monitor reports the server lost.
 */
class StopDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(StopDiagnosis)

public:
    // With the idle timeout unknown, an idle stretch this long is taken as the likely reason: it
    // exceeds the hub's default delay in recording activity (5 minutes) with room to spare.
    static constexpr std::chrono::minutes LongIdle {10};
    // A last sample at this share of the memory limit or above makes "out of memory" the likely end.
    static constexpr double OutOfMemoryFraction = 0.9;

    // The hub's idle-cull timeout; 0 = unknown.
    void setIdleTimeout(std::chrono::seconds timeout) { m_idleTimeout = timeout; }
    // The hub's maximum server age (48 hours on Fornax); 0 = none known.
    void setMaxAge(std::chrono::seconds maxAge) { m_maxAge = maxAge; }

    // Every status of the watched server; a Running one is the evidence diagnose() uses.
    void observe(const fornax::ServerStatus &status);
    // What the server itself reported (ServerProbe) while it ran.
    void observe(const fornax::ServerSnapshot &snapshot);
    // Whether, and until when, the app keeps the server alive (KeepAlive::until()); null when it
    // does not. Only what held while the server was last seen running counts.
    void setKeptAliveUntil(const QDateTime &until);

    // The latest activity reported for the running server; null when none. Once the server has
    // described itself (ServerProbe), its own record wins over the hub's, which also holds the
    // app's own reads through the hub's proxy; the hub's counts where it is newer than the last
    // sample (someone used the server while the app was not sampling it).
    QDateTime lastActivitySeen() const;
    // Why the server, last seen running, is gone; noticedAt is when the app found it gone.
    StopReason diagnose(const QDateTime &noticedAt) const;
    // Forget the evidence (a new server).
    void reset();

private:
    StopReason outOfMemory() const;

    std::chrono::seconds m_idleTimeout {0};
    std::chrono::seconds m_maxAge {0};
    QDateTime m_started;
    QDateTime m_hubActivity;
    QDateTime m_serverActivity;
    QDateTime m_lastSeenRunning;
    ServerSnapshot m_lastSnapshot;
    bool m_stopPendingSeen = false;
    QDateTime m_keptAliveUntil;
    bool m_running = false;
    bool m_keptAliveWhenLastSeen = false;
};

} // namespace fornax
