#include "ServerMonitor.h"

#include "HubCall.h"
#include "HubClient.h"
#include "Logging.h"

namespace fornax {

ServerMonitor::ServerMonitor(HubClient *client, const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_serverName(serverName)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServerMonitor::poll);
}

void ServerMonitor::setIntervals(std::chrono::milliseconds steady, std::chrono::milliseconds busy,
                                 std::chrono::milliseconds maxBackoff)
{
    m_steady = steady;
    m_busy = busy;
    m_maxBackoff = maxBackoff;
}

void ServerMonitor::start()
{
    m_running = true;
    poll();
}

void ServerMonitor::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_inFlight)
        m_inFlight->abort();
}

void ServerMonitor::refresh()
{
    if (!m_running)
        return;
    m_timer.stop();
    if (m_inFlight)
        m_refreshPending = true; // its answer may predate the caller's change: ask again after it
    else
        poll();
}

void ServerMonitor::expectStop()
{
    m_stopExpected = true;
}

void ServerMonitor::setStartProgress(int percent, const QString &message)
{
    ServerStatus next = m_status;
    next.state = ServerStatus::State::Starting;
    next.progress = std::max(percent, next.progress);
    if (!message.isEmpty())
        next.message = message;
    if (!(next == m_status)) {
        m_status = next;
        Q_EMIT statusChanged(m_status);
    }
}

void ServerMonitor::setStartFailed(const QString &reason)
{
    m_status = ServerStatus();
    m_status.state = ServerStatus::State::Failed;
    m_status.message = reason;
    Q_EMIT statusChanged(m_status);
}

void ServerMonitor::poll()
{
    if (!m_running || m_inFlight)
        return;
    HubCall *call = m_client->fetchCurrentUser();
    m_inFlight = call;
    m_sentAt = std::chrono::steady_clock::now();
    connect(call, &HubCall::finished, this, [this, call] {
        handleReply(call);
    });
}

void ServerMonitor::handleReply(HubCall *call)
{
    m_inFlight = nullptr;
    if (!m_running)
        return;
    HubError error = call->error();
    std::optional<HubUser> user;
    if (!error.isError()) {
        QString why;
        user = HubUser::fromJson(call->json().object(), &why);
        if (!user)
            error = HubError(HubError::Kind::Malformed, why);
    }

    if (error.isError()) {
        const bool first = !m_lastError.isError() || m_lastError.kind() != error.kind();
        m_lastError = error;
        if (error.kind() == HubError::Kind::TokenExpired) {
            qCInfo(lcHub) << "the hub no longer accepts the token; monitoring stops";
            m_running = false;
            Q_EMIT tokenRejected(error);
            return;
        }
        if (first) {
            qCWarning(lcHub) << "polling the hub failed:" << error.kindName();
            Q_EMIT pollFailed(error);
        }
        m_backoff = std::min(m_maxBackoff, m_backoff.count() == 0 ? m_busy : m_backoff * 2);
        m_timer.start(m_backoff);
        return;
    }

    if (m_lastError.isError()) {
        m_lastError = {};
        Q_EMIT pollRecovered();
    }
    m_backoff = std::chrono::milliseconds(0);
    m_user = user;
    Q_EMIT userUpdated(*user);

    ServerStatus next = ServerStatus::fromUser(*user, m_serverName, m_client->hub());
    const ServerStatus previous = m_status;
    // A failure the controller recorded stays visible until the server does something new.
    if (previous.state == ServerStatus::State::Failed && next.state == ServerStatus::State::Stopped)
        next = previous;
    // Progress is the controller's knowledge; the user model does not carry it.
    if (next.state == ServerStatus::State::Starting && previous.state == ServerStatus::State::Starting) {
        next.progress = previous.progress;
        next.message = previous.message;
    }
    // Only a server that ran can be lost (possibly seen stopping first); one that stops while
    // starting has failed to start, which whoever started it reports.
    if (next.state == ServerStatus::State::Running)
        m_wasRunning = true;
    if (next.state == ServerStatus::State::Stopped && m_wasRunning && !m_stopExpected) {
        next.message = tr("The server was stopped outside this app: by the hub (after being idle, "
                          "or because its cloud machine was reclaimed) or from a browser.");
        qCInfo(lcHub) << "server stopped behind the client's back";
        m_status = next;
        Q_EMIT statusChanged(m_status);
        Q_EMIT serverLost(previous);
    } else if (!(next == previous)) {
        m_status = next;
        Q_EMIT statusChanged(m_status);
    }
    if (next.state == ServerStatus::State::Stopped || next.state == ServerStatus::State::Failed) {
        m_stopExpected = false;
        m_wasRunning = false;
    }
    m_answeredSentAt = m_sentAt;
    if (m_refreshPending) {
        m_refreshPending = false;
        m_timer.start(0);
    } else {
        scheduleNext();
    }
    Q_EMIT polled(m_status);
}

void ServerMonitor::scheduleNext()
{
    const bool busy =
        m_status.state == ServerStatus::State::Starting || m_status.state == ServerStatus::State::Stopping;
    m_timer.start(busy ? m_busy : m_steady);
}

} // namespace fornax
