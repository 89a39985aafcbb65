#include "WebSession.h"

#include "Defaults.h"
#include "FornaxVersion.h"
#include "Logging.h"
#include "TokenScopes.h"
#include "hub/ReplyLimit.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>

namespace fornax {

namespace {

// Reads a finished reply into (error, body) and schedules its deletion.
HubError finishReply(QNetworkReply *reply, QByteArray *body)
{
    reply->deleteLater();
    *body = ReplyLimit::body(reply);
    return HubError::fromReply(reply, *body);
}

} // namespace

WebSession::WebSession(const HubUrl &hub, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_network(new QNetworkAccessManager(this))
    , m_cookies(new QNetworkCookieJar)
{
    m_network->setCookieJar(m_cookies); // the manager owns it from here
}

QNetworkCookie WebSession::boundToHub(QNetworkCookie cookie) const
{
    // Host-only cookies come from the web view without a domain; the jar needs one.
    if (cookie.domain().isEmpty())
        cookie.setDomain(m_hub.base().host());
    if (cookie.path().isEmpty())
        cookie.setPath(QStringLiteral("/"));
    return cookie;
}

void WebSession::addCookie(const QNetworkCookie &cookie)
{
    m_cookies->insertCookie(boundToHub(cookie));
}

void WebSession::removeCookie(const QNetworkCookie &cookie)
{
    m_cookies->deleteCookie(boundToHub(cookie));
}

void WebSession::clearCookies()
{
    for (const QUrl &url : {m_hub.base(), m_hub.hubPageUrl(QString())}) {
        const QList<QNetworkCookie> cookies = m_cookies->cookiesForUrl(url);
        for (const QNetworkCookie &cookie : cookies)
            m_cookies->deleteCookie(cookie);
    }
}

QString WebSession::tokenNote()
{
    return tr("%1 on %2").arg(QString::fromLatin1(ApplicationName), QHostInfo::localHostName());
}

QNetworkRequest WebSession::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(defaults::RequestTimeoutMs);
    // Cookies are sent only where the jar says they belong; never follow to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!m_userAgent.isEmpty())
        request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setRawHeader("Referer", m_hub.hubPageUrl(QStringLiteral("token")).toEncoded());
    // What a browser's fetch() sends; JupyterHub 5 treats a cookie-authenticated API request
    // without it as a navigation and logs "Skipping XSRF check for insecure request".
    request.setRawHeader("Sec-Fetch-Mode", "cors");
    const QList<QNetworkCookie> cookies = m_cookies->cookiesForUrl(url);
    for (const QNetworkCookie &cookie : cookies) {
        if (cookie.name() == "_xsrf")
            request.setRawHeader("X-XSRFToken", cookie.value());
    }
    return request;
}

void WebSession::checkSignedIn()
{
    QNetworkRequest req = request(m_hub.apiUrl(QStringLiteral("user")));
    req.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(req);
    ReplyLimit::apply(reply, ReplyLimit::HubJson);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        QByteArray body;
        HubError error = finishReply(reply, &body);
        if (error.kind() == HubError::Kind::Forbidden || error.kind() == HubError::Kind::TokenExpired)
            error = HubError(HubError::Kind::TokenExpired);
        const QString name = QJsonDocument::fromJson(body).object().value(QLatin1String("name")).toString();
        if (!error.isError() && name.isEmpty())
            error = HubError(HubError::Kind::Malformed);
        if (error.isError()) {
            Q_EMIT notSignedIn(error);
            return;
        }
        qCInfo(lcAccount) << "web session belongs to" << name;
        Q_EMIT signedIn(name);
    });
}

void WebSession::requestToken(const QString &userName)
{
    startTokenRequest(userName, false);
}

void WebSession::requestUnscopedToken(const QString &userName)
{
    startTokenRequest(userName, true);
}

void WebSession::startTokenRequest(const QString &userName, bool unscoped)
{
    const QUrl url = m_hub.apiUrl(
        QStringLiteral("users/%1/tokens").arg(QString::fromLatin1(QUrl::toPercentEncoding(userName))));
    const auto sender = [this, url](const QJsonObject &body, const TokenRequest::Reply &done) {
        QNetworkRequest req = request(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = m_network->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        ReplyLimit::apply(reply, ReplyLimit::HubJson);
        connect(reply, &QNetworkReply::finished, this, [reply, done] {
            QByteArray data;
            const HubError error = finishReply(reply, &data);
            done(error, data);
        });
    };
    auto *tokenRequest = new TokenRequest(sender, this);
    connect(tokenRequest, &TokenRequest::finished, this,
            [this, tokenRequest, userName](const TokenRequest::Result &result) {
                tokenRequest->deleteLater();
                switch (result.outcome) {
                case TokenRequest::Outcome::Issued:
                    break;
                case TokenRequest::Outcome::Refused:
                    Q_EMIT unscopedTokenOffered(userName, result.error);
                    return;
                case TokenRequest::Outcome::NothingGranted:
                    Q_EMIT tokenRequestFailed(
                        HubError(HubError::Kind::Forbidden,
                                 tr("The hub grants your account none of what the app needs:\n%1")
                                     .arg(TokenScopes::describe({}, result.refused))));
                    return;
                case TokenRequest::Outcome::Failed:
                    Q_EMIT tokenRequestFailed(result.error);
                    return;
                }
                Account account(m_hub.base(), userName);
                account.setOrigin(Account::Origin::WebSignIn);
                account.setTokenId(result.tokenId);
                account.setTokenExpiry(result.expiry);
                account.setRefusedScopes(result.refused);
                account.setUnscoped(result.unscoped);
                qCInfo(lcAccount) << "issued API token" << account.tokenId() << "for" << userName << "until"
                                  << account.tokenExpiry().toString(Qt::ISODate)
                                  << "refused:" << result.refused << "unscoped:" << result.unscoped;
                Q_EMIT tokenIssued(account, result.token);
            });
    if (unscoped)
        tokenRequest->requestUnscoped(tokenNote(), m_lifetime.count());
    else
        tokenRequest->request(TokenScopes::accountScopes(), tokenNote(), m_lifetime.count());
}

void WebSession::fetchSpawnForm(const QString &userName)
{
    QNetworkRequest req = request(
        m_hub.hubPageUrl(QStringLiteral("spawn/") + QString::fromLatin1(QUrl::toPercentEncoding(userName))));
    // A running server makes the hub redirect to it; that is not a form.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", "text/html");
    req.setRawHeader("Sec-Fetch-Mode", "navigate"); // a page, as a browser loads it, not an API call
    QNetworkReply *reply = m_network->get(req);
    ReplyLimit::apply(reply, SpawnForm::MaxPageSize);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400) {
            Q_EMIT spawnFormFailed(
                HubError(HubError::Kind::NotFound,
                         tr("The hub shows its list of server sizes only while your server is stopped.")));
            return;
        }
        const QByteArray page = reply->read(SpawnForm::MaxPageSize);
        const HubError error = HubError::fromReply(reply, {});
        if (error.isError()) {
            Q_EMIT spawnFormFailed(error);
            return;
        }
        Q_EMIT spawnFormFetched(SpawnForm::parse(page));
    });
}

} // namespace fornax
