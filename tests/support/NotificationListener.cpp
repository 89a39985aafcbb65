#include "NotificationListener.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QUuid>

namespace fornax::test {

namespace {

QString serviceName()
{
    return QStringLiteral("org.freedesktop.Notifications");
}

QString objectPath()
{
    return QStringLiteral("/org/freedesktop/Notifications");
}

QString uniqueConnectionName()
{
    return QStringLiteral("fornax-test-notifications-") + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

NotificationListener::NotificationListener(QObject *parent)
    : QObject(parent)
    , m_connection(QDBusConnection::connectToBus(QDBusConnection::SessionBus, uniqueConnectionName()))
    , m_connectionName(m_connection.name())
{ }

NotificationListener::~NotificationListener()
{
    if (m_registered) {
        m_connection.unregisterService(serviceName());
        m_connection.unregisterObject(objectPath());
    }
    QDBusConnection::disconnectFromBus(m_connectionName);
}

bool NotificationListener::start()
{
    if (!m_connection.isConnected()) {
        m_error = QStringLiteral("no session bus: %1").arg(m_connection.lastError().message());
        return false;
    }
    if (!m_connection.registerObject(objectPath(), this,
                                     QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)) {
        m_error = QStringLiteral("could not export the object: %1").arg(m_connection.lastError().message());
        return false;
    }
    const auto reply =
        m_connection.interface()->registerService(serviceName(), QDBusConnectionInterface::DontQueueService,
                                                  QDBusConnectionInterface::DontAllowReplacement);
    if (!reply.isValid() || reply.value() != QDBusConnectionInterface::ServiceRegistered) {
        m_error = QStringLiteral("the name is taken: %1").arg(reply.error().message());
        m_connection.unregisterObject(objectPath());
        return false;
    }
    m_registered = true;
    return true;
}

QList<NotificationListener::Received> NotificationListener::received(const QString &sender) const
{
    if (sender.isEmpty())
        return m_received;
    QList<Received> from;
    for (const Received &one : m_received) {
        if (one.sender == sender)
            from << one;
    }
    return from;
}

void NotificationListener::invokeAction(uint id, const QString &key)
{
    Q_EMIT ActionInvoked(id, key);
    Q_EMIT NotificationClosed(id, 2); // dismissed by the user, as services do after an action
}

uint NotificationListener::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                  const QString &summary, const QString &body, const QStringList &actions,
                                  const QVariantMap &hints, int expireTimeout)
{
    Received one;
    one.id = replacesId != 0 ? replacesId : m_nextId++;
    one.sender = calledFromDBus() ? message().service() : QString();
    one.appName = appName;
    one.appIcon = appIcon;
    one.summary = summary;
    one.body = body;
    one.actions = actions;
    one.hints = hints;
    one.expireTimeout = expireTimeout;
    m_received << one;
    Q_EMIT notified();
    return one.id;
}

QStringList NotificationListener::GetCapabilities()
{
    return m_capabilities;
}

void NotificationListener::CloseNotification(uint id)
{
    Q_EMIT NotificationClosed(id, 3);
}

QString NotificationListener::GetServerInformation(QString &vendor, QString &version, QString &specVersion)
{
    vendor = QStringLiteral("Fornax tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("fornax-test-notifications");
}

} // namespace fornax::test
