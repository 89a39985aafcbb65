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

QString relativePath(QByteArrayView path, const QString &prefix)
{
    QString text = QString::fromUtf8(path);
    if (text.startsWith(prefix))
        text = text.mid(prefix.size());
    return text;
}

} // namespace

TreeListing::Found TreeListing::parseFound(const QByteArray &data, const QHash<int, QString> &prefixes)
{
    Found found;
    const QList<QByteArray> fields = data.split('\0');
    // Records come in pairs of fields: the entry, then its link target (empty for the rest).
    for (qsizetype i = 0; i + 1 < fields.size(); i += 2) {
        const QByteArray &record = fields.at(i);
        if (record.startsWith("W ")) {
            const QList<QByteArrayView> f = split(QByteArrayView(record).sliced(2), 5);
            bool ok = false;
            const int item = f.value(0).toInt(&ok);
            if (f.size() != 5 || !ok)
                continue;
            TreeEntry entry;
            entry.type = typeOf(f[1]);
            entry.size = f[2].toLongLong();
            const QByteArrayView seconds = f[3].first(f[3].indexOf('.') >= 0 ? f[3].indexOf('.') : f[3].size());
            entry.mtime = seconds.toLongLong();
            entry.path = relativePath(f[4], prefixes.value(item));
            if (entry.type == TreeEntry::Type::Link)
                entry.linkTarget = QString::fromUtf8(fields.at(i + 1));
            found.trees[item].append(entry);
        } else if (record.startsWith("L ")) {
            const QList<QByteArrayView> f = split(QByteArrayView(record).sliced(2), 2);
            bool ok = false;
            const int item = f.value(0).toInt(&ok);
            if (f.size() != 2 || !ok)
                continue;
            TreeEntry entry;
            entry.type = TreeEntry::Type::Link;
            entry.path = relativePath(f[1], prefixes.value(item));
            entry.linkTarget = QString::fromUtf8(fields.at(i + 1));
            found.links[item].append(entry);
        }
    }
    return found;
}

QList<TreeEntry> TreeListing::walkLocal(const QString &path, const QString &name)
{
    QList<TreeEntry> entries;
    // A chosen link stands for what it points to, as ArchiveWriter packs it.
    const QFileInfo root(path);
    const TreeEntry::Type rootType = root.isDir()   ? TreeEntry::Type::Folder
        : root.isFile()                              ? TreeEntry::Type::File
        : root.isSymLink()                           ? TreeEntry::Type::Link
                                                     : TreeEntry::Type::Other;
    const TreeEntry top {name, rootType, rootType == TreeEntry::Type::File ? root.size() : 0,
                         root.lastModified().toSecsSinceEpoch(), {}};
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
