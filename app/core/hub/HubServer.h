#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace fornax {

/**
 * One of a user's servers as the hub's user model describes it (`servers{name: {...}}`).
 *
 * Only what the client acts on is kept; the raw user_options are kept whole because they say
 * which size the server runs with. The default server's name is the empty string.
 */
class HubServer
{
public:
    enum class Pending { None, Spawn, Stop };

    // Parses one entry of the user model's `servers` map; nullopt when it is not an object
    // with the fields every hub version sends.
    static std::optional<HubServer> fromJson(const QString &name, const QJsonValue &value);

    QString name;
    bool ready = false;
    Pending pending = Pending::None;
    bool stopped = false; // 5.x lists stopped servers on request; such an entry is not running
    QDateTime started;
    QDateTime lastActivity;
    QString url; // hub-relative path, e.g. "/user/ada/"
    QString progressUrl;
    QJsonObject userOptions;

    // The profile slug the server was started with (KubeSpawner's "profile" option), if any.
    QString profileSlug() const { return userOptions.value(QLatin1String("profile")).toString(); }
};

// JupyterHub's timestamps are ISO 8601 in UTC with microseconds and a "Z" (or no zone in old
// hubs); null for null or garbage.
QDateTime parseHubTimestamp(const QJsonValue &value);

} // namespace fornax
