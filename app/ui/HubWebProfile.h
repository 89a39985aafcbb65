#pragma once

#include <QObject>
#include <QPointer>

class QWebEngineProfile;

namespace fornax {
class WebSession;
}

namespace fornax::ui {

/**
 * The persistent browser profile of one hub: its cookies, storage and cache live under the app's
 * data folder (one folder per hub), so the hub's web session survives restarts and JupyterLab
 * opens without a second login.
 *
 * It keeps the core's WebSession in step with the profile's cookies, which is how core code
 * reaches the session without ever including WebEngine. clear() forgets everything, for
 * sign-out.
 */
class HubWebProfile : public QObject
{
    Q_OBJECT

public:
    HubWebProfile(const QString &hubId, WebSession *session, QObject *parent = nullptr);
    ~HubWebProfile() override;

    QWebEngineProfile *profile() const { return m_profile; }
    QString storagePath() const;
    // Cookies, cache and visited links: all gone.
    void clear();

private:
    QWebEngineProfile *m_profile;
    QPointer<WebSession> m_session;
};

} // namespace fornax::ui
