#include "RemoteEntry.h"

#include "hub/HubUrl.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace fornax {

std::optional<RemoteEntry> RemoteEntry::fromJson(const QJsonObject &model)
{
    const QString name = model.value(QLatin1String("name")).toString();
    const QString type = model.value(QLatin1String("type")).toString();
    // The server names its items, and names become paths and URL segments: a name that is not
    // one plain segment ("..", "a/b") or a path that is not the name in a clean folder is left
    // out rather than followed.
    if (!HubUrl::isPlainSegment(name) || type.isEmpty())
        return std::nullopt;
    const QString path = model.value(QLatin1String("path")).toString(name);
    if (!isCleanPath(path) || (path != name && !path.endsWith(QLatin1Char('/') + name)))
        return std::nullopt;
    RemoteEntry entry;
    entry.name = name;
    entry.path = path;
    entry.isFolder = type == QLatin1String("directory");
    // Folders report null, and a server that could not stat a file says null too.
    const QJsonValue size = model.value(QLatin1String("size"));
    if (!entry.isFolder && size.isDouble() && size.toDouble() >= 0)
        entry.size = qint64(size.toDouble());
    entry.modified = parseTimestamp(model.value(QLatin1String("last_modified")).toString());
    entry.writable = model.value(QLatin1String("writable")).toBool(true);
    return entry;
}

QList<RemoteEntry> RemoteEntry::listFromJson(const QJsonObject &directoryModel)
{
    QList<RemoteEntry> entries;
    const QJsonArray content = directoryModel.value(QLatin1String("content")).toArray();
    entries.reserve(content.size());
    for (const auto &value : content) {
        if (auto entry = fromJson(value.toObject()))
            entries.append(*entry);
    }
    return entries;
}

bool RemoteEntry::isCleanPath(const QString &path)
{
    if (path.startsWith(QLatin1Char('/')))
        return false;
    const QStringList segments = path.split(QLatin1Char('/'));
    return std::all_of(segments.cbegin(), segments.cend(), [](const QString &segment) {
        return HubUrl::isPlainSegment(segment);
    });
}

QDateTime RemoteEntry::parseTimestamp(const QString &text)
{
    // Python prints microseconds (and "+00:00" instead of "Z" on some servers); Qt reads
    // milliseconds at most, so the fraction is cut to three digits first.
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    QString normalized = text.trimmed();
    normalized.replace(fraction, QStringLiteral("\\1"));
    QDateTime time = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    return time.toUTC();
}

} // namespace fornax
