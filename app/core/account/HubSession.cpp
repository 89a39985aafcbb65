#include "HubSession.h"

#include "CredentialStore.h"
#include "HubDirectory.h"
#include "Logging.h"
#include "PendingRevocations.h"
#include "TokenScopes.h"
#include "WebSession.h"
#include "hub/HubCall.h"
#include "hub/HubClient.h"
#include "hub/HubUser.h"
#include "hub/ServerController.h"
#include "hub/ServerMonitor.h"
#include "hub/ServerStatus.h"

#include <QJsonObject>
#include <QLocale>

#include <utility>

namespace fornax {

namespace {

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

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

HubSession::~HubSession()
{
    m_token.fill('\0');
}

void HubSession::setPendingRevocations(PendingRevocations *revocations)
{
    m_revocations = revocations;
}

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
        Q_EMIT signInRequired(tr("Your sign-in to this hub expired on %1. Sign in again.")
                                  .arg(localTime(stored->tokenExpiry())));
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
        if (store && account.origin() == Account::Origin::PastedToken)
            exchangePastedToken(account, token);
        else
            readServerToken(account, token, store);
    });
}

TokenRequest *HubSession::newTokenRequest(const QString &userName)
{
    auto *request = new TokenRequest(TokenRequest::through(m_client, userName, this), this);
    connect(request, &TokenRequest::finished, request, &QObject::deleteLater);
    return request;
}

qint64 HubSession::lifetimeFor(const Account &account) const
{
    // The server token lives as long as the account token, so one sign-in ends at one time.
    if (account.tokenExpiry().isValid())
        return std::max<qint64>(60, QDateTime::currentDateTimeUtc().secsTo(account.tokenExpiry()));
    return m_lifetime.count();
}

void HubSession::exchangePastedToken(const Account &account, const QByteArray &pasted)
{
    // The pasted token may hold every permission of the user (a token from the hub's page has
    // no scopes unless the user chose some): the app keeps its own, limited one instead.
    TokenRequest *request = newTokenRequest(account.userName());
    connect(request, &TokenRequest::finished, this,
            [this, account, pasted](const TokenRequest::Result &result) {
                if (result.outcome != TokenRequest::Outcome::Issued) {
                    qCInfo(lcAccount) << "the pasted token cannot make the app's own; keeping it:"
                                      << result.error.kindName();
                    mintServerToken(account, pasted, true);
                    return;
                }
                Account own = account;
                own.setTokenId(result.tokenId);
                own.setTokenExpiry(result.expiry);
                own.setRefusedScopes(result.refused);
                m_client->setToken(result.token);
                mintServerToken(own, result.token, true);
            });
    request->request(TokenScopes::accountScopes(), WebSession::tokenNote(), m_lifetime.count());
}

void HubSession::readServerToken(const Account &account, const QByteArray &token, bool store)
{
    const bool usable = !account.serverTokenId().isEmpty()
        && (!account.serverTokenExpiry().isValid()
            || account.serverTokenExpiry() > QDateTime::currentDateTimeUtc());
    if (store || !usable) {
        mintServerToken(account, token, store);
        return;
    }
    const QString key = account.serverKeychainKey();
    auto *context = new QObject(this);
    connect(m_credentials, &CredentialStore::tokenRead, context,
            [this, context, key, account, token](const QString &readKey, const QByteArray &serverToken) {
                if (readKey != key)
                    return;
                delete context;
                // Still on the hub, among this user's tokens? Then it is the one to use. Asked
                // with the account token: the server token never goes to the hub API.
                HubCall *call = m_client->fetchToken(account.userName(), account.serverTokenId());
                connect(call, &HubCall::finished, this, [this, call, account, token, serverToken] {
                    const QString id = call->json().object().value(QLatin1String("id")).toString();
                    // A hub out of reach says nothing about the token: keep it rather than leave
                    // it valid beside a new one.
                    if ((!call->error().isError() && id == account.serverTokenId())
                        || call->error().isTransient())
                        serverTokenSettled(account, token, false, serverToken, false);
                    else
                        mintServerToken(account, token, false);
                });
            });
    const auto mintInstead = [this, context, key, account, token](const QString &readKey) {
        if (readKey != key)
            return;
        delete context;
        mintServerToken(account, token, false);
    };
    connect(m_credentials, &CredentialStore::tokenMissing, context, mintInstead);
    connect(m_credentials, &CredentialStore::storeFailed, context, [mintInstead](const QString &readKey) {
        mintInstead(readKey);
    });
    m_credentials->readSecret(key);
}

void HubSession::mintServerToken(const Account &account, const QByteArray &token, bool store)
{
    TokenRequest *request = newTokenRequest(account.userName());
    connect(request, &TokenRequest::finished, this,
            [this, account, token, store](const TokenRequest::Result &result) {
                Account updated = account;
                switch (result.outcome) {
                case TokenRequest::Outcome::Issued:
                    updated.setServerTokenId(result.tokenId);
                    updated.setServerTokenExpiry(result.expiry);
                    m_credentials->writeSecret(updated.serverKeychainKey(), result.token);
                    serverTokenSettled(updated, token, store, result.token, true);
                    return;
                case TokenRequest::Outcome::Refused:
                    // Asking for more than the app needs is the user's decision, never the app's.
                    m_consentAccount = updated;
                    m_consentToken = token;
                    m_consentStore = store;
                    Q_EMIT serverTokenConsentNeeded(result.error);
                    return;
                case TokenRequest::Outcome::Failed:
                    if (!result.error.isTransient())
                        break; // the hub refused outright (403: this token may not make tokens)
                    // Network trouble or the hub failing: nothing was refused. Tried again when the
                    // server is seen running.
                    qCWarning(lcAccount) << "no token for the server yet:" << result.error.kindName();
                    m_retryServerToken = true;
                    updated.setServerTokenId({});
                    serverTokenSettled(updated, token, store, {}, false);
                    return;
                case TokenRequest::Outcome::NothingGranted:
                    break;
                }
                qCWarning(lcAccount) << "no token for the server:" << result.error.kindName();
                QStringList refused = updated.refusedScopes();
                for (const QString &scope : TokenScopes::serverScopes(updated.userName())) {
                    if (!refused.contains(scope))
                        refused << scope;
                }
                updated.setRefusedScopes(refused);
                updated.setServerTokenId({});
                serverTokenSettled(updated, token, store, {}, true);
            });
    request->request(TokenScopes::serverScopes(account.userName()), WebSession::tokenNote(),
                     lifetimeFor(account));
}

void HubSession::answerServerTokenConsent(bool allowUnscoped)
{
    if (!m_consentAccount)
        return;
    Account account = *m_consentAccount;
    const QByteArray token = m_consentToken;
    const bool store = m_consentStore;
    m_consentAccount.reset();
    m_consentToken.clear();
    if (!allowUnscoped) {
        QStringList refused = account.refusedScopes();
        refused << TokenScopes::serverScopes(account.userName());
        account.setRefusedScopes(refused);
        serverTokenSettled(account, token, store, {}, true);
        return;
    }
    TokenRequest *request = newTokenRequest(account.userName());
    connect(request, &TokenRequest::finished, this,
            [this, account, token, store](const TokenRequest::Result &result) {
                Account updated = account;
                if (result.outcome != TokenRequest::Outcome::Issued) {
                    updated.setRefusedScopes(updated.refusedScopes()
                                             << TokenScopes::serverScopes(updated.userName()));
                    serverTokenSettled(updated, token, store, {}, true);
                    return;
                }
                updated.setServerTokenId(result.tokenId);
                updated.setServerTokenExpiry(result.expiry);
                updated.setUnscoped(true);
                m_credentials->writeSecret(updated.serverKeychainKey(), result.token);
                serverTokenSettled(updated, token, store, result.token, true);
            });
    request->requestUnscoped(WebSession::tokenNote(), lifetimeFor(account));
}

void HubSession::serverTokenSettled(const Account &account, const QByteArray &token, bool store,
                                    const QByteArray &serverToken, bool tellLimits)
{
    if (std::exchange(m_mintingLate, false) && m_account) {
        // Signed in already: only the server token is new.
        m_account = account;
        m_directory->addAccount(m_hubId, account);
        m_client->setServerToken(serverToken);
        qCInfo(lcAccount) << "server token"
                          << (serverToken.isEmpty() ? "still missing" : "made after sign-in");
        return;
    }
    m_token = token;
    m_client->setToken(token);
    m_client->setServerToken(serverToken);
    if (store)
        m_credentials->writeToken(account, token);
    becomeSignedIn(account);
    // Told when the limits are new (a sign-in, a token asked for now), not at every start.
    if (tellLimits && !account.refusedScopes().isEmpty()) {
        QStringList granted = TokenScopes::accountScopes() + TokenScopes::serverScopes(account.userName());
        for (const QString &scope : account.refusedScopes())
            granted.removeAll(scope);
        Q_EMIT limited(TokenScopes::describe(granted, account.refusedScopes()));
    }
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
    connect(m_monitor, &ServerMonitor::statusChanged, this, [this](const ServerStatus &status) {
        // A server token that could not be made at sign-in (network trouble) is made now.
        if (status.state != ServerStatus::State::Running || !m_retryServerToken || !m_account)
            return;
        m_retryServerToken = false;
        m_mintingLate = true;
        mintServerToken(*m_account, m_token, false);
    });
    connect(m_monitor, &ServerMonitor::tokenRejected, this, [this] {
        Q_EMIT signInRequired(tr("The hub stopped accepting your sign-in (it expired or was revoked). "
                                 "Sign in again."));
    });
    qCInfo(lcAccount) << "signed in to" << m_hub.toDisplayString() << "as" << account.userName()
                      << (m_client->hasServerToken() ? "with" : "without") << "a server token";
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
    QStringList ids;
    if (!m_account->serverTokenId().isEmpty())
        ids << m_account->serverTokenId();
    if (!m_account->tokenId().isEmpty())
        ids << m_account->tokenId();
    if (ids.isEmpty() || !m_client->hasToken()) {
        finishSignOut({});
        return;
    }
    // Revoke first, the server's token then the account's, with the account token; a failure
    // (hub down) still signs out locally.
    revokeNext(*m_account, ids);
}

void HubSession::revokeNext(const Account &account, QStringList ids)
{
    if (ids.isEmpty()) {
        finishSignOut({});
        return;
    }
    const QString id = ids.first();
    HubCall *call = m_client->revokeToken(account.userName(), id);
    connect(call, &HubCall::finished, this, [this, call, account, ids] {
        const HubError error = call->error();
        if (!error.isError() || error.kind() == HubError::Kind::NotFound) {
            revokeNext(account, ids.mid(1));
            return;
        }
        QDateTime until = account.tokenExpiry();
        if (account.serverTokenExpiry().isValid() && until.isValid())
            until = std::max(until, account.serverTokenExpiry());
        qCWarning(lcAccount) << "could not revoke the token on the hub:" << error.kindName();
        if (error.isTransient() || error.kind() == HubError::Kind::HostNotFound
            || error.kind() == HubError::Kind::Tls) {
            if (m_revocations)
                m_revocations->add(account, m_token, ids, until);
            finishSignOut(until.isValid()
                              ? tr("You are signed out here, but the hub could not be reached to cancel the "
                                   "app's sign-in there: it stays valid until %1 unless the app reaches "
                                   "the hub first. The app tries again each time it starts.")
                                    .arg(localTime(until))
                              : tr("You are signed out here, but the hub could not be reached to cancel the "
                                   "app's sign-in there. The app tries again each time it starts."));
            return;
        }
        const QString page = m_hub.hubPageUrl(QStringLiteral("token")).toDisplayString();
        finishSignOut(until.isValid() ? tr("You are signed out here, but the hub did not let the app cancel "
                                           "its sign-in there (%1): it stays valid until %2. You can "
                                           "delete it on %3.")
                                            .arg(error.message(), localTime(until), page)
                                      : tr("You are signed out here, but the hub did not let the app cancel "
                                           "its sign-in there (%1). You can delete it on %2.")
                                            .arg(error.message(), page));
    });
}

void HubSession::finishSignOut(const QString &revocationProblem)
{
    const Account account = *m_account;
    m_credentials->deleteToken(account);
    m_credentials->deleteSecret(account.serverKeychainKey());
    m_directory->removeAccount(m_hubId, account.userName());
    m_client->setToken({});
    m_client->setServerToken({});
    m_token.fill('\0');
    m_token.clear();
    m_account.reset();
    m_retryServerToken = false;
    m_mintingLate = false;
    delete m_controller;
    delete m_monitor;
    qCInfo(lcAccount) << "signed out of" << m_hub.toDisplayString();
    if (!revocationProblem.isEmpty())
        Q_EMIT revocationPending(revocationProblem);
    Q_EMIT signedOut();
}

} // namespace fornax
