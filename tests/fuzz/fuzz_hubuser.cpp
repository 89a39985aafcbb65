// Fuzz target: the hub's user model (HubUser, HubServer) over arbitrary bytes taken as the body of
// `GET /hub/api/user`, and ServerStatus derived from it as ServerMonitor does.
//
// Checked besides memory safety: a parsed user always has a name; every server in the map parses
// on its own to the same fields; server() never returns a stopped record; timestamps are UTC or
// null; the status of every server (and of a missing one) has a state its JSON names, and a valid
// URL when running.
#include "hub/HubServer.h"
#include "hub/HubUrl.h"
#include "hub/HubUser.h"
#include "hub/ReplyLimit.h"
#include "hub/ServerStatus.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>

using fornax::HubServer;
using fornax::HubUser;
using fornax::ServerStatus;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool isUtcOrNull(const QDateTime &time)
{
    return time.isNull() || (time.isValid() && time.timeSpec() == Qt::UTC);
}

void checkStatus(const HubUser &user, const QString &serverName, const fornax::HubUrl &hub)
{
    const ServerStatus status = ServerStatus::fromUser(user, serverName, hub);
    check(!status.stateName().isEmpty() && !status.stateText().isEmpty());
    check(status.progress >= -1 && status.progress <= 100);
    if (status.state == ServerStatus::State::Running)
        check(status.url.isEmpty() || status.url.isValid());
    const QJsonObject json = status.toJson();
    check(json.value(QLatin1String("state")).toString() == status.stateName());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("fornax.*=false"));
        return true;
    }();
    Q_UNUSED(quiet);
    static const fornax::HubUrl hub(QUrl(QStringLiteral("https://hub.example.org/prefix/")));

    // The app never reads more of a hub reply (ReplyLimit aborts it first).
    if (qint64(size) > fornax::ReplyLimit::HubJson)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();

    // Every value as a server entry on its own, as a 5.x hub's named servers arrive.
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto server = HubServer::fromJson(it.key(), it.value());
        check(server.has_value() == it.value().isObject());
        if (server) {
            check(server->name == it.key());
            check(isUtcOrNull(server->started) && isUtcOrNull(server->lastActivity));
            (void)server->profileSlug();
        }
        (void)fornax::parseHubTimestamp(it.value());
    }

    QString error;
    const auto user = HubUser::fromJson(object, &error);
    if (!user) {
        check(!error.isEmpty());
        return 0;
    }
    check(!user->name.isEmpty());
    check(isUtcOrNull(user->lastActivity));
    const QJsonObject servers = object.value(QLatin1String("servers")).toObject();
    for (auto it = user->servers.cbegin(); it != user->servers.cend(); ++it) {
        check(it.key() == it->name || !object.value(QLatin1String("servers")).isObject());
        if (servers.contains(it.key())) {
            const auto alone = HubServer::fromJson(it.key(), servers.value(it.key()));
            check(alone && alone->url == it->url && alone->ready == it->ready && alone->stopped == it->stopped
                  && alone->pending == it->pending && alone->userOptions == it->userOptions);
        }
        const auto found = user->server(it.key());
        check(found.has_value() == !it->stopped);
        checkStatus(*user, it.key(), hub);
    }
    checkStatus(*user, QStringLiteral("no-such-server"), hub);
    return 0;
}
