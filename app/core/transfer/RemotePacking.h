#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fornax {

/**
 * What a download packs on the server, as files for the job folder rather than arguments: NUL
 * lists for `tar --null --no-unquote -T` (names exactly as they are, whatever they hold), one per
 * folder the items lie in, and two small sourceable specs that name those folders: `packspec`
 * (tar's arguments, for RemoteScript::pack() and StreamScript::pack()) and `sumspec` (for
 * RemoteScript::checksums()).
 *
 * An item is packed whole (tar recurses into it), or — when it merges into a folder here and
 * some of its files are not wanted — as the exact list of its entries (`--no-recursion`), so a
 * skipped file never leaves the server.
 */
class RemotePacking
{
public:
    // remotePath: relative to the home folder, or absolute.
    void addWhole(const QString &remotePath);
    // entries: paths relative to the item's folder, starting with its name ("data", "data/a.csv").
    void addEntries(const QString &remotePath, const QStringList &entries);

    // Job file name -> content.
    QMap<QString, QByteArray> files() const;

private:
    struct Group
    {
        QString parent; // relative to home, absolute, or "" for the home folder
        bool recursive = true;
        QStringList names;
    };
    Group &group(const QString &parent, bool recursive);

    QList<Group> m_groups;
};

} // namespace fornax
