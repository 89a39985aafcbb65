#pragma once

#include "health/DBusNotifier.h"
#include "health/Notifier.h"

#include <QPointer>

namespace fornax::ui {

class TrayIcon;

/**
 * The window's notifier: the desktop's notification service where one is there (DBusNotifier),
 * else the tray icon's balloon (QSystemTrayIcon::showMessage), decided at each notification, so a
 * service that starts or quits later is followed. A notification the service refuses goes to the
 * balloon instead. Balloons have no buttons: supportsActions() is false while they are used.
 */
class DesktopNotifier : public Notifier
{
    Q_OBJECT

public:
    // dbus may be null (no session bus): balloons only.
    DesktopNotifier(TrayIcon *tray, DBusNotifier *dbus, QObject *parent = nullptr);

    void show(const fornax::Notification &notification) override;
    bool supportsActions() const override;
    DBusNotifier *dbus() const { return m_dbus; }

Q_SIGNALS:
    // The notification went to the tray's balloon (for tests and logs).
    void balloonShown(const fornax::Notification &notification);

private:
    bool useDBus() const;
    void showBalloon(const Notification &notification);

    TrayIcon *m_tray;
    QPointer<DBusNotifier> m_dbus;
};

} // namespace fornax::ui
