#pragma once

#include "Notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QStringList>

class QDBusServiceWatcher;

namespace fornax {

/**
 * Notifications through the desktop's notification service: `org.freedesktop.Notifications` on
 * the session bus (the Desktop Notifications Specification), which GNOME, KDE, Xfce and the
 * others implement. Usable by the window and the command line alike (QtDBus, no widgets).
 *
 * Every call is asynchronous, so a slow or hung service never blocks the app. What the service
 * can do is asked once it appears (GetCapabilities; "actions" means it shows buttons), and again
 * whenever another program takes the name over. Its ActionInvoked and NotificationClosed signals
 * are followed for the notifications this object sent, and for no others (ids are the service's,
 * shared by every app on the desktop).
 */
class DBusNotifier : public Notifier
{
    Q_OBJECT

public:
    static QString serviceName() { return QStringLiteral("org.freedesktop.Notifications"); }
    static QString objectPath() { return QStringLiteral("/org/freedesktop/Notifications"); }

    explicit DBusNotifier(const QDBusConnection &connection = QDBusConnection::sessionBus(),
                          QObject *parent = nullptr);
    ~DBusNotifier() override;

    // Whether a program owns the service's name now, or the bus would start one on demand.
    // Asks the bus itself (never the service), so it cannot hang on a stuck service.
    bool isAvailable() const;

    void show(const fornax::Notification &notification) override;
    bool supportsActions() const override;
    QStringList capabilities() const { return m_capabilities; }

Q_SIGNALS:
    // The service's answer to GetCapabilities arrived.
    void capabilitiesChanged();
    // The service took the notification (id is the service's).
    void shown(uint id, const fornax::Notification &notification);
    // The service could not be reached or refused it: the caller may show it another way.
    void showFailed(const fornax::Notification &notification);

private Q_SLOTS:
    // QtDBus connects bus signals only by signature strings (no member-function pointers).
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void askCapabilities();

    QDBusConnection m_connection;
    QDBusServiceWatcher *m_watcher;
    QStringList m_capabilities;
    QHash<uint, Notification::Kind> m_sent; // ids shown and not closed yet
};

} // namespace fornax
