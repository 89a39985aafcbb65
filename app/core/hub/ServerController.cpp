#include "ServerController.h"

#include "HubCall.h"
#include "HubClient.h"
#include "HubUser.h"
#include "Logging.h"
#include "ProgressStream.h"
#include "ServerMonitor.h"

#include <QNetworkReply>

namespace fornax {

ServerController::ServerController(HubClient *client, ServerMonitor *monitor, const QString &userName,
                                   const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_monitor(monitor)
    , m_userName(userName)
    , m_serverName(serverName)
{
    m_stopDeadline.setSingleShot(true);
    connect(&m_stopDeadline, &QTimer::timeout, this, [this] {
        failStop(HubError(HubError::Kind::Timeout, tr("The hub has not stopped the server yet.")));
    });
    connect(m_monitor, &ServerMonitor::polled, this, &ServerController::handleStatus);
}

void ServerController::startServer(const QJsonObject &userOptions)
{
    if (m_phase != Phase::Idle)
        return;
    m_phase = Phase::Starting;
    m_acknowledgedAt = std::chrono::steady_clock::time_point::max();
    m_monitor->setStartProgress(0, tr("Asking the hub for a server…"));
    Q_EMIT startProgressed(0, tr("Asking the hub for a server…"));

    // A fresh look first: the hub answers a second start of a pending spawn with the same 202
    // as a new one and drops its options, so only the user model tells the two apart.
    HubCall *check = m_client->fetchCurrentUser();
    connect(check, &HubCall::finished, this, [this, check, userOptions] {
        if (m_phase != Phase::Starting)
            return;
        if (check->error().isError()) {
            failStart(check->error());
            return;
        }
        const auto user = HubUser::fromJson(check->json().object());
        const auto server = user ? user->server(m_serverName) : std::nullopt;
        if (server && server->pending == HubServer::Pending::Spawn) {
            qCInfo(lcHub) << "a start was already under way; following it";
            const QString note = tr("A start of this server was already under way; following it. The size "
                                    "chosen now was not applied.");
            Q_EMIT startProgressed(0, note);
            m_acknowledgedAt = std::chrono::steady_clock::now();
            Q_EMIT startAccepted();
            followProgress();
            return;
        }
        postStart(userOptions);
    });
}

void ServerController::postStart(const QJsonObject &userOptions)
{
    qCInfo(lcHub) << "starting server" << m_serverName << "with profile"
                  << userOptions.value(QLatin1String("profile")).toString();
    HubCall *call = m_client->startServer(m_userName, m_serverName, userOptions);
    connect(call, &HubCall::finished, this, [this, call] {
        if (m_phase != Phase::Starting)
            return;
        const HubError error = call->error();
        if (error.isError()) {
            failStart(error);
            return;
        }
        m_acknowledgedAt = std::chrono::steady_clock::now();
        Q_EMIT startAccepted();
        if (m_phase != Phase::Starting)
            return; // a slot connected to startAccepted() changed course
        if (call->httpStatus() == 202)
            followProgress();
        else
            m_monitor->refresh(); // 201: ready already; the monitor confirms and gives the URL
    });
}

void ServerController::followProgress()
{
    m_progressReply = m_client->openProgress(m_userName, m_serverName);
    delete m_progress;
    m_progress = new ProgressStream(this);
    connect(m_progress, &ProgressStream::progressChanged, this, [this](int percent, const QString &message) {
        m_monitor->setStartProgress(percent, message);
        Q_EMIT startProgressed(percent, message);
    });
    connect(m_progress, &ProgressStream::serverReady, this, [this] {
        m_monitor->refresh();
    });
    connect(m_progress, &ProgressStream::spawnFailed, this, [this](const QString &message) {
        failStart(HubError(HubError::Kind::SpawnFailed, message));
    });
    connect(m_progress, &ProgressStream::streamInterrupted, this, [this] {
        qCInfo(lcHub) << "progress stream ended early; following the start by polling";
        m_monitor->refresh();
    });
    m_progress->attach(m_progressReply);
}

void ServerController::handleStatus(const ServerStatus &status)
{
    if (m_phase == Phase::Idle || m_monitor->lastPollSentAt() < m_acknowledgedAt)
        return;
    const bool following = m_progressReply && m_progressReply->isRunning();
    if (m_phase == Phase::Starting) {
        if (status.state == ServerStatus::State::Running)
            finishStart(status.url);
        else if ((status.state == ServerStatus::State::Stopped || status.state == ServerStatus::State::Failed)
                 && !following)
            failStart(HubError(HubError::Kind::ServerError, tr("The server stopped while it was starting.")));
    } else if (m_phase == Phase::Stopping && status.state == ServerStatus::State::Stopped) {
        finishStop();
    } else if (m_phase == Phase::Stopping && status.state == ServerStatus::State::Running
               && m_stopWhenStarted) {
        m_stopWhenStarted = false;
        m_acknowledgedAt = std::chrono::steady_clock::time_point::max();
        sendStop();
    }
}

void ServerController::finishStart(const QUrl &url)
{
    m_phase = Phase::Idle;
    if (m_progressReply)
        m_progressReply->abort();
    qCInfo(lcHub) << "server ready";
    Q_EMIT serverStarted(url);
}

void ServerController::failStart(const HubError &error)
{
    m_phase = Phase::Idle;
    if (m_progressReply)
        m_progressReply->abort();
    qCWarning(lcHub) << "start failed:" << error.kindName();
    if (error.kind() != HubError::Kind::AlreadyRunning)
        m_monitor->setStartFailed(error.message());
    m_monitor->refresh();
    Q_EMIT startFailed(error);
}

void ServerController::stopServer()
{
    if (m_phase == Phase::Stopping)
        return;
    if (m_phase == Phase::Starting && m_progressReply)
        m_progressReply->abort(); // cancelling a start is stopping the spawn
    m_phase = Phase::Stopping;
    m_acknowledgedAt = std::chrono::steady_clock::time_point::max();
    m_monitor->expectStop();
    m_stopDeadline.start(m_stopTimeout);
    sendStop();
}

void ServerController::sendStop()
{
    qCInfo(lcHub) << "stopping server" << m_serverName;
    HubCall *call = m_client->stopServer(m_userName, m_serverName);
    connect(call, &HubCall::finished, this, [this, call] {
        if (m_phase != Phase::Stopping)
            return;
        const HubError error = call->error();
        // The hub refuses to stop a spawn under way ("pending spawn, please wait"): stop it as
        // soon as it has started, which is what Cancel means to the user.
        m_stopWhenStarted = error.kind() == HubError::Kind::Pending
            && error.detail().contains(QLatin1String("spawn"), Qt::CaseInsensitive);
        if (error.isError() && error.kind() != HubError::Kind::Pending && error.httpStatus() != 400
            && error.kind() != HubError::Kind::NotFound) {
            failStop(error);
            return;
        }
        // 204, 202, or 400 "not running" (the goal is reached already): confirm by polling.
        m_acknowledgedAt = std::chrono::steady_clock::now();
        Q_EMIT stopAccepted();
        m_monitor->refresh();
    });
}

void ServerController::finishStop()
{
    m_phase = Phase::Idle;
    m_stopDeadline.stop();
    qCInfo(lcHub) << "server stopped";
    Q_EMIT serverStopped();
}

void ServerController::failStop(const HubError &error)
{
    m_phase = Phase::Idle;
    m_stopDeadline.stop();
    Q_EMIT stopFailed(error);
}

} // namespace fornax
