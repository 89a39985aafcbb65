#pragma once

#include "health/ResourceSample.h"
#include "health/StopDiagnosis.h"
#include "health/StopReason.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

namespace fornax {
class Account;
class ActivityHolder;
class HubError;
class IdleGuard;
class KeepAlive;
class LabProbe;
class NotificationCenter;
class ResourceWatch;
class StorageMeter;
class ServerProbe;
class ServerStatus;
class TransferQueue;
class WebSession;
} // namespace fornax

namespace fornax::ui {

class HubContext;
class HubWebProfile;
class LabView;
class MainWindow;
class ProfilePicker;
class ServerPanel;
class TrayIcon;

/**
 * The signed-in user's server as the window and the tray show it: the server page, the size
 * picker, the lab; the summary line ("Server: running · Medium · stops when idle in 12 minutes"),
 * the tray's state and its Stop / Keep-alive, and where there is no tray the window's. Behind
 * them, for the server of the session: the idle guard, the bounded keep-alive, the holder that
 * keeps the server up while transfers run, and the evidence of why a server stopped on its own.
 *
 * What belongs to others goes out as signals: notifications for the tray, the status for the cost
 * estimate, a running or stopped server for the file browser and the quit flow, a failed stop.
 */
class ServerPresenter : public QObject
{
    Q_OBJECT

public:
    // transfers: the queue whose jobs keep the server alive while they run.
    ServerPresenter(const HubContext &hub, MainWindow *window, TrayIcon *tray, TransferQueue *transfers,
                    QObject *parent = nullptr);
    ~ServerPresenter() override;

    // Where the server's events become desktop notifications (ready, idle stop soon, time limit
    // soon, stopped unexpectedly); set before showSignedIn().
    void setNotifications(NotificationCenter *notifications) { m_notifications = notifications; }

protected:
    // The window's activation: resources are sampled while someone works in it.
    bool eventFilter(QObject *watched, QEvent *event) override;

public:
    // A hub was opened: its server pages, in the window after the sign-in page.
    void openHub(HubWebProfile *webProfile, WebSession *webSession);
    // Signed in: the guard, keep-alive and probes for the account's server; shows its state.
    void showSignedIn(const Account &account);
    // The size a server started without one gets (from the sizes last read); "" when unknown.
    QString defaultSize() const;

    // The home page (HomePresenter): the first page after signing in while the server is stopped.
    void setHomePage(QWidget *home) { m_homePage = home; }
    // The lab of the running server (the home page's Open JupyterLab); nothing when none runs.
    void showLab();
    // The tray's and the window's Start (the picker's, with its confirmations), Stop and
    // "keep it running for an hour".
    void startServer();
    void stopServer();
    void keepAliveForAnHour();
    // Settings ▸ "Keep the server running while transfers run".
    void setKeepAliveDuringWork(bool keep);
    // The rate card changed: the picker's rates follow.
    void reloadRateCard();
    // A stop the app asked for failed (not while quitting: the quit flow says that itself).
    void showStopFailed(const HubError &error);
    // Quitting: the keep-alive is let go (what the server does by itself stays).
    void releaseKeepAlive();

    ServerPanel *serverPanel() const;
    ProfilePicker *profilePicker() const;
    LabView *labView() const;
    KeepAlive *keepAlive() const;
    ActivityHolder *activityHolder() const;
    StopReason lastStopReason() const { return m_lastStopReason; }
    StopDiagnosis &stopDiagnosis() { return m_diagnosis; }
    // The running server's resources (sampled only while the window shows them or work runs).
    ResourceWatch *resourceWatch() const;
    // Measures the home folder of the running server (StorageWalk): now, or only when the last
    // measure is older than StorageWalk::MinimumInterval; false when none started.
    bool measureStorage(bool now);
    StorageMeter *storageMeter() const;
    // For the quit question: whether the keep-alive outlives the app; empty when nothing is kept.
    QString keepAliveAfterQuitText() const;

Q_SIGNALS:
    void notificationRequested(const QString &title, const QString &body);
    // Every state shown (the cost estimate follows it).
    void statusShown(const fornax::ServerStatus &status);
    // The server runs at serverUrl (the lab is opening); the server stopped or failed.
    void serverRunning(const QUrl &serverUrl);
    void serverStopped(const fornax::ServerStatus &status);
    // A stop the app asked for failed.
    void stopFailed(const fornax::HubError &error);
    // Every resource sample of the running server (the session's peaks go to the usage ledger).
    void resourcesSampled(const fornax::ResourceSample &sample);
    // The home folder was measured and recorded (the home page and usage figures follow).
    void storageMeasured();

private:
    void connectServer();
    void showStatus(const ServerStatus &status);
    void updateSummary();
    void updateServerControls();
    void keepAliveChanged();
    // Samples the server while it is kept alive or its resources are watched; never otherwise.
    void updateSampling();
    // Watches resources while the server runs and the window is visible, or transfers hold it.
    void updateResourceWatch();
    // "Your last 3 sessions on Large ...": the picker's advice for each size, from the ledger.
    void updateSizeAdvice();
    // "kept alive: upload, 40 %", "kept running by the server until 15:30"; empty when nothing.
    QString keepAliveText() const;
    QString sizeName(const QString &slug) const;
    void loadProfiles();
    void openLab(const QUrl &serverUrl);

    const HubContext &m_hub;
    MainWindow *m_window;
    TrayIcon *m_tray;
    TransferQueue *m_transfers;
    QPointer<WebSession> m_webSession;
    QPointer<ServerPanel> m_serverPanel;
    QPointer<ProfilePicker> m_picker;
    QPointer<LabView> m_labView;
    QPointer<IdleGuard> m_idleGuard;
    QPointer<KeepAlive> m_keepAlive;
    QPointer<ActivityHolder> m_holder;
    QPointer<ServerProbe> m_serverProbe;
    QPointer<ResourceWatch> m_resources;
    bool m_watchingResources = false; // this presenter holds m_resources
    QPointer<StorageMeter> m_storage;
    std::optional<qint64> m_homeQuota; // bytes, from the rate card
    QPointer<LabProbe> m_labProbe;
    NotificationCenter *m_notifications = nullptr;
    StopDiagnosis m_diagnosis;
    StopReason m_lastStopReason;
    QDateTime m_keepAliveChecked; // the start time of the server whose keep-alive was asked about
    bool m_profilesLoaded = false;
    QPointer<QWidget> m_homePage;
    // Until the first known state after signing in: a stopped server shows the home page, not
    // the size picker.
    bool m_homeFirst = false;
};

} // namespace fornax::ui
