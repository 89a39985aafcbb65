#pragma once

#include "Notification.h"

#include <QObject>

namespace fornax {

/**
 * Where notifications go: the desktop's notification service (DBusNotifier), the tray's balloon
 * (ui/TrayNotifier), or whatever a test puts there. Events in core talk to this interface only
 * (through NotificationCenter) and never know which one shows them.
 *
 * show() never blocks and never fails loudly: a notification that cannot be shown is logged and
 * dropped, because the window and the tray carry the same news.
 */
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Notifier() override;

    virtual void show(const fornax::Notification &notification) = 0;
    // Whether a notification's action can be offered as a button; when not, the text has to
    // say where else to find it.
    virtual bool supportsActions() const = 0;

Q_SIGNALS:
    // The person chose a notification's action (its actionKey).
    void actionInvoked(fornax::Notification::Kind kind, const QString &actionKey);
};

} // namespace fornax
