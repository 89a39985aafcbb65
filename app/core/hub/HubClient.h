#pragma once

#include "HubCall.h"
#include "HubUrl.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace fornax {

/**
 * The JupyterHub REST API for one hub, and the requests to the user's server behind it.
 *
 * Builds every request (prefix-aware URLs, the `Authorization: token` header, JSON bodies,
 * timeouts, a bound on what a reply may hold) and returns a HubCall that classifies the reply.
 * It holds two tokens and decides by the URL which one a request carries (HubUrl::areaOf): the
 * account token only to the hub's REST API (`<base>hub/api/`), the server token only to user
 * servers (`<base>user/`), and neither anywhere else, so something reading request headers on
 * the server never sees the token that can start servers or mint tokens. Other promises it keeps
 * for the whole app: a redirect is followed only within the same origin *and* the same area (a
 * server cannot bounce a request, with its header, into the hub API or anywhere else), and reads
 * that merely observe the server add `no_track_activity=1`, so the client never keeps an idle
 * server alive. Hub routes need nothing for that: using a token there moves the *user's*
 * last_activity, never the server's, and they have no `no_track_activity` parameter (JupyterHub
 * 3.0 and 5.x), so none is sent. Reads of the single-user server's own state go through
 * serverStateUrl(), which adds `no_track_activity=1`, the one parameter the server honours.
 * Tokens live in memory only.
 */
class HubClient : public QObject
{
    Q_OBJECT

public:
    HubClient(const HubUrl &hub, QNetworkAccessManager *network, QObject *parent = nullptr);

    HubUrl hub() const { return m_hub; }
    QNetworkAccessManager *network() const { return m_network; }
    // The account token: hub API calls only.
    void setToken(const QByteArray &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    // The server token: requests to <base>user/... only. Without one they carry no token.
    void setServerToken(const QByteArray &token) { m_serverToken = token; }
    bool hasServerToken() const { return !m_serverToken.isEmpty(); }

    // GET hub/api/ (no token needed): {"version": ...}.
    HubCall *fetchVersion();
    // GET hub/api/user: the token's owner. A token the hub does not accept gives TokenExpired.
    HubCall *fetchCurrentUser();
    // GET hub/api/users/{name}/tokens/{id} with the account token: whether a token the app made
    // (a stored server token) still exists, without sending that token anywhere (a server token
    // goes only to the user's server, never to the hub API).
    HubCall *fetchToken(const QString &userName, const QString &tokenId);
    // GET hub/api/users/{name}.
    HubCall *fetchUser(const QString &userName);
    // POST hub/api/users/{name}/server[s/{server}] with user_options: 201 started, 202 pending.
    // A start of a server whose spawn is already pending also answers 202 and ignores the new
    // user_options (3.0 to 5.x): callers that care check the user model first.
    HubCall *startServer(const QString &userName, const QString &serverName, const QJsonObject &userOptions);
    // DELETE the same path: 204 stopped, 202 stop pending.
    HubCall *stopServer(const QString &userName, const QString &serverName);
    // GET .../progress: a text/event-stream the caller reads as it arrives (ProgressStream).
    QNetworkReply *openProgress(const QString &userName, const QString &serverName);
    // POST hub/api/users/{name}/tokens with the account token; the reply holds the new token.
    HubCall *createToken(const QString &userName, const QJsonObject &request);
    // DELETE hub/api/users/{name}/tokens/{id}, with the account token or the given one.
    HubCall *revokeToken(const QString &userName, const QString &tokenId, const QByteArray &token = {});

    // <serverUrl><path>?no_track_activity=1: for every read of the single-user server's own state
    // (status, kernels, terminals, its keep-alive), which must not count as its activity.
    static QUrl serverStateUrl(const QUrl &serverUrl, const QString &path);

    // The request behind every call, for callers that need a raw reply: the token its URL's
    // area allows (none for invalid URLs and other origins).
    QNetworkRequest request(const QUrl &url) const;
    // Lets reply follow redirects within the same origin and area only; any other aborts it,
    // marked with the property "fornaxRefusedRedirect". Every raw reply carrying a token needs
    // this. Read whole replies also need a bound: see ReplyLimit.
    QNetworkReply *guardRedirects(QNetworkReply *reply) const;

private:
    HubCall *send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                  const QByteArray &tokenOverride = {});
    QString serverPath(const QString &userName, const QString &serverName) const;

    HubUrl m_hub;
    QNetworkAccessManager *m_network;
    QByteArray m_token;
    QByteArray m_serverToken;
};

} // namespace fornax
