#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "transfer/RemoteScript.h"

namespace fornax {

// One entry of a file tree, as both sides of a transfer describe it.
struct TreeEntry
{
    enum class Type { File, Folder, Link, Other };

    QString path; // relative, starting with the top-level item's name: "data/run1/a.csv"
    Type type = Type::File;
    qint64 size = 0;
    qint64 mtime = 0; // seconds since the epoch
    QString linkTarget; // links only

    bool isFolder() const { return type == Type::Folder; }
};

/**
 * What the size pass found (RemoteScript::statItems()), and the trees of local items.
 *
 * The server writes its findings into one file of the job folder as NUL-separated records, so
 * every byte of a name survives (a newline, a carriage return, an escape sequence, which a
 * terminal would eat). Each record starts with a tag and the item's path as the script was given
 * it (its "starting point"): "E" <start> "<type> <size> <mtime> <files> <folders> <links> <bytes>"
 * for an item that exists; "W" <start> "<type> <size> <mtime>" <path inside> <link target> for
 * each entry of a listed item's tree; "L" <start> <path inside> <link target> for each symbolic
 * link. Paths inside are relative to the item ("" is the item itself).
 */
class TreeListing
{
public:
    struct Found
    {
        QHash<int, RemoteScript::Item> items; // by item index; a missing item has none
        QHash<int, QList<TreeEntry>> trees; // listed items' entries, the item itself included
        QHash<int, QList<TreeEntry>> links; // every link, with its target
    };
    // startPoints: the path each item was given as -> its index; names: each item's name, what
    // entry paths start with.
    static Found parseFound(const QByteArray &data, const QHash<QString, int> &startPoints,
                            const QStringList &names);

    // Every entry of a local item, links not followed, paths starting with name; the item itself
    // first. Blocks: call it off the event loop for large trees.
    static QList<TreeEntry> walkLocal(const QString &path, const QString &name);
};

} // namespace fornax
