#include "ChecksumManifest.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace fornax {

namespace {

QByteArray fileSum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

} // namespace

QHash<QString, QByteArray> ChecksumManifest::compute(const QStringList &items, const QStringList &names)
{
    QHash<QString, QByteArray> sums;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString &root = items[i];
        const QString name = names.value(i, QFileInfo(root).fileName());
        const QFileInfo info(root);
        if (info.isFile() && !info.isSymLink()) {
            sums.insert(name, fileSum(root));
            continue;
        }
        if (!info.isDir() || info.isSymLink())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo file = it.fileInfo();
            if (file.isSymLink() || !file.isFile())
                continue;
            sums.insert(name + QLatin1Char('/') + path.mid(root.size() + 1), fileSum(path));
        }
    }
    return sums;
}

QStringList ChecksumManifest::differences(const QHash<QString, QByteArray> &a,
                                          const QHash<QString, QByteArray> &b)
{
    QSet<QString> keys;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        keys.insert(it.key());
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        keys.insert(it.key());
    QStringList differing;
    for (const QString &key : std::as_const(keys)) {
        if (!a.contains(key) || !b.contains(key) || a.value(key) != b.value(key) || a.value(key).isEmpty())
            differing.append(key);
    }
    differing.sort();
    return differing;
}

} // namespace fornax
