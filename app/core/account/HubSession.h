#pragma once

#include "Account.h"
#include "TokenRequest.h"
#include "hub/HubError.h"
#include "hub/HubUrl.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace fornax {

class CredentialStore;
class HubClient;
class HubDirectory;
class PendingRevocations;
class ServerController;
class ServerMonitor;

/**
 * One account signed in to one hub: its two tokens (in memory and in the keychain), the client
 * that uses them, and the monitor and controller of the user's server.
 *
 * The account token reaches only the hub's API; the server token (TokenScopes::serverScopes(),
 * `access:servers!user=<name>` and nothing else) only the user's server. After the account token
 * is checked, the session reads the server token from the keychain (checking it with the hub),
 * or mints one with the account token, expiring with it; signedIn() follows once that is
 * settled. A pasted token is used once to mint the app's own account token, then forgotten (the
 * user keeps it); a pasted token that may not mint one is kept as the account token instead.
 * When the hub grants only part of the scopes, the session still signs in and limited() says
 * what the app cannot do. When the hub refuses the server token for a reason the app cannot
 * tell, serverTokenConsentNeeded() asks: only answerServerTokenConsent(true) makes a token with
 * every permission of the user, for the server; no answer or false leaves the server out of
 * reach. Nothing unscoped is ever stored silently.
 *
 * It resumes a stored sign-in at start-up (a token the hub no longer accepts sends the user back
 * to sign-in with the reason) and signs out completely: both tokens are revoked on the hub,
 * removed from the keychain and forgotten by the directory. A revoke that fails for network
 * reasons is handed to PendingRevocations (retried at the next start) and told through
 * revocationPending().
 */
class HubSession : public QObject
{
    Q_OBJECT

public:
    HubSession(const QString &hubId, const HubUrl &hub, HubDirectory *directory, CredentialStore *credentials,
               QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HubSession() override;

    QString hubId() const { return m_hubId; }
    HubUrl hub() const { return m_hub; }
    bool isSignedIn() const { return m_account.has_value(); }
    std::optional<Account> account() const { return m_account; }
    HubClient *client() const { return m_client; }
    // Both exist while signed in, and are deleted at sign-out.
    ServerMonitor *monitor() const;
    ServerController *controller() const;

    // Where failed revocations go (optional; without it they are only logged).
    void setPendingRevocations(PendingRevocations *revocations);
    // Lifetime of the tokens the session mints when the account token's expiry is unknown.
    void setTokenLifetime(std::chrono::seconds lifetime) { m_lifetime = lifetime; }

    // Signs in with the stored token of the hub's current account, if any.
    void resume();
    // A token just issued for account (web sign-in): stored, then used.
    void adoptToken(const Account &account, const QByteArray &token);
    // A token the user pasted: checked with the hub first, then exchanged for the app's own.
    void signInWithToken(const QByteArray &token);
    void signOut();
    // The user's answer to serverTokenConsentNeeded().
    void answerServerTokenConsent(bool allowUnscoped);

Q_SIGNALS:
    void signedIn(const fornax::Account &account);
    // Nobody is signed in (reason empty), or the stored sign-in no longer works (reason says why).
    void signInRequired(const QString &reason);
    void signInFailed(const fornax::HubError &error);
    void signedOut();
    void keychainUnavailable(const QString &reason);
    // Signed in, but the hub granted less than the app asked for: what the app can and cannot
    // do (TokenScopes::describe()).
    void limited(const QString &description);
    // The hub refused a token for the server and did not say why (error): may the app ask for
    // one with every permission of the user? Answer with answerServerTokenConsent().
    void serverTokenConsentNeeded(const fornax::HubError &error);
    // Sign-out finished here, but the hub could not be told: the tokens stay valid until
    // expiry or until a later attempt (at the next start) reaches the hub. message says so.
    void revocationPending(const QString &message);

private:
    void verify(const Account &candidate, const QByteArray &token, bool store);
    void exchangePastedToken(const Account &account, const QByteArray &pasted);
    void readServerToken(const Account &account, const QByteArray &token, bool store);
    void mintServerToken(const Account &account, const QByteArray &token, bool store);
    void serverTokenSettled(const Account &account, const QByteArray &token, bool store,
                            const QByteArray &serverToken, bool tellLimits);
    void becomeSignedIn(const Account &account);
    void finishSignOut(const QString &revocationProblem);
    qint64 lifetimeFor(const Account &account) const;
    TokenRequest *newTokenRequest(const QString &userName);
    void revokeNext(const Account &account, QStringList ids);

    QString m_hubId;
    HubUrl m_hub;
    HubDirectory *m_directory;
    CredentialStore *m_credentials;
    HubClient *m_client;
    QByteArray m_token; // the account token, for revocations after sign-out
    QPointer<PendingRevocations> m_revocations;
    std::chrono::seconds m_lifetime {30 * 24 * 3600};
    std::optional<Account> m_account;
    QPointer<ServerMonitor> m_monitor;
    QPointer<ServerController> m_controller;
    // While serverTokenConsentNeeded() waits for an answer.
    std::optional<Account> m_consentAccount;
    QByteArray m_consentToken;
    bool m_consentStore = false;
    bool m_retryServerToken = false; // the server token failed for network reasons: try again
    bool m_mintingLate = false; // that second try is under way
};

} // namespace fornax
