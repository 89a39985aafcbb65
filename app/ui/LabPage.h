#pragma once

#include "hub/HubUrl.h"

#include <QWebEnginePage>

namespace fornax::ui {

/**
 * The web page behind LabView: keeps JupyterLab inside the app and everything else out of it.
 * Navigation to another origin (a link to a paper, an archive's web site) and window.open() to
 * one go to the system browser; the hub's own pages stay here.
 */
class LabPage : public QWebEnginePage
{
    Q_OBJECT

public:
    LabPage(QWebEngineProfile *profile, const HubUrl &hub, QObject *parent = nullptr);

Q_SIGNALS:
    // A URL handed to the system browser (for tests and the status bar).
    void openedExternally(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    void openExternally(const QUrl &url);

    HubUrl m_hub;
};

} // namespace fornax::ui
