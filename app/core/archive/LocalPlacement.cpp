#include "LocalPlacement.h"

#include "FaultPoint.h"
#include "archive/ArchiveExtractor.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fornax {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool lstatPath(const QByteArray &path, struct stat *st)
{
    return ::lstat(path.constData(), st) == 0;
}

bool exists(const QByteArray &path)
{
    struct stat st = {};
    return lstatPath(path, &st);
}

bool isRealDir(const QByteArray &path)
{
    struct stat st = {};
    return lstatPath(path, &st) && S_ISDIR(st.st_mode);
}

QByteArray parentOf(const QByteArray &path)
{
    return path.left(path.lastIndexOf('/'));
}

QByteArray nameOf(const QByteArray &path)
{
    return path.mid(path.lastIndexOf('/') + 1);
}

bool writeAll(const QByteArray &path, const QByteArray &content)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + done, size_t(content.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    ::close(fd);
    return done == content.size();
}

QByteArray readAll(const QByteArray &path)
{
    QFile file(QFile::decodeName(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

char kindLetter(PlacementOperation::Kind kind)
{
    switch (kind) {
    case PlacementOperation::Kind::New:
        return 'n';
    case PlacementOperation::Kind::Overwrite:
        return 'o';
    case PlacementOperation::Kind::KeepBoth:
        return 'k';
    case PlacementOperation::Kind::Replace:
        return 'r';
    }
    return 'n';
}

PlacementOperation::Kind kindOf(char letter)
{
    switch (letter) {
    case 'o':
        return PlacementOperation::Kind::Overwrite;
    case 'k':
        return PlacementOperation::Kind::KeepBoth;
    case 'r':
        return PlacementOperation::Kind::Replace;
    default:
        return PlacementOperation::Kind::New;
    }
}

// rename() that never replaces: EEXIST if to exists. A read-only folder can only move to another
// parent with write permission on itself ("..") on Linux: it gets it for the move.
int moveNoReplace(const QByteArray &from, const QByteArray &to)
{
    int result = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
    if (result != 0 && errno == EINVAL) {
        // A file system without RENAME_NOREPLACE: check, then move (a tiny race, no worse).
        if (exists(to)) {
            errno = EEXIST;
            return -1;
        }
        result = ::rename(from.constData(), to.constData());
    }
    if (result != 0 && errno == EACCES) {
        struct stat st = {};
        if (lstatPath(from, &st) && S_ISDIR(st.st_mode) && !(st.st_mode & S_IWUSR)) {
            ::chmod(from.constData(), (st.st_mode & 07777) | S_IWUSR);
            result = moveNoReplace(from, to);
            const int saved = errno;
            ::chmod((result == 0 ? to : from).constData(), st.st_mode & 07777);
            errno = saved;
        }
    }
    return result;
}

} // namespace

LocalPlacement::LocalPlacement(const QByteArray &partial, const QByteArray &target)
    : m_partial(partial)
    , m_journal(partial + "/journal")
    , m_tree(treeFolder(partial))
    , m_target(target)
    , m_asidePrefix("/.fornax-aside-" + nameOf(partial).mid(qsizetype(std::strlen(".fornax-partial-"))) + '-')
{ }

void LocalPlacement::record(const QByteArray &name, const QByteArray &content) const
{
    writeAll(m_journal + '/' + name, content);
}

void LocalPlacement::step()
{
    FaultPoint::hit("local-place", ++m_step);
}

ArchiveError LocalPlacement::run(const QList<PlacementOperation> &operations)
{
    m_operations = operations;
    if (::mkdir(m_journal.constData(), 0700) != 0 && errno != EEXIST)
        return {ArchiveError::Kind::WriteFailed, QFile::decodeName(m_journal), errnoText(errno)};
    QByteArray plan;
    for (const PlacementOperation &operation : operations) {
        plan += kindLetter(operation.kind);
        plan += operation.isFolder ? '1' : '0';
        plan += '\0';
        plan += QFile::encodeName(operation.path);
        plan += '\0';
    }
    if (!writeAll(m_journal + "/target", m_target) || !writeAll(m_journal + "/plan", plan))
        return {ArchiveError::Kind::WriteFailed, QFile::decodeName(m_journal), errnoText(errno)};

    for (qsizetype i = 0; i < operations.size(); ++i) {
        if (ArchiveError error = place(int(i), operations.at(i))) {
            m_incomplete = !finish(Direction::Back);
            return error;
        }
    }
    record("committed", {});
    step();
    m_incomplete = !finish(Direction::Forward);
    return {};
}

ArchiveError LocalPlacement::place(int index, const PlacementOperation &operation)
{
    // Not in the archive after all (a link skipped because it points outside): nothing to place.
    const QByteArray source = m_tree + '/' + QFile::encodeName(operation.path);
    if (!exists(source))
        return {};
    // The unpacked folder it moves out of is one merged into a folder that exists here, thrown
    // away afterwards; a read-only one (the archive gave it the server's mode) gets the bits a
    // rename out of it needs.
    const QByteArray from = parentOf(source);
    if (::access(from.constData(), W_OK | X_OK) != 0) {
        struct stat st = {};
        if (!lstatPath(from, &st) || ::chmod(from.constData(), (st.st_mode & 07777) | S_IWUSR | S_IXUSR) != 0)
            return {ArchiveError::Kind::WriteFailed, operation.path, errnoText(errno)};
    }
    switch (operation.kind) {
    case PlacementOperation::Kind::New:
        return placeNew(index, operation);
    case PlacementOperation::Kind::Overwrite:
        return placeOver(index, operation);
    case PlacementOperation::Kind::KeepBoth:
        return placeBoth(index, operation);
    case PlacementOperation::Kind::Replace:
        return placeReplace(index, operation);
    }
    return {};
}

bool LocalPlacement::makeWritable(int index, const QByteArray &folder)
{
    if (::access(folder.constData(), W_OK) == 0)
        return true;
    struct stat st = {};
    if (!lstatPath(folder, &st) || !S_ISDIR(st.st_mode))
        return false;
    record("m" + QByteArray::number(index), QByteArray::number(st.st_mode & 07777, 8));
    return ::chmod(folder.constData(), (st.st_mode & 07777) | S_IWUSR) == 0;
}

ArchiveError LocalPlacement::placeNew(int index, const PlacementOperation &operation)
{
    const QByteArray path = QFile::encodeName(operation.path);
    const QByteArray destination = m_target + '/' + path;
    if (exists(destination))
        return placeBoth(index, operation); // appeared since the check: never over it
    if (!makeWritable(index, parentOf(destination)))
        return {ArchiveError::Kind::WriteFailed, operation.path, errnoText(errno)};
    record(QByteArray::number(index), "new");
    if (moveNoReplace(m_tree + '/' + path, destination) != 0) {
        if (errno == EEXIST)
            return placeBoth(index, operation);
        return {ArchiveError::Kind::WriteFailed, operation.path, errnoText(errno)};
    }
    step();
    return {};
}

ArchiveError LocalPlacement::placeBoth(int index, const PlacementOperation &operation)
{
    const QByteArray path = QFile::encodeName(operation.path);
    const QByteArray source = m_tree + '/' + path;
    const QByteArray folder = parentOf(m_target + '/' + path);
    const QString name = QFile::decodeName(nameOf(path));
    const bool isFolder = isRealDir(source);
    if (!makeWritable(index, folder))
        return {ArchiveError::Kind::WriteFailed, operation.path, errnoText(errno)};
    for (int n = 2; n < 100000; ++n) {
        const QString candidate = ArchiveExtractor::keptBothName(name, n, isFolder);
        const QByteArray destination = folder + '/' + QFile::encodeName(candidate);
        if (exists(destination))
            continue;
        record(QByteArray::number(index), "both " + QByteArray::number(n) + (isFolder ? " 1" : " 0"));
        if (moveNoReplace(source, destination) == 0) {
            m_renamedTo.insert(index, candidate);
            step();
            return {};
        }
        if (errno != EEXIST)
            return {ArchiveError::Kind::WriteFailed, operation.path, errnoText(errno)};
    }
    return {ArchiveError::Kind::WriteFailed, operation.path, errnoText(EEXIST)};
}

ArchiveError LocalPlacement::placeOver(int index, const PlacementOperation &operation)
{
    const QByteArray path = QFile::encodeName(operation.path);
    const QByteArray source = m_tree + '/' + path;
    const QByteArray destination = m_target + '/' + path;
    if (isRealDir(destination) || isRealDir(source))
        return placeBoth(index, operation); // a file against a folder is never overwritten
    if (!exists(destination))
        return placeNew(index, operation);
    const QByteArray folder = parentOf(destination);
    if (!makeWritable(index, folder))
        return {ArchiveError::Kind::WriteFailed, operation.path, errnoText(errno)};
    const QByteArray aside = folder + m_asidePrefix + QByteArray::number(index);
    record(QByteArray::number(index), "over");
    // The old file stays reachable under a second name until every operation is done.
    if (::link(destination.constData(), aside.constData()) != 0 && moveNoReplace(destination, aside) != 0)
        return {ArchiveError::Kind::WriteFailed, operation.path, errnoText(errno)};
    step();
    if (::rename(source.constData(), destination.constData()) != 0)
        return {ArchiveError::Kind::WriteFailed, operation.path, errnoText(errno)};
    step();
    return {};
}

ArchiveError LocalPlacement::placeReplace(int index, const PlacementOperation &operation)
{
    const QByteArray path = QFile::encodeName(operation.path);
    const QByteArray destination = m_target + '/' + path;
    if (!exists(destination))
        return placeNew(index, operation);
    if (!makeWritable(index, parentOf(destination)))
        return {ArchiveError::Kind::WriteFailed, operation.path, errnoText(errno)};
    record(QByteArray::number(index), "replace");
    QString inTrash;
    if (!QFile::moveToTrash(QFile::decodeName(destination), &inTrash) || inTrash.isEmpty())
        return {ArchiveError::Kind::WriteFailed, operation.path, tr("it could not be moved to the trash")};
    record("t" + QByteArray::number(index), QFile::encodeName(inTrash));
    m_trashed.insert(operation.path, inTrash);
    step();
    if (moveNoReplace(m_tree + '/' + path, destination) != 0)
        return {ArchiveError::Kind::WriteFailed, operation.path, errnoText(errno)};
    step();
    return {};
}

bool LocalPlacement::finish(Direction direction)
{
    bool ok = true;
    for (qsizetype i = m_operations.size() - 1; i >= 0; --i) {
        const PlacementOperation &operation = m_operations.at(i);
        const QByteArray number = QByteArray::number(i);
        const QByteArray kept = readAll(m_journal + '/' + number);
        if (kept.isEmpty())
            continue;
        const QByteArray path = QFile::encodeName(operation.path);
        const QByteArray source = m_tree + '/' + path;
        const QByteArray destination = m_target + '/' + path;
        const QByteArray folder = parentOf(destination);
        if (kept == "over") {
            const QByteArray aside = folder + m_asidePrefix + number;
            if (!exists(aside))
                continue;
            struct stat a = {};
            struct stat d = {};
            const bool same = lstatPath(aside, &a) && lstatPath(destination, &d) && a.st_ino == d.st_ino
                && a.st_dev == d.st_dev;
            if (direction == Direction::Back && !same) {
                if (::rename(aside.constData(), destination.constData()) != 0)
                    ok = false;
            } else {
                ::unlink(aside.constData());
                if (direction == Direction::Forward)
                    step();
            }
            continue;
        }
        if (direction == Direction::Forward)
            continue;
        if (kept == "new") {
            if (!exists(source) && exists(destination) && moveNoReplace(destination, source) != 0)
                ok = false;
        } else if (kept.startsWith("both ")) {
            const QList<QByteArray> parts = kept.split(' ');
            const QString name = ArchiveExtractor::keptBothName(
                QFile::decodeName(nameOf(path)), parts.value(1).toInt(), parts.value(2) == "1");
            const QByteArray placed = folder + '/' + QFile::encodeName(name);
            if (!exists(source) && exists(placed) && moveNoReplace(placed, source) != 0)
                ok = false;
        } else if (kept == "replace") {
            const QByteArray inTrash = readAll(m_journal + "/t" + number);
            if (inTrash.isEmpty() || !exists(inTrash))
                continue;
            if (exists(destination) && !exists(source) && moveNoReplace(destination, source) != 0)
                ok = false;
            if (!exists(destination) && moveNoReplace(inTrash, destination) == 0) {
                // The trash's record of it goes too: it is no longer there.
                const QByteArray files = parentOf(inTrash);
                ::unlink(QByteArray(parentOf(files) + "/info/" + nameOf(inTrash) + ".trashinfo").constData());
            } else {
                ok = false;
            }
        }
    }
    // Folder modes last: the moves above needed them writable.
    for (qsizetype i = 0; i < m_operations.size(); ++i) {
        const QByteArray mode = readAll(m_journal + "/m" + QByteArray::number(i));
        if (mode.isEmpty())
            continue;
        const QByteArray folder = parentOf(m_target + '/' + QFile::encodeName(m_operations.at(i).path));
        bool parsed = false;
        const uint bits = mode.toUInt(&parsed, 8);
        if (parsed && ::chmod(folder.constData(), mode_t(bits)) != 0)
            ok = false;
    }
    return ok;
}

bool LocalPlacement::recover(const QByteArray &partial)
{
    const QByteArray journal = partial + "/journal";
    const QByteArray target = readAll(journal + "/target");
    const QByteArray plan = readAll(journal + "/plan");
    if (target.isEmpty())
        return true; // nothing was placed yet
    LocalPlacement placement(partial, target);
    const QList<QByteArray> fields = plan.split('\0');
    for (qsizetype i = 0; i + 1 < fields.size(); i += 2) {
        const QByteArray &head = fields.at(i);
        if (head.size() != 2)
            return false;
        PlacementOperation operation;
        operation.kind = kindOf(head.at(0));
        operation.isFolder = head.at(1) == '1';
        operation.path = QFile::decodeName(fields.at(i + 1));
        placement.m_operations.append(operation);
    }
    return placement.finish(exists(journal + "/committed") ? Direction::Forward : Direction::Back);
}

} // namespace fornax
