#include "HubSession.h"

#include "CredentialStore.h"
#include "HubDirectory.h"
#include "Logging.h"
#include "hub/HubCall.h"
#include "hub/HubClient.h"
#include "hub/HubUser.h"
#include "hub/ServerController.h"
#include "hub/ServerMonitor.h"

#include <QJsonObject>

namespace fornax {

HubSession::HubSession(const QString &hubId, const HubUrl &hub, HubDirectory *directory,
                       CredentialStore *credentials, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_hubId(hubId)
    , m_hub(hub)
    , m_directory(directory)
    , m_credentials(credentials)
    , m_client(new HubClient(hub, network, this))
{
    connect(m_credentials, &CredentialStore::keychainUnavailable, this, &HubSession::keychainUnavailable);
}

HubSession::~HubSession() = default;

ServerMonitor *HubSession::monitor() const
{
    return m_monitor.data();
}

ServerController *HubSession::controller() const
{
    return m_controller.data();
}

void HubSession::resume()
{
    const std::optional<Account> stored = m_directory->currentAccount(m_hubId);
    if (!stored) {
        Q_EMIT signInRequired({});
        return;
    }
    if (stored->isExpired()) {
        Q_EMIT signInRequired(
            tr("Your sign-in to this hub expired on %1. Sign in again.")
                .arg(QLocale().toString(stored->tokenExpiry().toLocalTime(), QLocale::ShortFormat)));
        return;
    }
    const QString key = stored->keychainKey();
    auto *context = new QObject(this);
    connect(m_credentials, &CredentialStore::tokenRead, context,
            [this, context, key, account = *stored](const QString &readKey, const QByteArray &token) {
                if (readKey != key)
                    return;
                delete context;
                verify(account, token, false);
            });
    connect(m_credentials, &CredentialStore::tokenMissing, context,
            [this, context, key](const QString &readKey) {
                if (readKey != key)
                    return;
                delete context;
                Q_EMIT signInRequired(tr("No saved sign-in was found in the keychain. Sign in again."));
            });
    connect(m_credentials, &CredentialStore::storeFailed, context,
            [this, context, key](const QString &readKey, const QString &message) {
                if (readKey != key)
                    return;
                delete context;
                Q_EMIT signInRequired(tr("The keychain could not be read: %1").arg(message));
            });
    m_credentials->readToken(*stored);
}

void HubSession::adoptToken(const Account &account, const QByteArray &token)
{
    verify(account, token, true);
}

void HubSession::signInWithToken(const QByteArray &token)
{
    const QByteArray trimmed = token.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(' ') || trimmed.contains('\n')) {
        Q_EMIT signInFailed(HubError(HubError::Kind::TokenExpired,
                                     tr("That does not look like an API token: paste the token alone, "
                                        "as the hub's token page shows it.")));
        return;
    }
    Account account(m_hub.base(), QString());
    account.setOrigin(Account::Origin::PastedToken);
    verify(account, trimmed, true);
}

void HubSession::verify(const Account &candidate, const QByteArray &token, bool store)
{
    m_client->setToken(token);
    HubCall *call = m_client->fetchCurrentUser();
    connect(call, &HubCall::finished, this, [this, call, candidate, token, store] {
        if (call->error().isError()) {
            m_client->setToken({});
            if (call->error().kind() == HubError::Kind::TokenExpired && !store)
                Q_EMIT signInRequired(tr("The hub no longer accepts your saved sign-in (it expired or was "
                                         "revoked). Sign in again."));
            else
                Q_EMIT signInFailed(call->error());
            return;
        }
        const QJsonObject model = call->json().object();
        const auto user = HubUser::fromJson(model);
        if (!user) {
            m_client->setToken({});
            Q_EMIT signInFailed(HubError(HubError::Kind::Malformed));
            return;
        }
        Account account = candidate;
        account.setUserName(user->name);
        // 5.x tells which token this is; that id lets sign-out revoke a pasted token too.
        if (account.tokenId().isEmpty())
            account.setTokenId(model.value(QLatin1String("token_id")).toString());
        if (store)
            m_credentials->writeToken(account, token);
        becomeSignedIn(account);
    });
}

void HubSession::becomeSignedIn(const Account &account)
{
    m_account = account;
    m_directory->addAccount(m_hubId, account);
    m_directory->setCurrentAccount(m_hubId, account.userName());
    delete m_controller;
    delete m_monitor;
    m_monitor = new ServerMonitor(m_client, QString(), this);
    m_controller = new ServerController(m_client, m_monitor, account.userName(), QString(), this);
    connect(m_monitor, &ServerMonitor::tokenRejected, this, [this] {
        Q_EMIT signInRequired(tr("The hub stopped accepting your sign-in (it expired or was revoked). "
                                 "Sign in again."));
    });
    qCInfo(lcAccount) << "signed in to" << m_hub.toDisplayString() << "as" << account.userName();
    Q_EMIT signedIn(account);
    m_monitor->start();
}

void HubSession::signOut()
{
    if (!m_account) {
        Q_EMIT signedOut();
        return;
    }
    if (m_monitor)
        m_monitor->stop();
    const Account account = *m_account;
    if (account.tokenId().isEmpty() || !m_client->hasToken()) {
        finishSignOut();
        return;
    }
    // Revoke first, with the token itself; a failure (hub down) still signs out locally.
    HubCall *call = m_client->revokeToken(account.userName(), account.tokenId());
    connect(call, &HubCall::finished, this, [this, call] {
        if (call->error().isError() && call->error().kind() != HubError::Kind::NotFound)
            qCWarning(lcAccount) << "could not revoke the token on the hub:" << call->error().kindName();
        finishSignOut();
    });
}

void HubSession::finishSignOut()
{
    const Account account = *m_account;
    m_credentials->deleteToken(account);
    m_directory->removeAccount(m_hubId, account.userName());
    m_client->setToken({});
    m_account.reset();
    delete m_controller;
    delete m_monitor;
    qCInfo(lcAccount) << "signed out of" << m_hub.toDisplayString();
    Q_EMIT signedOut();
}

} // namespace fornax
