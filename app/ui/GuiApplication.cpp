#include "GuiApplication.h"

#include "Defaults.h"
#include "HubWebProfile.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ServerPanel.h"
#include "Settings.h"
#include "SignInPage.h"
#include "TokenDialog.h"
#include "TrayIcon.h"
#include "account/CredentialStore.h"
#include "account/HubDirectory.h"
#include "account/HubSession.h"
#include "account/WebSession.h"
#include "hub/HubProbe.h"
#include "hub/ServerController.h"
#include "hub/ServerMonitor.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QWebEngineProfile>

namespace fornax::ui {

GuiApplication::GuiApplication(const QString &hubAddress, QObject *parent)
    : QObject(parent)
    , m_hubAddress(hubAddress)
    , m_network(new QNetworkAccessManager(this))
    , m_settings(new Settings(QString(), this))
    , m_directory(new HubDirectory(m_settings, m_network, this))
    , m_credentials(new CredentialStore(this))
    , m_probe(new HubProbe(m_network, this))
    , m_window(new MainWindow)
    , m_tray(new TrayIcon(this))
{
    if (m_hubAddress.isEmpty()) {
        if (const auto entry = m_directory->hub(m_directory->currentHubId()))
            m_hubAddress = entry->address;
    }
    const bool isFornax = HubUrl::candidateBases(m_hubAddress).value(0)
        == HubUrl::candidateBases(QString::fromLatin1(defaults::FornaxConsoleUrl)).value(0);
    m_window->setHub(isFornax ? tr("Fornax Science Console") : tr("JupyterHub"), m_hubAddress);
    m_window->setAccount({});

    connect(m_probe, &HubProbe::hubFound, this, &GuiApplication::hubFound);
    connect(m_probe, &HubProbe::probeFailed, m_window, &MainWindow::showHubFailed);
    connect(m_window, &MainWindow::retryRequested, this, &GuiApplication::checkHub);
    connect(m_window, &MainWindow::signInRequested, this, &GuiApplication::signIn);
    connect(m_window, &MainWindow::pasteTokenRequested, this, &GuiApplication::askForToken);
    connect(m_window, &MainWindow::signOutRequested, this, &GuiApplication::signOut);
    connect(m_window, &MainWindow::quitRequested, qApp, &QApplication::quit);
    connect(m_tray, &TrayIcon::openRequested, this, &GuiApplication::raiseWindow);
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QApplication::quit);
    connect(m_credentials, &CredentialStore::keychainUnavailable, m_window, &MainWindow::setNotice);
    connect(m_directory, &HubDirectory::accountRemoved, this,
            [this](const QString &, const Account &account) {
                m_credentials->deleteToken(account);
            });
}

GuiApplication::~GuiApplication()
{
    // Pages with web views must go before the web profile they use.
    delete m_tokenDialog;
    delete m_window;
    delete m_webProfile;
}

void GuiApplication::start()
{
    m_window->show();
    m_tray->show();
    checkHub();
}

void GuiApplication::checkHub()
{
    m_window->showHubChecking();
    m_probe->probe(m_hubAddress);
}

void GuiApplication::hubFound(const HubUrl &hub, const QString &version)
{
    m_hub = hub;
    m_window->showHubFound(hub, version);
    resolveEntry(hub);
}

void GuiApplication::resolveEntry(const HubUrl &hub)
{
    // The directory's entry for this hub: an existing one, Fornax's (confirmed now), or a new one.
    for (const HubEntry &entry : m_directory->hubs()) {
        if (entry.isConfirmed() && entry.confirmedBase == hub) {
            openHub(entry.id);
            return;
        }
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

void GuiApplication::openHub(const QString &hubId)
{
    m_directory->setCurrentHubId(hubId);
    if (const auto entry = m_directory->hub(hubId))
        m_window->setHub(entry->displayName, m_hub.toDisplayString());

    m_webSession = new WebSession(m_hub, this);
    m_webSession->setTokenLifetime(std::chrono::hours(24) * m_settings->tokenLifetimeDays());
    m_webProfile = new HubWebProfile(hubId, m_webSession, this);
    m_webSession->setUserAgent(m_webProfile->profile()->httpUserAgent().toUtf8());
    m_signInPage = new SignInPage(m_webProfile->profile());
    m_window->addPage(m_signInPage);
    m_serverPanel = new ServerPanel;
    m_window->addPage(m_serverPanel);

    m_session = new HubSession(hubId, m_hub, m_directory, m_credentials, m_network, this);
    connect(m_session, &HubSession::signedIn, this, &GuiApplication::showSignedIn);
    connect(m_session, &HubSession::signInRequired, this, &GuiApplication::showSignInNeeded);
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
        m_webProfile->clear();
        m_window->setAccount({});
        m_window->showWelcome();
    });

    connect(m_signInPage, &SignInPage::hubPageReached, this, &GuiApplication::exchangeSession);
    connect(m_signInPage, &SignInPage::pasteTokenRequested, this, &GuiApplication::askForToken);
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

    connect(m_serverPanel, &ServerPanel::startRequested, this, [this] {
        if (m_session && m_session->controller())
            m_session->controller()->startServer(QJsonObject());
    });
    connect(m_serverPanel, &ServerPanel::stopRequested, this, [this] {
        if (m_session && m_session->controller())
            m_session->controller()->stopServer();
    });

    Q_EMIT hubReady(hubId);
    m_session->resume();
}

void GuiApplication::signIn()
{
    if (!m_session || !m_signInPage)
        return;
    m_signInPage->setMessage({});
    m_window->showPage(m_signInPage);
    m_signInPage->load(m_hub);
}

void GuiApplication::exchangeSession()
{
    if (m_exchanging || !m_session || m_session->isSignedIn())
        return;
    m_exchanging = true;
    m_webSession->checkSignedIn();
}

void GuiApplication::showSignInNeeded(const QString &reason)
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

void GuiApplication::showSignedIn(const Account &account)
{
    m_exchanging = false;
    if (m_tokenDialog)
        m_tokenDialog->accept();
    m_window->setAccount(account.userName());
    if (m_credentials->isPersistent())
        m_window->setNotice({});
    m_window->showPage(m_serverPanel);
    ServerMonitor *monitor = m_session->monitor();
    connect(monitor, &ServerMonitor::statusChanged, m_serverPanel, &ServerPanel::setStatus);
    connect(m_session->controller(), &ServerController::startFailed, m_serverPanel,
            [this](const HubError &error) {
                m_serverPanel->setError(error.message());
            });
    m_serverPanel->setStatus(monitor->status());
}

void GuiApplication::askForToken()
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

void GuiApplication::signOut()
{
    if (m_session)
        m_session->signOut();
}

void GuiApplication::raiseWindow()
{
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

} // namespace fornax::ui
