#include "GuiApplication.h"

#include "Autostart.h"
#include "CleanupTracker.h"
#include "Defaults.h"
#include "DropZone.h"
#include "EgressDialog.h"
#include "HubWebProfile.h"
#include "LabPage.h"
#include "Logging.h"
#include "MainWindow.h"
#include "RateCardDialog.h"
#include "RemoteBrowser.h"
#include "ServerPanel.h"
#include "Settings.h"
#include "SignInPage.h"
#include "SshSettingsDialog.h"
#include "TokenDialog.h"
#include "TransferController.h"
#include "TransferPanel.h"
#include "TrayIcon.h"
#include "TrustPrompt.h"
#include "UsageDialog.h"
#include "account/CredentialStore.h"
#include "account/HubDirectory.h"
#include "account/HubEntry.h"
#include "account/HubSession.h"
#include "account/PendingRevocations.h"
#include "account/WebSession.h"
#include "cost/CostMeter.h"
#include "cost/EgressPolicy.h"
#include "cost/RateCard.h"
#include "cost/SessionRecorder.h"
#include "cost/UsageLedger.h"
#include "hub/HubClient.h"
#include "hub/HubProbe.h"
#include "hub/ReplyLimit.h"
#include "hub/ServerController.h"
#include "hub/ServerMonitor.h"
#include "hub/SpawnForm.h"
#include "transfer/TransferHolds.h"
#include "transfer/TransferQueue.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>

namespace fornax::ui {

namespace {

// The most the clean-up after the decision to quit may take (deleting terminals on the server):
// the process must be gone within a second of the decision.
constexpr std::chrono::milliseconds QuitCleanupBound {600};

} // namespace

GuiApplication::GuiApplication(const QString &hubAddress, QObject *parent)
    : QObject(parent)
    , m_hubAddress(hubAddress)
    , m_network(new QNetworkAccessManager(this))
    , m_settings(new Settings(QString(), this))
    , m_directory(new HubDirectory(m_settings, m_network, this))
    , m_credentials(new CredentialStore(this))
    , m_probe(new HubProbe(m_network, this))
    , m_revocations(new PendingRevocations(m_settings, m_credentials, m_network, this))
    , m_window(new MainWindow)
    , m_tray(new TrayIcon(this))
    , m_ledger(std::make_unique<UsageLedger>())
    , m_costTimer(new QTimer(this))
    , m_stopBeforeQuitTimer(new QTimer(this))
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

    connect(m_probe, &HubProbe::hubFound, this, &GuiApplication::hubFound);
    connect(m_probe, &HubProbe::probeFailed, m_window,
            qOverload<const HubError &>(&MainWindow::showHubFailed));
    connect(m_window, &MainWindow::retryRequested, this, &GuiApplication::checkHub);
    connect(m_window, &MainWindow::signInRequested, this, &GuiApplication::signIn);
    connect(m_window, &MainWindow::pasteTokenRequested, this, &GuiApplication::askForToken);
    connect(m_window, &MainWindow::signOutRequested, this, &GuiApplication::signOut);
    connect(m_window, &MainWindow::quitRequested, this, &GuiApplication::requestQuit);
    connect(m_window, &MainWindow::closeRequested, this, &GuiApplication::handleClose);
    connect(m_tray, &TrayIcon::openRequested, this, &GuiApplication::raiseWindow);
    connect(m_tray, &TrayIcon::quitRequested, this, &GuiApplication::requestQuit);
    connect(m_tray, &TrayIcon::startRequested, this, &GuiApplication::startServer);
    const auto keepAlive = [this] {
        if (m_keepAlive && m_keepAlive->start(std::chrono::hours(1)))
            notify(tr("Keeping your server running"),
                   tr("It will not be stopped for being idle until %1.")
                       .arg(QLocale().toString(m_keepAlive->until().toLocalTime().time(),
                                               QLocale::ShortFormat)));
        updateSummary();
    };
    const auto stop = [this] {
        if (m_session && m_session->controller())
            m_session->controller()->stopServer();
    };
    connect(m_tray, &TrayIcon::keepAliveRequested, this, keepAlive);
    connect(m_tray, &TrayIcon::stopRequested, this, stop);
    // Where there is no tray, the window's header offers the same two.
    connect(m_window, &MainWindow::keepAliveRequested, this, keepAlive);
    connect(m_window, &MainWindow::stopServerRequested, this, stop);
    m_stopBeforeQuitTimer->setSingleShot(true);
    m_stopBeforeQuitTimer->setInterval(StopBeforeQuitTimeout);
    connect(m_stopBeforeQuitTimer, &QTimer::timeout, this, [this] {
        stopBeforeQuitFailed(tr("The hub did not confirm within %n second(s) that your server stopped.",
                                nullptr, int(StopBeforeQuitTimeout.count())));
    });
    connect(m_credentials, &CredentialStore::keychainUnavailable, m_window, &MainWindow::setNotice);
    // Preferences: the autostart entry is the truth for "start at login", the setting follows it.
    Autostart autostart;
    m_window->setPreferences(autostart.isEnabled(), m_settings->language());
    connect(m_window, &MainWindow::startAtLoginChanged, this, [this](bool enabled) {
        Autostart entry;
        if (!entry.setEnabled(enabled)) {
            m_window->setNotice(entry.errorString());
            m_window->setPreferences(entry.isEnabled(), m_settings->language());
            return;
        }
        m_settings->setStartAtLogin(enabled);
    });
    connect(m_window, &MainWindow::languageChosen, m_settings, &Settings::setLanguage);
    m_window->setKeepAliveDuringWork(m_settings->keepAliveDuringWork());
    connect(m_window, &MainWindow::keepAliveDuringWorkChanged, this, [this](bool keep) {
        m_settings->setKeepAliveDuringWork(keep);
        if (m_holder)
            m_holder->setEnabled(keep);
    });
    connect(m_window, &MainWindow::usageRequested, this, &GuiApplication::showUsage);
    connect(m_window, &MainWindow::rateCardRequested, this, &GuiApplication::showRateCard);
    connect(m_window, &MainWindow::sshSettingsRequested, this, [this] {
        if (m_hubId.isEmpty())
            return; // no hub chosen yet: nothing to reach over SSH
        auto *dialog = new SshSettingsDialog(m_settings, m_credentials, m_hubId, hubDisplayName(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // Server hours cost by the minute: the estimates in the card and the tray follow.
    m_costTimer->setInterval(std::chrono::minutes(1));
    connect(m_costTimer, &QTimer::timeout, this, &GuiApplication::updateCost);
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
    setUpTransfers();
}

GuiApplication::~GuiApplication()
{
    // The jobs call back into the window and the ledger: they go first.
    delete m_transfers;
    // Pages with web views must go before the web profile they use.
    delete m_tokenDialog;
    delete m_window;
    delete m_webProfile;
}

void GuiApplication::start()
{
    m_window->show();
    m_tray->show();
    m_revocations->retryAll();
    checkHub();
}

void GuiApplication::checkHub()
{
    m_window->showHubChecking();
    m_probe->probe(m_hubAddress);
}

void GuiApplication::hubFound(const HubUrl &hub, const QString &version)
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

void GuiApplication::trustHub(const HubUrl &hub, const QString &version)
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

void GuiApplication::resolveEntry(const HubUrl &hub)
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
    m_hubId = hubId;
    m_picker = new ProfilePicker;
    // Rates beside the sizes, with their sources: the hub's card as the user keeps it.
    m_picker->setRateCard(RateCard::load(*m_settings, hubKey()));
    m_window->addPage(m_picker);
    m_labView = new LabView(m_webProfile->profile(), m_hub);
    m_window->addPage(m_labView);
    connect(m_labView->page(), &LabPage::externalOpenRefused, m_window,
            [this](const QUrl &, const QString &message) {
                m_window->setNotice(message);
            });
    connect(m_labView, &LabView::titleChanged, this, [this](const QString &title) {
        m_window->setWindowTitle(title.isEmpty() ? tr("Fornax Desktop")
                                                 : tr("%1 — Fornax Desktop").arg(title));
    });
    connect(m_webProfile->profile(), &QWebEngineProfile::downloadRequested, this,
            &GuiApplication::handleDownload);
    connect(m_picker, &ProfilePicker::startRequested, this,
            [this](const Profile &profile, const QJsonObject &options) {
                m_settings->setLastProfile(m_hubId, profile.slug);
                if (m_session && m_session->controller())
                    m_session->controller()->startServer(options);
            });
    connect(m_webSession, &WebSession::spawnFormFetched, this, [this](const SpawnForm &form) {
        qCInfo(lcUi) << "the hub offers" << form.profiles().size() << "server size(s)";
        m_settings->setCachedProfiles(
            m_hubId, QJsonDocument(Profile::listToJson(form.profiles())).toJson(QJsonDocument::Compact));
        m_picker->setProfiles(form.profiles(), m_settings->lastProfile(m_hubId));
    });
    connect(m_webSession, &WebSession::spawnFormFailed, this, [this](const HubError &error) {
        const QList<Profile> cached =
            Profile::listFromJson(QJsonDocument::fromJson(m_settings->cachedProfiles(m_hubId)).array());
        m_picker->setProfiles(cached.isEmpty() ? QList<Profile> {SpawnForm::defaultServer()} : cached,
                              m_settings->lastProfile(m_hubId));
        qCInfo(lcUi) << "spawn form not available:" << error.kindName();
    });

    m_session = new HubSession(hubId, m_hub, m_directory, m_credentials, m_network, this);
    m_session->setPendingRevocations(m_revocations);
    m_session->setTokenLifetime(std::chrono::hours(24) * m_settings->tokenLifetimeDays());
    connect(m_session, &HubSession::signedIn, this, &GuiApplication::showSignedIn);
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
        delete m_recorder; // notes when the server was last seen running
        m_transfers->cancelAll();
        m_remoteBrowser->clear();
        m_windowDrop->setEnabled(false);
        m_panelDrop->setEnabled(false);
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

    connect(m_serverPanel, &ServerPanel::startRequested, this, [this] {
        m_window->showPage(m_picker);
    });
    connect(m_serverPanel, &ServerPanel::stopRequested, this, [this] {
        if (m_session && m_session->controller())
            m_session->controller()->stopServer();
    });

    qCInfo(lcUi).noquote() << "hub opened:" << hubId;
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
    m_windowDrop->setEnabled(true);
    m_panelDrop->setEnabled(true);
    if (m_credentials->isPersistent())
        m_window->setNotice({});
    m_profilesLoaded = false;
    ServerMonitor *monitor = m_session->monitor();
    // The idle guard: the time left before the hub culls an idle server, a warning two minutes
    // before, and a bounded keep-alive (never silently forever).
    delete m_holder;
    delete m_serverProbe;
    delete m_idleGuard;
    delete m_keepAlive;
    const std::chrono::minutes idleTimeout(m_settings->idleCullMinutes(m_hubId));
    const std::chrono::hours maxAge(m_settings->maxServerHours(m_hubId));
    m_idleGuard = new IdleGuard(this);
    m_idleGuard->setTimeout(idleTimeout);
    m_keepAlive = new KeepAlive(m_session->client(), this);
    // Counted requests well inside the hub's idle timeout, where it is known.
    if (idleTimeout.count() > 0)
        m_keepAlive->setInterval(
            std::min<std::chrono::milliseconds>(KeepAlive::DefaultInterval, idleTimeout / 3));
    // Transfers keep the server alive while they run, bounded by their own end and the hub's limit.
    m_holder = new ActivityHolder(m_keepAlive, this);
    m_holder->setEnabled(m_settings->keepAliveDuringWork());
    m_holder->setMaxServerAge(maxAge);
    TransferHolds::watch(m_holder, m_transfers->queue());
    m_serverProbe = new ServerProbe(m_session->client(), this);
    m_diagnosis = StopDiagnosis();
    m_diagnosis.setIdleTimeout(idleTimeout);
    m_diagnosis.setMaxAge(maxAge);
    m_keepAliveChecked = {};
    // The evidence of why a server stopped is taken before anything reacts to the stop.
    connect(monitor, &ServerMonitor::statusChanged, this, [this](const ServerStatus &status) {
        m_diagnosis.observe(status);
    });
    connect(m_serverProbe, &ServerProbe::sampled, this, [this](const ServerSnapshot &snapshot) {
        m_diagnosis.observe(snapshot);
    });
    connect(monitor, &ServerMonitor::statusChanged, m_idleGuard, &IdleGuard::updateStatus);
    connect(monitor, &ServerMonitor::statusChanged, m_keepAlive, &KeepAlive::updateStatus);
    connect(monitor, &ServerMonitor::statusChanged, m_holder, &ActivityHolder::updateStatus);
    connect(m_keepAlive, &KeepAlive::changed, this, &GuiApplication::keepAliveChanged);
    connect(m_holder, &ActivityHolder::changed, this, &GuiApplication::updateSummary);
    connect(m_idleGuard, &IdleGuard::idleTimeLeftChanged, this, &GuiApplication::updateSummary);
    connect(m_idleGuard, &IdleGuard::activeChanged, this, &GuiApplication::updateSummary);
    connect(m_idleGuard, &IdleGuard::cullImminent, this, [this](std::chrono::seconds left) {
        if (m_keepAlive->isActive())
            return;
        notify(tr("Your server will stop soon"),
               tr("It has been idle; the hub stops it in about %n minute(s). Use it, or choose “Keep it "
                  "running for an hour” here.",
                  nullptr, int(std::max<qint64>(1, left.count() / 60))));
    });
    connect(m_keepAlive, &KeepAlive::keepAliveEnded, this, &GuiApplication::updateSummary);
    // Server hours into the ledger from the hub's model, however the server was started.
    delete m_recorder;
    m_recorder = new SessionRecorder(hubKey(), account.userName(), {}, m_ledger->filePath(), this);
    const QList<Profile> cached =
        Profile::listFromJson(QJsonDocument::fromJson(m_settings->cachedProfiles(m_hubId)).array());
    for (const Profile &profile : cached) {
        if (profile.isDefault)
            m_recorder->setDefaultSize(profile.slug);
    }
    // The sizes as last read, so a running server's size shows by its name from the start.
    if (m_picker->profiles().isEmpty() && !cached.isEmpty())
        m_picker->setProfiles(cached, m_settings->lastProfile(m_hubId));
    connect(monitor, &ServerMonitor::polled, m_recorder, &SessionRecorder::observe);
    connect(m_recorder, &SessionRecorder::recorded, this, &GuiApplication::updateCost);
    connect(m_recorder, &SessionRecorder::writeFailed, m_window, &MainWindow::setNotice);
    connect(monitor, &ServerMonitor::statusChanged, this, &GuiApplication::showStatus);
    connect(monitor, &ServerMonitor::serverLost, this, [this] {
        // In plain words, from what the app saw: idle, its time limit, or stopped while in use.
        m_lastStopReason = m_diagnosis.diagnose(QDateTime::currentDateTimeUtc());
        qCInfo(lcUi) << "server stopped outside the app:" << m_lastStopReason.kindName();
        m_picker->setMessage(m_lastStopReason.text);
        m_serverPanel->setError(m_lastStopReason.text);
        notify(tr("Your server was stopped"), m_lastStopReason.text);
    });
    connect(m_session->controller(), &ServerController::serverStarted, this, [this] {
        if (!m_window->isActiveWindow())
            notify(tr("Your server is ready"), tr("JupyterLab is open in Fornax Desktop."));
    });
    connect(m_session->controller(), &ServerController::startFailed, this, [this](const HubError &error) {
        m_picker->setMessage(tr("The server did not start. %1").arg(error.message()));
    });
    connect(m_session->controller(), &ServerController::stopFailed, this, [this](const HubError &error) {
        if (m_quitting) {
            stopBeforeQuitFailed(tr("The server could not be stopped. %1").arg(error.message()));
            return;
        }
        m_serverPanel->setError(tr("The server could not be stopped. %1").arg(error.message()));
        notify(tr("Your server could not be stopped"), error.message());
    });
    m_window->showPage(m_serverPanel);
    showStatus(monitor->status());
}

void GuiApplication::showStatus(const ServerStatus &status)
{
    qCInfo(lcUi).noquote() << "showing the server:" << status.stateName();
    const QString size = sizeName(status.profileSlug());
    m_serverPanel->setStatus(status, size);
    updateSummary();
    trackSession(status);
    using State = ServerStatus::State;
    QString details;
    if (status.state == State::Running) {
        if (!size.isEmpty())
            details = tr("Size: %1").arg(size);
        if (status.started.isValid())
            details += (details.isEmpty() ? QString() : QStringLiteral(", "))
                + tr("up %n minute(s)", nullptr,
                     int(status.started.secsTo(QDateTime::currentDateTimeUtc()) / 60));
    }
    const auto last = m_picker->selectedProfile();
    m_tray->setServerStatus(status.stateText(), details,
                            status.state == State::Stopped || status.state == State::Failed,
                            status.state == State::Running || status.state == State::Starting,
                            last ? last->displayName : QString());
    switch (status.state) {
    case State::Stopped:
    case State::Failed:
        m_tray->setState(status.state == State::Failed ? TrayIcon::State::Attention
                                                       : TrayIcon::State::Stopped);
        if (status.state == State::Failed)
            m_picker->setMessage(status.message);
        if (!m_profilesLoaded)
            loadProfiles();
        m_remoteBrowser->clear();
        m_window->showPage(m_picker);
        if (m_quitting && status.state == State::Stopped)
            decideQuit();
        break;
    case State::Starting:
    case State::Stopping:
    case State::Unknown:
        m_tray->setState(TrayIcon::State::Starting);
        m_window->showPage(m_serverPanel);
        break;
    case State::Running:
        m_tray->setState(TrayIcon::State::Running);
        m_keepAlive->setServerUrl(status.url);
        m_serverProbe->setServerUrl(status.url);
        // Once per server: a keep-alive started in the lab or by an earlier run is shown.
        if (m_keepAliveChecked != status.started || !status.started.isValid()) {
            m_keepAliveChecked = status.started;
            m_keepAlive->checkServer();
        }
        if (!m_remoteBrowser->hasServer() || m_remoteBrowser->serverUrl() != status.url)
            m_remoteBrowser->setServer(m_session->client(), status.url);
        m_profilesLoaded = false; // sizes may change while it runs; read them again next time
        openLab(status.url);
        break;
    }
}

void GuiApplication::updateSummary()
{
    if (!m_session || !m_session->monitor())
        return;
    const ServerStatus status = m_session->monitor()->status();
    QStringList parts {tr("Server: %1").arg(status.stateText())};
    if (!status.profileSlug().isEmpty() && status.state == ServerStatus::State::Running)
        parts << sizeName(status.profileSlug());
    const bool running = status.state == ServerStatus::State::Running;
    const QString keptAlive = running ? keepAliveText() : QString();
    if (!keptAlive.isEmpty())
        parts << keptAlive;
    else if (const auto left = m_idleGuard ? m_idleGuard->timeLeft() : std::nullopt; running && left)
        parts << tr("stops when idle in %n minute(s)", nullptr, int((left->count() + 59) / 60));
    m_window->setServerSummary(parts.join(QStringLiteral(" · ")));
    m_serverPanel->setKeepAliveText(keptAlive);
    m_tray->setKeepAliveText(keptAlive);
    m_tray->setKeepAliveAvailable(running && m_idleGuard && m_idleGuard->isActive()
                                  && !m_keepAlive->isActive());
    updateServerControls();
}

void GuiApplication::updateServerControls()
{
    // The tray offers Stop and Keep-alive where there is one; elsewhere the window must.
    const bool noTray = !m_tray->isAvailable();
    const ServerStatus status =
        m_session && m_session->monitor() ? m_session->monitor()->status() : ServerStatus();
    const bool running = status.state == ServerStatus::State::Running;
    const bool canKeepAlive =
        running && m_idleGuard && m_idleGuard->isActive() && m_keepAlive && !m_keepAlive->isActive();
    m_window->setServerControls(noTray && running, noTray && canKeepAlive);
}

QString GuiApplication::sizeName(const QString &slug) const
{
    // "Medium", as the size was chosen, where the hub's sizes are known; else the slug.
    if (m_picker) {
        for (const Profile &profile : m_picker->profiles()) {
            if (profile.slug == slug && !profile.displayName.isEmpty())
                return profile.displayName;
        }
    }
    return slug;
}

QString GuiApplication::keepAliveText() const
{
    if (m_holder && m_holder->isHolding()) {
        QString text = tr("kept alive: %1").arg(m_holder->reason());
        if (m_holder->endsAfterHardLimit())
            text += QLatin1Char(' ')
                + tr("(the hub stops the server at %1, before this can finish)")
                      .arg(QLocale().toString(m_holder->hardLimit().toLocalTime(), QLocale::ShortFormat));
        return text;
    }
    if (!m_keepAlive || !m_keepAlive->isActive())
        return {};
    const QString time = QLocale().toString(m_keepAlive->until().toLocalTime().time(), QLocale::ShortFormat);
    // The server's own keep-alive holds with this app closed; requests from here do not.
    return m_keepAlive->mechanism() == KeepAlive::Mechanism::ServerExtension
        ? tr("kept running by the server until %1").arg(time)
        : tr("kept running until %1 while this app runs").arg(time);
}

QString GuiApplication::keepAliveAfterQuitText() const
{
    if (!m_keepAlive || !m_keepAlive->isActive())
        return {};
    const QString time = QLocale().toString(m_keepAlive->until().toLocalTime().time(), QLocale::ShortFormat);
    if (m_keepAlive->mechanism() == KeepAlive::Mechanism::ServerExtension)
        return tr("The server keeps itself running until %1, also after you quit; after that it stops when "
                  "idle.")
            .arg(time);
    return tr("This app keeps the server running until %1 only while it runs: once you quit, the hub "
              "stops the server when it has been idle for its usual time.")
        .arg(time);
}

void GuiApplication::keepAliveChanged()
{
    m_diagnosis.setKeptAliveUntil(m_keepAlive->until());
    // While the server is kept alive, what it says of itself is the evidence should it stop
    // anyway; reading it then costs nothing that the keep-alive does not already cost.
    if (m_keepAlive->isActive() && !m_serverProbe->isRunning())
        m_serverProbe->start(m_keepAlive->interval());
    else if (!m_keepAlive->isActive())
        m_serverProbe->stop();
    updateSummary();
}

void GuiApplication::loadProfiles()
{
    m_profilesLoaded = true;
    const QList<Profile> cached =
        Profile::listFromJson(QJsonDocument::fromJson(m_settings->cachedProfiles(m_hubId)).array());
    if (!cached.isEmpty() && m_picker->profiles().isEmpty())
        m_picker->setProfiles(cached, m_settings->lastProfile(m_hubId));
    m_webSession->fetchSpawnForm(m_session->account()->userName());
}

void GuiApplication::openLab(const QUrl &serverUrl)
{
    if (m_labView->serverUrl() == serverUrl) {
        m_window->showPage(m_labView);
        return;
    }
    // JupyterLab where the server has it, else the classic page (Notebook 6 on the demo hub).
    QNetworkReply *probe = m_session->client()->guardRedirects(
        m_network->get(m_session->client()->request(serverUrl.resolved(QUrl(QStringLiteral("lab"))))));
    ReplyLimit::apply(probe, ReplyLimit::HubJson); // only its status is read
    connect(probe, &QNetworkReply::finished, this, [this, probe, serverUrl] {
        probe->deleteLater();
        const int status = probe->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_labView->open(serverUrl, status != 404);
        m_window->showPage(m_labView);
    });
}

void GuiApplication::startServer()
{
    raiseWindow();
    if (m_picker && m_window->currentPage() == m_picker)
        m_picker->requestStart();
}

void GuiApplication::handleClose()
{
    if (m_quitDecided)
        return;
    const bool active = m_session && m_session->monitor() && m_session->monitor()->status().isActive();
    // Hiding makes sense only where a tray icon brings the window back.
    if (active && m_tray->isAvailable()) {
        m_window->hide();
        if (!m_settings->toldAboutClosingToTray()) {
            notify(tr("Fornax Desktop is still running"),
                   tr("Your server keeps running. Stop it, or quit, from this icon."));
            m_settings->setToldAboutClosingToTray(true);
        }
        return;
    }
    requestQuit();
}

void GuiApplication::requestQuit()
{
    if (m_quitDecided || m_quitting)
        return; // already on the way out (a second Ctrl+Q while the server stops)
    const bool active = m_session && m_session->monitor() && m_session->monitor()->status().isActive();
    if (!active) {
        decideQuit();
        return;
    }
    if (auto *open = m_window->findChild<QMessageBox *>(QStringLiteral("quitConfirmation"))) {
        raiseWindow();
        open->raise();
        return; // asked already (Ctrl+Q, then the tray's Quit)
    }
    raiseWindow();
    QString text = tr("Your server keeps costing money while it runs, even when this app is closed. "
                      "Stop it before quitting?");
    if (m_transfers->queue()->pendingCount() > 0)
        text += QLatin1Char(' ') + tr("Transfers still running are cancelled.");
    auto *box = new QMessageBox(QMessageBox::Question, tr("Your server is still running"), text,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("quitConfirmation"));
    // Whether it stays kept alive after the quit is the difference between a server that stops
    // when idle and one that keeps costing for hours.
    box->setInformativeText(keepAliveAfterQuitText());
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stopAndQuit = box->addButton(tr("&Stop server and quit"), QMessageBox::AcceptRole);
    stopAndQuit->setObjectName(QStringLiteral("stopAndQuitButton"));
    QPushButton *leave = box->addButton(tr("&Quit and leave it running"), QMessageBox::DestructiveRole);
    leave->setObjectName(QStringLiteral("leaveRunningButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelQuitButton"));
    box->setDefaultButton(stopAndQuit);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, stopAndQuit, leave](QAbstractButton *button) {
        if (button == leave)
            decideQuit();
        else if (button == stopAndQuit)
            stopServerAndQuit();
        // Cancel: nothing changes.
    });
    box->open();
    Q_EMIT quitConfirmationShown();
}

void GuiApplication::quitWithoutAsking()
{
    decideQuit();
}

bool GuiApplication::eventFilter(QObject *watched, QEvent *event)
{
    // Qt turns the session manager's Die into a Quit event, which would close each window; ours
    // would turn the close into a question nobody can answer. The session is over: quit.
    if (watched == QCoreApplication::instance() && event->type() == QEvent::Quit) {
        qCInfo(lcUi) << "the desktop session ends";
        quitWithoutAsking();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void GuiApplication::stopServerAndQuit()
{
    if (!m_session || !m_session->controller()) {
        decideQuit();
        return;
    }
    m_quitting = true; // decideQuit() once the hub confirms the stop (showStatus)
    auto *progress =
        new QProgressDialog(tr("Stopping your server before quitting…"), tr("&Quit now"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("stopBeforeQuitProgress"));
    progress->setWindowTitle(tr("Quitting Fornax Desktop"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    // "Quit now" leaves the stop to the hub, which already has the request.
    connect(progress, &QProgressDialog::canceled, this, &GuiApplication::decideQuit);
    m_stopProgress = progress;
    progress->open();
    m_stopBeforeQuitTimer->start();
    m_session->controller()->stopServer();
}

void GuiApplication::stopBeforeQuitFailed(const QString &reason)
{
    if (m_quitDecided || !m_quitting)
        return;
    m_stopBeforeQuitTimer->stop();
    if (m_stopProgress) {
        m_stopProgress->disconnect(this);
        m_stopProgress->close();
    }
    qCWarning(lcUi) << "quitting without a confirmed stop:" << reason;
    const QString where = m_hub.base().isValid() ? m_hub.hubPageUrl(QStringLiteral("home")).toDisplayString()
                                                 : hubDisplayName();
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Your server may still be running"),
        tr("%1 Fornax Desktop quits now; your server may still be running and costing money. Check it "
           "on the hub's page (%2) or with “fornax-desktop status”.")
            .arg(reason, where),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("stopNotConfirmed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *quit = box->addButton(tr("&Quit"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("quitAnywayButton"));
    box->setDefaultButton(quit);
    box->setEscapeButton(quit);
    connect(box, &QMessageBox::finished, this, &GuiApplication::decideQuit);
    raiseWindow();
    box->open();
}

void GuiApplication::decideQuit()
{
    // The one decision point every way out ends in; from here nothing asks, waits on the user,
    // or turns a close back into a question.
    if (m_quitDecided)
        return;
    m_quitDecided = true;
    qCInfo(lcUi) << "quitting";
    m_stopBeforeQuitTimer->stop();
    m_costTimer->stop();
    if (m_stopProgress) {
        m_stopProgress->disconnect(this);
        m_stopProgress->close();
    }
    m_window->setCloseAllowed(true);
    // Gone from the screen at once; what remains is clean-up the person need not watch.
    for (QWidget *window : QApplication::topLevelWidgets())
        window->hide();
    m_tray->hide();
    if (m_session && m_session->monitor())
        m_session->monitor()->stop();
    delete m_recorder; // notes when the server was last seen running
    m_keepAlive.clear();
    // Whatever still runs is abandoned: transfers cancelled, every terminal on the server
    // deleted (CleanupTracker); their temporary folders there are swept by a later transfer.
    m_transfers->cancelAll();
    CleanupTracker::instance()->closeAll();
    Q_EMIT quitDecided();
    CleanupTracker::instance()->whenDone(QuitCleanupBound, this, [this] {
        Q_EMIT quitApproved();
    });
}

bool GuiApplication::approveDownload(const QString &name, qint64 size)
{
    const EgressDecision decision = EgressPolicy::forHub(hubKey(), *m_ledger, *m_settings).decide(size, name);
    qCInfo(lcCost) << "download of" << size << "bytes:" << int(decision.verdict);
    if (decision.isAllowed())
        return true;
    EgressDialog dialog(decision, m_window);
    bool wantsBudget = false;
    connect(&dialog, &EgressDialog::budgetSettingsRequested, this, [&wantsBudget] {
        wantsBudget = true;
    });
    const bool approved = dialog.exec() == QDialog::Accepted && !decision.isRefused();
    if (wantsBudget)
        QTimer::singleShot(0, this, &GuiApplication::showRateCard);
    return approved;
}

void GuiApplication::recordDownload(const QString &name, qint64 bytes, int files)
{
    const QString account = m_session && m_session->account() ? m_session->account()->userName() : QString();
    if (!m_ledger->recordDownload(hubKey(), account, name, bytes, QDateTime::currentDateTimeUtc(), files))
        m_window->setNotice(m_ledger->errorString());
    Q_EMIT downloadRecorded(name, bytes);
    updateCost();
}

QString GuiApplication::hubKey() const
{
    return RateCard::hubKey(m_hub.base().isValid() ? m_hub.base().toString() : m_hubAddress);
}

QString GuiApplication::hubDisplayName() const
{
    if (const auto entry = m_directory->hub(m_hubId))
        return entry->displayName;
    return m_hub.base().isValid() ? m_hub.toDisplayString() : m_hubAddress;
}

void GuiApplication::trackSession(const ServerStatus &status)
{
    // The ledger is SessionRecorder's; here only the minute-by-minute estimate follows the server.
    if (status.state == ServerStatus::State::Running)
        m_costTimer->start();
    else if (status.state == ServerStatus::State::Stopped || status.state == ServerStatus::State::Failed)
        m_costTimer->stop();
    updateCost();
}

void GuiApplication::updateCost()
{
    const CostMeter meter(RateCard::load(*m_settings, hubKey()), hubKey());
    const QList<UsageRecord> records = m_ledger->records();
    if (!m_ledgerWarned && !m_ledger->setAsidePath().isEmpty()) {
        m_ledgerWarned = true;
        m_window->setNotice(m_ledger->warnings().join(QLatin1Char(' ')));
    }
    const CostMeter::Estimate session = m_recorder && m_recorder->sessionStart().isValid()
        ? meter.session(m_recorder->sessionSize(), m_recorder->sessionStart())
        : CostMeter::Estimate {};
    const QString text = meter.summary(session, meter.monthToDate(records));
    if (m_serverPanel)
        m_serverPanel->setCostEstimate(text);
    m_tray->setCostEstimate(text);
}

void GuiApplication::showUsage()
{
    auto *dialog = new UsageDialog(*m_ledger, RateCard::load(*m_settings, hubKey()), hubKey(),
                                   hubDisplayName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GuiApplication::showRateCard()
{
    auto *dialog = new RateCardDialog(m_settings, hubKey(), hubDisplayName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RateCardDialog::saved, this, &GuiApplication::updateCost);
    connect(dialog, &RateCardDialog::saved, this, [this] {
        if (m_picker)
            m_picker->setRateCard(RateCard::load(*m_settings, hubKey()));
    });
    dialog->open();
}

qint64 GuiApplication::sizeFromServer(const QUrl &download)
{
    // QtWebEngine often hands a download over before it knows its length. A file from the user's
    // own server (<server>files/<path>) has its size in the contents API: ask there, briefly.
    const QUrl server = m_labView ? m_labView->serverUrl() : QUrl();
    const QString prefix = server.resolved(QUrl(QStringLiteral("files/"))).path();
    if (!m_session || !m_session->client() || server.isEmpty() || !m_hub.isSameOrigin(download)
        || !download.path().startsWith(prefix))
        return -1;
    // The page chose this path: only plain segments go into the token-bearing request.
    const auto relative = HubUrl::encodedPath(download.path(QUrl::FullyDecoded).mid(prefix.size()));
    if (!relative)
        return -1;
    QUrl contents = server.resolved(QUrl(QStringLiteral("api/contents/") + *relative));
    contents.setQuery(QStringLiteral("content=0"));
    QNetworkRequest request = m_session->client()->request(contents);
    request.setTransferTimeout(5'000);
    QNetworkReply *reply = m_session->client()->guardRedirects(m_network->get(request));
    ReplyLimit::apply(reply, ReplyLimit::HubJson);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    reply->deleteLater();
    const QJsonObject model = QJsonDocument::fromJson(ReplyLimit::body(reply)).object();
    const QJsonValue size = model.value(QLatin1String("size"));
    if (reply->error() != QNetworkReply::NoError
        || model.value(QLatin1String("type")) == QLatin1String("directory") || !size.isDouble())
        return -1;
    return size.toInteger();
}

void GuiApplication::handleDownload(QWebEngineDownloadRequest *download)
{
    const qint64 size =
        download->totalBytes() >= 0 ? download->totalBytes() : sizeFromServer(download->url());
    if (!approveDownload(download->downloadFileName(), size)) {
        download->cancel();
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save download"),
        QDir(download->downloadDirectory()).filePath(download->downloadFileName()));
    if (path.isEmpty()) {
        download->cancel();
        return;
    }
    download->setDownloadDirectory(QFileInfo(path).absolutePath());
    download->setDownloadFileName(QFileInfo(path).fileName());
    // Whatever arrived left the hub, even if the download is cut off later: record that.
    connect(download, &QWebEngineDownloadRequest::isFinishedChanged, this,
            [this, download, name = QFileInfo(path).fileName()] {
                if (download->isFinished() && download->receivedBytes() > 0)
                    recordDownload(name, download->receivedBytes(),
                                   download->state() == QWebEngineDownloadRequest::DownloadCompleted ? 1
                                                                                                     : -1);
            });
    download->accept();
}

void GuiApplication::setUpTransfers()
{
    m_transfers = new TransferController(this, this);
    m_transferPanel = new TransferPanel(m_transfers);
    m_transferDock =
        m_window->addPanel(m_transferPanel, tr("Transfers"), QStringLiteral("transferDock"),
                           Qt::BottomDockWidgetArea, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_transferDock->hide();
    // Drops on the window outside the web page (which takes its own), and on the panel.
    m_windowDrop = new DropZone(m_window);
    m_panelDrop = new DropZone(m_transferPanel);
    for (DropZone *zone : {m_windowDrop, m_panelDrop}) {
        zone->setEnabled(false); // until someone is signed in
        connect(zone, &DropZone::dropped, this, [this](const QStringList &paths, const QString &folder) {
            m_transfers->upload(paths, folder);
        });
    }
    connect(m_transfers->queue(), &TransferQueue::jobAdded, this, &GuiApplication::showTransfers);
    connect(m_transfers, &TransferController::notificationRequested, this, &GuiApplication::notify);
    connect(m_tray, &TrayIcon::transfersRequested, this, [this] {
        raiseWindow();
        showTransfers();
    });
    // The files on the server, beside the pages: its drops, Download… and drags out go through
    // the same queue; the folder it shows is where drops on the window go.
    m_remoteBrowser = new RemoteBrowser;
    m_browserDock =
        m_window->addPanel(m_remoteBrowser, tr("Files on your server"), QStringLiteral("remoteBrowserDock"),
                           Qt::LeftDockWidgetArea, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_browserDock->hide();
    m_transferPanel->setBrowserAvailable(true);
    connect(m_remoteBrowser, &RemoteBrowser::currentFolderChanged, this, [this](const QString &folder) {
        m_windowDrop->setFolder(folder);
        m_panelDrop->setFolder(folder);
    });
    connect(m_remoteBrowser, &RemoteBrowser::uploadRequested, m_transfers,
            [this](const QStringList &paths, const QString &folder) {
                m_transfers->upload(paths, folder);
            });
    connect(m_remoteBrowser, &RemoteBrowser::downloadRequested, m_transfers,
            [this](const QStringList &paths, const QString &folder) {
                m_transfers->download(paths, folder);
            });
    connect(m_remoteBrowser, &RemoteBrowser::startServerRequested, this, &GuiApplication::startServer);
    m_remoteBrowser->setDragDownloader(
        [this](const QStringList &paths, const QString &folder, const RemoteBrowser::DownloadDone &done) {
            m_transfers->download(paths, folder, done);
        });
    connect(m_transfers, &TransferController::uploadFinished, m_remoteBrowser, [this](const QString &folder) {
        if (m_remoteBrowser->hasServer() && m_remoteBrowser->currentFolder() == folder)
            m_remoteBrowser->refresh();
    });
    connect(m_transferPanel, &TransferPanel::showInBrowserRequested, this, [this](const QString &folder) {
        m_remoteBrowser->setCurrentFolder(folder);
        m_browserDock->show();
        m_browserDock->raise();
    });
}

void GuiApplication::showTransfers()
{
    m_transferDock->show();
    m_transferDock->raise();
}

QString GuiApplication::remoteFolder() const
{
    return m_windowDrop->folder();
}

void GuiApplication::notify(const QString &title, const QString &body)
{
    m_tray->showMessage(title, body);
    Q_EMIT notified(title, body);
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
