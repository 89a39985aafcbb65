#include "HubWebProfile.h"

#include "Logging.h"
#include "account/WebSession.h"

#include <QStandardPaths>
#include <QWebEngineCookieStore>
#include <QWebEngineProfile>

namespace fornax::ui {

HubWebProfile::HubWebProfile(const QString &hubId, WebSession *session, QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(QStringLiteral("hub-") + hubId, this))
    , m_session(session)
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    m_profile->setPersistentStoragePath(data + QStringLiteral("/web/") + hubId);
    m_profile->setCachePath(cache + QStringLiteral("/web/") + hubId);
    // The hub's session cookie must outlive the app, or every start would mean a new login.
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);

    QWebEngineCookieStore *cookies = m_profile->cookieStore();
    connect(cookies, &QWebEngineCookieStore::cookieAdded, this, [this](const QNetworkCookie &cookie) {
        if (m_session)
            m_session->addCookie(cookie);
    });
    connect(cookies, &QWebEngineCookieStore::cookieRemoved, this, [this](const QNetworkCookie &cookie) {
        if (m_session)
            m_session->removeCookie(cookie);
    });
    cookies->loadAllCookies(); // the stored ones arrive through cookieAdded
}

HubWebProfile::~HubWebProfile() = default;

QString HubWebProfile::storagePath() const
{
    return m_profile->persistentStoragePath();
}

void HubWebProfile::clear()
{
    m_profile->cookieStore()->deleteAllCookies();
    m_profile->clearHttpCache();
    m_profile->clearAllVisitedLinks();
    if (m_session)
        m_session->clearCookies();
    qCInfo(lcUi) << "cleared the hub's web profile";
}

} // namespace fornax::ui
