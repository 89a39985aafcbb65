#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fornax {

/**
 * The JupyterHub scopes the app asks for, for each of its two tokens, and what each lets it do
 * (JupyterHub 2.0 to 5.x; `!user` means "of the token's owner only").
 *
 * The account token (kept by the app, sent only to the hub's REST API) can read who the user is
 * and the idle time of their servers, start, stop and watch them, and manage the user's own
 * tokens (to give the server a token of its own, and to revoke both at sign-out). The server
 * token (sent only to `<base>user/<name>/`) can do nothing but use that user's servers
 * (`access:servers!user=<name>`), so a header read on the server cannot reach the hub's API.
 *
 * refusedScopes() reads the hub's refusal ("Not assigning requested scopes a,b not held by User
 * x", 3.0 to 5.x) to find which requested scopes the user does not hold, so that the app can ask
 * for the rest and tell the user what it cannot do.
 */
class TokenScopes
{
    Q_DECLARE_TR_FUNCTIONS(TokenScopes)

public:
    static QStringList accountScopes();
    static QStringList serverScopes(const QString &userName);

    // "access:servers!user=ada" -> "access:servers".
    static QString baseName(const QString &scope);
    // What the app does with scope (one of the above), as a phrase for the user.
    static QString capability(const QString &scope);

    // The scopes of requested that the hub's message says the user does not hold: those whose
    // own name, or one of whose sub-scopes, the message lists. Empty when the message is not
    // such a refusal or names none of them.
    static QStringList refusedScopes(const QStringList &requested, const QString &hubMessage);

    // For the user: what the app can do with granted and cannot do because of refused, one
    // phrase per line ("Can: …" / "Cannot: …").
    static QString describe(const QStringList &granted, const QStringList &refused);
};

} // namespace fornax
