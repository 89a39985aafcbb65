#pragma once

#include "hub/HubError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <functional>

namespace fornax {

class HubClient;

/**
 * Asks the hub for one API token with the scopes the app needs, and settles for the largest
 * part of them the hub grants, never for more.
 *
 * The request goes through a Sender: the web session's cookie (WebSession) or an existing token
 * (HubClient), so the same rules hold however the app signs in. When the hub refuses scopes the
 * user does not hold (TokenScopes::refusedScopes), the request is made again without them until
 * the hub agrees or nothing is left; when it refuses a lifetime above its maximum (5.x:
 * "expires_in ... must not exceed N"), again with N. A refusal it cannot explain ends as
 * Outcome::Refused: only then may the caller, after the user's explicit yes, call
 * requestUnscoped() for a token with all of the user's permissions. finished() comes once per
 * request() or requestUnscoped().
 */
class TokenRequest : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Issued, // a token, with all of the scopes asked for or some (see Result::refused)
        NothingGranted, // the user holds none of the scopes asked for
        Refused, // the hub refused for a reason the app cannot tell (a 400 it does not explain)
        Failed, // network trouble, the hub failed, or it does not let this sender make tokens
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QByteArray token;
        QString tokenId;
        QDateTime expiry; // UTC; from the hub (5.x) or computed from the lifetime asked for
        QStringList granted; // the scopes the token has (empty for an unscoped token)
        QStringList refused; // scopes asked for that the hub would not grant
        bool unscoped = false;
        HubError error; // what the hub said when there is no token
    };
    // Sends body as `POST hub/api/users/{name}/tokens` and calls done with the reply.
    using Reply = std::function<void(const HubError &error, const QByteArray &body)>;
    using Sender = std::function<void(const QJsonObject &body, const Reply &done)>;

    explicit TokenRequest(Sender sender, QObject *parent = nullptr);
    // The sender of the app itself: client's `POST .../users/{userName}/tokens`, whose replies are
    // delivered while context lives.
    static Sender through(HubClient *client, const QString &userName, QObject *context);

    void request(const QStringList &scopes, const QString &note, qint64 lifetimeSeconds);
    // Only after the user agreed: a token without scopes holds every permission of its owner.
    void requestUnscoped(const QString &note, qint64 lifetimeSeconds);

    // "token expires_in: 90000 must not exceed 86400" (5.x) -> 86400; -1 when not such a message.
    static qint64 maximumLifetime(const QString &hubMessage);

Q_SIGNALS:
    void finished(const fornax::TokenRequest::Result &result);

private:
    void send();
    void handleReply(const HubError &error, const QByteArray &body);
    void finish(const Result &result);

    Sender m_sender;
    QStringList m_wanted;
    QStringList m_trying;
    bool m_unscoped = false;
    QString m_note;
    qint64 m_lifetime = 0;
    int m_attempts = 0;
};

} // namespace fornax

Q_DECLARE_METATYPE(fornax::TokenRequest::Result)
