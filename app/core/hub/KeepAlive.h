#pragma once

#include "HubError.h"
#include "ServerStatus.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkReply;

namespace fornax {

class HubClient;

/**
 * "Keep alive for N minutes": keeps a running server from being culled for idleness, for a
 * bounded time the user chose.
 *
 * While active it sends `GET <server url>api/status` through the hub's proxy at once and then
 * every interval (5 minutes by default, well inside any idle timeout). Unlike everything else
 * the client sends, these requests deliberately count as activity: that is their only purpose,
 * so they never carry `no_track_activity`. A keep-alive always ends on its own: the duration is
 * capped at MaxDuration, and it stops when the time is up (by the wall clock, so a suspended
 * laptop does not stretch it), when the user stops it, or when the server is gone. The server's
 * credits keep running meanwhile, which is why "forever" is not offered.
 */
class KeepAlive : public QObject
{
    Q_OBJECT

public:
    enum class EndReason {
        Expired, // the chosen time is up
        Stopped, // stop() was called
        ServerGone, // the server stopped or is no longer there
    };
    Q_ENUM(EndReason)

    static constexpr std::chrono::minutes MaxDuration {4 * 60};
    static constexpr std::chrono::minutes DefaultInterval {5};

    // client: the hub's client (it adds the token, and only for the hub's own origin).
    explicit KeepAlive(HubClient *client, QObject *parent = nullptr);
    ~KeepAlive() override;

    // The running server's absolute URL (ServerStatus::url), ending in '/'.
    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }
    // Time between two requests; must stay well below the hub's idle timeout. Tests shorten it.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    // Starts (or restarts, with a new end) for duration, capped at MaxDuration; minutes in the
    // app, shorter in tests. False, and nothing happens, without a server URL or a positive
    // duration.
    bool start(std::chrono::milliseconds duration);
    // Ends with EndReason::Stopped; nothing happens when not active.
    void stop();
    bool isActive() const { return m_active; }
    // When it ends (UTC); null when not active.
    QDateTime until() const { return m_active ? m_until : QDateTime(); }

    // Follows the server: a server that is no longer Running ends the keep-alive (ServerGone);
    // a Running one updates the URL.
    void updateStatus(const fornax::ServerStatus &status);

Q_SIGNALS:
    void keepAliveStarted(const QDateTime &until);
    void keepAliveEnded(fornax::KeepAlive::EndReason reason);
    // A request failed; sent once per run of failures of the same kind. It keeps trying at the
    // next interval (the failure may be passing) unless the hub says the server is not running.
    void keepAliveFailed(const fornax::HubError &error);
    // A request reached the server (and so counted as activity).
    void pinged();

private:
    void ping();
    void handleReply(QNetworkReply *reply);
    void end(EndReason reason);

    HubClient *m_client;
    QUrl m_serverUrl;
    std::chrono::milliseconds m_interval {DefaultInterval};
    QTimer m_pingTimer;
    QTimer m_endTimer;
    QPointer<QNetworkReply> m_inFlight;
    QDateTime m_until;
    bool m_active = false;
    HubError::Kind m_lastFailure = HubError::Kind::None;
};

} // namespace fornax
