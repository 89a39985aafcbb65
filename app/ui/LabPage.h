#pragma once

#include "hub/HubUrl.h"

#include <QWebEnginePage>

class QWebEngineNewWindowRequest;

namespace fornax::ui {

/**
 * The web page behind LabView: keeps JupyterLab inside the app and everything else out of it.
 * Navigation to another origin (a link to a paper, an archive's web site) and window.open() to
 * one go to the system browser; the hub's own pages stay here. A new window is decided on the
 * address it asks for before anything loads (never in the app's web profile for another
 * origin), and one the page opens without a user's click, or without an address, is refused.
 *
 * openExternally() is the only door from the page to the system, and it opens only web
 * (https, http) and e-mail (mailto) links: what a notebook or a compromised server puts in a link
 * can never reach a local file (file:) or another application's handler (a custom scheme).
 * Anything else is refused with a message naming the scheme (externalOpenRefused()).
 */
class LabPage : public QWebEnginePage
{
    Q_OBJECT

public:
    LabPage(QWebEngineProfile *profile, const HubUrl &hub, QObject *parent = nullptr);

    // Hands url to the system when its scheme is allowed (see above); false, and
    // externalOpenRefused(), when it is not.
    bool openExternally(const QUrl &url);
    static bool isAllowedExternally(const QUrl &url);

Q_SIGNALS:
    // A URL handed to the system browser (for tests and the status bar).
    void openedExternally(const QUrl &url);
    // A URL that was not handed on, and the sentence saying so.
    void externalOpenRefused(const QUrl &url, const QString &message);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    void handleNewWindow(QWebEngineNewWindowRequest &request);

    HubUrl m_hub;
};

} // namespace fornax::ui
