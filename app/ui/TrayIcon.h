#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace fornax::ui {

/**
 * The app's presence in the system tray: the server's state at a glance and the actions a user
 * may need without opening the window.
 *
 * The only class that touches QSystemTrayIcon. Where the desktop has no tray it stays inert and
 * isAvailable() says so, so the window knows it must not hide itself into a tray nobody sees.
 */
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running, Attention };
    Q_ENUM(State)

    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    bool isAvailable() const;
    bool isVisible() const;
    void show();
    void hide();

    State state() const { return m_state; }
    void setState(State state);
    void showMessage(const QString &title, const QString &body);

    // The server's state at a glance: icon, tooltip (size, uptime, idle time left) and which of
    // Start and Stop the menu offers. startLabel names the size Start would use.
    void setServerStatus(const QString &stateText, const QString &details, bool canStart, bool canStop,
                         const QString &startLabel);

    // The CostMeter's line, added to the tooltip (worded as an estimate); empty removes it.
    void setCostEstimate(const QString &text);
    QString toolTip() const;

    // The transfer queue's summary while something runs ("2 transfers, 1.2 GB of 3.4 GB, about
    // 3 minutes left"): a line in the tooltip and an entry at the top of the menu; empty hides both.
    void setTransferSummary(const QString &text);

    // Why the server is kept from idling out ("kept alive: upload, 40 %"): a line in the tooltip;
    // empty removes it.
    void setKeepAliveText(const QString &text);
    // The running jobs in a few words ("2 jobs running"): a line in the tooltip; empty removes it.
    void setJobSummary(const QString &text);
    QString jobSummary() const { return m_jobTip; }

    // "Keep alive for an hour" is offered while the server runs on a hub that culls idle servers.
    void setKeepAliveAvailable(bool available, const QString &label = {});

    // For tests and for the window: the tray's own widgets.
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void openRequested();
    void startRequested();
    void stopRequested();
    void keepAliveRequested();
    // The menu's transfer line: show the transfers panel.
    void transfersRequested();
    void quitRequested();
    void messageClicked();

private:
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_openAction;
    QAction *m_startAction;
    QAction *m_stopAction;
    QAction *m_keepAliveAction;
    QAction *m_quitAction;
    QAction *m_transfersAction;
    State m_state = State::Stopped;
    QString m_statusTip;
    QString m_costTip;
    QString m_transferTip;
    QString m_keepAliveTip;
    QString m_jobTip;
};

} // namespace fornax::ui
