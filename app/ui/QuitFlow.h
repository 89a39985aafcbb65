#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

class QProgressDialog;
class QTimer;

namespace fornax {
class Settings;
} // namespace fornax

namespace fornax::ui {

class MainWindow;
class QuitHost;
class TrayIcon;

/**
 * The way out. Closing the window while the server runs hides it where a tray icon can bring it
 * back; quitting then asks: stop the server and quit (waiting for the hub's confirmation, at
 * most stopTimeout, then saying the server may still run), quit and leave it running, or stay.
 * Every way out ends in one decision (quitDecided()), after which nothing asks or waits on the
 * person; quitApproved() follows once the clean-up on the server is done or its bound passed.
 */
class QuitFlow : public QObject
{
    Q_OBJECT

public:
    QuitFlow(QuitHost *host, MainWindow *window, TrayIcon *tray, Settings *settings,
             std::chrono::milliseconds stopTimeout, QObject *parent = nullptr);

    // The window's close button.
    void handleClose();
    // Quit, asking first while the server runs.
    void requestQuit();
    // Quit now, leaving a running server running.
    void quitWithoutAsking();
    // The decision to quit is made.
    bool isDecided() const { return m_decided; }
    // The server was seen stopped / could not be stopped (when quitting waits for that).
    void serverStopped();
    // Whether a failed stop is the quit flow's to report (it is waiting for the stop).
    bool isStoppingServer() const { return m_stopping; }
    void stopFailed(const QString &reason);

Q_SIGNALS:
    void quitDecided();
    void quitApproved();
    void quitConfirmationShown();

private:
    void decide();
    void stopServerAndQuit();
    void closeProgress();

    QuitHost *m_host;
    MainWindow *m_window;
    TrayIcon *m_tray;
    Settings *m_settings;
    QTimer *m_stopTimer;
    QPointer<QProgressDialog> m_stopProgress;
    bool m_decided = false;
    bool m_stopping = false;
};

} // namespace fornax::ui
