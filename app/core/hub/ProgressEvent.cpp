#include "ProgressEvent.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace fornax {

std::optional<ProgressEvent> ProgressEvent::fromJson(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();

    ProgressEvent event;
    // Spawners may report fractions ("progress": 33.3) or overshoot; the bar wants 0-100.
    const QJsonValue progress = object.value(QLatin1String("progress"));
    if (progress.isDouble() && std::isfinite(progress.toDouble()))
        event.progress = static_cast<int>(std::lround(std::clamp(progress.toDouble(), 0.0, 100.0)));
    event.message = object.value(QLatin1String("message")).toString();
    event.htmlMessage = object.value(QLatin1String("html_message")).toString();
    event.ready = object.value(QLatin1String("ready")).toBool();
    event.url = object.value(QLatin1String("url")).toString();
    event.failed = object.value(QLatin1String("failed")).toBool();
    return event;
}

} // namespace fornax
