#pragma once

#include "HubError.h"
#include "ServerStatus.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkReply;

namespace fornax {

class HubClient;

/**
 * Keeps one running server from being stopped for idleness, for a bounded time: the user's
 * "Keep alive for N minutes", and holds by work that runs on the server (ActivityHolder).
 *
 * It uses the server's own mechanism where there is one. A server with the jupyter-keepalive
 * extension (Fornax's "Keep-alive" menu) answers `GET <server>ext-keepalive`; then the keep-alive
 * is the server's: `POST ext-keepalive {"seconds": N}` starts it, `DELETE` ends it, and `GET`
 * tells the time left, which until() shows, so the app and JupyterLab's status bar agree. It
 * holds on the server with this app closed or the laptop asleep, and a keep-alive started in the
 * lab (or by an earlier run of the app) is adopted by checkServer(). Without the extension it
 * sends a request the server counts as activity (`GET api/contents?content=0`, never
 * `api/status`, which no single-user server counts) at once and then every interval, for as long
 * as something asks for it: that one needs this app to keep running.
 *
 * Every read of the server's keep-alive state carries `no_track_activity=1`, and nothing is read
 * while nothing is kept alive, so watching never keeps a server alive by itself (a request through
 * the hub's proxy still moves the proxy's own record; see FACTS.md).
 *
 * What keeps the server alive is a set of claims, each with an end: the user's (start(), capped at
 * MaxDuration) and one per holder (hold()). The server is kept alive until the latest of them, or
 * the server's own keep-alive if that lasts longer. Ends are wall-clock times, so a suspended
 * laptop does not stretch them. A keep-alive that this object set on the server is ended there when
 * the last claim goes; one somebody else set (the lab, an earlier run of the command line) is left
 * alone, except by the user's own word: stop() ends it, and start() replaces its end with the one
 * chosen now, shorter or longer, as a new choice in the lab's menu does. Destroying the object
 * (quitting the app) sends nothing.
 */
class KeepAlive : public QObject
{
    Q_OBJECT

public:
    enum class EndReason {
        Expired, // the chosen time is up
        Stopped, // stop() was called
        ServerGone, // the server stopped or is no longer there
        Released, // the work that held the server ended
        EndedOnServer, // the server's keep-alive ended before its time (stopped in the lab)
    };
    Q_ENUM(EndReason)
    enum class Mechanism {
        Unknown, // not asked yet (or the server could not be asked)
        ServerExtension, // the server's /ext-keepalive
        CountedRequests, // requests from this app that the server counts
    };
    Q_ENUM(Mechanism)

    static constexpr std::chrono::minutes MaxDuration {4 * 60};
    static constexpr std::chrono::minutes DefaultInterval {5};
    // The claim's owner name start() and stop() use; holders use their own.
    static QString userClaim() { return QStringLiteral("user"); }

    // client: the hub's client (it adds the token, and only for the hub's own origin).
    explicit KeepAlive(HubClient *client, QObject *parent = nullptr);
    ~KeepAlive() override;

    // The running server's absolute URL (ServerStatus::url), ending in '/'.
    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }
    // Time between two counted requests, and between two reads of the server's own keep-alive
    // while something is kept alive; must stay well below the hub's idle timeout. Tests shorten it.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    // The user's keep-alive: starts (or restarts, with a new end) for duration, capped at
    // MaxDuration; on the server, it replaces a keep-alive running there (work that needs longer
    // still gets its time). False, and nothing happens, without a server URL or a positive duration.
    bool start(std::chrono::milliseconds duration);
    // Ends the user's keep-alive and the server's own (even one started in the lab); holds by
    // work go on. Ends with EndReason::Stopped when nothing is left.
    void stop();
    // A holder keeps the server alive until `until` (UTC), replacing its earlier end; a null or
    // past time releases it. Nothing happens without a server URL.
    void hold(const QString &owner, const QDateTime &until);
    void release(const QString &owner);
    QDateTime heldUntil(const QString &owner) const { return m_claims.value(owner); }

    // Asks the server once which mechanism it offers and what its keep-alive has left, adopting
    // one that runs there already (keepAliveStarted follows). Not counted as activity.
    void checkServer();
    Mechanism mechanism() const { return m_mechanism; }

    // Whether anything keeps the server alive now: a claim, or the server's own keep-alive.
    bool isActive() const;
    // When that ends (UTC): the latest claim, or what the server says when it keeps itself alive
    // for longer; null when not active.
    QDateTime until() const;
    // The user's own keep-alive (start()), as opposed to a hold by work.
    bool isUserActive() const { return claimActive(userClaim()); }
    // A request to the server is under way; requestsSettled() follows when none is.
    bool hasPendingRequest() const { return !m_inFlight.isNull(); }

    // Follows the server: a server that is no longer Running ends everything (ServerGone); a
    // Running one updates the URL, and a restarted one is asked about its mechanism again.
    void updateStatus(const fornax::ServerStatus &status);

Q_SIGNALS:
    // The user's keep-alive started (start()), or one running on the server was adopted.
    void keepAliveStarted(const QDateTime &until);
    // Nothing keeps the server alive any more.
    void keepAliveEnded(fornax::KeepAlive::EndReason reason);
    // A request failed; sent once per run of failures of the same kind. It keeps trying at the
    // next interval (the failure may be passing) unless the hub says the server is not running.
    void keepAliveFailed(const fornax::HubError &error);
    // The server confirmed it is kept alive: a counted request reached it, or its keep-alive
    // accepted or reported the time.
    void pinged();
    // Anything a view shows changed: active, until(), the mechanism.
    void changed();
    // The last request finished and no other is under way: what the server was told has been
    // told (a command line that sets the server's keep-alive may exit now).
    void requestsSettled();

private:
    enum class Call { None, Probe, Post, Delete, Refresh, Ping };

    bool claimActive(const QString &owner) const;
    QDateTime desiredUntil() const;
    bool serverKeepsAlive() const;
    bool serverEndIsOurs() const;
    void sync();
    void tick();
    void send(Call call, std::chrono::seconds duration = {});
    void handleReply(QNetworkReply *reply, Call call, const QDateTime &posted);
    void processReply(QNetworkReply *reply, Call call, const QDateTime &posted);
    HubError replyError(QNetworkReply *reply, const QByteArray &body) const;
    void reportFailure(const HubError &error);
    void readRemaining(const QByteArray &body);
    void scheduleEnd();
    // Drops claims whose time is up and reports what changed: keepAliveEnded(reasonIfEnded) when
    // nothing keeps the server alive any more, changed() when active or until() moved.
    void settle(EndReason reasonIfEnded);
    void setMechanism(Mechanism mechanism);
    void resetServer();

    HubClient *m_client;
    QUrl m_serverUrl;
    QDateTime m_serverStarted;
    std::chrono::milliseconds m_interval {DefaultInterval};
    QTimer m_tickTimer;
    QTimer m_endTimer;
    QPointer<QNetworkReply> m_inFlight;
    Call m_inFlightCall = Call::None;
    bool m_syncAgain = false;
    // The user's start() or stop(): the server's keep-alive becomes what the claims want (or ends),
    // whoever set it there.
    bool m_overrideServer = false;
    QHash<QString, QDateTime> m_claims;
    Mechanism m_mechanism = Mechanism::Unknown;
    QDateTime m_serverUntil; // the server's own keep-alive ends then (extension); null: none
    QDateTime m_postedUntil; // what this object last set there; null: nothing of ours
    bool m_wasActive = false;
    QDateTime m_reportedUntil;
    std::optional<std::chrono::steady_clock::time_point> m_lastPing;
    HubError::Kind m_lastFailure = HubError::Kind::None;
};

} // namespace fornax
