#pragma once

#include "Account.h"
#include "TokenRequest.h"
#include "hub/HubError.h"
#include "hub/HubUrl.h"
#include "hub/SpawnForm.h"

#include <QNetworkCookie>
#include <QNetworkRequest>
#include <QObject>

#include <chrono>

class QNetworkAccessManager;
class QNetworkCookieJar;
class QNetworkReply;

namespace fornax {

/**
 * What the app can do with the hub's browser session: confirm who is signed in, turn the session
 * into the app's account token (TokenScopes::accountScopes(), expiring; the largest part of them
 * the hub grants, never a token without scopes unless the user said yes), and read the spawn form
 * (which hubs serve only to a browser session, never to a token). Replies are bounded
 * (ReplyLimit).
 *
 * It works on a copy of the web view's cookies (the UI keeps the jar in step with the web
 * profile), so core never sees WebEngine. Requests carry what both hub generations check on
 * cookie-authenticated writes: the Referer of the hub's own token page (3.0) and the `_xsrf`
 * cookie's value as X-XSRFToken with `Sec-Fetch-Mode: cors` (5.x), plus the web view's
 * User-Agent.
 */
class WebSession : public QObject
{
    Q_OBJECT

public:
    explicit WebSession(const HubUrl &hub, QObject *parent = nullptr);

    HubUrl hub() const { return m_hub; }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    void setTokenLifetime(std::chrono::seconds lifetime) { m_lifetime = lifetime; }

    // The session's cookies, as the web view has them. Host-only cookies (no domain) are bound
    // to the hub's host.
    void addCookie(const QNetworkCookie &cookie);
    void removeCookie(const QNetworkCookie &cookie);
    void clearCookies();

    // GET hub/api/user with the session: signedIn(name) or notSignedIn(error).
    void checkSignedIn();
    // POST hub/api/users/{name}/tokens: tokenIssued(account, token) (the account names the scopes
    // the hub refused, if any), unscopedTokenOffered(name, error) when the hub refused for a
    // reason the app cannot tell, or tokenRequestFailed(error).
    void requestToken(const QString &userName);
    // After unscopedTokenOffered() and the user's explicit yes only: a token with every
    // permission of the user; tokenIssued() with Account::hasUnscopedToken() or
    // tokenRequestFailed().
    void requestUnscopedToken(const QString &userName);
    // GET hub/spawn: spawnFormFetched(form) or spawnFormFailed(error). While the server runs the
    // hub redirects to it instead: then the form is unknown (spawnFormFailed with NotFound).
    void fetchSpawnForm(const QString &userName);

    // The note the app's tokens carry on the hub: names the app and this computer.
    static QString tokenNote();

Q_SIGNALS:
    void signedIn(const QString &userName);
    void notSignedIn(const fornax::HubError &error);
    void tokenIssued(const fornax::Account &account, const QByteArray &token);
    void tokenRequestFailed(const fornax::HubError &error);
    void unscopedTokenOffered(const QString &userName, const fornax::HubError &error);
    void spawnFormFetched(const fornax::SpawnForm &form);
    void spawnFormFailed(const fornax::HubError &error);

private:
    QNetworkRequest request(const QUrl &url) const;
    QNetworkCookie boundToHub(QNetworkCookie cookie) const;
    void startTokenRequest(const QString &userName, bool unscoped);

    HubUrl m_hub;
    QNetworkAccessManager *m_network;
    QNetworkCookieJar *m_cookies;
    QByteArray m_userAgent;
    std::chrono::seconds m_lifetime {30 * 24 * 3600};
};

} // namespace fornax
