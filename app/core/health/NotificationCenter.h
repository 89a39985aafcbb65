#pragma once

#include "Notification.h"
#include "Settings.h"
#include "hub/ServerStatus.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace fornax {

class IdleGuard;
class KeepAlive;
class Notifier;
class StopReason;

/**
 * Decides which events become desktop notifications, words them, and hands them to a Notifier
 * (the desktop's service or the tray's balloon; this class does not know which).
 *
 * Each event fires once per occurrence, however often the same news arrives (every poll, every
 * status): an occurrence is named by what identifies it (the server's start time, the idle
 * guard's cull time, a job's or transfer's id) and remembered. Each kind can be turned off in
 * Settings (Key::Notify*); a kind turned off sends nothing. "Server ready" and "transfer done"
 * are for a person who is not looking at the app (attention check); the warnings and the stop
 * always are sent.
 *
 * Events: server ready (notifyServerReady), job ended (notifyJobEnded, for the jobs engine), cull
 * in 2 minutes (from an IdleGuard's cullImminent, with "Keep alive 1 h" that starts the KeepAlive
 * for an hour), the hard limit within the hour (from the statuses: started + the hub's maximum
 * age, checked at each status and by a timer), server stopped unexpectedly (notifyServerStopped,
 * with StopDiagnosis' sentence), a long transfer done (notifyTransferDone, at least LongTransfer).
 */
class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using AttentionCheck = std::function<bool()>;

    static constexpr std::chrono::minutes HardLimitWarning {60};
    static constexpr std::chrono::seconds LongTransfer {30};
    static constexpr std::chrono::hours KeepAliveDuration {1};
    static QString keepAliveAction() { return QStringLiteral("keep-alive-1h"); }
    // The setting that turns a kind off; nullopt for General, which cannot be.
    static std::optional<Settings::Key> settingOf(Notification::Kind kind);

    NotificationCenter(Settings *settings, Notifier *notifier, QObject *parent = nullptr);
    ~NotificationCenter() override;

    Notifier *notifier() const { return m_notifier; }
    // For tests: where "now" comes from (UTC).
    void setClock(Clock clock);
    // Whether the person is looking at the app now (its window is active); never, by default.
    void setAttentionCheck(AttentionCheck check);
    // The keep-alive "Keep alive 1 h" starts; null: the action is not offered.
    void setKeepAlive(KeepAlive *keepAlive);
    // The hub's maximum server age (48 hours on Fornax); 0: unknown, no hard-limit warning.
    void setMaxServerAge(std::chrono::seconds maxAge);
    // Follows guard's warning two minutes before the idle cull (skipped while kept alive).
    void watch(IdleGuard *guard);

    bool isEnabled(Notification::Kind kind) const;
    void setEnabled(Notification::Kind kind, bool enabled);

    // Every status of the watched server (each poll is fine): the hard-limit warning.
    void updateStatus(const fornax::ServerStatus &status);
    // The server the user started is ready; started identifies it.
    void notifyServerReady(const QDateTime &started);
    // The server that started at `started` stopped without the user asking, for `reason`.
    void notifyServerStopped(const fornax::StopReason &reason, const QDateTime &started);
    // The hub may cull the idle server at cullTime, `left` from now.
    void notifyCullSoon(std::chrono::seconds left, const QDateTime &cullTime);
    // A job (jobId: unique per run) ended. sentence: what happened, in plain words ("It ran for
    // 2 hours and wrote 3 files.", "It stopped with exit code 1: out of memory.").
    void notifyJobEnded(const QString &jobId, const QString &name, bool succeeded, const QString &sentence);
    // A job ended and stopped its server as asked, before its outcome could be read (the same
    // kind, JobEnded; "Job “name” ended").
    void notifyJobEndedUnread(const QString &jobId, const QString &name, const QString &sentence);
    // A transfer (transferId: unique per run) ended after `took`: sent when that is at least
    // LongTransfer and the person is not looking at the app.
    void notifyTransferDone(const QString &transferId, const QString &summary, const QString &body,
                            std::chrono::milliseconds took);
    // What counts as a long transfer (LongTransfer unless set; tests shorten it).
    void setLongTransfer(std::chrono::milliseconds least) { m_longTransfer = least; }
    // A credit alert (CreditYear::alerts) for the hub hubId: sent once per occurrence, for good
    // (the occurrences sent are kept in the settings, per hub, so a restart does not repeat them).
    void notifyCreditAlert(const QString &hubId, const QString &occurrence, const QString &title,
                           const QString &body);
    // The app's own messages (General): always sent, never deduplicated.
    void notify(const QString &summary, const QString &body);

    // Looks at the clock: the hard-limit warning when its hour has come. The timer calls it.
    void checkHardLimit();

Q_SIGNALS:
    // A notification went to the notifier.
    void sent(const fornax::Notification &notification);
    // "Keep alive 1 h" was chosen and the keep-alive started (until: its end, UTC).
    void keepAliveStarted(const QDateTime &until);

private:
    // Sends unless the kind is off or `occurrence` was sent before (empty: no deduplication).
    bool send(const Notification &notification, const QString &occurrence);
    void actionChosen(Notification::Kind kind, const QString &actionKey);
    void scheduleHardLimit();

    Settings *m_settings;
    Notifier *m_notifier;
    Clock m_clock;
    AttentionCheck m_attention;
    std::chrono::milliseconds m_longTransfer {LongTransfer};
    QPointer<KeepAlive> m_keepAlive;
    QPointer<IdleGuard> m_guard;
    std::chrono::seconds m_maxAge {0};
    QDateTime m_started; // the running server's start; null while none runs
    QTimer m_hardLimitTimer;
    QSet<QString> m_sentOccurrences;
};

} // namespace fornax
