#include "HubError.h"

#include "ReplyBudget.h"
#include "ReplyLimit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace fornax {

namespace {

// The hub's own explanation: {"status": 400, "message": "..."} in every API error.
QString hubMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        return doc.object().value(QLatin1String("message")).toString();
    return {};
}

// Whether url addresses a user's server (<base>user/...) rather than the hub (<base>hub/...,
// including <base>hub/user/..., where the hub answers for a stopped server): whichever of the
// two segments comes first. A hub base never holds a "user" segment (HubUrl::isUnderUserServer).
bool addressesServer(const QUrl &url)
{
    for (const QString &segment : url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("hub"))
            return false;
        if (segment == QLatin1String("user"))
            return true;
    }
    return false;
}

} // namespace

HubError HubError::fromServer(Kind kind, QString detail, int httpStatus)
{
    HubError error(kind, std::move(detail), httpStatus);
    error.m_fromServer = true;
    return error;
}

HubError::HubError(Kind kind, QString detail, int httpStatus)
    : m_kind(kind)
    , m_detail(std::move(detail))
    , m_httpStatus(httpStatus)
{ }

HubError HubError::fromReply(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Checked first: these replies were aborted on purpose, which Qt reports as cancelled.
    if (const QVariant refused = reply->property("fornaxRefusedRedirect"); refused.isValid())
        return {Kind::RedirectRefused,
                refused.toUrl()
                    .adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                    .toDisplayString(),
                status};
    if (const auto limit = ReplyLimit::exceeded(reply)) {
        if (addressesServer(reply->url()))
            return fromServer(Kind::TooLarge, ReplyBudget::sizeText(*limit), status);
        return {Kind::TooLarge, ReplyBudget::sizeText(*limit), status};
    }
    const QString detail = hubMessage(body);

    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::HostNotFoundError:
        return {Kind::HostNotFound, reply->url().host()};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return {Kind::Unreachable, reply->errorString()};
    case QNetworkReply::SslHandshakeFailedError:
        return {Kind::Tls, reply->errorString()};
    case QNetworkReply::TimeoutError:
        return {Kind::Timeout, reply->errorString()};
    case QNetworkReply::OperationCanceledError:
        // QNetworkRequest::setTransferTimeout aborts with OperationCanceledError.
        return {reply->property("fornaxTimedOut").toBool() ? Kind::Timeout : Kind::Cancelled};
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return {Kind::Proxy, reply->errorString()};
    default:
        if (status == 0)
            return {Kind::Unreachable, reply->errorString()};
        break;
    }

    if (status < 400)
        return {};

    HubError error;
    switch (status) {
    case 401:
        error = {Kind::TokenExpired, detail, status};
        break;
    case 403:
        error = {Kind::Forbidden, detail, status};
        break;
    case 404:
        error = {Kind::NotFound, detail, status};
        break;
    case 400:
    case 409:
        if (detail.contains(QLatin1String("already running"), Qt::CaseInsensitive)
            || detail.contains(QLatin1String("already active"), Qt::CaseInsensitive))
            error = {Kind::AlreadyRunning, detail, status};
        else if (detail.contains(QLatin1String("pending"), Qt::CaseInsensitive))
            error = {Kind::Pending, detail, status};
        else
            error = {Kind::Rejected, detail, status};
        break;
    case 429: {
        error = {Kind::TooManySpawns, detail, status};
        bool ok = false;
        const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        error.setRetryAfter(std::chrono::seconds(ok && seconds > 0 ? seconds : 30));
        break;
    }
    case 502:
    case 503:
    case 504:
        error = {Kind::Proxy, detail, status};
        break;
    default:
        error = {Kind::ServerError, detail, status};
        break;
    }
    return error;
}

bool HubError::isTransient() const
{
    switch (m_kind) {
    case Kind::Unreachable:
    case Kind::Timeout:
    case Kind::Proxy:
    case Kind::TooManySpawns:
        return true;
    default:
        return false;
    }
}

QString HubError::message() const
{
    QString text;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::HostNotFound:
        text = tr("The hub's address could not be found (%1). Check the address in the settings and "
                  "your internet connection.")
                   .arg(m_detail);
        return text;
    case Kind::Unreachable:
        text = tr("The hub cannot be reached. Check your internet connection; if it works, the hub "
                  "may be down for maintenance: try again later.");
        break;
    case Kind::Tls:
        text = tr("The hub's secure connection could not be verified, so nothing was sent. The "
                  "network may be intercepting traffic: try another network, or ask the hub's "
                  "administrators.");
        break;
    case Kind::Timeout:
        text = tr("The hub did not answer in time. Try again; if it keeps happening, the hub may "
                  "be overloaded.");
        break;
    case Kind::Proxy:
        text = tr("A proxy or gateway in front of the hub failed. This is usually temporary: try "
                  "again in a minute.");
        break;
    case Kind::NotAHub:
        text = tr("This address does not belong to a JupyterHub. Check it: it should be the "
                  "address you open in a browser to reach your hub.");
        break;
    case Kind::TokenExpired:
        text = tr("The hub does not accept this sign-in: it expired, was revoked, or (for a token you gave) "
                  "was never valid. Sign in again with the app, or make a new token on the hub's "
                  "token page.");
        break;
    case Kind::Forbidden:
        text = tr("The hub refused this request: the sign-in this app uses is not allowed to do it. "
                  "A token made on the hub's token page may lack a permission (scope) the hub names "
                  "below: sign in again with the app, or make a token with that scope. If your account "
                  "itself may not do this, ask the hub's administrators.");
        break;
    case Kind::NotFound:
        text = tr("The hub does not know this user or server. Check the account in the settings.");
        break;
    case Kind::AlreadyRunning:
        text = tr("Your server is already running.");
        break;
    case Kind::Pending:
        text = tr("Your server is already starting or stopping. Wait for it to finish.");
        break;
    case Kind::TooManySpawns:
        text = tr("The hub is starting too many servers at once. It asks to try again in %n "
                  "second(s).",
                  nullptr, int(m_retryAfter.count()));
        break;
    case Kind::ServerError:
        text = tr("The hub reported an error. Try again; if it keeps happening, tell the hub's "
                  "administrators.");
        break;
    case Kind::Rejected:
        if (m_detail.contains(QLatin1String("Named servers are not enabled"), Qt::CaseInsensitive))
            text = tr("This hub does not offer named servers: leave out --server to use your one server.");
        else
            text = tr("The hub refused this request as it stands; sending it again will not change that.");
        break;
    case Kind::SpawnFailed:
        text = tr("If the hub's reason below does not say what to change, tell the hub's "
                  "administrators.");
        break;
    case Kind::Malformed:
        text = tr("The hub sent a reply this app cannot understand. The hub may be a version this "
                  "app does not support yet.");
        break;
    case Kind::TooLarge:
        if (m_fromServer)
            return tr("Your server sent more than %1 in one reply, far more than such an answer holds, "
                      "so the app stopped reading it. Nothing was changed. Software on your server may "
                      "be misbehaving: if this keeps happening, restart your server.")
                .arg(m_detail);
        return tr("The hub sent more than %1 in one reply, far more than such an answer holds, so "
                  "the app stopped reading it. Nothing was changed. If this keeps happening, tell "
                  "the hub's administrators.")
            .arg(m_detail);
    case Kind::RedirectRefused:
        return tr("The request was redirected to %1, where your sign-in must not go (another site, "
                  "or another part of the hub). It was stopped there, so nothing was sent to it.")
            .arg(m_detail);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    if (!m_detail.isEmpty())
        text += QLatin1Char(' ') + tr("The hub said: %1").arg(m_detail);
    return text;
}

QString HubError::kindName() const
{
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::HostNotFound:
        return QStringLiteral("host-not-found");
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Proxy:
        return QStringLiteral("proxy");
    case Kind::NotAHub:
        return QStringLiteral("not-a-hub");
    case Kind::TokenExpired:
        return QStringLiteral("token-expired");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::AlreadyRunning:
        return QStringLiteral("already-running");
    case Kind::Pending:
        return QStringLiteral("pending");
    case Kind::TooManySpawns:
        return QStringLiteral("too-many-spawns");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::SpawnFailed:
        return QStringLiteral("spawn-failed");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::RedirectRefused:
        return QStringLiteral("redirect-refused");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace fornax
