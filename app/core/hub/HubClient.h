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
 * The JupyterHub REST API for one hub and one token.
 *
 * Builds every request (prefix-aware URLs, the `Authorization: token` header, JSON bodies,
 * timeouts) and returns a HubCall that classifies the reply. Two promises it keeps for the whole
 * app: the token goes only to the hub's own origin (a redirect elsewhere is refused, not
 * followed), and reads that merely observe the server add `no_track_activity=1`, so the client
 * never keeps an idle server alive. The token lives in memory only.
 */
class HubClient : public QObject
{
    Q_OBJECT

public:
    HubClient(const HubUrl &hub, QNetworkAccessManager *network, QObject *parent = nullptr);

    HubUrl hub() const { return m_hub; }
    QNetworkAccessManager *network() const { return m_network; }
    void setToken(const QByteArray &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }

    // GET hub/api/ (no token needed): {"version": ...}.
    HubCall *fetchVersion();
    // GET hub/api/user: the token's owner. A token the hub does not accept gives TokenExpired.
    HubCall *fetchCurrentUser();
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
    // POST hub/api/users/{name}/tokens with this token; the reply holds the new token.
    HubCall *createToken(const QString &userName, const QJsonObject &request);
    // DELETE hub/api/users/{name}/tokens/{id}.
    HubCall *revokeToken(const QString &userName, const QString &tokenId);

    // The request behind every call, for callers that need a raw reply.
    QNetworkRequest request(const QUrl &url) const;
    // Lets reply follow redirects within the hub's origin only; one elsewhere aborts it, marked
    // with the property "fornaxRefusedRedirect". Every raw reply carrying the token needs this.
    QNetworkReply *guardRedirects(QNetworkReply *reply) const;

private:
    HubCall *send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {});
    QString serverPath(const QString &userName, const QString &serverName) const;

    HubUrl m_hub;
    QNetworkAccessManager *m_network;
    QByteArray m_token;
};

} // namespace fornax
