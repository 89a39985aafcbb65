#pragma once

#include "HubUrl.h"
#include "HubUser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QUrl>

namespace fornax {

/**
 * What one server is doing, in the terms a user thinks in: stopped, starting (with progress),
 * running (where, since when, last active), stopping, or failed (why).
 *
 * ServerMonitor derives it from the hub's user model; ServerController adds what only the client
 * knows (start progress, a start that failed). Views show it and nothing else.
 */
class ServerStatus
{
    Q_DECLARE_TR_FUNCTIONS(ServerStatus)

public:
    enum class State { Unknown, Stopped, Starting, Running, Stopping, Failed };

    static ServerStatus fromUser(const HubUser &user, const QString &serverName, const HubUrl &hub);

    State state = State::Unknown;
    int progress = -1; // 0..100 while starting, when the hub reports it
    QString message; // latest progress message, or the reason of a failure or a stop
    QUrl url; // absolute URL of the running server
    QDateTime started;
    QDateTime lastActivity;
    QJsonObject userOptions;

    QString profileSlug() const { return userOptions.value(QLatin1String("profile")).toString(); }
    bool isActive() const
    {
        return state == State::Starting || state == State::Running || state == State::Stopping;
    }
    // A stable word for scripts ("running"), and a phrase for people ("Running").
    QString stateName() const;
    QString stateText() const;
    QJsonObject toJson() const;

    friend bool operator==(const ServerStatus &a, const ServerStatus &b)
    {
        return a.state == b.state && a.progress == b.progress && a.message == b.message && a.url == b.url
            && a.started == b.started && a.lastActivity == b.lastActivity && a.userOptions == b.userOptions;
    }
};

} // namespace fornax

Q_DECLARE_METATYPE(fornax::ServerStatus)
