#include "LabPage.h"

#include "Logging.h"

#include <QDesktopServices>

namespace fornax::ui {

LabPage::LabPage(QWebEngineProfile *profile, const HubUrl &hub, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_hub(hub)
{ }

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
    // window.open(): a throw-away page learns where it was meant to go, then hands that on:
    // the hub's own pages open here, others in the system browser.
    auto *popup = new QWebEnginePage(profile(), this);
    connect(popup, &QWebEnginePage::urlChanged, this, [this, popup](const QUrl &url) {
        if (url.isEmpty() || url.scheme() == QLatin1String("about"))
            return;
        if (m_hub.isSameOrigin(url))
            setUrl(url);
        else
            openExternally(url);
        popup->deleteLater();
    });
    return popup;
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
