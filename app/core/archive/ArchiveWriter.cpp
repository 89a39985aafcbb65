#include "ArchiveWriter.h"

#include "BoundedBuffer.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <memory>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fornax {

namespace {

// Big enough that a read and a compressor call cost little per byte; small enough to not count.
constexpr size_t ReadChunk = size_t(256) * 1024;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString shown(const QByteArray &nativePath)
{
    return QFile::decodeName(nativePath);
}

// Closes a file descriptor on every way out of a function.
struct FileDescriptor
{
    int fd;
    ~FileDescriptor() { ::close(fd); }
};

bool isSpecial(mode_t mode)
{
    return !S_ISREG(mode) && !S_ISDIR(mode) && !S_ISLNK(mode);
}

using Visitor =
    std::function<ArchiveError(const QByteArray &diskPath, const QByteArray &name, const struct stat &st)>;

// Depth first, parents before children, siblings in byte order (the archive comes out the same
// for the same tree, which makes a failed upload easy to compare with a retry). Excluded names
// are left out with everything below them.
ArchiveError walk(const QByteArray &diskPath, const QByteArray &name, const struct stat &st,
                  const Visitor &visit, const QSet<QByteArray> &excluded)
{
    if (excluded.contains(name))
        return {};
    if (ArchiveError error = visit(diskPath, name, st))
        return error;
    if (!S_ISDIR(st.st_mode))
        return {};

    std::vector<QByteArray> children;
    {
        DIR *dir = ::opendir(diskPath.constData());
        if (!dir)
            return {errno == ENOENT ? ArchiveError::Kind::SourceMissing
                                    : ArchiveError::Kind::SourceUnreadable,
                    shown(diskPath), errnoText(errno)};
        const std::unique_ptr<DIR, int (*)(DIR *)> closer(dir, &::closedir);
        errno = 0;
        while (const dirent *child = ::readdir(dir)) {
            const char *childName = child->d_name;
            if (std::strcmp(childName, ".") != 0 && std::strcmp(childName, "..") != 0)
                children.emplace_back(childName);
            errno = 0;
        }
        if (errno != 0)
            return {ArchiveError::Kind::SourceUnreadable, shown(diskPath), errnoText(errno)};
    }
    std::sort(children.begin(), children.end());

    for (const QByteArray &child : children) {
        const QByteArray childPath = diskPath + '/' + child;
        struct stat childStat = {};
        if (::lstat(childPath.constData(), &childStat) != 0)
            return {errno == ENOENT ? ArchiveError::Kind::SourceMissing
                                    : ArchiveError::Kind::SourceUnreadable,
                    shown(childPath), errnoText(errno)};
        if (ArchiveError error = walk(childPath, name + '/' + child, childStat, visit, excluded))
            return error;
    }
    return {};
}

la_ssize_t writeToBuffer(archive *, void *client, const void *data, size_t size)
{
    auto *buffer = static_cast<BoundedBuffer *>(client);
    if (!buffer->write(static_cast<const char *>(data), qsizetype(size)))
        return -1;
    return la_ssize_t(size);
}

} // namespace

ArchiveWriter::ArchiveWriter(const QStringList &paths, const ArchiveFormat &format, BoundedBuffer *output,
                             QObject *parent)
    : ArchiveTask(output, parent)
    , m_paths(paths)
    , m_format(format)
{ }

ArchiveWriter::~ArchiveWriter()
{
    stopAndWait();
}

void ArchiveWriter::setExcluded(const QSet<QString> &paths)
{
    m_excluded.clear();
    for (const QString &path : paths)
        m_excluded.insert(QFile::encodeName(path));
    m_scanned = false;
}

ArchiveError ArchiveWriter::scan()
{
    m_scanned = false;
    m_sources.clear();
    m_scanTotals = {};
    m_topLevelNames.clear();
    m_skipped.clear();

    QSet<QByteArray> names;
    for (const QString &path : std::as_const(m_paths)) {
        // "data/" lands as "data", like cp -r would place it.
        const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        const QFileInfo info(absolute);
        const QByteArray name = QFile::encodeName(info.fileName());
        if (name.isEmpty())
            return {ArchiveError::Kind::PackFailed, absolute, tr("a whole disk cannot be sent as one item")};
        // A chosen link stands for what it points to (under the link's name): read from there,
        // so that opening its files without following links works.
        const QString resolved = info.isSymLink() ? info.canonicalFilePath() : absolute;
        if (resolved.isEmpty())
            return {ArchiveError::Kind::SourceMissing, absolute, errnoText(ENOENT)};
        const QByteArray diskPath = QFile::encodeName(resolved);
        if (names.contains(name))
            return {ArchiveError::Kind::DuplicateName, QFile::decodeName(name)};
        names.insert(name);

        struct stat st = {};
        if (::stat(diskPath.constData(), &st) != 0)
            return {errno == ENOENT ? ArchiveError::Kind::SourceMissing
                                    : ArchiveError::Kind::SourceUnreadable,
                    absolute, errnoText(errno)};
        if (isSpecial(st.st_mode)) {
            m_skipped.append(absolute);
            continue;
        }

        ArchiveError error = walk(
            diskPath, name, st,
            [this](const QByteArray &child, const QByteArray &, const struct stat &s) {
                if (S_ISREG(s.st_mode)) {
                    ++m_scanTotals.files;
                    m_scanTotals.bytes += s.st_size;
                } else if (S_ISDIR(s.st_mode)) {
                    ++m_scanTotals.folders;
                } else if (S_ISLNK(s.st_mode)) {
                    ++m_scanTotals.symlinks;
                } else {
                    m_skipped.append(shown(child));
                }
                if (isCancelled())
                    return ArchiveError(ArchiveError::Kind::Cancelled);
                return ArchiveError();
            },
            m_excluded);
        if (error)
            return error;
        m_sources.append({diskPath, name});
        m_topLevelNames.append(QFile::decodeName(name));
    }
    m_scanned = true;
    return {};
}

ArchiveError ArchiveWriter::configure(archive *a)
{
    // Restricted pax: plain ustar headers where they suffice, so the oldest tar reads them, and
    // pax extensions only for what ustar cannot say (long or non-ASCII names, huge files).
    if (archive_write_set_format_pax_restricted(a) != ARCHIVE_OK)
        return {ArchiveError::Kind::PackFailed, {}, QString::fromUtf8(archive_error_string(a))};

    const QByteArray level = QByteArray::number(m_format.level());
    int status = ARCHIVE_OK;
    switch (m_format.compression()) {
    case Compression::Zstd:
        status = archive_write_add_filter_zstd(a);
        if (status == ARCHIVE_OK)
            status = archive_write_set_filter_option(a, "zstd", "compression-level", level.constData());
        // One thread means no zstd workers at all: libarchive's threads=1 would still start one.
        if (status == ARCHIVE_OK && m_format.effectiveThreads() > 1) {
            const QByteArray threads = QByteArray::number(m_format.effectiveThreads());
            // Older libarchive or a libzstd without threads: one thread is still correct.
            if (archive_write_set_filter_option(a, "zstd", "threads", threads.constData()) != ARCHIVE_OK)
                qCDebug(lcArchive) << "zstd threads not supported:" << archive_error_string(a);
        }
        break;
    case Compression::Gzip:
        status = archive_write_add_filter_gzip(a);
        if (status == ARCHIVE_OK)
            status = archive_write_set_filter_option(a, "gzip", "compression-level", level.constData());
        break;
    case Compression::None:
        break;
    }
    if (status != ARCHIVE_OK)
        return {ArchiveError::Kind::PackFailed, {}, QString::fromUtf8(archive_error_string(a))};

    // No padding after the last byte: gzip and zstd on the server complain about trailing
    // zeros ("trailing garbage ignored", exit status 2).
    archive_write_set_bytes_in_last_block(a, 1);
    if (archive_write_open2(a, buffer(), nullptr, &writeToBuffer, nullptr, nullptr) != ARCHIVE_OK)
        return writeFailure(a, {});
    return {};
}

ArchiveError ArchiveWriter::run()
{
    if (!m_scanned) {
        if (ArchiveError error = scan())
            return error;
    }
    m_packed = {};
    m_readBuffer.resize(ReadChunk);

    const std::unique_ptr<archive, int (*)(archive *)> a(archive_write_new(), &archive_write_free);
    const std::unique_ptr<archive_entry, void (*)(archive_entry *)> entry(archive_entry_new(),
                                                                          &archive_entry_free);
    if (!a || !entry)
        return {ArchiveError::Kind::PackFailed, {}, errnoText(ENOMEM)};
    if (ArchiveError error = configure(a.get())) {
        archive_write_fail(a.get());
        return error;
    }

    for (const Source &source : std::as_const(m_sources)) {
        struct stat st = {};
        if (::stat(source.diskPath.constData(), &st) != 0) {
            archive_write_fail(a.get());
            return {ArchiveError::Kind::SourceMissing, shown(source.diskPath), errnoText(errno)};
        }
        if (isSpecial(st.st_mode))
            continue;
        ArchiveError error = walk(
            source.diskPath, source.name, st,
            [&](const QByteArray &diskPath, const QByteArray &name, const struct stat &s) {
                return packNode(a.get(), entry.get(), diskPath, name, s);
            },
            m_excluded);
        if (error) {
            // Nothing more may reach the buffer: closing would flush a valid-looking end.
            archive_write_fail(a.get());
            return error;
        }
    }

    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return writeFailure(a.get(), {});
    buffer()->closeWriting();
    qCDebug(lcArchive) << "packed" << m_packed.files << "files," << m_packed.folders << "folders,"
                       << m_packed.bytes << "bytes into" << buffer()->bytesWritten() << "bytes of"
                       << m_format.name();
    return {};
}

ArchiveError ArchiveWriter::packNode(archive *a, archive_entry *entry, const QByteArray &diskPath,
                                     const QByteArray &name, const struct stat &st)
{
    if (isCancelled())
        return ArchiveError(ArchiveError::Kind::Cancelled);
    if (isSpecial(st.st_mode))
        return {};
    if (S_ISREG(st.st_mode))
        return packFile(a, entry, diskPath, name, st);

    archive_entry_clear(entry);
    archive_entry_copy_pathname(entry, name.constData());
    archive_entry_set_mtime(entry, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    if (S_ISDIR(st.st_mode)) {
        archive_entry_set_filetype(entry, AE_IFDIR);
        archive_entry_set_perm(entry, st.st_mode & 07777);
    } else {
        QByteArray target(qsizetype(std::max<off_t>(st.st_size, 0)) + 1, Qt::Uninitialized);
        ssize_t length = 0;
        // st_size may be stale or 0 (some file systems): grow until the whole target fits.
        while ((length = ::readlink(diskPath.constData(), target.data(), size_t(target.size())))
               >= ssize_t(target.size()))
            target.resize(target.size() * 2);
        if (length < 0)
            return {ArchiveError::Kind::SourceUnreadable, shown(diskPath), errnoText(errno)};
        target.truncate(qsizetype(length));
        archive_entry_set_filetype(entry, AE_IFLNK);
        archive_entry_set_perm(entry, 0777);
        archive_entry_copy_symlink(entry, target.constData());
    }
    if (archive_write_header(a, entry) < ARCHIVE_WARN)
        return writeFailure(a, diskPath);
    if (S_ISDIR(st.st_mode))
        ++m_packed.folders;
    else
        ++m_packed.symlinks;
    return {};
}

ArchiveError ArchiveWriter::packFile(archive *a, archive_entry *entry, const QByteArray &diskPath,
                                     const QByteArray &name, const struct stat &listed)
{
    // O_NOFOLLOW: the walk saw a file; if a link took its place since, that is a change.
    const int fd = ::open(diskPath.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ELOOP)
            return {ArchiveError::Kind::SourceChanged, shown(diskPath)};
        return {errno == ENOENT ? ArchiveError::Kind::SourceMissing : ArchiveError::Kind::SourceUnreadable,
                shown(diskPath), errnoText(errno)};
    }
    const FileDescriptor closer {fd};

    struct stat before = {};
    if (::fstat(fd, &before) != 0)
        return {ArchiveError::Kind::SourceUnreadable, shown(diskPath), errnoText(errno)};
    if (!S_ISREG(before.st_mode) || before.st_ino != listed.st_ino || before.st_dev != listed.st_dev)
        return {ArchiveError::Kind::SourceChanged, shown(diskPath)};
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);

    archive_entry_clear(entry);
    archive_entry_copy_pathname(entry, name.constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, before.st_mode & 07777);
    archive_entry_set_size(entry, before.st_size);
    archive_entry_set_mtime(entry, before.st_mtim.tv_sec, before.st_mtim.tv_nsec);
    if (archive_write_header(a, entry) < ARCHIVE_WARN)
        return writeFailure(a, diskPath);

    // The header already promised st_size bytes: a file that shrinks or grows from here on
    // would make the archive lie, so it is an error rather than a warning as in GNU tar.
    qint64 remaining = before.st_size;
    while (remaining > 0) {
        if (isCancelled())
            return ArchiveError(ArchiveError::Kind::Cancelled);
        const ssize_t n = ::read(fd, m_readBuffer.data(), size_t(std::min<qint64>(remaining, ReadChunk)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return {ArchiveError::Kind::SourceUnreadable, shown(diskPath), errnoText(errno)};
        }
        if (n == 0)
            return {ArchiveError::Kind::SourceChanged, shown(diskPath)};
        if (archive_write_data(a, m_readBuffer.data(), size_t(n)) != n)
            return writeFailure(a, diskPath);
        remaining -= n;
        addProgress(n, 0);
    }
    char probe = 0;
    ssize_t extra = 0;
    do {
        extra = ::read(fd, &probe, 1);
    } while (extra < 0 && errno == EINTR);
    struct stat after = {};
    if (extra != 0 || ::fstat(fd, &after) != 0 || after.st_size != before.st_size
        || after.st_mtim.tv_sec != before.st_mtim.tv_sec || after.st_mtim.tv_nsec != before.st_mtim.tv_nsec)
        return {ArchiveError::Kind::SourceChanged, shown(diskPath)};

    ++m_packed.files;
    m_packed.bytes += before.st_size;
    addProgress(0, 1);
    return {};
}

ArchiveError ArchiveWriter::writeFailure(archive *a, const QByteArray &diskPath) const
{
    if (isCancelled())
        return ArchiveError(ArchiveError::Kind::Cancelled);
    if (buffer()->isAborted())
        return {ArchiveError::Kind::StreamFailed, shown(diskPath), buffer()->abortReason()};
    const char *text = archive_error_string(a);
    return {ArchiveError::Kind::PackFailed, shown(diskPath),
            text ? QString::fromUtf8(text) : tr("unknown error in the archive library")};
}

} // namespace fornax
