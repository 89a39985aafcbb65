#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace fornax {

/**
 * One item of a folder on the user's Jupyter server, as the contents API describes it
 * (`GET api/contents/<folder>`): its name, its path relative to the server's root (the home
 * folder), whether it is a folder, its size in bytes (-1 for folders and when the server does not
 * say) and when it last changed. Notebooks are files here: the browser moves bytes, it does not
 * open notebooks.
 */
class RemoteEntry
{
public:
    QString name;
    QString path;
    bool isFolder = false;
    qint64 size = -1;
    QDateTime modified; // UTC; invalid when the server does not say
    bool writable = true;

    // Parses one model of a folder listing; nullopt when it lacks a name or a type, or when its
    // name is not one plain path segment or its path is not a clean path ending in the name.
    static std::optional<RemoteEntry> fromJson(const QJsonObject &model);
    // The items of a directory model's "content"; models that do not parse are left out.
    static QList<RemoteEntry> listFromJson(const QJsonObject &directoryModel);
    // "a/b/c": relative, no empty, "." or ".." segment.
    static bool isCleanPath(const QString &path);
    // Jupyter's timestamps: ISO 8601 in UTC with up to microseconds ("...T10:20:30.123456Z").
    static QDateTime parseTimestamp(const QString &text);

    bool operator==(const RemoteEntry &other) const = default;
};

} // namespace fornax

Q_DECLARE_METATYPE(fornax::RemoteEntry)
