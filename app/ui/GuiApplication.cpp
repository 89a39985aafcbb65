#include "GuiApplication.h"

#include "Autostart.h"
#include "CostTracker.h"
#include "DesktopNotifier.h"
#include "DownloadApproval.h"
#include "DropZone.h"
#include "HomePage.h"
#include "HomePresenter.h"
#include "JobsController.h"
#include "JobsPanel.h"
#include "Logging.h"
#include "MainWindow.h"
#include "NotificationSettingsDialog.h"
#include "QuitFlow.h"
#include "RemoteBrowser.h"
#include "ServerPresenter.h"
#include "Settings.h"
#include "SignInFlow.h"
#include "SshSettingsDialog.h"
#include "TransferController.h"
#include "TransferPanel.h"
#include "TrayIcon.h"
#include "UsageDialog.h"
#include "account/CredentialStore.h"
#include "health/DBusNotifier.h"
#include "health/NotificationCenter.h"
#include "hub/ServerController.h"
#include "hub/ServerMonitor.h"
#include "jobs/JobList.h"
#include "jobs/JobRequest.h"
#include "transfer/TransferQueue.h"

#include <QDockWidget>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QTreeView>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>

namespace fornax::ui {

GuiApplication::GuiApplication(const QString &hubAddress, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_settings(new Settings(QString(), this))
    , m_credentials(new CredentialStore(this))
    , m_window(new MainWindow)
    , m_tray(new TrayIcon(this))
    , m_signIn(new SignInFlow(hubAddress, m_settings, m_network, m_credentials, m_window, this))
    , m_cost(new CostTracker(*m_signIn, this))
    , m_downloads(new DownloadApproval(
          *m_signIn, m_cost, m_window,
          [this] {
              return labView() ? labView()->serverUrl() : QUrl();
          },
          this))
{
    connect(m_signIn, &SignInFlow::hubOpened, this, &GuiApplication::hubOpened);
    connect(m_signIn, &SignInFlow::signedIn, this, &GuiApplication::signedIn);
    connect(m_signIn, &SignInFlow::signedOut, this, &GuiApplication::signedOut);
    connect(m_cost, &CostTracker::estimateChanged, this, &GuiApplication::showCostEstimate);
    connect(m_cost, &CostTracker::noticeRequested, m_window, &MainWindow::setNotice);
    connect(m_cost, &CostTracker::downloadRecorded, this, &GuiApplication::downloadRecorded);
    connect(m_downloads, &DownloadApproval::budgetSettingsRequested, this, &GuiApplication::showRateCard);
    m_quit = new QuitFlow(this, m_window, m_tray, m_settings, StopBeforeQuitTimeout, this);
    connect(m_quit, &QuitFlow::quitDecided, this, &GuiApplication::quitDecided);
    connect(m_quit, &QuitFlow::quitApproved, this, &GuiApplication::quitApproved);
    connect(m_quit, &QuitFlow::quitConfirmationShown, this, &GuiApplication::quitConfirmationShown);
    connect(m_credentials, &CredentialStore::keychainUnavailable, m_window, &MainWindow::setNotice);
    // Notifications: the desktop's service where there is one, else the tray's balloon.
    m_dbusNotifier = new DBusNotifier(QDBusConnection::sessionBus(), this);
    m_notifier = new DesktopNotifier(m_tray, m_dbusNotifier, this);
    m_notifications = new NotificationCenter(m_settings, m_notifier, this);
    m_notifications->setAttentionCheck([this] {
        return m_window->isActiveWindow();
    });
    connect(m_notifications, &NotificationCenter::sent, this, [this](const Notification &notification) {
        Q_EMIT notified(notification.summary, notification.body);
    });
    connect(m_cost, &CostTracker::creditAlert, m_notifications, &NotificationCenter::notifyCreditAlert);
    connectWindow();
    setUpTransfers();
    m_presenter = new ServerPresenter(*m_signIn, m_window, m_tray, m_transfers->queue(), this);
    m_presenter->setNotifications(m_notifications);
    connect(m_presenter, &ServerPresenter::notificationRequested, this, &GuiApplication::notify);
    connect(m_presenter, &ServerPresenter::statusShown, m_cost, &CostTracker::trackServer);
    connect(m_presenter, &ServerPresenter::resourcesSampled, m_cost, &CostTracker::observeResources);
    connect(m_presenter, &ServerPresenter::serverStopped, this, &GuiApplication::serverStopped);
    connect(m_presenter, &ServerPresenter::stopFailed, this, &GuiApplication::serverStopFailed);
    connect(m_presenter, &ServerPresenter::serverRunning, this, [this](const QUrl &serverUrl) {
        if (!m_remoteBrowser->hasServer() || m_remoteBrowser->serverUrl() != serverUrl)
            m_remoteBrowser->setServer(session()->client(), serverUrl);
    });
    connect(m_cost, &CostTracker::rateCardSaved, m_presenter, &ServerPresenter::reloadRateCard);
    connect(m_cost, &CostTracker::usageShown, this, [this](UsageDialog *dialog) {
        dialog->setStorageMeasure(m_presenter->storageMeter(), [presenter = QPointer(m_presenter)] {
            return presenter && presenter->measureStorage(true);
        });
    });
    setUpHome();
    setUpJobs();
}

void GuiApplication::setUpJobs()
{
    m_jobs = new JobsController(*m_signIn, m_transfers, m_window, this);
    m_jobsDock = m_window->addPanel(m_jobs->panel(), tr("Jobs"), QStringLiteral("jobsDock"),
                                    Qt::BottomDockWidgetArea, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_jobsDock->hide();
    m_jobs->setDock(m_jobsDock);
    m_jobs->setNotifications(m_notifications);
    m_jobs->setKeepAliveSource([this] {
        return keepAlive();
    });
    m_jobs->setLabOpener([this](const QString &path, bool isFolder) {
        openInLab(path, isFolder);
    });
    connect(m_presenter, &ServerPresenter::serverRunning, m_jobs, &JobsController::serverRunning);
    connect(m_presenter, &ServerPresenter::serverStopped, m_jobs, &JobsController::serverStopped);
    connect(m_signIn, &SignInFlow::signedOut, m_jobs, &JobsController::serverStopped);
    // The tray's tooltip and the home page count the running jobs.
    connect(m_jobs, &JobsController::runningChanged, this, [this] {
        m_tray->setJobSummary(m_jobs->runningSummary());
        QList<HomePage::Job> running;
        for (const JobStatus &job : m_jobs->jobs()->jobs()) {
            if (job.isActive())
                running.append(
                    {job.file,
                     tr("%1, %2").arg(job.stateText(), JobsPanel::elapsedText(job.elapsedSeconds()))});
        }
        homePage()->setJobs(running);
    });
    // "Run as job…" on a notebook or script in the remote browser's context menu.
    auto *run = new QAction(tr("Run as job…"), m_remoteBrowser);
    run->setObjectName(QStringLiteral("runAsJobAction"));
    run->setEnabled(false);
    m_remoteBrowser->view()->addAction(run);
    const auto runnable = [this] {
        const QStringList paths = m_remoteBrowser->selectedPaths();
        JobRequest::Kind kind {};
        return paths.size() == 1 && JobRequest::kindOf(paths.first(), &kind) ? paths.first() : QString();
    };
    const auto update = [run, runnable] {
        run->setEnabled(!runnable().isEmpty());
    };
    connect(m_remoteBrowser->view()->selectionModel(), &QItemSelectionModel::selectionChanged, run, update);
    // A new listing drops the selection without selectionChanged.
    connect(m_remoteBrowser, &RemoteBrowser::folderListed, run, update);
    connect(m_remoteBrowser->view()->model(), &QAbstractItemModel::modelReset, run, update);
    connect(run, &QAction::triggered, m_jobs, [this, runnable] {
        if (const QString path = runnable(); !path.isEmpty())
            m_jobs->runRemote(path);
    });
}

void GuiApplication::openInLab(const QString &remotePath, bool isFolder)
{
    LabView *lab = labView();
    if (!lab || !lab->serverUrl().isValid())
        return;
    m_presenter->showLab();
    lab->openPath(remotePath, isFolder);
}

void GuiApplication::setUpHome()
{
    m_home = new HomePresenter(*m_signIn, m_presenter, m_cost->ledger(), m_transfers->queue(), this);
    HomePage *home = m_home->page();
    m_homeAction = m_window->addPageAction(home, tr("&Home"), QStringLiteral("homeAction"),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_homeAction->setEnabled(false); // until someone is signed in
    m_presenter->setHomePage(home);
    connect(home, &HomePage::startRequested, this, [this] {
        if (profilePicker())
            m_window->showPage(profilePicker());
    });
    connect(home, &HomePage::openLabRequested, m_presenter, &ServerPresenter::showLab);
    connect(home, &HomePage::stopRequested, m_presenter, &ServerPresenter::stopServer);
    connect(home, &HomePage::transfersRequested, this, &GuiApplication::showTransfers);
    connect(home, &HomePage::usageRequested, this, &GuiApplication::showUsage);
    // The ledger was written (a session, a download): the figures follow.
    connect(m_cost, &CostTracker::estimateChanged, m_home, &HomePresenter::refresh);
    connect(m_cost, &CostTracker::rateCardSaved, m_home, &HomePresenter::refresh);
    connect(m_presenter, &ServerPresenter::storageMeasured, m_home, &HomePresenter::refresh);
}

GuiApplication::~GuiApplication()
{
    // The jobs call back into the window and the ledger: they go first.
    delete m_transfers;
    // Pages with web views (the token dialog is one of its children) must go before the web
    // profile they use, which SignInFlow, a child of this, still holds.
    delete m_window;
}

void GuiApplication::connectWindow()
{
    connect(m_window, &MainWindow::quitRequested, this, &GuiApplication::requestQuit);
    connect(m_window, &MainWindow::closeRequested, m_quit, &QuitFlow::handleClose);
    connect(m_tray, &TrayIcon::openRequested, this, &GuiApplication::raiseWindow);
    connect(m_tray, &TrayIcon::quitRequested, this, &GuiApplication::requestQuit);
    connect(m_tray, &TrayIcon::startRequested, this, &GuiApplication::startServer);
    connect(m_tray, &TrayIcon::keepAliveRequested, this, [this] {
        m_presenter->keepAliveForAnHour();
    });
    connect(m_tray, &TrayIcon::stopRequested, this, [this] {
        m_presenter->stopServer();
    });
    // Where there is no tray, the window's header offers the same two.
    connect(m_window, &MainWindow::keepAliveRequested, this, [this] {
        m_presenter->keepAliveForAnHour();
    });
    connect(m_window, &MainWindow::stopServerRequested, this, [this] {
        m_presenter->stopServer();
    });
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
        m_presenter->setKeepAliveDuringWork(keep);
    });
    connect(m_window, &MainWindow::usageRequested, this, &GuiApplication::showUsage);
    connect(m_window, &MainWindow::rateCardRequested, this, &GuiApplication::showRateCard);
    connect(m_window, &MainWindow::notificationSettingsRequested, this,
            &GuiApplication::showNotificationSettings);
    connect(m_window, &MainWindow::sshSettingsRequested, this, [this] {
        if (hubId().isEmpty())
            return; // no hub chosen yet: nothing to reach over SSH
        auto *dialog =
            new SshSettingsDialog(m_settings, m_credentials, hubId(), m_signIn->hubDisplayName(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void GuiApplication::start()
{
    m_window->show();
    m_tray->show();
    m_signIn->start();
}

void GuiApplication::hubOpened(const QString &hubId)
{
    m_presenter->openHub(m_signIn->webProfile(), m_signIn->webSession());
    connect(m_signIn->webProfile()->profile(), &QWebEngineProfile::downloadRequested, m_downloads,
            &DownloadApproval::handle);
    Q_EMIT hubReady(hubId);
}

void GuiApplication::signedIn(const Account &account)
{
    m_windowDrop->setEnabled(true);
    m_panelDrop->setEnabled(true);
    if (m_credentials->isPersistent())
        m_window->setNotice({});
    // Server hours into the ledger from the hub's model, however the server was started.
    m_cost->startSession(account.userName(), m_presenter->defaultSize(), session()->monitor());
    m_presenter->showSignedIn(account);
    m_homeAction->setEnabled(true);
    m_home->showSignedIn();
}

void GuiApplication::signedOut()
{
    m_cost->endSession();
    m_homeAction->setEnabled(false);
    m_transfers->cancelAll();
    m_remoteBrowser->clear();
    m_windowDrop->setEnabled(false);
    m_panelDrop->setEnabled(false);
}

void GuiApplication::serverStopped(const ServerStatus &status)
{
    m_remoteBrowser->clear();
    if (status.state == ServerStatus::State::Stopped)
        m_quit->serverStopped();
}

void GuiApplication::serverStopFailed(const HubError &error)
{
    if (m_quit->isStoppingServer()) {
        m_quit->stopFailed(tr("The server could not be stopped. %1").arg(error.message()));
        return;
    }
    m_presenter->showStopFailed(error);
}

void GuiApplication::showCostEstimate(const QString &text)
{
    if (serverPanel())
        serverPanel()->setCostEstimate(text);
    m_tray->setCostEstimate(text);
}

// What the tests and the parts read: the parts' own objects.

ServerPanel *GuiApplication::serverPanel() const
{
    return m_presenter ? m_presenter->serverPanel() : nullptr;
}

HomePage *GuiApplication::homePage() const
{
    return m_home ? m_home->page() : nullptr;
}

LabView *GuiApplication::labView() const
{
    return m_presenter ? m_presenter->labView() : nullptr;
}

// TransferHost.

bool GuiApplication::approveDownload(const QString &name, qint64 size)
{
    return m_downloads->approve(name, size);
}

void GuiApplication::recordDownload(const QString &name, qint64 bytes, int files)
{
    m_downloads->record(name, bytes, files);
}

QWidget *GuiApplication::dialogParent() const
{
    return m_window;
}

bool GuiApplication::isWindowActive() const
{
    return m_window->isActiveWindow();
}

void GuiApplication::setNotice(const QString &text)
{
    m_window->setNotice(text);
}

void GuiApplication::setTransferSummary(const QString &text)
{
    m_tray->setTransferSummary(text);
}

void GuiApplication::startServer()
{
    raiseWindow();
    m_presenter->startServer();
}

void GuiApplication::showUsage()
{
    m_cost->showUsage(m_window);
}

void GuiApplication::showRateCard()
{
    m_cost->showRateCard(m_window);
}

void GuiApplication::signIn()
{
    m_signIn->signIn();
}

void GuiApplication::signOut()
{
    m_signIn->signOut();
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
    connect(m_transfers, &TransferController::transferDone, m_notifications,
            &NotificationCenter::notifyTransferDone);
    connect(m_tray, &TrayIcon::transfersRequested, this, [this] {
        raiseWindow();
        showTransfers();
    });
    setUpRemoteBrowser();
}

void GuiApplication::setUpRemoteBrowser()
{
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
    m_notifications->notify(title, body);
}

void GuiApplication::showNotificationSettings()
{
    auto *dialog = new NotificationSettingsDialog(m_notifications, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GuiApplication::raiseWindow()
{
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

// The way out (QuitFlow), and what it asks of the app (QuitHost).

void GuiApplication::requestQuit()
{
    m_quit->requestQuit();
}

void GuiApplication::quitWithoutAsking()
{
    m_quit->quitWithoutAsking();
}

bool GuiApplication::isQuitting() const
{
    return m_quit->isDecided();
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

bool GuiApplication::isServerActive() const
{
    HubSession *hub = session();
    return hub && hub->monitor() && hub->monitor()->status().isActive();
}

bool GuiApplication::requestServerStop()
{
    if (!session() || !session()->controller())
        return false;
    session()->controller()->stopServer();
    return true;
}

int GuiApplication::pendingTransfers() const
{
    return m_transfers->queue()->pendingCount();
}

QString GuiApplication::keepAliveAfterQuitText() const
{
    return m_presenter->keepAliveAfterQuitText();
}

QString GuiApplication::hubHomeText() const
{
    const HubUrl hub = m_signIn->hub();
    return hub.base().isValid() ? hub.hubPageUrl(QStringLiteral("home")).toDisplayString()
                                : m_signIn->hubDisplayName();
}

void GuiApplication::abandonWork()
{
    m_cost->stop();
    if (session() && session()->monitor())
        session()->monitor()->stop();
    m_cost->endSession(); // notes when the server was last seen running
    m_presenter->releaseKeepAlive();
    m_transfers->cancelAll();
}

} // namespace fornax::ui
