#pragma once

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace fornax {
class HubProbe;
}

namespace fornax::ui {

class MainWindow;
class TrayIcon;

/**
 * The GUI session: owns the window, the tray icon and the core objects they show, and wires
 * them together. main() creates one after the QApplication and hands it the chosen hub.
 */
class GuiApplication : public QObject
{
    Q_OBJECT

public:
    explicit GuiApplication(const QString &hubAddress, QObject *parent = nullptr);
    ~GuiApplication() override;

    void start();

    MainWindow *mainWindow() const { return m_window; }
    TrayIcon *trayIcon() const { return m_tray; }

private:
    void checkHub();
    void raiseWindow();

    QString m_hubAddress;
    QNetworkAccessManager *m_network;
    HubProbe *m_probe;
    MainWindow *m_window;
    TrayIcon *m_tray;
};

} // namespace fornax::ui
