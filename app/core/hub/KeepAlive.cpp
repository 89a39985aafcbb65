#include "KeepAlive.h"

#include "HubClient.h"
#include "Logging.h"
#include "ReplyLimit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cmath>

namespace fornax {

using namespace std::chrono;

namespace {

// JupyterHub (2.0 and later) answers a request for a server that is not running with 424.
constexpr int ServerNotRunningStatus = 424;
// Ends closer than this are the same end: no new request to move the server's by so little.
constexpr qint64 SlackMs = 30'000;

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

const char *callName(int call)
{
    static const char *const names[] = {"none", "probe", "post", "delete", "refresh", "ping"};
    return names[call];
}

} // namespace

KeepAlive::KeepAlive(HubClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_tickTimer.setSingleShot(false);
    connect(&m_tickTimer, &QTimer::timeout, this, &KeepAlive::tick);
    m_endTimer.setSingleShot(true);
    connect(&m_endTimer, &QTimer::timeout, this, [this] {
        settle(EndReason::Expired);
    });
}

KeepAlive::~KeepAlive()
{
    // Nothing is sent: a keep-alive the server holds goes on after the app, which is its point.
    m_wasActive = false;
    if (m_inFlight) {
        disconnect(m_inFlight, nullptr, this, nullptr);
        m_inFlight->abort();
        m_inFlight->deleteLater();
    }
}

void KeepAlive::setServerUrl(const QUrl &url)
{
    if (url == m_serverUrl)
        return;
    m_serverUrl = url;
    resetServer();
}

void KeepAlive::setInterval(milliseconds interval)
{
    m_interval = std::max(interval, milliseconds(100));
    if (m_tickTimer.isActive())
        m_tickTimer.start(m_interval);
}

bool KeepAlive::claimActive(const QString &owner) const
{
    const QDateTime until = m_claims.value(owner);
    return until.isValid() && until > now();
}

QDateTime KeepAlive::desiredUntil() const
{
    QDateTime latest;
    const QDateTime at = now();
    for (const QDateTime &until : m_claims) {
        if (until > at && (!latest.isValid() || until > latest))
            latest = until;
    }
    return latest;
}

bool KeepAlive::serverKeepsAlive() const
{
    return m_mechanism == Mechanism::ServerExtension && m_serverUntil.isValid() && m_serverUntil > now();
}

bool KeepAlive::isActive() const
{
    return desiredUntil().isValid() || serverKeepsAlive();
}

bool KeepAlive::serverEndIsOurs() const
{
    return m_postedUntil.isValid() && m_serverUntil.isValid()
        && qAbs(m_serverUntil.msecsTo(m_postedUntil)) <= SlackMs;
}

QDateTime KeepAlive::until() const
{
    QDateTime latest = desiredUntil();
    // The server's end counts when somebody else set it (the lab) and it lasts longer; one this
    // object set, or one the user's start() is replacing, follows the claims (a shorter new end is
    // on its way there).
    const bool replacing = serverEndIsOurs() || m_overrideServer;
    if (serverKeepsAlive() && (!latest.isValid() || (!replacing && m_serverUntil > latest)))
        latest = m_serverUntil;
    return latest;
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
    m_lastFailure = HubError::Kind::None;
    // The user's choice now, not a longer one left on the server by the lab or an earlier run.
    m_overrideServer = m_mechanism != Mechanism::CountedRequests;
    const QDateTime until = now().addMSecs(duration.count());
    m_claims.insert(userClaim(), until);
    qCInfo(lcHub) << "keep-alive until" << until.toString(Qt::ISODate);
    settle(EndReason::Expired);
    Q_EMIT keepAliveStarted(until);
    sync();
    return true;
}

void KeepAlive::stop()
{
    m_claims.remove(userClaim());
    if (m_mechanism != Mechanism::CountedRequests && (serverKeepsAlive() || m_postedUntil.isValid()))
        m_overrideServer = true;
    // The user asked for it to end: it has, as far as views go, whatever the server says later.
    if (!desiredUntil().isValid())
        m_serverUntil = {};
    settle(EndReason::Stopped);
    sync();
}

void KeepAlive::hold(const QString &owner, const QDateTime &until)
{
    if (!until.isValid() || until <= now()) {
        release(owner);
        return;
    }
    if (!m_serverUrl.isValid() || m_serverUrl.isEmpty())
        return;
    m_claims.insert(owner, until.toUTC());
    settle(EndReason::Expired);
    sync();
}

void KeepAlive::release(const QString &owner)
{
    if (!m_claims.contains(owner))
        return;
    m_claims.remove(owner);
    settle(EndReason::Released);
    sync();
}

void KeepAlive::checkServer()
{
    if (!m_serverUrl.isValid() || m_serverUrl.isEmpty())
        return;
    if (m_inFlight) {
        m_syncAgain = true;
        return;
    }
    send(Call::Probe);
}

void KeepAlive::updateStatus(const ServerStatus &status)
{
    if (status.state == ServerStatus::State::Running) {
        if (status.started.isValid() && m_serverStarted.isValid() && status.started != m_serverStarted)
            resetServer(); // a new server: its extensions and keep-alive are its own
        if (status.started.isValid())
            m_serverStarted = status.started;
        if (!status.url.isEmpty() && status.url != m_serverUrl) {
            m_serverUrl = status.url;
            resetServer();
        }
        return;
    }
    // Unknown means the hub could not be asked, not that the server is gone.
    if (status.state == ServerStatus::State::Unknown || status.state == ServerStatus::State::Starting)
        return;
    m_serverStarted = {};
    m_claims.clear();
    resetServer();
    settle(EndReason::ServerGone);
}

void KeepAlive::resetServer()
{
    m_lastPing.reset();
    m_mechanism = Mechanism::Unknown;
    m_serverUntil = {};
    m_postedUntil = {};
    m_overrideServer = false;
}

void KeepAlive::sync()
{
    if (!m_serverUrl.isValid() || m_serverUrl.isEmpty())
        return;
    if (m_inFlight) {
        m_syncAgain = true;
        return;
    }
    const QDateTime wanted = desiredUntil();
    if (m_mechanism == Mechanism::Unknown) {
        if (wanted.isValid() || m_overrideServer)
            send(Call::Probe);
        return;
    }
    const qint64 secondsLeft = wanted.isValid() ? qint64(std::ceil(now().msecsTo(wanted) / 1000.0)) : 0;
    if (m_mechanism == Mechanism::CountedRequests) {
        m_overrideServer = false;
        // A new claim gets its first request at once; the timer sends the rest.
        if (wanted.isValid() && (!m_lastPing || steady_clock::now() - *m_lastPing >= m_interval))
            send(Call::Ping);
        return;
    }
    // Still running on the server, and set by this object (not since replaced by the lab's).
    const bool ours = serverEndIsOurs() && m_serverUntil > now();
    if (wanted.isValid()) {
        const bool tooShort = !m_serverUntil.isValid() || m_serverUntil.msecsTo(wanted) > SlackMs;
        const bool tooLong = (ours || m_overrideServer) && wanted.msecsTo(m_serverUntil) > SlackMs;
        if (tooShort || tooLong)
            send(Call::Post, seconds(std::max<qint64>(secondsLeft, 1)));
        else
            m_overrideServer = false;
        return;
    }
    if (m_overrideServer || ours) {
        send(Call::Delete);
        return;
    }
    m_postedUntil = {}; // somebody else's keep-alive (the lab's) is theirs to end
}

void KeepAlive::tick()
{
    settle(EndReason::Expired);
    if (!m_wasActive)
        return;
    if (m_inFlight)
        return; // one request at a time is enough
    switch (m_mechanism) {
    case Mechanism::Unknown:
        send(Call::Probe);
        break;
    case Mechanism::ServerExtension:
        send(Call::Refresh);
        break;
    case Mechanism::CountedRequests:
        if (desiredUntil().isValid())
            send(Call::Ping);
        break;
    }
}

void KeepAlive::send(Call call, seconds duration)
{
    QNetworkRequest request;
    QNetworkReply *reply = nullptr;
    QDateTime posted;
    QNetworkAccessManager *network = m_client->network();
    switch (call) {
    case Call::None:
        return;
    case Call::Probe:
    case Call::Refresh:
        request = m_client->request(HubClient::serverStateUrl(m_serverUrl, QStringLiteral("ext-keepalive")));
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        reply = network->get(request);
        break;
    case Call::Post: {
        request = m_client->request(m_serverUrl.resolved(QUrl(QStringLiteral("ext-keepalive"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QJsonObject body {{QStringLiteral("seconds"), qint64(duration.count())}};
        posted = now().addSecs(duration.count());
        reply = network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        break;
    }
    case Call::Delete:
        request = m_client->request(m_serverUrl.resolved(QUrl(QStringLiteral("ext-keepalive"))));
        reply = network->deleteResource(request);
        break;
    case Call::Ping:
        m_lastPing = steady_clock::now();
        // Counted on purpose (no no_track_activity): that is the request's only job. Not
        // api/status, which no single-user server counts.
        request = m_client->request(m_serverUrl.resolved(QUrl(QStringLiteral("api/contents?content=0"))));
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        reply = network->get(request);
        break;
    }
    m_client->guardRedirects(reply);
    ReplyLimit::apply(reply, ReplyLimit::Small);
    m_inFlight = reply;
    m_inFlightCall = call;
    qCDebug(lcHub) << "keep-alive:" << callName(int(call));
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, posted] {
        handleReply(reply, call, posted);
    });
}

HubError KeepAlive::replyError(QNetworkReply *reply, const QByteArray &body) const
{
    HubError error = HubError::fromReply(reply, body);
    // Only the destructor aborts a request, and then this is not reached: it was the timeout.
    if (error.kind() == HubError::Kind::Cancelled)
        error = HubError(HubError::Kind::Timeout);
    return error;
}

void KeepAlive::reportFailure(const HubError &error)
{
    if (error.kind() != m_lastFailure) {
        qCWarning(lcHub) << "keep-alive request failed:" << error.kindName() << error.httpStatus();
        m_lastFailure = error.kind();
        Q_EMIT keepAliveFailed(error);
    } else {
        qCDebug(lcHub) << "keep-alive request failed again:" << error.kindName();
    }
}

void KeepAlive::readRemaining(const QByteArray &body)
{
    const double remaining =
        QJsonDocument::fromJson(body).object().value(QLatin1String("remaining")).toDouble();
    const QDateTime before = m_serverUntil;
    m_serverUntil = remaining > 0 ? now().addMSecs(qint64(remaining * 1000)) : QDateTime();
    // It ended on the server well before its time: stopped in the lab (or the server forgot it).
    // The user's own keep-alive ends with it; work that still runs sets it again.
    const bool endedEarly = !m_serverUntil.isValid() && before.isValid() && now().msecsTo(before) > SlackMs;
    if (endedEarly) {
        qCInfo(lcHub) << "the server's keep-alive was ended on the server";
        m_postedUntil = {};
        m_claims.remove(userClaim());
    }
    settle(endedEarly ? EndReason::EndedOnServer : EndReason::Expired);
}

void KeepAlive::handleReply(QNetworkReply *reply, Call call, const QDateTime &posted)
{
    processReply(reply, call, posted);
    if (!m_inFlight)
        Q_EMIT requestsSettled();
}

void KeepAlive::processReply(QNetworkReply *reply, Call call, const QDateTime &posted)
{
    reply->deleteLater();
    if (m_inFlight == reply)
        m_inFlight = nullptr;
    m_inFlightCall = Call::None;
    const QByteArray body = ReplyLimit::body(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    HubError error = replyError(reply, body);

    if (status == ServerNotRunningStatus) {
        m_claims.clear();
        resetServer();
        settle(EndReason::ServerGone);
        return;
    }
    const bool wasActive = isActive();
    const bool isObject = QJsonDocument::fromJson(body).isObject();
    if ((call == Call::Probe || call == Call::Post) && status == 404) {
        // No extension: requests that the server counts, from here, will do.
        setMechanism(Mechanism::CountedRequests);
        m_lastFailure = HubError::Kind::None;
        sync();
        return;
    }
    // A page that is not the server's JSON (a sign-in page after redirects) did not reach it.
    const bool wantsJson = call == Call::Probe || call == Call::Refresh || call == Call::Ping;
    if (!error.isError() && wantsJson && !isObject)
        error = HubError(HubError::Kind::Malformed,
                         tr("The server did not answer the keep-alive request as a Jupyter server "
                            "would (HTTP %1).")
                             .arg(status));
    if (error.isError()) {
        reportFailure(error);
        if (m_syncAgain) {
            m_syncAgain = false;
            if (call != Call::Probe)
                sync();
        }
        return;
    }
    m_lastFailure = HubError::Kind::None;

    switch (call) {
    case Call::None:
        break;
    case Call::Probe:
        setMechanism(Mechanism::ServerExtension);
        readRemaining(body);
        // One that runs already (started in the lab or by an earlier run) is adopted.
        if (!wasActive && serverKeepsAlive()) {
            qCInfo(lcHub) << "the server keeps itself alive until" << m_serverUntil.toString(Qt::ISODate);
            Q_EMIT keepAliveStarted(m_serverUntil);
        }
        break;
    case Call::Refresh:
        readRemaining(body);
        if (serverKeepsAlive())
            Q_EMIT pinged();
        break;
    case Call::Post:
        m_serverUntil = posted;
        m_postedUntil = posted;
        m_overrideServer = false;
        settle(EndReason::Expired);
        Q_EMIT pinged();
        break;
    case Call::Delete:
        m_serverUntil = {};
        m_postedUntil = {};
        m_overrideServer = false;
        settle(EndReason::Stopped);
        break;
    case Call::Ping:
        Q_EMIT pinged();
        break;
    }
    m_syncAgain = false;
    sync();
}

void KeepAlive::setMechanism(Mechanism mechanism)
{
    if (mechanism == m_mechanism)
        return;
    m_mechanism = mechanism;
    qCInfo(lcHub) << "keep-alive mechanism:" << mechanism;
    Q_EMIT changed();
}

void KeepAlive::scheduleEnd()
{
    const QDateTime ends = until();
    if (!ends.isValid()) {
        m_endTimer.stop();
        return;
    }
    // The nearest end of any claim: the view's until() may change then.
    QDateTime next = ends;
    const QDateTime at = now();
    for (const QDateTime &claim : std::as_const(m_claims)) {
        if (claim > at && claim < next)
            next = claim;
    }
    m_endTimer.start(milliseconds(std::max<qint64>(at.msecsTo(next), 0) + 20));
}

void KeepAlive::settle(EndReason reasonIfEnded)
{
    const QDateTime at = now();
    for (auto it = m_claims.begin(); it != m_claims.end();) {
        if (!it->isValid() || *it <= at)
            it = m_claims.erase(it);
        else
            ++it;
    }
    if (isActive()) {
        if (!m_tickTimer.isActive())
            m_tickTimer.start(m_interval);
        scheduleEnd();
        const QDateTime ends = until();
        const bool news = !m_wasActive || ends != m_reportedUntil;
        m_wasActive = true;
        m_reportedUntil = ends;
        if (news)
            Q_EMIT changed();
        return;
    }
    m_tickTimer.stop();
    m_endTimer.stop();
    m_reportedUntil = {};
    if (!m_wasActive)
        return;
    m_wasActive = false;
    qCInfo(lcHub) << "keep-alive ended:" << reasonIfEnded;
    Q_EMIT keepAliveEnded(reasonIfEnded);
    Q_EMIT changed();
}

} // namespace fornax
