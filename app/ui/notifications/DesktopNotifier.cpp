#include "DesktopNotifier.h"

#include "Logging.h"
#include "TrayIcon.h"
#include "health/DBusNotifier.h"

namespace fornax::ui {

DesktopNotifier::DesktopNotifier(TrayIcon *tray, DBusNotifier *dbus, QObject *parent)
    : Notifier(parent)
    , m_tray(tray)
    , m_dbus(dbus)
{
    if (m_dbus) {
        connect(m_dbus, &Notifier::actionInvoked, this, &Notifier::actionInvoked);
        connect(m_dbus, &DBusNotifier::showFailed, this, &DesktopNotifier::showBalloon);
    }
}

bool DesktopNotifier::useDBus() const
{
    return m_dbus && m_dbus->isAvailable();
}

void DesktopNotifier::show(const Notification &notification)
{
    if (useDBus())
        m_dbus->show(notification);
    else
        showBalloon(notification);
}

bool DesktopNotifier::supportsActions() const
{
    return useDBus() && m_dbus->supportsActions();
}

void DesktopNotifier::showBalloon(const Notification &notification)
{
    if (!m_tray->isAvailable())
        qCInfo(lcNotify) << "no notification service and no tray: only the window says it";
    m_tray->showMessage(notification.summary, notification.body);
    Q_EMIT balloonShown(notification);
}

} // namespace fornax::ui
