#pragma once

#include "HubError.h"
#include "HubUser.h"
#include "ServerStatus.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace fornax {

class HubCall;
class HubClient;

/**
 * Keeps one server's ServerStatus true by polling the hub's user model.
 *
 * Polls `GET hub/api/user` (a hub route: it moves the user's last_activity, never the server's,
 * so watching a server does not keep it from being culled): quickly while a server starts or
 * stops, slowly otherwise,
 * and with doubling back-off while the hub cannot be reached. A server that disappears without
 * the client having asked for it (idle culling, a reclaimed spot node, a stop from the browser)
 * is reported through serverLost() on the first poll that sees it.
 */
class ServerMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ServerMonitor(HubClient *client, const QString &serverName = {}, QObject *parent = nullptr);

    void start();
    void stop();
    // Poll now, e.g. after the client changed something, instead of waiting for the timer.
    void refresh();
    // The client itself is stopping the server: its disappearance is expected, not "lost".
    void expectStop();
    // What only the client knows: progress of a start it follows, a start that failed.
    void setStartProgress(int percent, const QString &message);
    void setStartFailed(const QString &reason);

    void setIntervals(std::chrono::milliseconds steady, std::chrono::milliseconds busy,
                      std::chrono::milliseconds maxBackoff);

    ServerStatus status() const { return m_status; }
    std::optional<HubUser> user() const { return m_user; }
    HubError lastError() const { return m_lastError; }
    bool isReachable() const { return !m_lastError.isError(); }
    QString serverName() const { return m_serverName; }
    // When the request behind the latest polled() was sent: a reply to a poll sent before some
    // change the caller made cannot show that change yet.
    std::chrono::steady_clock::time_point lastPollSentAt() const { return m_answeredSentAt; }

Q_SIGNALS:
    void statusChanged(const fornax::ServerStatus &status);
    // After every successful poll, changed or not.
    void polled(const fornax::ServerStatus &status);
    void userUpdated(const fornax::HubUser &user);
    void serverLost(const fornax::ServerStatus &previous);
    void pollFailed(const fornax::HubError &error);
    void pollRecovered();
    void tokenRejected(const fornax::HubError &error);

private:
    void poll();
    void handleReply(HubCall *call);
    void scheduleNext();

    HubClient *m_client;
    QString m_serverName;
    QTimer m_timer;
    QPointer<HubCall> m_inFlight;
    ServerStatus m_status;
    std::optional<HubUser> m_user;
    HubError m_lastError;
    bool m_running = false;
    bool m_stopExpected = false;
    bool m_refreshPending = false;
    bool m_wasRunning = false;
    std::chrono::steady_clock::time_point m_sentAt;
    std::chrono::steady_clock::time_point m_answeredSentAt;
    std::chrono::milliseconds m_steady {15'000};
    std::chrono::milliseconds m_busy {2'000};
    std::chrono::milliseconds m_maxBackoff {60'000};
    std::chrono::milliseconds m_backoff {0};
};

} // namespace fornax
