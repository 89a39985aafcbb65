#pragma once

#include "HubWebProfile.h"
#include "ServerPanel.h"
#include "SignInPage.h"
#include "TokenDialog.h"
#include "account/HubSession.h"
#include "account/WebSession.h"
#include "hub/HubUrl.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;

namespace fornax {
class Account;
class CredentialStore;
class HubDirectory;
class HubError;
class HubProbe;
class Settings;
} // namespace fornax

namespace fornax::ui {

class MainWindow;
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
    Settings *settings() const { return m_settings; }

    void signIn();
    void signOut();

Q_SIGNALS:
    // The hub answered and its entry in the directory is known: sign-in can begin.
    void hubReady(const QString &hubId);

private:
    void checkHub();
    void hubFound(const HubUrl &hub, const QString &version);
    void resolveEntry(const HubUrl &hub);
    void openHub(const QString &hubId);
    void showSignedIn(const Account &account);
    void showSignInNeeded(const QString &reason);
    void exchangeSession();
    void askForToken();
    void raiseWindow();

    QString m_hubAddress;
    QNetworkAccessManager *m_network;
    Settings *m_settings;
    HubDirectory *m_directory;
    CredentialStore *m_credentials;
    HubProbe *m_probe;
    MainWindow *m_window;
    TrayIcon *m_tray;
    HubUrl m_hub;
    QPointer<HubSession> m_session;
    QPointer<WebSession> m_webSession;
    QPointer<HubWebProfile> m_webProfile;
    QPointer<SignInPage> m_signInPage;
    QPointer<ServerPanel> m_serverPanel;
    QPointer<TokenDialog> m_tokenDialog;
    bool m_exchanging = false;
};

} // namespace fornax::ui
