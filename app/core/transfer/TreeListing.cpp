#include "TreeListing.h"

#include <QDirIterator>
#include <QFileInfo>

namespace fornax {

namespace {

TreeEntry::Type typeOf(QByteArrayView letter)
{
    if (letter == "f")
        return TreeEntry::Type::File;
    if (letter == "d")
        return TreeEntry::Type::Folder;
    if (letter == "l")
        return TreeEntry::Type::Link;
    return TreeEntry::Type::Other;
}

TreeEntry::Type typeOf(const QFileInfo &info)
{
    if (info.isSymLink())
        return TreeEntry::Type::Link;
    if (info.isDir())
        return TreeEntry::Type::Folder;
    if (info.isFile())
        return TreeEntry::Type::File;
    return TreeEntry::Type::Other;
}

// Splits off count space-separated fields; the rest (a path with spaces) is the last one.
QList<QByteArrayView> split(QByteArrayView record, qsizetype count)
{
    QList<QByteArrayView> fields;
    while (fields.size() + 1 < count) {
        const qsizetype space = record.indexOf(' ');
        if (space < 0)
            return {};
        fields.append(record.first(space));
        record = record.sliced(space + 1);
    }
    fields.append(record);
    return fields;
}

} // namespace

TreeListing::Found TreeListing::parseFound(const QByteArray &data, const QHash<QString, int> &startPoints,
                                           const QStringList &names)
{
    Found found;
    const QList<QByteArray> fields = data.split('\0');
    const auto itemOf = [&](const QByteArray &start) {
        return startPoints.value(QString::fromUtf8(start), -1);
    };
    const auto pathIn = [&](int item, const QByteArray &inside) {
        return inside.isEmpty() ? names.value(item)
                                : names.value(item) + QLatin1Char('/') + QString::fromUtf8(inside);
    };
    for (qsizetype i = 0; i < fields.size();) {
        const QByteArray &tag = fields.at(i);
        if (tag == "E" && i + 2 < fields.size()) {
            const int item = itemOf(fields.at(i + 1));
            const QList<QByteArrayView> f = split(fields.at(i + 2), 7);
            if (item >= 0 && f.size() == 7) {
                RemoteScript::Item entry;
                const TreeEntry::Type type = typeOf(f[0]);
                entry.type = type == TreeEntry::Type::File ? RemoteScript::ItemType::File
                    : type == TreeEntry::Type::Folder      ? RemoteScript::ItemType::Folder
                    : type == TreeEntry::Type::Link        ? RemoteScript::ItemType::Link
                                                           : RemoteScript::ItemType::Other;
                entry.mtime = f[2].toLongLong();
                entry.totals.files = f[3].toLongLong();
                entry.totals.folders = f[4].toLongLong();
                entry.totals.symlinks = f[5].toLongLong();
                entry.totals.bytes = f[6].toLongLong();
                entry.size = type == TreeEntry::Type::File ? f[1].toLongLong() : entry.totals.bytes;
                found.items.insert(item, entry);
            }
            i += 3;
        } else if (tag == "W" && i + 4 < fields.size()) {
            const int item = itemOf(fields.at(i + 1));
            const QList<QByteArrayView> f = split(fields.at(i + 2), 3);
            if (item >= 0 && f.size() == 3) {
                TreeEntry entry;
                entry.type = typeOf(f[0]);
                entry.size = f[1].toLongLong();
                entry.mtime = f[2].toLongLong();
                entry.path = pathIn(item, fields.at(i + 3));
                if (entry.type == TreeEntry::Type::Link)
                    entry.linkTarget = QString::fromUtf8(fields.at(i + 4));
                found.trees[item].append(entry);
            }
            i += 5;
        } else if (tag == "L" && i + 3 < fields.size()) {
            const int item = itemOf(fields.at(i + 1));
            if (item >= 0) {
                TreeEntry entry;
                entry.type = TreeEntry::Type::Link;
                entry.path = pathIn(item, fields.at(i + 2));
                entry.linkTarget = QString::fromUtf8(fields.at(i + 3));
                found.links[item].append(entry);
            }
            i += 4;
        } else {
            ++i; // a damaged record: resynchronise on the next tag
        }
    }
    return found;
}

QList<TreeEntry> TreeListing::walkLocal(const QString &path, const QString &name)
{
    QList<TreeEntry> entries;
    // A chosen link stands for what it points to, as ArchiveWriter packs it.
    const QFileInfo root(path);
    const TreeEntry::Type rootType = root.isDir() ? TreeEntry::Type::Folder
        : root.isFile()                           ? TreeEntry::Type::File
        : root.isSymLink()                        ? TreeEntry::Type::Link
                                                  : TreeEntry::Type::Other;
    const TreeEntry top {name,
                         rootType,
                         rootType == TreeEntry::Type::File ? root.size() : 0,
                         root.lastModified().toSecsSinceEpoch(),
                         {}};
    entries.append(top);
    if (top.type != TreeEntry::Type::Folder)
        return entries;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString child = it.next();
        const QFileInfo info = it.fileInfo();
        TreeEntry entry;
        entry.path = name + child.mid(path.size());
        entry.type = typeOf(info);
        entry.size = entry.type == TreeEntry::Type::File ? info.size() : 0;
        entry.mtime = info.lastModified().toSecsSinceEpoch();
        entries.append(entry);
    }
    return entries;
}

} // namespace fornax
