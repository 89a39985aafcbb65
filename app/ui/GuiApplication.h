#pragma once

#include "CostTracker.h"
#include "HubWebProfile.h"
#include "LabView.h"
#include "ProfilePicker.h"
#include "QuitHost.h"
#include "ServerPanel.h"
#include "ServerPresenter.h"
#include "SignInFlow.h"
#include "SignInPage.h"
#include "TokenDialog.h"
#include "TransferHost.h"
#include "account/HubSession.h"
#include "account/WebSession.h"
#include "health/ServerProbe.h"
#include "health/StopDiagnosis.h"
#include "health/StopReason.h"
#include "hub/ActivityHolder.h"
#include "hub/HubUrl.h"
#include "hub/IdleGuard.h"
#include "hub/KeepAlive.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <memory>

class QAction;
class QDockWidget;
class QNetworkAccessManager;

namespace fornax {
class Account;
class CredentialStore;
class DBusNotifier;
class NotificationCenter;
class PendingRevocations;
class ServerStatus;
class Settings;
class UsageLedger;
} // namespace fornax

namespace fornax::ui {

class DesktopNotifier;
class DownloadApproval;
class HomePage;
class HomePresenter;
class JobsController;
class DropZone;
class MainWindow;
class QuitFlow;
class RemoteBrowser;
class TransferController;
class TransferPanel;
class TrayIcon;

/**
 * The GUI session: owns the window, the tray icon and the parts of the app, and wires them.
 * SignInFlow takes an address to a signed-in session (it is also the HubContext the cost parts
 * read); ServerPresenter shows the server and keeps it alive; CostTracker and DownloadApproval
 * keep the ledger and approve every download; TransferController runs the transfers through the
 * narrow TransferHost this class implements, and QuitFlow leaves through QuitHost. Left here: the
 * wiring, and the transfer panels and drop targets.
 */
class GuiApplication : public QObject, public TransferHost, public QuitHost
{
    Q_OBJECT

public:
    // hubAddress: the hub to open; empty for the one chosen last (Fornax's at first).
    explicit GuiApplication(const QString &hubAddress, QObject *parent = nullptr);
    ~GuiApplication() override;

    void start();

    MainWindow *mainWindow() const { return m_window; }
    TrayIcon *trayIcon() const { return m_tray; }
    SignInPage *signInPage() const { return m_signIn->signInPage(); }
    ServerPanel *serverPanel() const;
    HubSession *session() const override { return m_signIn->session(); }
    HubWebProfile *webProfile() const { return m_signIn->webProfile(); }
    CredentialStore *credentials() const override { return m_credentials; }
    // Sign-outs the hub did not hear of; retried at every start.
    PendingRevocations *pendingRevocations() const { return m_signIn->pendingRevocations(); }
    Settings *settings() const override { return m_settings; }
    // The hub shown now (its entry in HubDirectory and its per-hub settings).
    QString hubId() const override { return m_signIn->hubId(); }
    // The signed-in server's keep-alive, what holds it while work runs, and why it last stopped
    // without the app asking (null / Unknown before any of that).
    KeepAlive *keepAlive() const { return m_presenter->keepAlive(); }
    ActivityHolder *activityHolder() const { return m_presenter->activityHolder(); }
    StopReason lastStopReason() const { return m_presenter->lastStopReason(); }
    // What that reason is worked out from; tests give it limits the settings cannot express (a
    // test server that culls itself after seconds).
    StopDiagnosis &stopDiagnosis() { return m_presenter->stopDiagnosis(); }
    ServerPresenter *serverPresenter() const { return m_presenter; }

    // The home page (issue #22): the server and credits at a glance.
    HomePage *homePage() const;
    ProfilePicker *profilePicker() const { return m_presenter->profilePicker(); }
    LabView *labView() const;
    UsageLedger *usageLedger() const { return m_cost->ledger(); }
    // Desktop notifications (issue #22): what the app's events become, and where they go (the
    // desktop's service, else the tray's balloon). Jobs and transfers report their ends here.
    NotificationCenter *notifications() const { return m_notifications; }
    DesktopNotifier *notifier() const { return m_notifier; }
    // Settings ▸ Notifications….
    void showNotificationSettings();
    // Uploads and downloads (issue #7): the queue and its dialogs, the panel, the drop targets.
    TransferController *transferController() const { return m_transfers; }
    TransferPanel *transferPanel() const { return m_transferPanel; }
    QDockWidget *transferDock() const { return m_transferDock; }
    DropZone *windowDropZone() const { return m_windowDrop; }
    RemoteBrowser *remoteBrowser() const { return m_remoteBrowser; }
    QDockWidget *remoteBrowserDock() const { return m_browserDock; }
    // Jobs (issue #21): the list of jobs on the server, the Jobs panel in its dock, Run as job….
    JobsController *jobsController() const { return m_jobs; }
    QDockWidget *jobsDock() const { return m_jobsDock; }
    // The remote folder drops upload into: the one the remote browser shows, else home ("").
    QString remoteFolder() const;

    void signIn();
    void signOut();
    // The tray's Start, and a transfer waiting for a stopped server: the size picker's Start,
    // with its confirmations.
    void startServer() override;
    // Shows and raises the window (the tray's Open, a second launch of the app).
    void raiseWindow() override;
    // Quit, asking first while the server runs: stop it and quit, leave it running, or stay.
    void requestQuit();
    // Quit now, leaving a running server running: the desktop session ends, or SIGTERM/SIGINT
    // came (nobody is there to answer a question).
    void quitWithoutAsking();
    // Whether the decision to quit is made (the window then closes for real).
    bool isQuitting() const;
    // Installed on the application: a Quit event from outside (the X session manager's Die at
    // the end of a desktop session) quits without asking.
    bool eventFilter(QObject *watched, QEvent *event) override;
    // How long "Stop server and quit" waits for the hub before it says so and quits anyway.
    static constexpr std::chrono::seconds StopBeforeQuitTimeout {30};
    // The one place every download the app makes or JupyterLab starts is approved before a byte
    // moves (DownloadApproval). size is -1 when unknown. Blocks in the dialog while it asks.
    bool approveDownload(const QString &name, qint64 size) override;
    // Records bytes that left the hub (files: how many files, -1 when unknown) in the usage
    // ledger and refreshes the cost estimates.
    void recordDownload(const QString &name, qint64 bytes, int files) override;
    // Settings ▸ Usage and costs, Settings ▸ Rates and budget.
    void showUsage();
    void showRateCard();

    // The rest of TransferHost.
    QWidget *dialogParent() const override;
    bool isWindowActive() const override;
    void setNotice(const QString &text) override;
    void setTransferSummary(const QString &text) override;
    // The rest of QuitHost.
    bool isServerActive() const override;
    bool requestServerStop() override;
    int pendingTransfers() const override;
    QString keepAliveAfterQuitText() const override;
    QString hubHomeText() const override;
    void notify(const QString &title, const QString &body) override;
    void abandonWork() override;

Q_SIGNALS:
    // The decision to quit is made (every way out leads here once): the window and the tray
    // are gone, transfers cancelled, terminals on the server being deleted.
    void quitDecided();
    // The clean-up after quitDecided() is done (or its bound passed); main() ends the app on it.
    void quitApproved();
    // A notification was shown in the tray (also when the desktop has no tray to show it).
    void notified(const QString &title, const QString &body);
    // The quit question was shown (tests find it by its object name, "quitConfirmation").
    void quitConfirmationShown();
    // The hub answered and its entry in the directory is known: sign-in can begin.
    void hubReady(const QString &hubId);
    // A finished download was written to the usage ledger.
    void downloadRecorded(const QString &name, qint64 bytes);

private:
    void connectWindow();
    void hubOpened(const QString &hubId);
    void signedIn(const Account &account);
    void signedOut();
    void serverStopped(const ServerStatus &status);
    void serverStopFailed(const HubError &error);
    void showCostEstimate(const QString &text);
    void setUpTransfers();
    void setUpRemoteBrowser();
    void showTransfers();
    void setUpHome();
    void setUpJobs();
    // A path relative to the server's home in the embedded JupyterLab (a notebook, or a folder
    // in its file browser).
    void openInLab(const QString &remotePath, bool isFolder);

    QNetworkAccessManager *m_network;
    Settings *m_settings;
    CredentialStore *m_credentials;
    MainWindow *m_window;
    TrayIcon *m_tray;
    SignInFlow *m_signIn;
    CostTracker *m_cost;
    DownloadApproval *m_downloads;
    TransferController *m_transfers = nullptr;
    ServerPresenter *m_presenter = nullptr;
    TransferPanel *m_transferPanel = nullptr;
    QDockWidget *m_transferDock = nullptr;
    DropZone *m_windowDrop = nullptr;
    DropZone *m_panelDrop = nullptr;
    RemoteBrowser *m_remoteBrowser = nullptr;
    QDockWidget *m_browserDock = nullptr;
    QuitFlow *m_quit = nullptr;
    DBusNotifier *m_dbusNotifier = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    NotificationCenter *m_notifications = nullptr;
    HomePresenter *m_home = nullptr;
    QAction *m_homeAction = nullptr;
    JobsController *m_jobs = nullptr;
    QDockWidget *m_jobsDock = nullptr;
};

} // namespace fornax::ui
