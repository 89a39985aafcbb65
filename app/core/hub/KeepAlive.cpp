#include "KeepAlive.h"

#include "HubClient.h"
#include "Logging.h"
#include "ReplyLimit.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace fornax {

using namespace std::chrono;

namespace {

// JupyterHub (2.0 and later) answers a request for a server that is not running with 424.
constexpr int ServerNotRunningStatus = 424;

} // namespace

KeepAlive::KeepAlive(HubClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_pingTimer.setSingleShot(false);
    connect(&m_pingTimer, &QTimer::timeout, this, &KeepAlive::ping);
    m_endTimer.setSingleShot(true);
    connect(&m_endTimer, &QTimer::timeout, this, [this] {
        end(EndReason::Expired);
    });
}

KeepAlive::~KeepAlive()
{
    m_active = false;
    if (m_inFlight) {
        disconnect(m_inFlight, nullptr, this, nullptr);
        m_inFlight->abort();
        m_inFlight->deleteLater();
    }
}

void KeepAlive::setServerUrl(const QUrl &url)
{
    m_serverUrl = url;
}

void KeepAlive::setInterval(milliseconds interval)
{
    m_interval = std::max(interval, milliseconds(100));
    if (m_pingTimer.isActive())
        m_pingTimer.start(m_interval);
}

bool KeepAlive::start(milliseconds duration)
{
    if (duration.count() <= 0 || !m_serverUrl.isValid() || m_serverUrl.isEmpty()) {
        qCWarning(lcHub) << "keep-alive not started: no running server or no duration";
        return false;
    }
    if (duration > MaxDuration) {
        qCInfo(lcHub) << "keep-alive capped at" << MaxDuration.count() << "minutes";
        duration = MaxDuration;
    }
    m_active = true;
    m_lastFailure = HubError::Kind::None;
    m_until = QDateTime::currentDateTimeUtc().addMSecs(duration.count());
    m_endTimer.start(duration);
    m_pingTimer.start(m_interval);
    qCInfo(lcHub) << "keep-alive until" << m_until.toString(Qt::ISODate);
    Q_EMIT keepAliveStarted(m_until);
    ping();
    return true;
}

void KeepAlive::stop()
{
    if (m_active)
        end(EndReason::Stopped);
}

void KeepAlive::updateStatus(const ServerStatus &status)
{
    if (status.state == ServerStatus::State::Running) {
        if (!status.url.isEmpty())
            m_serverUrl = status.url;
        return;
    }
    // Unknown means the hub could not be asked, not that the server is gone.
    if (status.state != ServerStatus::State::Unknown && m_active)
        end(EndReason::ServerGone);
}

void KeepAlive::end(EndReason reason)
{
    if (!m_active)
        return;
    m_active = false;
    m_pingTimer.stop();
    m_endTimer.stop();
    if (m_inFlight)
        m_inFlight->abort();
    qCInfo(lcHub) << "keep-alive ended:" << reason;
    Q_EMIT keepAliveEnded(reason);
}

void KeepAlive::ping()
{
    if (!m_active)
        return;
    // Timers stand still while the machine sleeps; the promise to the user is a wall-clock time.
    if (QDateTime::currentDateTimeUtc() >= m_until) {
        end(EndReason::Expired);
        return;
    }
    if (m_inFlight)
        return; // the previous request has not finished; one at a time is enough

    QNetworkRequest request = m_client->request(m_serverUrl.resolved(QUrl(QStringLiteral("api/status"))));
    // The request exists to reach the server: no cache may answer it.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_client->guardRedirects(m_client->network()->get(request));
    ReplyLimit::apply(reply, ReplyLimit::Small);
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        handleReply(reply);
    });
}

void KeepAlive::handleReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_inFlight == reply)
        m_inFlight = nullptr;
    if (!m_active)
        return;

    const QByteArray body = ReplyLimit::body(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    HubError error = HubError::fromReply(reply, body);
    // Only end() aborts a request, and then this is not reached: it was the transfer timeout.
    if (error.kind() == HubError::Kind::Cancelled)
        error = HubError(HubError::Kind::Timeout);

    if (status == ServerNotRunningStatus) {
        end(EndReason::ServerGone);
        return;
    }
    // A page that is not the server's JSON (a sign-in page after redirects) did not reach it.
    if (!error.isError() && !QJsonDocument::fromJson(body).isObject())
        error = HubError(HubError::Kind::Malformed,
                         tr("The server did not answer the keep-alive request as a Jupyter server "
                            "would (HTTP %1).")
                             .arg(status));
    if (error.isError()) {
        if (error.kind() != m_lastFailure) {
            qCWarning(lcHub) << "keep-alive request failed:" << error.kindName() << status;
            m_lastFailure = error.kind();
            Q_EMIT keepAliveFailed(error);
        } else {
            qCDebug(lcHub) << "keep-alive request failed again:" << error.kindName() << status;
        }
        return;
    }
    m_lastFailure = HubError::Kind::None;
    qCDebug(lcHub) << "keep-alive request reached the server";
    Q_EMIT pinged();
}

} // namespace fornax
