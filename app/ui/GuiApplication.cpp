#include "GuiApplication.h"

#include "Defaults.h"
#include "Logging.h"
#include "MainWindow.h"
#include "TrayIcon.h"
#include "hub/HubProbe.h"

#include <QApplication>
#include <QNetworkAccessManager>

namespace fornax::ui {

GuiApplication::GuiApplication(const QString &hubAddress, QObject *parent)
    : QObject(parent)
    , m_hubAddress(hubAddress)
    , m_network(new QNetworkAccessManager(this))
    , m_probe(new HubProbe(m_network, this))
    , m_window(new MainWindow)
    , m_tray(new TrayIcon(this))
{
    const bool isFornax = HubUrl::candidateBases(hubAddress).value(0)
        == HubUrl::candidateBases(QString::fromLatin1(defaults::FornaxConsoleUrl)).value(0);
    m_window->setHub(isFornax ? tr("Fornax Science Console") : tr("JupyterHub"), hubAddress);

    connect(m_probe, &HubProbe::hubFound, m_window, &MainWindow::showHubFound);
    connect(m_probe, &HubProbe::probeFailed, m_window, &MainWindow::showHubFailed);
    connect(m_window, &MainWindow::retryRequested, this, &GuiApplication::checkHub);
    connect(m_tray, &TrayIcon::openRequested, this, &GuiApplication::raiseWindow);
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QApplication::quit);
}

GuiApplication::~GuiApplication()
{
    delete m_window;
}

void GuiApplication::start()
{
    m_window->show();
    m_tray->show();
    checkHub();
}

void GuiApplication::checkHub()
{
    m_window->showHubChecking();
    m_probe->probe(m_hubAddress);
}

void GuiApplication::raiseWindow()
{
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

} // namespace fornax::ui
