#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

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
 * The trees of the items a transfer merges into existing folders, read from this computer or
 * from the listing a server script wrote.
 *
 * The server writes its findings into one file of the job folder as NUL-separated records, so
 * every byte of a name survives (a newline, a carriage return, an escape sequence, which a
 * terminal would eat): "W <item> <type> <size> <mtime> <path>" NUL "<link target>" NUL for an
 * entry of a listed tree, and "L <item> <path>" NUL "<link target>" NUL for a symbolic link
 * the size pass found. Paths there start with the folder the item lies in, as the script saw
 * them ("./a/b/data/x"); the caller names that prefix per item, and it is cut off.
 */
class TreeListing
{
public:
    struct Found
    {
        QHash<int, QList<TreeEntry>> trees; // by item index
        QHash<int, QList<TreeEntry>> links; // by item index; type Link, with their targets
    };
    // prefixes: per item, what precedes the item's name in the script's paths ("./a/b/").
    static Found parseFound(const QByteArray &data, const QHash<int, QString> &prefixes);

    // Every entry of a local item, links not followed, paths starting with name; the item itself
    // first. Blocks: call it off the event loop for large trees.
    static QList<TreeEntry> walkLocal(const QString &path, const QString &name);
};

} // namespace fornax
