#include "HubUser.h"

#include <QJsonArray>

namespace fornax {

std::optional<HubUser> HubUser::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString() || name.toString().isEmpty())
        return fail(QStringLiteral("user model without a name"));

    HubUser user;
    user.name = name.toString();
    user.admin = object.value(QLatin1String("admin")).toBool();
    user.lastActivity = parseHubTimestamp(object.value(QLatin1String("last_activity")));
    for (const QJsonValue scope : object.value(QLatin1String("scopes")).toArray())
        user.scopes << scope.toString();

    const QJsonValue servers = object.value(QLatin1String("servers"));
    if (servers.isObject()) {
        const QJsonObject map = servers.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            auto server = HubServer::fromJson(it.key(), it.value());
            if (!server)
                return fail(QStringLiteral("server entry '%1' is not an object").arg(it.key()));
            user.servers.insert(it.key(), *server);
        }
    } else if (!servers.isUndefined() && !servers.isNull()) {
        return fail(QStringLiteral("'servers' is not an object"));
    } else if (object.value(QLatin1String("server")).isString()) {
        // Without the servers map (a token lacking read:servers on 5.x) the hub still says
        // where the default server lives; that is enough to know it runs.
        HubServer server;
        server.ready = !object.value(QLatin1String("pending")).isString();
        server.url = object.value(QLatin1String("server")).toString();
        user.servers.insert(QString(), server);
    }
    return user;
}

std::optional<HubServer> HubUser::server(const QString &serverName) const
{
    const auto it = servers.constFind(serverName);
    if (it == servers.cend() || it->stopped)
        return std::nullopt;
    return *it;
}

} // namespace fornax
