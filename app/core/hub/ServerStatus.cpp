#include "ServerStatus.h"

#include "Logging.h"

namespace fornax {

ServerStatus ServerStatus::fromUser(const HubUser &user, const QString &serverName, const HubUrl &hub)
{
    ServerStatus status;
    const std::optional<HubServer> server = user.server(serverName);
    if (!server) {
        status.state = State::Stopped;
        return status;
    }
    switch (server->pending) {
    case HubServer::Pending::Spawn:
        status.state = State::Starting;
        break;
    case HubServer::Pending::Stop:
        status.state = State::Stopping;
        break;
    case HubServer::Pending::None:
        status.state = server->ready ? State::Running : State::Starting;
        break;
    }
    // A url that does not resolve (control characters, a broken host) is no address: the views
    // would open, and keep-alive would ping, nothing (found by tests/fuzz/fuzz_hubuser).
    // Any other url than the user's own server (<base>user/<name>/<server>/) is not used: the
    // server token goes there, so "/user/mallory/" would hand it to another user's server and
    // "/user/me/../../hub/api/" would send it into the hub API. The hub routes servers to exactly
    // that address, so the app uses the one it computes itself.
    const bool plainNames =
        HubUrl::isPlainSegment(user.name) && (serverName.isEmpty() || HubUrl::isPlainSegment(serverName));
    if (!server->url.isEmpty() && plainNames) {
        const QUrl url = hub.resolve(server->url);
        const QUrl own = hub.userServerUrl(user.name, serverName);
        if (url.isValid()) {
            if (hub.areaOf(url) != HubUrl::Area::UserServer
                || url.path(QUrl::FullyDecoded) != own.path(QUrl::FullyDecoded))
                qCWarning(lcHub) << "the hub gave" << url.toDisplayString() << "as the address of"
                                 << own.toDisplayString() << "; using the latter";
            status.url = own;
        }
    }
    status.started = server->started;
    status.lastActivity = server->lastActivity;
    status.userOptions = server->userOptions;
    return status;
}

QString ServerStatus::stateName() const
{
    switch (state) {
    case State::Unknown:
        return QStringLiteral("unknown");
    case State::Stopped:
        return QStringLiteral("stopped");
    case State::Starting:
        return QStringLiteral("starting");
    case State::Running:
        return QStringLiteral("running");
    case State::Stopping:
        return QStringLiteral("stopping");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

QString ServerStatus::stateText() const
{
    switch (state) {
    case State::Unknown:
        return tr("Checking…");
    case State::Stopped:
        return tr("Stopped");
    case State::Starting:
        return progress >= 0 ? tr("Starting (%1%)").arg(progress) : tr("Starting");
    case State::Running:
        return tr("Running");
    case State::Stopping:
        return tr("Stopping");
    case State::Failed:
        return tr("Failed to start");
    }
    return {};
}

QJsonObject ServerStatus::toJson() const
{
    QJsonObject object {{QStringLiteral("state"), stateName()}};
    if (progress >= 0)
        object.insert(QStringLiteral("progress"), progress);
    if (!message.isEmpty())
        object.insert(QStringLiteral("message"), message);
    if (url.isValid())
        object.insert(QStringLiteral("url"), url.toString());
    if (started.isValid())
        object.insert(QStringLiteral("started"), started.toString(Qt::ISODate));
    if (lastActivity.isValid())
        object.insert(QStringLiteral("last_activity"), lastActivity.toString(Qt::ISODate));
    if (!profileSlug().isEmpty())
        object.insert(QStringLiteral("profile"), profileSlug());
    if (!userOptions.isEmpty())
        object.insert(QStringLiteral("user_options"), userOptions);
    return object;
}

} // namespace fornax
