#pragma once

#include "Account.h"
#include "hub/HubError.h"
#include "hub/HubUrl.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;

namespace fornax {

class CredentialStore;
class HubClient;
class HubDirectory;
class ServerController;
class ServerMonitor;

/**
 * One account signed in to one hub: the token (in memory and in the keychain), the client that
 * uses it, and the monitor and controller of the user's server.
 *
 * It resumes a stored sign-in at start-up (a token the hub no longer accepts sends the user back
 * to sign-in with the reason), adopts a new token from the web sign-in or from the user's paste
 * (checked against the hub before it is kept), and signs out completely: the token is revoked on
 * the hub, removed from the keychain and forgotten by the directory.
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

    // Signs in with the stored token of the hub's current account, if any.
    void resume();
    // A token just issued for account (web sign-in): stored, then used.
    void adoptToken(const Account &account, const QByteArray &token);
    // A token the user pasted: checked with the hub first; its owner becomes the account.
    void signInWithToken(const QByteArray &token);
    void signOut();

Q_SIGNALS:
    void signedIn(const fornax::Account &account);
    // Nobody is signed in (reason empty), or the stored sign-in no longer works (reason says why).
    void signInRequired(const QString &reason);
    void signInFailed(const fornax::HubError &error);
    void signedOut();
    void keychainUnavailable(const QString &reason);

private:
    void verify(const Account &candidate, const QByteArray &token, bool store);
    void becomeSignedIn(const Account &account);
    void finishSignOut();

    QString m_hubId;
    HubUrl m_hub;
    HubDirectory *m_directory;
    CredentialStore *m_credentials;
    HubClient *m_client;
    std::optional<Account> m_account;
    QPointer<ServerMonitor> m_monitor;
    QPointer<ServerController> m_controller;
};

} // namespace fornax
