#pragma once

#include "HubError.h"
#include "ServerStatus.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace fornax {

class HubClient;
class ProgressStream;
class ServerMonitor;

/**
 * Starts and stops one server and follows each to its end.
 *
 * A start posts the user_options, then follows the hub's progress stream (when the hub answers
 * 202) and confirms the result with the monitor; a stream cut half-way falls back to polling.
 * A stop that the hub acknowledges with 202 is followed until the server is really gone. Both
 * ends are reported once, as serverStarted()/startFailed() and serverStopped()/stopFailed().
 */
class ServerController : public QObject
{
    Q_OBJECT

public:
    ServerController(HubClient *client, ServerMonitor *monitor, const QString &userName,
                     const QString &serverName = {}, QObject *parent = nullptr);

    void startServer(const QJsonObject &userOptions);
    void stopServer();
    bool isStarting() const { return m_phase == Phase::Starting; }
    bool isStopping() const { return m_phase == Phase::Stopping; }
    // How long a stop may take before it is reported as failed.
    void setStopTimeout(std::chrono::milliseconds timeout) { m_stopTimeout = timeout; }

Q_SIGNALS:
    // The hub took the request (201, 202, or a start already under way): it is its job now.
    void startAccepted();
    void startProgressed(int percent, const QString &message);
    void serverStarted(const QUrl &url);
    void startFailed(const fornax::HubError &error);
    void stopAccepted();
    void serverStopped();
    void stopFailed(const fornax::HubError &error);

private:
    enum class Phase { Idle, Starting, Stopping };

    void postStart(const QJsonObject &userOptions);
    void sendStop();
    void followProgress();
    void handleStatus(const ServerStatus &status);
    void finishStart(const QUrl &url);
    void failStart(const HubError &error);
    void finishStop();
    void failStop(const HubError &error);

    HubClient *m_client;
    ServerMonitor *m_monitor;
    QString m_userName;
    QString m_serverName;
    Phase m_phase = Phase::Idle;
    bool m_stopWhenStarted = false;
    // When the hub acknowledged our request: polls sent earlier cannot reflect it.
    std::chrono::steady_clock::time_point m_acknowledgedAt;
    QPointer<QNetworkReply> m_progressReply;
    ProgressStream *m_progress = nullptr;
    QTimer m_stopDeadline;
    std::chrono::milliseconds m_stopTimeout {300'000};
};

} // namespace fornax
