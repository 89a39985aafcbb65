#pragma once

#include "HubServer.h"

#include <QMap>
#include <QStringList>

namespace fornax {

/**
 * The hub's user model (`GET /hub/api/user` or `/users/{name}`), as far as the client needs it.
 *
 * Hubs 3.0 and 5.x differ in detail (5.x adds scopes, token_id, stopped servers on request);
 * fromJson() accepts both and refuses only what no hub would send.
 */
class HubUser
{
public:
    static std::optional<HubUser> fromJson(const QJsonObject &object, QString *error = nullptr);

    QString name;
    bool admin = false;
    QDateTime lastActivity;
    QStringList scopes; // empty on hubs before 5.x
    QMap<QString, HubServer> servers; // running or pending ones; key "" is the default server

    // The named server if it exists and is not a stopped record.
    std::optional<HubServer> server(const QString &serverName = {}) const;
};

} // namespace fornax
