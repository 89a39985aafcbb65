#include "ArchiveExtractor.h"

#include "BoundedBuffer.h"
#include "Logging.h"

#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fornax {

namespace {

constexpr qsizetype ReadChunk = qsizetype(256) * 1024;
constexpr int MaxLinkHops = 40; // what Linux allows when it resolves a path
constexpr char TempPrefix[] = ".fornax-partial-";

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString shown(const QByteArray &name)
{
    return QFile::decodeName(name);
}

QString libarchiveText(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : QString();
}

// What libarchive pulls from: the buffer, through a chunk that stays valid until the next call.
struct Source
{
    BoundedBuffer *buffer;
    std::vector<char> chunk;
};

la_ssize_t readFromBuffer(archive *a, void *client, const void **data)
{
    auto *source = static_cast<Source *>(client);
    const qsizetype n = source->buffer->read(source->chunk.data(), qsizetype(source->chunk.size()));
    if (n < 0) {
        archive_set_error(a, ECANCELED, "the transfer stopped");
        return -1;
    }
    *data = source->chunk.data();
    return la_ssize_t(n);
}

bool lstatPath(const QByteArray &path, struct stat *st)
{
    return ::lstat(path.constData(), st) == 0;
}

// Removes a tree without following links, also where the archive made folders read-only.
void removeTree(const QByteArray &path)
{
    struct stat st = {};
    if (!lstatPath(path, &st))
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

// rename() that never replaces: EEXIST if to exists. Folders the archive made read-only can
// only be moved to another parent with write permission on themselves ("..") on Linux.
int moveNoReplace(const QByteArray &from, const QByteArray &to)
{
    int result = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
    if (result != 0 && errno == EINVAL) {
        // A file system without RENAME_NOREPLACE: check, then move (a tiny race, no worse).
        struct stat st = {};
        if (lstatPath(to, &st)) {
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

QList<QByteArray> components(const QByteArray &path)
{
    QList<QByteArray> parts;
    for (const QByteArray &part : path.split('/')) {
        if (!part.isEmpty() && part != ".")
            parts.append(part);
    }
    return parts;
}

} // namespace

ArchiveExtractor::ArchiveExtractor(BoundedBuffer *input, const QString &targetFolder, QObject *parent)
    : ArchiveTask(input, parent)
    , m_targetFolder(targetFolder)
{ }

ArchiveExtractor::~ArchiveExtractor()
{
    stopAndWait();
}

QString ArchiveExtractor::keepBothName(const QString &name, int n, bool isFolder)
{
    const QString number = QStringLiteral(" (%1)").arg(n);
    if (isFolder)
        return name + number;
    // Double suffixes people expect to stay together.
    static const QLatin1String compound[] = {QLatin1String(".tar.gz"), QLatin1String(".tar.zst"),
                                             QLatin1String(".tar.bz2"), QLatin1String(".tar.xz")};
    for (const QLatin1String &suffix : compound) {
        if (name.endsWith(suffix, Qt::CaseInsensitive) && name.size() > suffix.size())
            return name.left(name.size() - suffix.size()) + number + name.right(suffix.size());
    }
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == name.size() - 1) // ".bashrc", "name."
        return name + number;
    return name.left(dot) + number + name.mid(dot);
}

ArchiveError ArchiveExtractor::run()
{
    m_totals = {};
    m_placements.clear();
    m_symlinks.clear();
    m_topLevel.clear();
    m_topLevelIndex.clear();
    m_moved.clear();

    // On failure work() aborts the buffer, so a producer does not wait for room forever.
    if (ArchiveError error = prepareTarget())
        return error;
    ArchiveError error = extractAll();
    if (!error)
        error = drainInput();
    if (!error)
        error = checkTotals();
    if (!error)
        error = placeAll();
    // On success it only holds skipped items and the items that were replaced.
    if (!m_tempPath.isEmpty())
        removeTree(m_tempPath);
    return error;
}

ArchiveError ArchiveExtractor::prepareTarget()
{
    const QFileInfo info(m_targetFolder);
    if (!info.exists())
        return {ArchiveError::Kind::TargetUnusable, m_targetFolder, tr("the folder does not exist")};
    if (!info.isDir())
        return {ArchiveError::Kind::TargetUnusable, m_targetFolder, tr("it is not a folder")};
    // Canonical: libarchive's link checks look at every component of the paths we give it,
    // and a target reached through a link (a moved home folder) is not the archive's doing.
    m_rootPath = QFile::encodeName(info.canonicalFilePath());
    if (::access(m_rootPath.constData(), W_OK | X_OK) != 0)
        return {ArchiveError::Kind::TargetUnusable, m_targetFolder, errnoText(errno)};

    QByteArray pattern = m_rootPath + '/' + TempPrefix + "XXXXXX";
    if (!::mkdtemp(pattern.data()))
        return {ArchiveError::Kind::TargetUnusable, m_targetFolder, errnoText(errno)};
    m_tempPath = pattern;
    const long nameMax = ::pathconf(m_tempPath.constData(), _PC_NAME_MAX);
    m_nameMax = nameMax > 0 ? nameMax : 255;
    return {};
}

ArchiveError ArchiveExtractor::extractAll()
{
    Source source {buffer(), std::vector<char>(size_t(ReadChunk))};
    const std::unique_ptr<archive, int (*)(archive *)> reader(archive_read_new(), &archive_read_free);
    const std::unique_ptr<archive, int (*)(archive *)> writer(archive_write_disk_new(), &archive_write_free);
    if (!reader || !writer)
        return {ArchiveError::Kind::WriteFailed, m_targetFolder, errnoText(ENOMEM)};

    // Only tar, and only compressions libarchive decodes itself: support_filter_all would let a
    // hostile download start external programs (lrzip, lzop...).
    archive_read_support_format_tar(reader.get());
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_filter_zstd(reader.get());
    archive_read_support_filter_xz(reader.get());
    archive_read_support_filter_bzip2(reader.get());

    // Our own checks below come first and give the user a clear message; these are the second
    // line. SECURE_NOABSOLUTEPATHS cannot be used: libarchive writes relative to the process's
    // working directory, which a thread must not change, so every path given to it is absolute
    // (inside the temporary folder) and absolute names from the archive are refused by
    // normalize() instead. No EXTRACT_PERM: modes are kept through the user's umask and without
    // setuid, setgid and sticky bits, as tar does for anyone but root (a foreign archive must
    // not leave world-writable files in a home folder). No EXTRACT_OWNER: files are the user's.
    archive_write_disk_set_options(writer.get(),
                                   ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_SYMLINKS
                                       | ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_NO_OVERWRITE
                                       | ARCHIVE_EXTRACT_SPARSE);

    if (archive_read_open(reader.get(), &source, nullptr, &readFromBuffer, nullptr) != ARCHIVE_OK)
        return readFailure(reader.get());

    for (;;) {
        if (isCancelled())
            return ArchiveError(ArchiveError::Kind::Cancelled);
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return readFailure(reader.get());
        if (status == ARCHIVE_WARN)
            qCDebug(lcTransfer) << "archive warning:" << libarchiveText(reader.get());
        if (ArchiveError error = extractEntry(reader.get(), writer.get(), entry))
            return error;
    }
    // Applies the folders' modes and times, which had to wait until their contents were in.
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return {ArchiveError::Kind::WriteFailed, m_targetFolder, libarchiveText(writer.get())};

    for (const QByteArray &link : m_symlinks) {
        if (!resolvesInside(link))
            return {ArchiveError::Kind::OutsideTarget, shown(link)};
    }
    return {};
}

ArchiveError ArchiveExtractor::normalize(const QByteArray &raw, QByteArray *relative) const
{
    const QString name = shown(raw);
    if (raw.isEmpty())
        return {ArchiveError::Kind::BadName, name};
    if (raw.startsWith('/'))
        return {ArchiveError::Kind::OutsideTarget, name};
    const QList<QByteArray> parts = components(raw);
    for (const QByteArray &part : parts) {
        if (part == "..")
            return {ArchiveError::Kind::OutsideTarget, name};
        if (part.size() > m_nameMax)
            return {ArchiveError::Kind::NameTooLong, name};
    }
    *relative = parts.join('/');
    if (m_tempPath.size() + 1 + relative->size() >= PATH_MAX)
        return {ArchiveError::Kind::NameTooLong, name};
    return {};
}

ArchiveError ArchiveExtractor::checkParents(const QByteArray &relative, const QString &shownName) const
{
    // Everything under the temporary folder was made by this archive: a link among the parents
    // can only be the archive's, and writing through it is how "link -> /etc, link/passwd"
    // attacks work.
    qsizetype slash = relative.indexOf('/');
    while (slash > 0) {
        struct stat st = {};
        if (!lstatPath(inTemp(relative.left(slash)), &st))
            return {}; // the rest does not exist yet; libarchive creates it as folders
        if (S_ISLNK(st.st_mode))
            return {ArchiveError::Kind::ThroughLink, shownName};
        if (!S_ISDIR(st.st_mode))
            return {ArchiveError::Kind::DuplicateEntry, shown(relative.left(slash))};
        slash = relative.indexOf('/', slash + 1);
    }
    return {};
}

ArchiveError ArchiveExtractor::extractEntry(archive *reader, archive *writer, archive_entry *entry)
{
    const char *rawName = archive_entry_pathname(entry);
    if (!rawName)
        rawName = archive_entry_pathname_utf8(entry);
    const QByteArray raw(rawName ? rawName : "");
    const QString name = shown(raw);

    QByteArray relative;
    if (ArchiveError error = normalize(raw, &relative))
        return error;

    const mode_t type = archive_entry_filetype(entry);
    const char *hardlink = archive_entry_hardlink(entry);
    if (relative.isEmpty()) {
        // "." or "./": the root of whoever packed it. Its mode and time are not ours to take.
        if (type == AE_IFDIR && !hardlink)
            return {};
        return {ArchiveError::Kind::BadName, name};
    }
    if (ArchiveError error = checkParents(relative, name))
        return error;

    struct stat existing = {};
    if (lstatPath(inTemp(relative), &existing)) {
        // A folder may be named after its contents were (libarchive made it then); anything
        // else twice would silently lose one of them.
        if (!(type == AE_IFDIR && !hardlink && S_ISDIR(existing.st_mode)))
            return {ArchiveError::Kind::DuplicateEntry, name};
    }

    qint64 linkedSize = 0;
    if (hardlink) {
        QByteArray target;
        const QByteArray rawTarget(hardlink);
        if (ArchiveError error = normalize(rawTarget, &target))
            return {error.kind(), name};
        struct stat st = {};
        if (target.isEmpty() || checkParents(target, name) || !lstatPath(inTemp(target), &st)
            || !S_ISREG(st.st_mode))
            return {ArchiveError::Kind::BadHardLink, name, shown(rawTarget)};
        linkedSize = st.st_size;
        archive_entry_copy_hardlink(entry, inTemp(target).constData());
    } else {
        switch (type) {
        case AE_IFREG:
        case AE_IFDIR:
            break;
        case AE_IFLNK: {
            const char *rawTarget = archive_entry_symlink(entry);
            const QByteArray target(rawTarget ? rawTarget : "");
            if (target.isEmpty())
                return {ArchiveError::Kind::BadName, name};
            if (target.size() >= PATH_MAX)
                return {ArchiveError::Kind::NameTooLong, name};
            if (target.startsWith('/'))
                return {ArchiveError::Kind::OutsideTarget, name};
            // By name first; resolvesInside() checks links through links once all are on disk.
            QList<QByteArray> stack = components(relative);
            stack.removeLast();
            for (const QByteArray &part : components(target)) {
                if (part != "..") {
                    stack.append(part);
                } else if (stack.isEmpty()) {
                    return {ArchiveError::Kind::OutsideTarget, name};
                } else {
                    stack.removeLast();
                }
            }
            m_symlinks.push_back(relative);
            break;
        }
        default:
            return {ArchiveError::Kind::SpecialFile, name};
        }
    }

    const QByteArray top =
        relative.left(relative.indexOf('/') >= 0 ? relative.indexOf('/') : relative.size());
    if (!m_topLevelIndex.contains(top)) {
        m_topLevelIndex.insert(top, m_topLevel.size());
        m_topLevel.append({top, true});
    }
    if (top == relative) {
        TopLevel &item = m_topLevel[m_topLevelIndex.value(top)];
        item.isFolder = type == AE_IFDIR && !hardlink;
        item.hasTime = archive_entry_mtime_is_set(entry);
        item.mtimeSeconds = archive_entry_mtime(entry);
        item.mtimeNanoseconds = archive_entry_mtime_nsec(entry);
    }

    archive_entry_copy_pathname(entry, inTemp(relative).constData());
    archive_entry_set_perm(entry, archive_entry_perm(entry) & ~mode_t(S_ISUID | S_ISGID));

    const int headerStatus = archive_write_header(writer, entry);
    if (headerStatus < ARCHIVE_WARN)
        return {ArchiveError::Kind::WriteFailed, name, libarchiveText(writer)};
    if (headerStatus == ARCHIVE_WARN)
        qCDebug(lcTransfer) << "extraction warning:" << libarchiveText(writer);

    qint64 written = 0;
    if (archive_entry_size_is_set(entry) == 0 || archive_entry_size(entry) > 0) {
        for (;;) {
            if (isCancelled())
                return ArchiveError(ArchiveError::Kind::Cancelled);
            const void *block = nullptr;
            size_t size = 0;
            la_int64_t offset = 0;
            const int status = archive_read_data_block(reader, &block, &size, &offset);
            if (status == ARCHIVE_EOF)
                break;
            if (status < ARCHIVE_WARN)
                return readFailure(reader);
            if (archive_write_data_block(writer, block, size, offset) < ARCHIVE_WARN)
                return {ArchiveError::Kind::WriteFailed, name, libarchiveText(writer)};
            written += qint64(size);
            addProgress(qint64(size), 0);
        }
    }
    if (archive_write_finish_entry(writer) < ARCHIVE_WARN)
        return {ArchiveError::Kind::WriteFailed, name, libarchiveText(writer)};

    if (hardlink) {
        ++m_totals.files;
        m_totals.bytes += written > 0 ? written : linkedSize;
        addProgress(0, 1);
    } else if (type == AE_IFREG) {
        ++m_totals.files;
        // The size the header declares: with holes (sparse entries) fewer bytes travel.
        m_totals.bytes += archive_entry_size(entry);
        addProgress(0, 1);
    } else if (type == AE_IFDIR) {
        ++m_totals.folders;
    } else {
        ++m_totals.symlinks;
    }
    return {};
}

bool ArchiveExtractor::resolvesInside(const QByteArray &linkRelative) const
{
    // Resolves the link the way the kernel would, one component at a time, but never above the
    // extraction root: "a -> ." plus "b -> a/x/../.." looks harmless by name and is not.
    QList<QByteArray> resolved = components(linkRelative);
    QByteArray target(PATH_MAX, Qt::Uninitialized);
    std::deque<QByteArray> pending;
    int hops = 0;
    auto follow = [&](const QByteArray &path) {
        const ssize_t n = ::readlink(path.constData(), target.data(), size_t(target.size()));
        if (n < 0 || n >= target.size() || target.startsWith('/'))
            return false;
        const QList<QByteArray> parts = components(target.left(n));
        pending.insert(pending.begin(), parts.begin(), parts.end());
        return true;
    };
    // Start from the link itself: its target, relative to its folder.
    resolved.removeLast();
    if (!follow(inTemp(linkRelative)))
        return false;
    while (!pending.empty()) {
        const QByteArray part = pending.front();
        pending.pop_front();
        if (part == "..") {
            if (resolved.isEmpty())
                return false;
            resolved.removeLast();
            continue;
        }
        resolved.append(part);
        struct stat st = {};
        const QByteArray path = inTemp(resolved.join('/'));
        if (lstatPath(path, &st) && S_ISLNK(st.st_mode)) {
            if (++hops > MaxLinkHops)
                return false;
            resolved.removeLast();
            if (!follow(path))
                return false;
        }
    }
    return true;
}

ArchiveError ArchiveExtractor::readFailure(archive *reader) const
{
    if (isCancelled())
        return ArchiveError(ArchiveError::Kind::Cancelled);
    if (buffer()->isAborted())
        return {ArchiveError::Kind::StreamFailed, {}, buffer()->abortReason()};
    const QString text = libarchiveText(reader);
    return {ArchiveError::Kind::Corrupt, {}, text.isEmpty() ? tr("unknown format") : text};
}

ArchiveError ArchiveExtractor::drainInput()
{
    // The tar end marker came; what follows (record padding) is read so the producer can finish,
    // and its end must be clean: an aborted transport means the download did not complete.
    std::vector<char> sink(static_cast<size_t>(ReadChunk));
    qsizetype n = 0;
    while ((n = buffer()->read(sink.data(), qsizetype(sink.size()))) > 0) { }
    if (n < 0) {
        if (isCancelled())
            return ArchiveError(ArchiveError::Kind::Cancelled);
        return {ArchiveError::Kind::StreamFailed, {}, buffer()->abortReason()};
    }
    return {};
}

ArchiveError ArchiveExtractor::checkTotals() const
{
    if (!m_expected || *m_expected == m_totals)
        return {};
    const QString got = tr("%n file(s)", nullptr, int(m_totals.files)) + QStringLiteral(", ")
        + tr("%1 bytes").arg(m_totals.bytes);
    const QString wanted = tr("%n file(s)", nullptr, int(m_expected->files)) + QStringLiteral(", ")
        + tr("%1 bytes").arg(m_expected->bytes);
    return {ArchiveError::Kind::Incomplete, {}, tr("received %1, expected %2").arg(got, wanted)};
}

ArchiveError ArchiveExtractor::placeAll()
{
    // Replaced and taken-back items wait here until the temp folder goes. Made only now, so
    // mkdtemp picks a name no archive entry has.
    QByteArray aside = m_tempPath + "/.aside-XXXXXX";
    if (!::mkdtemp(aside.data()))
        return {ArchiveError::Kind::WriteFailed, m_targetFolder, errnoText(errno)};
    m_asidePath = aside;

    for (qsizetype i = 0; i < m_topLevel.size(); ++i) {
        const TopLevel &item = m_topLevel.at(i);
        const QString name = shown(item.name);
        if (isCancelled()) {
            rollBack();
            return ArchiveError(ArchiveError::Kind::Cancelled);
        }
        const QByteArray source = inTemp(item.name);
        QByteArray destination = m_rootPath + '/' + item.name;
        Placement placement {name, name};

        if (moveNoReplace(source, destination) != 0) {
            if (errno != EEXIST) {
                const QString reason = errnoText(errno);
                rollBack();
                return {ArchiveError::Kind::WriteFailed, name, reason};
            }
            struct stat st = {};
            lstatPath(destination, &st);
            const Conflict conflict {name, shown(destination), S_ISDIR(st.st_mode), item.isFolder};
            const ConflictAction action = m_policy ? m_policy(conflict) : ConflictAction::KeepBoth;
            int moved = -1;
            switch (action) {
            case ConflictAction::Cancel:
                rollBack();
                return ArchiveError(ArchiveError::Kind::Cancelled);
            case ConflictAction::Skip:
                placement.placedAs.clear();
                placement.skipped = true;
                m_placements.append(placement);
                continue;
            case ConflictAction::Overwrite: {
                // Aside first, so that a failure can put it back.
                const QByteArray backup = m_asidePath + "/replaced-" + QByteArray::number(i);
                moved = moveNoReplace(destination, backup);
                if (moved == 0) {
                    m_moved.append({{}, backup, destination});
                    placement.replaced = true;
                    moved = moveNoReplace(source, destination);
                }
                break;
            }
            case ConflictAction::KeepBoth:
                for (int n = 2; n < 10000; ++n) {
                    placement.placedAs = keepBothName(name, n, item.isFolder);
                    destination = m_rootPath + '/' + QFile::encodeName(placement.placedAs);
                    moved = moveNoReplace(source, destination);
                    if (moved == 0 || errno != EEXIST)
                        break;
                }
                break;
            }
            if (moved != 0) {
                const QString reason = errnoText(errno);
                rollBack();
                return {ArchiveError::Kind::WriteFailed, name, reason};
            }
        }
        if (placement.replaced)
            m_moved.last().placedPath = destination;
        else
            m_moved.append({destination, {}, {}});
        // Moving a folder to a new parent may touch its time; the archive's time wins.
        if (item.hasTime) {
            const struct timespec times[2] = {{time_t(item.mtimeSeconds), item.mtimeNanoseconds},
                                              {time_t(item.mtimeSeconds), item.mtimeNanoseconds}};
            ::utimensat(AT_FDCWD, destination.constData(), times, AT_SYMLINK_NOFOLLOW);
        }
        m_placements.append(placement);
    }
    return {};
}

void ArchiveExtractor::rollBack()
{
    // Newest first: take each new item back aside (it goes with the temp folder), then put back
    // what it had replaced.
    for (qsizetype i = m_moved.size() - 1; i >= 0; --i) {
        const Moved &moved = m_moved.at(i);
        if (!moved.placedPath.isEmpty())
            moveNoReplace(moved.placedPath, m_asidePath + "/taken-back-" + QByteArray::number(i));
        if (!moved.backupPath.isEmpty())
            moveNoReplace(moved.backupPath, moved.originalPath);
    }
    m_moved.clear();
    m_placements.clear();
}

} // namespace fornax
