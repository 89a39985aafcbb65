#pragma once

#include "ServerStatus.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace fornax {

/**
 * Counts down to the moment the hub may cull a running server for idleness, and warns before.
 *
 * The hub's culler stops a server whose last activity (as the hub records it) is older than its
 * timeout, so the time left is `lastActivity + timeout - now`. It is a lower bound: the hub
 * copies the proxy's activity into its records only every few minutes and the culler runs
 * periodically, so the real cull comes at that moment or somewhat later, never earlier (with
 * clocks that agree). The guard is inactive while the timeout is unknown (0) or the server is not
 * Running. It reports the time left once a minute while it is far away and once a second in the
 * last minutes, warns once when it drops to the warning threshold (again only after new activity
 * pushed it back above), and says when the moment has passed with the server still running. The
 * clock is injectable so that tests move time instead of waiting for it.
 */
class IdleGuard : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // Below this much time left, the countdown is reported every second rather than every minute.
    static constexpr std::chrono::minutes FineCountdown {5};

    explicit IdleGuard(QObject *parent = nullptr);

    // For tests: where "now" comes from (UTC). Defaults to QDateTime::currentDateTimeUtc.
    void setClock(Clock clock);

    // The hub's idle-cull timeout; 0 (or less) means unknown and makes the guard inactive.
    void setTimeout(std::chrono::minutes timeout);
    std::chrono::minutes timeout() const { return m_timeout; }
    // cullImminent() fires once when the time left drops to this; 2 minutes by default.
    void setWarningThreshold(std::chrono::seconds threshold);
    std::chrono::seconds warningThreshold() const { return m_threshold; }

    // The latest status of the watched server; only Running with a known last activity counts,
    // any other state resets the guard.
    void updateStatus(const fornax::ServerStatus &status);

    // Whether there is a countdown at all: timeout known, server running, last activity known.
    bool isActive() const;
    // Time left before the hub may cull the server, 0 once it is due; nullopt when inactive.
    std::optional<std::chrono::seconds> timeLeft() const;
    // When the hub may cull the server (UTC); null when inactive.
    QDateTime cullTime() const;
    bool isOverdue() const { return m_overdueSent; }

    // Looks at the clock now and emits what changed. The timer calls it; tests call it after
    // moving their clock.
    void evaluate();

Q_SIGNALS:
    void activeChanged(bool active);
    // At most once a minute while more than FineCountdown is left, at most once a second after.
    void idleTimeLeftChanged(std::chrono::seconds left);
    void cullImminent(std::chrono::seconds left);
    // The cull time has passed and the server still runs (the culler has not come round yet).
    void cullOverdue();

private:
    std::chrono::milliseconds millisecondsLeft() const;
    void reset();

    Clock m_clock;
    QTimer m_timer;
    std::chrono::minutes m_timeout {0};
    std::chrono::seconds m_threshold {120};
    bool m_running = false;
    QDateTime m_lastActivity;
    bool m_wasActive = false;
    // What was last reported through idleTimeLeftChanged: (granularity, count of it) so that a
    // report is sent only when the value a view shows changes.
    std::optional<std::pair<qint64, qint64>> m_lastReport;
    bool m_warned = false;
    bool m_overdueSent = false;
};

} // namespace fornax
