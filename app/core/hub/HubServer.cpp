#include "HubServer.h"

#include <QTimeZone>

namespace fornax {

QDateTime parseHubTimestamp(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QString text = value.toString();
    // Qt's ISODateWithMs accepts at most milliseconds; the hub sends microseconds.
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        text = text.left(std::min(end, dot + 4)) + text.mid(end);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')))
        time.setTimeZone(QTimeZone::utc()); // the hub always means UTC, even without a zone
    return time.isValid() ? time.toUTC() : QDateTime();
}

std::optional<HubServer> HubServer::fromJson(const QString &name, const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    HubServer server;
    server.name = name;
    server.ready = object.value(QLatin1String("ready")).toBool();
    const QString pending = object.value(QLatin1String("pending")).toString();
    if (pending == QLatin1String("spawn"))
        server.pending = Pending::Spawn;
    else if (pending == QLatin1String("stop"))
        server.pending = Pending::Stop;
    server.stopped = object.value(QLatin1String("stopped")).toBool();
    server.started = parseHubTimestamp(object.value(QLatin1String("started")));
    server.lastActivity = parseHubTimestamp(object.value(QLatin1String("last_activity")));
    server.url = object.value(QLatin1String("url")).toString();
    server.progressUrl = object.value(QLatin1String("progress_url")).toString();
    server.userOptions = object.value(QLatin1String("user_options")).toObject();
    return server;
}

} // namespace fornax
