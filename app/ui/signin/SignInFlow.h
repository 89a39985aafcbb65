#pragma once

#include "HubContext.h"
#include "account/Account.h"
#include "hub/HubUrl.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;

namespace fornax {
class CredentialStore;
class HubDirectory;
class HubProbe;
class HubSession;
class PendingRevocations;
class Settings;
class WebSession;
} // namespace fornax

namespace fornax::ui {

class HubWebProfile;
class MainWindow;
class SignInPage;
class TokenDialog;

/**
 * From an address to a signed-in session: checks the hub (asking before a redirect to another
 * hub or an unencrypted one is trusted), finds or makes its entry in the directory, opens it
 * (its web profile, sign-in page and HubSession), resumes a stored sign-in, shows the hub's
 * login page and turns its web session into a token, or takes a pasted token; signs out.
 *
 * It is the app's HubContext: the hub shown now, its session, and the keys per-hub state is
 * filed under. What follows a sign-in (the server pages, the cost records) is not its business:
 * it says hubOpened(), signedIn() and signedOut(), and GuiApplication wires the rest.
 */
class SignInFlow : public QObject, public HubContext
{
    Q_OBJECT

public:
    // hubAddress: the hub to open; empty for the one chosen last (Fornax's at first).
    SignInFlow(const QString &hubAddress, Settings *settings, QNetworkAccessManager *network,
               CredentialStore *credentials, MainWindow *window, QObject *parent = nullptr);
    ~SignInFlow() override;

    // Retries the sign-outs the hub did not hear of, then checks the hub.
    void start();
    void signIn();
    void signOut();
    void askForToken();

    HubSession *session() const override;
    Settings *settings() const override { return m_settings; }
    QString hubId() const override { return m_hubId; }
    QString hubKey() const override;
    QString hubDisplayName() const override;

    HubUrl hub() const { return m_hub; }
    HubDirectory *directory() const { return m_directory; }
    PendingRevocations *pendingRevocations() const { return m_revocations; }
    WebSession *webSession() const;
    HubWebProfile *webProfile() const;
    SignInPage *signInPage() const;

Q_SIGNALS:
    // A hub is open: its session, web session and profile exist; the stored sign-in is resumed
    // right after this returns, so whatever shows the session is wired here.
    void hubOpened(const QString &hubId);
    // After the sign-in page and the token dialog have been dealt with.
    void signedIn(const fornax::Account &account);
    // Before the web profile is cleared and the welcome page shown.
    void signedOut();

private:
    void checkHub();
    void hubFound(const HubUrl &hub, const QString &version);
    void trustHub(const HubUrl &hub, const QString &version);
    void resolveEntry(const HubUrl &hub);
    void openHub(const QString &hubId);
    void connectSession();
    void connectWebSession();
    void exchangeSession();
    void showSignedIn(const Account &account);
    void showSignInNeeded(const QString &reason);

    QString m_hubAddress;
    Settings *m_settings;
    QNetworkAccessManager *m_network;
    CredentialStore *m_credentials;
    MainWindow *m_window;
    HubDirectory *m_directory;
    HubProbe *m_probe;
    PendingRevocations *m_revocations;
    HubUrl m_hub;
    QString m_hubId;
    QPointer<HubSession> m_session;
    QPointer<WebSession> m_webSession;
    QPointer<HubWebProfile> m_webProfile;
    QPointer<SignInPage> m_signInPage;
    QPointer<TokenDialog> m_tokenDialog;
    bool m_exchanging = false;
};

} // namespace fornax::ui
