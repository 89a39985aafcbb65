#include "HubClient.h"

#include "Defaults.h"
#include "FornaxVersion.h"
#include "ReplyLimit.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace fornax {

namespace {

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

HubClient::HubClient(const HubUrl &hub, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_network(network)
{ }

QUrl HubClient::serverStateUrl(const QUrl &serverUrl, const QString &path)
{
    QUrl url = serverUrl.resolved(QUrl(path));
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("no_track_activity"), QStringLiteral("1"));
    url.setQuery(query);
    return url;
}

QNetworkRequest HubClient::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(defaults::RequestTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("FornaxDesktop/%1").arg(QString::fromLatin1(ApplicationVersion)));
    request.setRawHeader("Accept", "application/json");
    // Redirects are checked one by one (guard()): the token must never follow one elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    const QByteArray &token = [&]() -> const QByteArray & {
        static const QByteArray none;
        switch (m_hub.areaOf(url)) {
        case HubUrl::Area::HubApi:
            return m_token;
        case HubUrl::Area::UserServer:
            return m_serverToken;
        case HubUrl::Area::Elsewhere:
            break;
        }
        return none;
    }();
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "token " + token);
    return request;
}

QNetworkReply *HubClient::guardRedirects(QNetworkReply *reply) const
{
    const HubUrl hub = m_hub;
    const HubUrl::Area area = m_hub.areaOf(reply->request().url());
    connect(reply, &QNetworkReply::redirected, reply, [reply, hub, area](const QUrl &target) {
        // The request goes on with the same headers: only where the same token may go.
        if (hub.isSameOrigin(target) && hub.areaOf(target) == area) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        reply->setProperty("fornaxRefusedRedirect", target);
        reply->abort();
    });
    return reply;
}

HubCall *HubClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                         const QByteArray &tokenOverride)
{
    QNetworkRequest req = request(url);
    if (!tokenOverride.isEmpty() && m_hub.areaOf(url) == HubUrl::Area::HubApi)
        req.setRawHeader("Authorization", "token " + tokenOverride);
    if (!body.isEmpty() || verb == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(req, verb, body);
    ReplyLimit::apply(reply, ReplyLimit::HubJson);
    return new HubCall(guardRedirects(reply), this);
}

QString HubClient::serverPath(const QString &userName, const QString &serverName) const
{
    QString path = QStringLiteral("users/%1/").arg(encoded(userName));
    path +=
        serverName.isEmpty() ? QStringLiteral("server") : QStringLiteral("servers/") + encoded(serverName);
    return path;
}

HubCall *HubClient::fetchVersion()
{
    return send("GET", m_hub.apiUrl());
}

HubCall *HubClient::fetchCurrentUser()
{
    HubCall *call = send("GET", m_hub.apiUrl(QStringLiteral("user")));
    call->setForbiddenMeansExpired(true);
    return call;
}

HubCall *HubClient::fetchToken(const QString &userName, const QString &tokenId)
{
    return send("GET",
                m_hub.apiUrl(QStringLiteral("users/%1/tokens/%2").arg(encoded(userName), encoded(tokenId))));
}

HubCall *HubClient::fetchUser(const QString &userName)
{
    return send("GET", m_hub.apiUrl(QStringLiteral("users/") + encoded(userName)));
}

HubCall *HubClient::startServer(const QString &userName, const QString &serverName,
                                const QJsonObject &userOptions)
{
    return send("POST", m_hub.apiUrl(serverPath(userName, serverName)),
                QJsonDocument(userOptions).toJson(QJsonDocument::Compact));
}

HubCall *HubClient::stopServer(const QString &userName, const QString &serverName)
{
    return send("DELETE", m_hub.apiUrl(serverPath(userName, serverName)));
}

QNetworkReply *HubClient::openProgress(const QString &userName, const QString &serverName)
{
    QNetworkRequest req =
        request(m_hub.apiUrl(serverPath(userName, serverName) + QStringLiteral("/progress")));
    req.setRawHeader("Accept", "text/event-stream");
    req.setTransferTimeout(0); // a start may take minutes between events on a cold cluster
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_network->get(req);
    // Events are read as they come (and bounded by the parser); an error's body is read whole.
    ReplyLimit::apply(reply, ReplyLimit::Small, ReplyLimit::Scope::ErrorBody);
    return guardRedirects(reply);
}

HubCall *HubClient::createToken(const QString &userName, const QJsonObject &request)
{
    return send("POST", m_hub.apiUrl(QStringLiteral("users/%1/tokens").arg(encoded(userName))),
                QJsonDocument(request).toJson(QJsonDocument::Compact));
}

HubCall *HubClient::revokeToken(const QString &userName, const QString &tokenId, const QByteArray &token)
{
    return send("DELETE",
                m_hub.apiUrl(QStringLiteral("users/%1/tokens/%2").arg(encoded(userName), encoded(tokenId))),
                {}, token);
}

} // namespace fornax
