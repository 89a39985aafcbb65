#pragma once

#include "HubWebProfile.h"
#include "LabView.h"
#include "ProfilePicker.h"
#include "ServerPanel.h"
#include "SignInPage.h"
#include "TokenDialog.h"
#include "account/HubSession.h"
#include "account/WebSession.h"
#include "health/ServerProbe.h"
#include "health/StopDiagnosis.h"
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

class QDockWidget;
class QNetworkAccessManager;
class QProgressDialog;
class QTimer;
class QWebEngineDownloadRequest;

namespace fornax {
class Account;
class ServerStatus;
class SessionRecorder;
class CredentialStore;
class HubDirectory;
class HubError;
class HubProbe;
class PendingRevocations;
class Settings;
class UsageLedger;
} // namespace fornax

namespace fornax::ui {

class DropZone;
class MainWindow;
class RemoteBrowser;
class TransferController;
class TransferPanel;
class TrayIcon;

/**
 * The GUI session: owns the window, the tray icon and the core objects they show, and decides
 * which page follows which — checking the hub, resuming a stored sign-in, the hub's login page,
 * turning its session into a token, the server page, sign-out.
 */
class GuiApplication : public QObject
{
    Q_OBJECT

public:
    // hubAddress: the hub to open; empty for the one chosen last (Fornax's at first).
    explicit GuiApplication(const QString &hubAddress, QObject *parent = nullptr);
    ~GuiApplication() override;

    void start();

    MainWindow *mainWindow() const { return m_window; }
    TrayIcon *trayIcon() const { return m_tray; }
    SignInPage *signInPage() const { return m_signInPage; }
    ServerPanel *serverPanel() const { return m_serverPanel; }
    HubSession *session() const { return m_session; }
    HubWebProfile *webProfile() const { return m_webProfile; }
    CredentialStore *credentials() const { return m_credentials; }
    // Sign-outs the hub did not hear of; retried at every start.
    PendingRevocations *pendingRevocations() const { return m_revocations; }
    Settings *settings() const { return m_settings; }
    // The hub shown now (its entry in HubDirectory and its per-hub settings).
    QString hubId() const { return m_hubId; }
    // The signed-in server's keep-alive, what holds it while work runs, and why it last stopped
    // without the app asking (null / Unknown before any of that).
    KeepAlive *keepAlive() const { return m_keepAlive; }
    ActivityHolder *activityHolder() const { return m_holder; }
    StopReason lastStopReason() const { return m_lastStopReason; }
    // What that reason is worked out from; tests give it limits the settings cannot express (a
    // test server that culls itself after seconds).
    StopDiagnosis &stopDiagnosis() { return m_diagnosis; }

    ProfilePicker *profilePicker() const { return m_picker; }
    LabView *labView() const { return m_labView; }
    UsageLedger *usageLedger() const { return m_ledger.get(); }
    // Uploads and downloads (issue #7): the queue and its dialogs, the panel, the drop targets.
    TransferController *transferController() const { return m_transfers; }
    TransferPanel *transferPanel() const { return m_transferPanel; }
    QDockWidget *transferDock() const { return m_transferDock; }
    DropZone *windowDropZone() const { return m_windowDrop; }
    RemoteBrowser *remoteBrowser() const { return m_remoteBrowser; }
    QDockWidget *remoteBrowserDock() const { return m_browserDock; }
    // The remote folder drops upload into: the one the remote browser shows, else home ("").
    QString remoteFolder() const;

    void signIn();
    void signOut();
    // The tray's Start, and a transfer waiting for a stopped server: the size picker's Start,
    // with its confirmations.
    void startServer();
    // Shows and raises the window (the tray's Open, a second launch of the app).
    void raiseWindow();
    // Quit, asking first while the server runs: stop it and quit, leave it running, or stay.
    void requestQuit();
    // Quit now, leaving a running server running: the desktop session ends, or SIGTERM/SIGINT
    // came (nobody is there to answer a question).
    void quitWithoutAsking();
    // Whether the decision to quit is made (the window then closes for real).
    bool isQuitting() const { return m_quitDecided; }
    // Installed on the application: a Quit event from outside (the X session manager's Die at
    // the end of a desktop session) quits without asking.
    bool eventFilter(QObject *watched, QEvent *event) override;
    // How long "Stop server and quit" waits for the hub before it says so and quits anyway.
    static constexpr std::chrono::seconds StopBeforeQuitTimeout {30};
    // The one place every download the app makes or JupyterLab starts is approved before a byte
    // moves: EgressPolicy decides, and EgressDialog asks (or explains a refusal). size is -1 when
    // unknown. Blocks in the dialog's own event loop while it asks.
    bool approveDownload(const QString &name, qint64 size);
    // Records bytes that left the hub (files: how many files, -1 when unknown) in the usage
    // ledger and refreshes the cost estimates.
    void recordDownload(const QString &name, qint64 bytes, int files = -1);
    // Settings ▸ Usage and costs, Settings ▸ Rates and budget.
    void showUsage();
    void showRateCard();

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
    void checkHub();
    void hubFound(const HubUrl &hub, const QString &version);
    void trustHub(const HubUrl &hub, const QString &version);
    void resolveEntry(const HubUrl &hub);
    void openHub(const QString &hubId);
    void showSignedIn(const Account &account);
    void showSignInNeeded(const QString &reason);
    void exchangeSession();
    void askForToken();
    void updateSummary();
    void keepAliveChanged();
    // "kept alive: upload, 40 %", "kept running by the server until 15:30"; empty when nothing.
    QString keepAliveText() const;
    // For the quit question: whether the keep-alive outlives the app; empty when nothing is kept.
    QString keepAliveAfterQuitText() const;
    void handleClose();
    void showStatus(const ServerStatus &status);
    void loadProfiles();
    void openLab(const QUrl &serverUrl);
    void setUpTransfers();
    void showTransfers();
    void handleDownload(QWebEngineDownloadRequest *download);
    void notify(const QString &title, const QString &body);
    void trackSession(const ServerStatus &status);
    void decideQuit();
    void stopServerAndQuit();
    void stopBeforeQuitFailed(const QString &reason);
    void updateServerControls();
    QString sizeName(const QString &slug) const;
    qint64 sizeFromServer(const QUrl &download);
    void updateCost();
    QString hubKey() const;
    QString hubDisplayName() const;

    QString m_hubAddress;
    QNetworkAccessManager *m_network;
    Settings *m_settings;
    HubDirectory *m_directory;
    CredentialStore *m_credentials;
    HubProbe *m_probe;
    PendingRevocations *m_revocations;
    MainWindow *m_window;
    TrayIcon *m_tray;
    HubUrl m_hub;
    QPointer<HubSession> m_session;
    QPointer<WebSession> m_webSession;
    QPointer<HubWebProfile> m_webProfile;
    QPointer<SignInPage> m_signInPage;
    QPointer<ServerPanel> m_serverPanel;
    QPointer<TokenDialog> m_tokenDialog;
    QPointer<ProfilePicker> m_picker;
    QPointer<LabView> m_labView;
    QPointer<IdleGuard> m_idleGuard;
    QPointer<KeepAlive> m_keepAlive;
    QPointer<ActivityHolder> m_holder;
    QPointer<ServerProbe> m_serverProbe;
    StopDiagnosis m_diagnosis;
    StopReason m_lastStopReason;
    QDateTime m_keepAliveChecked; // the start time of the server whose keep-alive was asked about
    std::unique_ptr<UsageLedger> m_ledger;
    QTimer *m_costTimer;
    TransferController *m_transfers = nullptr;
    TransferPanel *m_transferPanel = nullptr;
    QDockWidget *m_transferDock = nullptr;
    DropZone *m_windowDrop = nullptr;
    DropZone *m_panelDrop = nullptr;
    RemoteBrowser *m_remoteBrowser = nullptr;
    QDockWidget *m_browserDock = nullptr;
    // Writes the server's sessions, as the hub's user model shows them, into the ledger.
    QPointer<SessionRecorder> m_recorder;
    bool m_ledgerWarned = false;
    QPointer<QProgressDialog> m_stopProgress;
    QTimer *m_stopBeforeQuitTimer;
    bool m_quitDecided = false;
    QString m_hubId;
    bool m_exchanging = false;
    bool m_profilesLoaded = false;
    bool m_quitting = false;
};

} // namespace fornax::ui
