#include "LabPage.h"

#include "Logging.h"

#include <QDesktopServices>
#include <QWebEngineNewWindowRequest>

namespace fornax::ui {

LabPage::LabPage(QWebEngineProfile *profile, const HubUrl &hub, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_hub(hub)
{
    connect(this, &QWebEnginePage::newWindowRequested, this, &LabPage::handleNewWindow);
}

void LabPage::handleNewWindow(QWebEngineNewWindowRequest &request)
{
    // Decided on the URL the page asked for, before anything loads: a window never opens in
    // the app's web profile for another origin, whose requests would carry the hub's cookies
    // (cookies are not port-scoped). The request is never adopted (openIn()), and
    // createWindow() makes no page, so nothing loads anywhere but where it is decided here.
    const QUrl url = request.requestedUrl();
    if (m_hub.isSameOrigin(url)) {
        setUrl(url); // the hub's own pages open here
        return;
    }
    const QString host = url.host().isEmpty() ? url.toDisplayString().left(100) : url.host();
    if (url.isEmpty() || url.scheme() == QLatin1String("about")) {
        qCWarning(lcUi) << "refused a new window without an address";
        Q_EMIT externalOpenRefused(url,
                                   tr("The page tried to open an empty new window. It was not opened: "
                                      "windows open only for a link's address."));
        return;
    }
    if (!request.isUserInitiated()) {
        qCWarning(lcUi) << "refused a new window the page opened by itself:" << host;
        Q_EMIT externalOpenRefused(url,
                                   tr("The page tried to open %1 in a new window by itself, without a "
                                      "click. It was not opened; click the link if you want it.")
                                       .arg(host));
        return;
    }
    openExternally(url);
}

bool LabPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame || m_hub.isSameOrigin(url) || url.scheme() == QLatin1String("about")
        || url.scheme() == QLatin1String("data") || url.scheme() == QLatin1String("blob"))
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    openExternally(url);
    return false;
}

QWebEnginePage *LabPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    // Every new window is decided in handleNewWindow(); none is made here.
    return nullptr;
}

bool LabPage::isAllowedExternally(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid()
        && (((scheme == QLatin1String("https") || scheme == QLatin1String("http")) && !url.host().isEmpty())
            || scheme == QLatin1String("mailto"));
}

bool LabPage::openExternally(const QUrl &url)
{
    if (!isAllowedExternally(url)) {
        const QString scheme = url.scheme().isEmpty() ? tr("(none)") : url.scheme();
        qCWarning(lcUi) << "refused to open a" << scheme << "link outside the app";
        Q_EMIT externalOpenRefused(url,
                                   tr("The page tried to open a link of the kind “%1:” outside the "
                                      "app. It was not opened: only web (https, http) and e-mail "
                                      "(mailto) links leave the app.")
                                       .arg(scheme));
        return false;
    }
    qCInfo(lcUi) << "opening in the system browser:"
                 << url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toDisplayString();
    Q_EMIT openedExternally(url);
    QDesktopServices::openUrl(url);
    return true;
}

} // namespace fornax::ui
