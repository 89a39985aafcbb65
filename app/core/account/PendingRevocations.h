#pragma once

#include "account/Account.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace fornax {

class CredentialStore;
class Settings;

/**
 * Tokens the app could not revoke when the user signed out (the hub was unreachable), kept until
 * they are revoked or have expired, so that a sign-out offline does not leave them valid for
 * their whole lifetime.
 *
 * Each entry names a hub, a user, the ids to revoke and, to authenticate the DELETEs, one token
 * of that user (the account token) — kept in the keychain under its own entry (never in the
 * settings file, which holds only ids, names and the expiry). retryAll() (at every start of the
 * app) tries each entry once: an entry is forgotten, with its keychain entry, once every id is
 * revoked (or the hub no longer knows it), when the hub no longer accepts the credential (the
 * token is gone already), or when it has expired; network trouble keeps it for next time.
 */
class PendingRevocations : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QUrl hub;
        QString user;
        QStringList tokenIds;
        QString credentialKey; // the keychain entry of the credential
        QDateTime expiry; // UTC; null when unknown (then kept until revoked)
    };

    PendingRevocations(Settings *settings, CredentialStore *credentials, QNetworkAccessManager *network,
                       QObject *parent = nullptr);

    QList<Entry> entries() const;
    // Remembers that tokenIds of account must still be revoked, with credential kept in the
    // keychain meanwhile. written() follows once the keychain has it (or failed to).
    void add(const Account &account, const QByteArray &credential, const QStringList &tokenIds,
             const QDateTime &expiry);
    // One attempt for every entry; retried(revoked, stillPending) once all have answered.
    void retryAll();

    // The keychain entry of a credential: "fornax-desktop-revoke:<hub>:<user>:<id>".
    static QString credentialKey(const Account &account);

Q_SIGNALS:
    void written(bool stored);
    void retried(int revoked, int stillPending);

private:
    void save(const QList<Entry> &entries);
    void retry(const Entry &entry);
    void revokeNext(const Entry &entry, const QByteArray &credential, QStringList ids);
    void settle(const Entry &entry, bool done);

    Settings *m_settings;
    CredentialStore *m_credentials;
    QNetworkAccessManager *m_network;
    int m_running = 0;
    int m_revoked = 0;
};

} // namespace fornax
