#include "PartialFolders.h"

#include "Logging.h"
#include "archive/LocalPlacement.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>

#include <cstring>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fornax {

namespace {

// Removes a tree without following links, also where the archive made folders read-only.
void removeTree(const QByteArray &path)
{
    struct stat st = {};
    if (::lstat(path.constData(), &st) != 0)
        return;
    if (!S_ISDIR(st.st_mode)) {
        ::unlink(path.constData());
        return;
    }
    if ((st.st_mode & S_IRWXU) != S_IRWXU)
        ::chmod(path.constData(), (st.st_mode & 07777) | S_IRWXU);
    std::vector<QByteArray> children;
    if (DIR *dir = ::opendir(path.constData())) {
        while (const dirent *child = ::readdir(dir)) {
            if (std::strcmp(child->d_name, ".") != 0 && std::strcmp(child->d_name, "..") != 0)
                children.emplace_back(child->d_name);
        }
        ::closedir(dir);
    }
    for (const QByteArray &child : children)
        removeTree(path + '/' + child);
    ::rmdir(path.constData());
}

} // namespace

QString PartialFolders::registryFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("partial-downloads"));
}

QString PartialFolders::add(const QByteArray &partial)
{
    const QString folder = registryFolder();
    if (!QDir().mkpath(folder))
        return {};
    QString entry =
        QDir(folder).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".path"));
    QFile file(entry);
    if (!file.open(QIODevice::WriteOnly) || file.write(partial) != partial.size())
        return {};
    return entry;
}

void PartialFolders::remove(const QString &entry)
{
    if (!entry.isEmpty())
        QFile::remove(entry);
}

int PartialFolders::lock(const QByteArray &partial)
{
    const QByteArray path = partial + "/lock";
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

int PartialFolders::cleanOrphans()
{
    int removed = 0;
    const QDir registry(registryFolder());
    const QStringList entries = registry.entryList({QStringLiteral("*.path")}, QDir::Files);
    for (const QString &name : entries) {
        const QString entry = registry.filePath(name);
        QFile file(entry);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray partial = file.readAll();
        file.close();
        struct stat st = {};
        if (partial.isEmpty() || ::lstat(partial.constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            QFile::remove(entry);
            continue;
        }
        const int fd = lock(partial);
        if (fd < 0)
            continue; // a running download holds it
        // Whatever the run that died was doing to the destination is finished or undone first.
        const bool recovered = LocalPlacement::recover(partial);
        ::close(fd);
        if (!recovered) {
            qCWarning(lcArchive) << "an interrupted download in" << QFile::decodeName(partial)
                                 << "could not be put back completely; its folder stays";
            continue;
        }
        removeTree(partial);
        QFile::remove(entry);
        ++removed;
        qCInfo(lcArchive) << "removed the folder of an interrupted download:" << QFile::decodeName(partial);
    }
    return removed;
}

} // namespace fornax
