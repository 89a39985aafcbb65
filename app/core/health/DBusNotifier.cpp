#include "DBusNotifier.h"

#include "FornaxVersion.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QVariantMap>

namespace fornax {

namespace {

QString interfaceName()
{
    return QStringLiteral("org.freedesktop.Notifications");
}

QDBusMessage callTo(const QString &method)
{
    return QDBusMessage::createMethodCall(DBusNotifier::serviceName(), DBusNotifier::objectPath(),
                                          interfaceName(), method);
}

// The spec's urgency hint: 0 low, 1 normal, 2 critical. A server about to stop, or stopped, is
// worth more than "ready".
uchar urgencyOf(Notification::Kind kind)
{
    switch (kind) {
    case Notification::Kind::CullSoon:
    case Notification::Kind::HardLimitSoon:
    case Notification::Kind::ServerStopped:
        return 2;
    default:
        return 1;
    }
}

} // namespace

DBusNotifier::DBusNotifier(const QDBusConnection &connection, QObject *parent)
    : Notifier(parent)
    , m_connection(connection)
    , m_watcher(
          new QDBusServiceWatcher(serviceName(), connection, QDBusServiceWatcher::WatchForOwnerChange, this))
{
    qRegisterMetaType<Notification>();
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this, [this] {
        // Another program shows notifications now: its ids and abilities are its own.
        m_sent.clear();
        m_capabilities.clear();
        askCapabilities();
    });
    m_connection.connect(serviceName(), objectPath(), interfaceName(), QStringLiteral("ActionInvoked"), this,
                         SLOT(onActionInvoked(uint, QString)));
    m_connection.connect(serviceName(), objectPath(), interfaceName(), QStringLiteral("NotificationClosed"),
                         this, SLOT(onNotificationClosed(uint, uint)));
    askCapabilities();
}

DBusNotifier::~DBusNotifier() = default;

bool DBusNotifier::isAvailable() const
{
    if (!m_connection.isConnected() || !m_connection.interface())
        return false;
    QDBusConnectionInterface *bus = m_connection.interface();
    if (bus->isServiceRegistered(serviceName()).value())
        return true;
    const QDBusReply<QStringList> activatable = bus->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(serviceName());
}

bool DBusNotifier::supportsActions() const
{
    return m_capabilities.contains(QLatin1String("actions"));
}

void DBusNotifier::askCapabilities()
{
    if (!m_connection.isConnected())
        return;
    // Not when nobody is there: asking would start a service only to learn what it can do.
    if (!m_connection.interface() || !m_connection.interface()->isServiceRegistered(serviceName()).value())
        return;
    auto *watcher =
        new QDBusPendingCallWatcher(m_connection.asyncCall(callTo(QStringLiteral("GetCapabilities"))), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QStringList> reply = *call;
        if (reply.isError()) {
            qCInfo(lcNotify) << "the notification service did not say what it can do:"
                             << reply.error().name();
            return;
        }
        m_capabilities = reply.value();
        Q_EMIT capabilitiesChanged();
    });
}

void DBusNotifier::show(const Notification &notification)
{
    if (!m_connection.isConnected()) {
        Q_EMIT showFailed(notification);
        return;
    }
    QStringList actions;
    if (!notification.actionKey.isEmpty())
        actions << notification.actionKey << notification.actionLabel;
    const QVariantMap hints {
        {QStringLiteral("desktop-entry"), QString::fromLatin1(ApplicationId)},
        {QStringLiteral("urgency"), QVariant::fromValue(urgencyOf(notification.kind))},
        {QStringLiteral("category"),
         QStringLiteral("x-fornax.%1").arg(Notification::kindName(notification.kind))},
    };
    QDBusMessage call = callTo(QStringLiteral("Notify"));
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout).
    // The body is plain text: a service that reads markup must not take a file name for a tag.
    const QString body = m_capabilities.contains(QLatin1String("body-markup"))
        ? notification.body.toHtmlEscaped()
        : notification.body;
    call << QStringLiteral("Fornax Desktop") << uint(0) << QString::fromLatin1(ApplicationId)
         << notification.summary << body << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, notification](QDBusPendingCallWatcher *pending) {
                pending->deleteLater();
                const QDBusPendingReply<uint> reply = *pending;
                if (reply.isError()) {
                    qCInfo(lcNotify) << "the notification service refused"
                                     << Notification::kindName(notification.kind) << reply.error().name();
                    Q_EMIT showFailed(notification);
                    return;
                }
                m_sent.insert(reply.value(), notification.kind);
                Q_EMIT shown(reply.value(), notification);
            });
}

void DBusNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_sent.constFind(id);
    if (it == m_sent.constEnd())
        return; // another app's notification
    qCInfo(lcNotify) << "action" << actionKey << "chosen on" << Notification::kindName(it.value());
    Q_EMIT actionInvoked(it.value(), actionKey);
}

void DBusNotifier::onNotificationClosed(uint id, uint)
{
    m_sent.remove(id);
}

} // namespace fornax
