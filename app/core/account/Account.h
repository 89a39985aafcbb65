#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fornax {

/**
 * Who the user is on one hub: the hub's base address, the user name, and which of the hub's API
 * tokens the app holds for them — its id and expiry, never the token itself.
 *
 * An Account is what settings remember and what the keychain entries are named after
 * (keychainKey() for the account token, serverKeychainKey() for the server token); the tokens
 * live only in CredentialStore. The token ids let sign-out revoke both tokens on the hub
 * (`DELETE /hub/api/users/{name}/tokens/{id}`) and the expiry lets the app ask the user to sign
 * in again before the hub starts refusing requests. It also remembers which of the scopes the app
 * asked for the hub refused, and whether the user agreed to a token without scopes, so that
 * the app can say what it cannot do and what it holds.
 */
class Account
{
public:
    enum class Origin {
        WebSignIn, // minted by TokenExchange from the web session
        PastedToken, // pasted by the user from <hub>/hub/token
    };

    Account() = default;
    Account(const QUrl &hubUrl, const QString &userName);

    // Valid once it names a hub and a user; the token id and expiry may be unknown.
    bool isValid() const;

    QUrl hubUrl() const { return m_hubUrl; }
    void setHubUrl(const QUrl &hubUrl); // normalised to a hub base ending in '/'
    QString userName() const { return m_userName; }
    void setUserName(const QString &userName) { m_userName = userName; }
    QString tokenId() const { return m_tokenId; }
    void setTokenId(const QString &tokenId) { m_tokenId = tokenId; }
    // Null when the token never expires or its expiry is unknown.
    QDateTime tokenExpiry() const { return m_tokenExpiry; }
    void setTokenExpiry(const QDateTime &expiry) { m_tokenExpiry = expiry; }
    Origin origin() const { return m_origin; }
    void setOrigin(Origin origin) { m_origin = origin; }
    // The server token (TokenScopes::serverScopes()): its id on the hub and expiry.
    QString serverTokenId() const { return m_serverTokenId; }
    void setServerTokenId(const QString &tokenId) { m_serverTokenId = tokenId; }
    QDateTime serverTokenExpiry() const { return m_serverTokenExpiry; }
    void setServerTokenExpiry(const QDateTime &expiry) { m_serverTokenExpiry = expiry; }
    // Scopes the app asked for that the hub refused (TokenScopes), for either token.
    QStringList refusedScopes() const { return m_refusedScopes; }
    void setRefusedScopes(const QStringList &scopes) { m_refusedScopes = scopes; }
    // True once the user agreed to a token without scopes (all of their permissions).
    bool isUnscoped() const { return m_unscoped; }
    void setUnscoped(bool unscoped) { m_unscoped = unscoped; }

    // True when the token is known to have expired at time now.
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The keychain entry's name: names hub and user, never holds a secret, and stays the same
    // for the same account across runs ("fornax-desktop:https://host/prefix/:ada").
    QString keychainKey() const;
    // The server token's entry ("fornax-desktop-server:https://host/prefix/:ada"), a prefix no
    // account key can have, whatever the user's name.
    QString serverKeychainKey() const;

    QJsonObject toJson() const;
    // An invalid Account when json does not name a hub and a user.
    static Account fromJson(const QJsonObject &json);

    friend bool operator==(const Account &a, const Account &b) = default;

private:
    QUrl m_hubUrl;
    QString m_userName;
    QString m_tokenId;
    QDateTime m_tokenExpiry;
    Origin m_origin = Origin::WebSignIn;
    QString m_serverTokenId;
    QDateTime m_serverTokenExpiry;
    QStringList m_refusedScopes;
    bool m_unscoped = false;
};

} // namespace fornax

Q_DECLARE_METATYPE(fornax::Account)
