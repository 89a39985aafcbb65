#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace fornax::test {

/**
 * A desktop notification service for tests: owns `org.freedesktop.Notifications` on the session
 * bus (the test session's private one, tests/support/test-session.sh) for as long as it lives,
 * records every Notify call with its sender, and plays the person choosing an action
 * (ActionInvoked, then NotificationClosed as a real service does).
 *
 * It has a bus connection of its own, so the app under test, on the process's usual session
 * connection, talks to it through the bus like to any other program. Tests running beside it in
 * the same session may send it notifications too: received(sender) keeps to one sender, and the
 * tests that start a listener share a CTest resource lock ("notifications") so only one owns the
 * name at a time.
 */
class NotificationListener : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received
    {
        uint id = 0;
        QString sender; // the caller's unique bus name
        QString appName;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions; // key, label, key, label...
        QVariantMap hints;
        int expireTimeout = 0;
    };

    explicit NotificationListener(QObject *parent = nullptr);
    ~NotificationListener() override;

    // Takes the name; false (errorString() says why) when it is owned already or the bus is gone.
    bool start();
    QString errorString() const { return m_error; }
    // What GetCapabilities answers; {"actions", "body"} unless changed.
    void setCapabilities(const QStringList &capabilities) { m_capabilities = capabilities; }

    // Every notification received, or only those sent by `sender` (a unique bus name, e.g.
    // QDBusConnection::sessionBus().baseService()).
    QList<Received> received(const QString &sender = {}) const;
    // The person chooses the action `key` of notification id.
    void invokeAction(uint id, const QString &key);

public Q_SLOTS:
    // The service's methods, exported on the bus.
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    QStringList GetCapabilities();
    void CloseNotification(uint id);
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
    // A Notify call was recorded (for QSignalSpy; also on the bus, where nobody listens to it).
    void notified();

private:
    QDBusConnection m_connection;
    QString m_connectionName;
    QStringList m_capabilities {QStringLiteral("actions"), QStringLiteral("body")};
    QList<Received> m_received;
    uint m_nextId = 1;
    bool m_registered = false;
    QString m_error;
};

} // namespace fornax::test
