#include "SignInFlow.h"

#include "Defaults.h"
#include "HubWebProfile.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SignInPage.h"
#include "TokenDialog.h"
#include "TrustPrompt.h"
#include "account/CredentialStore.h"
#include "account/HubDirectory.h"
#include "account/HubEntry.h"
#include "account/HubSession.h"
#include "account/PendingRevocations.h"
#include "account/WebSession.h"
#include "cost/RateCard.h"
#include "hub/HubError.h"
#include "hub/HubProbe.h"

#include <QWebEngineProfile>

#include <chrono>

namespace fornax::ui {

SignInFlow::SignInFlow(const QString &hubAddress, Settings *settings, QNetworkAccessManager *network,
                       CredentialStore *credentials, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_hubAddress(hubAddress)
    , m_settings(settings)
    , m_network(network)
    , m_credentials(credentials)
    , m_window(window)
    , m_directory(new HubDirectory(settings, network, this))
    , m_probe(new HubProbe(network, this))
    , m_revocations(new PendingRevocations(settings, credentials, network, this))
{
    if (m_hubAddress.isEmpty()) {
        if (const auto entry = m_directory->hub(m_directory->currentHubId()))
            m_hubAddress = entry->address;
        if (m_hubAddress.isEmpty())
            m_hubAddress = QString::fromLatin1(defaults::FornaxConsoleUrl);
    }
    const bool isFornax = HubUrl::candidateBases(m_hubAddress).value(0)
        == HubUrl::candidateBases(QString::fromLatin1(defaults::FornaxConsoleUrl)).value(0);
    m_window->setHub(isFornax ? tr("Fornax Science Console") : tr("JupyterHub"), m_hubAddress);
    m_window->setAccount({});

    connect(m_probe, &HubProbe::hubFound, this, &SignInFlow::hubFound);
    connect(m_probe, &HubProbe::probeFailed, m_window,
            qOverload<const HubError &>(&MainWindow::showHubFailed));
    connect(m_window, &MainWindow::retryRequested, this, &SignInFlow::checkHub);
    connect(m_window, &MainWindow::signInRequested, this, &SignInFlow::signIn);
    connect(m_window, &MainWindow::pasteTokenRequested, this, &SignInFlow::askForToken);
    connect(m_window, &MainWindow::signOutRequested, this, &SignInFlow::signOut);
    connect(m_directory, &HubDirectory::accountRemoved, this,
            [this](const QString &, const Account &account) {
                m_credentials->deleteToken(account);
                m_credentials->deleteSecret(account.serverKeychainKey());
            });
    connect(m_revocations, &PendingRevocations::retried, this, [this](int revoked, int stillPending) {
        if (revoked > 0)
            qCInfo(lcUi) << "revoked" << revoked << "sign-in(s) left over from an earlier sign-out";
        if (stillPending > 0)
            m_window->setNotice(
                tr("The hub could still not be reached to cancel %n sign-in(s) from an earlier "
                   "sign-out. The app tries again at its next start.",
                   nullptr, stillPending));
    });
}

SignInFlow::~SignInFlow()
{
    // The web profile goes before the web session it feeds cookies to (and after the window's
    // pages that use it, which GuiApplication deletes first).
    delete m_tokenDialog;
    delete m_webProfile;
}

HubSession *SignInFlow::session() const
{
    return m_session;
}

WebSession *SignInFlow::webSession() const
{
    return m_webSession;
}

HubWebProfile *SignInFlow::webProfile() const
{
    return m_webProfile;
}

SignInPage *SignInFlow::signInPage() const
{
    return m_signInPage;
}

void SignInFlow::start()
{
    m_revocations->retryAll();
    checkHub();
}

void SignInFlow::checkHub()
{
    m_window->showHubChecking();
    m_probe->probe(m_hubAddress);
}

void SignInFlow::hubFound(const HubUrl &hub, const QString &version)
{
    // Nothing has been sent to the hub yet but an anonymous probe: ask before any sign-in goes.
    const QUrl requested = m_probe->requestedBase();
    if (HubUrl::leadsElsewhere(requested, hub.base())
        && !m_settings->isRedirectConfirmed(requested, hub.base())) {
        TrustPrompt::askRedirectedHub(
            m_window, requested, hub, [this, requested, hub, version](bool accepted) {
                if (!accepted) {
                    m_window->showHubFailed(
                        tr("%1 led to %2, which you did not confirm, so nothing was sent there. Check the "
                           "address.")
                            .arg(HubUrl(requested).toDisplayString(), hub.toDisplayString()));
                    return;
                }
                m_settings->confirmRedirect(requested, hub.base());
                trustHub(hub, version);
            });
        return;
    }
    trustHub(hub, version);
}

void SignInFlow::trustHub(const HubUrl &hub, const QString &version)
{
    if (hub.isInsecure() && !m_settings->isInsecureHubAllowed(hub.base())) {
        TrustPrompt::askInsecureHub(m_window, hub, [this, hub, version](bool accepted) {
            if (!accepted) {
                m_window->showHubFailed(tr("%1 offers no encryption, and you chose not to use it that way. "
                                           "Use its https:// address if it has one.")
                                            .arg(hub.toDisplayString()));
                return;
            }
            m_settings->allowInsecureHub(hub.base());
            trustHub(hub, version);
        });
        return;
    }
    m_hub = hub;
    m_window->showHubFound(hub, version);
    resolveEntry(hub);
}

void SignInFlow::resolveEntry(const HubUrl &hub)
{
    // The directory's entry for this hub: an existing one, Fornax's (confirmed now), or a new one.
    if (const auto entry = m_directory->confirmedHub(hub)) {
        openHub(entry->id);
        return;
    }
    for (const HubEntry &entry : m_directory->hubs()) {
        if (!entry.isConfirmed() && HubUrl::candidateBases(entry.address).contains(hub.base())) {
            auto *once = new QObject(this);
            connect(m_directory, &HubDirectory::hubChanged, once,
                    [this, once, id = entry.id](const QString &changed) {
                        if (changed == id) {
                            delete once;
                            openHub(id);
                        }
                    });
            m_directory->confirmHub(entry.id);
            return;
        }
    }
    auto *once = new QObject(this);
    connect(m_directory, &HubDirectory::hubAdded, once, [this, once](const QString &id) {
        delete once;
        openHub(id);
    });
    connect(m_directory, &HubDirectory::hubRejected, once,
            [this, once](const QString &, const HubError &error, const QString &message) {
                delete once;
                qCWarning(lcUi) << "the directory refused the hub:" << message;
                m_window->showHubFailed(error.isError() ? error : HubError(HubError::Kind::NotAHub, message));
            });
    m_directory->addHub(hub.base().toString());
}

void SignInFlow::openHub(const QString &hubId)
{
    m_directory->setCurrentHubId(hubId);
    if (const auto entry = m_directory->hub(hubId))
        m_window->setHub(entry->displayName, m_hub.toDisplayString());
    m_hubId = hubId;

    m_webSession = new WebSession(m_hub, this);
    m_webSession->setTokenLifetime(std::chrono::hours(24) * m_settings->tokenLifetimeDays());
    m_webProfile = new HubWebProfile(hubId, m_webSession, this);
    m_webSession->setUserAgent(m_webProfile->profile()->httpUserAgent().toUtf8());
    m_signInPage = new SignInPage(m_webProfile->profile());
    m_window->addPage(m_signInPage);

    m_session = new HubSession(hubId, m_hub, m_directory, m_credentials, m_network, this);
    m_session->setPendingRevocations(m_revocations);
    m_session->setTokenLifetime(std::chrono::hours(24) * m_settings->tokenLifetimeDays());
    connectSession();
    connectWebSession();

    qCInfo(lcUi).noquote() << "hub opened:" << hubId;
    Q_EMIT hubOpened(hubId);
    m_session->resume();
}

void SignInFlow::connectSession()
{
    connect(m_session, &HubSession::signedIn, this, &SignInFlow::showSignedIn);
    connect(m_session, &HubSession::limited, this, [this](const QString &description) {
        TrustPrompt::showLimits(m_window, description);
    });
    connect(m_session, &HubSession::serverTokenConsentNeeded, this, [this](const HubError &error) {
        TrustPrompt::askUnscopedToken(m_window, true, error, [this](bool accepted) {
            if (m_session)
                m_session->answerServerTokenConsent(accepted);
        });
    });
    connect(m_session, &HubSession::revocationPending, m_window, &MainWindow::setNotice);
    connect(m_session, &HubSession::signInRequired, this, &SignInFlow::showSignInNeeded);
    connect(m_session, &HubSession::signInFailed, this, [this](const HubError &error) {
        m_exchanging = false;
        if (m_tokenDialog) {
            m_tokenDialog->setBusy(false);
            m_tokenDialog->setError(error.message());
            return;
        }
        m_signInPage->setMessage(error.message());
    });
    connect(m_session, &HubSession::signedOut, this, [this] {
        Q_EMIT signedOut();
        m_webProfile->clear();
        m_window->setAccount({});
        m_window->showWelcome();
    });
}

void SignInFlow::connectWebSession()
{
    connect(m_signInPage, &SignInPage::hubPageReached, this, &SignInFlow::exchangeSession);
    connect(m_signInPage, &SignInPage::pasteTokenRequested, this, &SignInFlow::askForToken);
    connect(m_webSession, &WebSession::signedIn, m_webSession, &WebSession::requestToken);
    connect(m_webSession, &WebSession::notSignedIn, this, [this](const HubError &error) {
        m_exchanging = false;
        m_signInPage->setMessage(tr("The hub did not confirm the sign-in. %1").arg(error.message()));
    });
    connect(m_webSession, &WebSession::tokenIssued, m_session, &HubSession::adoptToken);
    connect(m_webSession, &WebSession::tokenRequestFailed, this, [this](const HubError &error) {
        m_exchanging = false;
        m_signInPage->setMessage(
            tr("Signed in, but the hub did not give the app a token. %1").arg(error.message()));
    });
    connect(m_webSession, &WebSession::unscopedTokenOffered, this,
            [this](const QString &userName, const HubError &error) {
                TrustPrompt::askUnscopedToken(m_window, false, error, [this, userName, error](bool accepted) {
                    if (accepted && m_webSession) {
                        m_webSession->requestUnscopedToken(userName);
                        return;
                    }
                    m_exchanging = false;
                    m_signInPage->setMessage(
                        tr("Signed in on the web page, but the app holds no sign-in: the hub "
                           "refused a limited one, and you chose not to allow more. %1")
                            .arg(error.message()));
                });
            });
}

void SignInFlow::signIn()
{
    if (!m_session || !m_signInPage)
        return;
    m_signInPage->setMessage({});
    m_window->showPage(m_signInPage);
    m_signInPage->load(m_hub);
}

void SignInFlow::signOut()
{
    if (m_session)
        m_session->signOut();
}

void SignInFlow::askForToken()
{
    if (!m_session)
        return;
    if (!m_tokenDialog) {
        m_tokenDialog = new TokenDialog(m_hub, m_window);
        m_tokenDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_tokenDialog, &TokenDialog::tokenSubmitted, m_session, &HubSession::signInWithToken);
    }
    m_tokenDialog->open();
}

void SignInFlow::exchangeSession()
{
    if (m_exchanging || !m_session || m_session->isSignedIn())
        return;
    m_exchanging = true;
    m_webSession->checkSignedIn();
}

void SignInFlow::showSignInNeeded(const QString &reason)
{
    m_exchanging = false;
    m_window->setAccount({});
    m_window->setNotice(reason);
    if (reason.isEmpty()) {
        m_window->showWelcome();
        return;
    }
    signIn();
}

void SignInFlow::showSignedIn(const Account &account)
{
    m_exchanging = false;
    if (m_tokenDialog)
        m_tokenDialog->accept();
    m_window->setAccount(account.userName());
    Q_EMIT signedIn(account);
}

QString SignInFlow::hubKey() const
{
    return RateCard::hubKey(m_hub.base().isValid() ? m_hub.base().toString() : m_hubAddress);
}

QString SignInFlow::hubDisplayName() const
{
    if (const auto entry = m_directory->hub(m_hubId))
        return entry->displayName;
    return m_hub.base().isValid() ? m_hub.toDisplayString() : m_hubAddress;
}

} // namespace fornax::ui
