#pragma once

#include "hub/HubError.h"
#include "hub/HubUrl.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace fornax::ui {

/**
 * The app's one window: a header naming the hub and the signed-in account, and a central area
 * showing one page at a time (welcome, the hub's sign-in page, the server).
 *
 * It shows what it is told and forwards what the user asks for; GuiApplication decides which
 * page follows which. The welcome page shows the hub being checked and, on failure, the reason
 * in words with a way to try again.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setHub(const QString &name, const QString &address);
    void setAccount(const QString &userName); // empty: nobody signed in
    // One line about the server in the header: state, size, idle time left.
    void setServerSummary(const QString &text);
    // The Settings menu's state: start at login, and the language ("" = the system's).
    void setPreferences(bool startAtLogin, const QString &language);
    // Settings ▸ Keep the server running while transfers run.
    void setKeepAliveDuringWork(bool keep);
    void showHubChecking();
    void showHubFound(const fornax::HubUrl &hub, const QString &version);
    void showHubFailed(const fornax::HubError &error);
    void showHubFailed(const QString &message);
    // A notice above the pages (keychain unavailable, an expired sign-in); empty hides it.
    void setNotice(const QString &text);
    QString notice() const;
    // Stop and Keep-alive in the header, for desktops without a tray to offer them (the tray
    // does where there is one). Each button shows only while its action makes sense.
    void setServerControls(bool canStop, bool canKeepAlive);

    // Once the app has decided to quit, closing the window really closes it; until then a close
    // is a request GuiApplication answers (hide into the tray, ask, or quit).
    void setCloseAllowed(bool allowed) { m_closeAllowed = allowed; }

    void addPage(QWidget *page);
    void showPage(QWidget *page);
    void showWelcome();
    QWidget *currentPage() const;
    // A side panel (transfers, remote files) as a dock beside the pages, with an entry in the
    // View menu that shows and hides it.
    // A page with an entry in the View menu that shows it (the home page); returns the entry.
    QAction *addPageAction(QWidget *page, const QString &title, const QString &objectName,
                           const QKeySequence &shortcut);
    QDockWidget *addPanel(QWidget *content, const QString &title, const QString &objectName,
                          Qt::DockWidgetArea area, const QKeySequence &shortcut);

Q_SIGNALS:
    void signInRequested();
    void retryRequested();
    void pasteTokenRequested();
    void signOutRequested();
    void quitRequested();
    void startAtLoginChanged(bool enabled);
    void keepAliveDuringWorkChanged(bool keep);
    void languageChosen(const QString &language);
    // Settings ▸ Usage and costs, Settings ▸ Rates and budget.
    void usageRequested();
    void rateCardRequested();
    // Settings ▸ SSH access.
    void sshSettingsRequested();
    // Settings ▸ Notifications….
    void notificationSettingsRequested();
    // The window's close button: GuiApplication decides (tray, question, or quit).
    void closeRequested();
    // The header's Stop and Keep-alive buttons (desktops without a tray).
    void stopServerRequested();
    void keepAliveRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QLabel *m_hubName;
    QLabel *m_hubAddress;
    QLabel *m_account;
    QLabel *m_serverSummary;
    QLabel *m_notice;
    QLabel *m_status;
    QPushButton *m_stopButton;
    QPushButton *m_keepAliveButton;
    QPushButton *m_signInButton;
    QPushButton *m_retryButton;
    QStackedWidget *m_pages;
    QWidget *m_welcome;
    QAction *m_signOutAction;
    QAction *m_pasteTokenAction;
    QAction *m_startAtLoginAction;
    QAction *m_keepAliveDuringWorkAction;
    QActionGroup *m_languages;
    QMenu *m_viewMenu;
    bool m_closeAllowed = false;
};

} // namespace fornax::ui
