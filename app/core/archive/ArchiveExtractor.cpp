#include "ArchiveExtractor.h"

#include "BoundedBuffer.h"
#include "Logging.h"
#include "archive/LocalPlacement.h"
#include "archive/PartialFolders.h"

#include <QCryptographicHash>
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
    return keepBothName(name, QString::number(n), isFolder);
}

void ArchiveExtractor::setAllowedNames(const QStringList &names)
{
    m_allowed.clear();
    for (const QString &name : names)
        m_allowed.insert(QFile::encodeName(name));
}

namespace {

// "data.tar.gz" -> "data" and ".tar.gz"; "notes" and ".bashrc" and a folder: no suffix.
std::pair<QString, QString> stemAndSuffix(const QString &name, bool isFolder)
{
    if (isFolder)
        return {name, QString()};
    // Double suffixes people expect to stay together.
    static const QLatin1String compound[] = {QLatin1String(".tar.gz"), QLatin1String(".tar.zst"),
                                             QLatin1String(".tar.bz2"), QLatin1String(".tar.xz")};
    for (const QLatin1String &suffix : compound) {
        if (name.endsWith(suffix, Qt::CaseInsensitive) && name.size() > suffix.size())
            return {name.left(name.size() - suffix.size()), name.right(suffix.size())};
    }
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == name.size() - 1) // ".bashrc", "name."
        return {name, QString()};
    return {name.left(dot), name.mid(dot)};
}

} // namespace

QString ArchiveExtractor::keepBothName(const QString &name, const QString &label, bool isFolder)
{
    const auto [stem, suffix] = stemAndSuffix(name, isFolder);
    return stem + QStringLiteral(" (") + label + QLatin1Char(')') + suffix;
}

QString ArchiveExtractor::keepBothBase(const QString &name, bool isFolder)
{
    // Linux allows 255 bytes per name; " (<label>)" takes at most 40 of them.
    constexpr qsizetype MaxBase = 255 - 40;
    if (name.toUtf8().size() <= MaxBase)
        return name;
    auto [stem, suffix] = stemAndSuffix(name, isFolder);
    while (stem.size() > 1 && (stem + suffix).toUtf8().size() > MaxBase) {
        stem.chop(1);
        if (stem.back().isHighSurrogate()) // never half a character
            stem.chop(1);
    }
    return stem + suffix;
}

QString ArchiveExtractor::keptBothName(const QString &name, int n, bool isFolder)
{
    return keepBothName(keepBothBase(name, isFolder), n, isFolder);
}

ArchiveError ArchiveExtractor::run()
{
    m_totals = {};
    m_placements.clear();
    m_symlinks.clear();
    m_skippedLinkPaths.clear();
    m_skippedLinks.clear();
    m_skippedSpecial.clear();
    m_topLevel.clear();
    m_topLevelIndex.clear();
    m_folderTimes.clear();
    m_renamed.clear();
    m_trashed.clear();
    m_bytesSeen = 0;
    m_entriesSeen = 0;
    m_keepPartial = false;

    // On failure work() aborts the buffer, so a producer does not wait for room forever.
    ArchiveError error = prepareTarget();
    if (!error)
        error = extractAll();
    if (!error)
        error = drainInput();
    if (!error)
        error = checkTotals();
    if (!error)
        error = checkSums();
    if (!error)
        error = placeAll();
    // On success it only holds what was not placed (skipped items, old copies' journal).
    releaseTemp();
    return error;
}

void ArchiveExtractor::releaseTemp()
{
    if (m_partialPath.isEmpty())
        return;
    if (!m_keepPartial) {
        removeTree(m_partialPath);
        PartialFolders::remove(m_registryEntry);
    }
    if (m_lockFd >= 0)
        ::close(m_lockFd);
    m_lockFd = -1;
    m_partialPath.clear();
    m_tempPath.clear();
    m_registryEntry.clear();
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
    m_partialPath = pattern;
    m_lockFd = PartialFolders::lock(m_partialPath);
    m_registryEntry = PartialFolders::add(m_partialPath);
    m_tempPath = LocalPlacement::treeFolder(m_partialPath);
    if (::mkdir(m_tempPath.constData(), 0700) != 0)
        return {ArchiveError::Kind::TargetUnusable, m_targetFolder, errnoText(errno)};
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
            qCDebug(lcArchive) << "archive warning:" << libarchiveText(reader.get());
        if (ArchiveError error = extractEntry(reader.get(), writer.get(), entry))
            return error;
    }
    // Applies the folders' modes and times, which had to wait until their contents were in.
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return {ArchiveError::Kind::WriteFailed, m_targetFolder, libarchiveText(writer.get())};

    dropLinksOutside();
    return {};
}

void ArchiveExtractor::dropLinksOutside()
{
    // Each link resolved on disk: "a -> ." plus "b -> a/x/../.." looks harmless by name and is
    // not. Removing one can change where others lead, so until nothing changes.
    for (bool changed = true; changed;) {
        changed = false;
        for (auto it = m_symlinks.begin(); it != m_symlinks.end();) {
            if (resolvesInside(*it)) {
                ++it;
                continue;
            }
            QByteArray target(PATH_MAX, Qt::Uninitialized);
            const ssize_t n = ::readlink(inTemp(*it).constData(), target.data(), size_t(target.size()));
            m_skippedLinks.insert(shown(*it), n > 0 ? shown(target.left(n)) : QString());
            m_skippedLinkPaths.insert(*it);
            ::unlink(inTemp(*it).constData());
            it = m_symlinks.erase(it);
            changed = true;
        }
    }
}

bool ArchiveExtractor::underSkippedLink(const QByteArray &relative) const
{
    if (m_skippedLinkPaths.isEmpty())
        return false;
    for (qsizetype slash = relative.indexOf('/'); slash > 0; slash = relative.indexOf('/', slash + 1)) {
        if (m_skippedLinkPaths.contains(relative.left(slash)))
            return true;
    }
    return false;
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
    const QByteArray top =
        relative.left(relative.indexOf('/') >= 0 ? relative.indexOf('/') : relative.size());
    // Only what was asked for: a server that adds ".bash_profile" to a download of the home
    // folder's "results" gets the whole archive refused.
    if (!m_allowed.isEmpty() && !m_allowed.contains(top))
        return {ArchiveError::Kind::Unrequested, name};
    if (ArchiveError error = checkParents(relative, name))
        return error;
    if (underSkippedLink(relative))
        return {ArchiveError::Kind::ThroughLink, name};
    if (type == AE_IFIFO && !hardlink) {
        // A program's named pipe holds no data: it is never created here, it is named, and the
        // rest goes on (it failed the whole download). The sender counts only files, folders
        // and links, so it is not one of the announced entries either; the stream's own size
        // bounds how many can come. (tar leaves sockets out itself; devices still refuse it.)
        m_skippedSpecial.insert(shown(relative), tr("named pipe"));
        return {};
    }
    if (m_expected) {
        const qint64 announced = m_expected->files + m_expected->folders + m_expected->symlinks;
        if (++m_entriesSeen > announced + announced / 10 + 1)
            return {ArchiveError::Kind::TooMuchData, name,
                    tr("more entries than the %n announced", nullptr, int(announced))};
    }

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
            // By name first; resolvesInside() checks links through links once all are on disk.
            // A link out of what was downloaded is not created: skipped and named, the rest goes on.
            bool outside = target.startsWith('/');
            QList<QByteArray> stack = components(relative);
            stack.removeLast();
            for (const QByteArray &part : components(target)) {
                if (outside)
                    break;
                if (part != "..")
                    stack.append(part);
                else if (stack.isEmpty())
                    outside = true;
                else
                    stack.removeLast();
            }
            // Landing beside the chosen items (a name that was not asked for) is outside too.
            if (!outside && !m_allowed.isEmpty()
                && (stack.isEmpty() || !m_allowed.contains(stack.constFirst())))
                outside = true;
            if (outside) {
                m_skippedLinks.insert(shown(relative), shown(target));
                m_skippedLinkPaths.insert(relative);
                ++m_totals.symlinks;
                return {};
            }
            m_symlinks.push_back(relative);
            break;
        }
        default:
            return {ArchiveError::Kind::SpecialFile, name};
        }
    }

    if (!m_topLevelIndex.contains(top)) {
        m_topLevelIndex.insert(top, m_topLevel.size());
        m_topLevel.append({top, true});
    }
    if (top == relative)
        m_topLevel[m_topLevelIndex.value(top)].isFolder = type == AE_IFDIR && !hardlink;
    if (type == AE_IFDIR && !hardlink && archive_entry_mtime_is_set(entry))
        m_folderTimes.insert(relative, {archive_entry_mtime(entry), archive_entry_mtime_nsec(entry)});

    archive_entry_copy_pathname(entry, inTemp(relative).constData());
    archive_entry_set_perm(entry, archive_entry_perm(entry) & ~mode_t(S_ISUID | S_ISGID));

    const int headerStatus = archive_write_header(writer, entry);
    if (headerStatus < ARCHIVE_WARN)
        return {ArchiveError::Kind::WriteFailed, name, libarchiveText(writer)};
    if (headerStatus == ARCHIVE_WARN)
        qCDebug(lcArchive) << "extraction warning:" << libarchiveText(writer);

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
            m_bytesSeen += qint64(size);
            // Stops as soon as the stream holds more than announced, before it fills the disk.
            if (m_expected && m_bytesSeen > m_expected->bytes + m_expected->bytes / 10)
                return {ArchiveError::Kind::TooMuchData, name,
                        tr("more than the %1 bytes announced").arg(QString::number(m_expected->bytes))};
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
    return m_allowed.isEmpty() || (!resolved.isEmpty() && m_allowed.contains(resolved.constFirst()));
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

ArchiveError ArchiveExtractor::checkSums() const
{
    for (auto it = m_expectedSums.cbegin(); it != m_expectedSums.cend(); ++it) {
        if (isCancelled())
            return ArchiveError(ArchiveError::Kind::Cancelled);
        QFile file(QFile::decodeName(inTemp(QFile::encodeName(it.key()))));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file) || hash.result().toHex() != it.value())
            return {ArchiveError::Kind::ChecksumMismatch, it.key()};
    }
    return {};
}

ArchiveError ArchiveExtractor::placeAll()
{
    if (isCancelled())
        return ArchiveError(ArchiveError::Kind::Cancelled);
    QList<PlacementOperation> operations = m_operations;
    if (operations.isEmpty()) {
        for (const TopLevel &item : std::as_const(m_topLevel))
            operations.append({PlacementOperation::Kind::New, -1, shown(item.name), item.isFolder});
    }
    LocalPlacement placement(m_partialPath, m_rootPath);
    if (ArchiveError error = placement.run(operations)) {
        // What could not be put back stays for the next start to finish (PartialFolders).
        m_keepPartial = placement.keepsPartial();
        return error;
    }
    const QHash<int, QString> renamedTo = placement.renamedTo();
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const PlacementOperation &operation = operations.at(i);
        const qsizetype slash = operation.path.lastIndexOf(QLatin1Char('/'));
        const QString finalPath = renamedTo.contains(int(i))
            ? operation.path.left(slash + 1) + renamedTo.value(int(i))
            : operation.path;
        if (finalPath != operation.path)
            m_renamed.insert(operation.path, finalPath);
        // Moving a folder to a new parent may touch its time; the archive's time wins.
        const auto time = m_folderTimes.constFind(QFile::encodeName(operation.path));
        if (time != m_folderTimes.cend()) {
            const struct timespec times[2] = {{time_t(time->seconds), time->nanoseconds},
                                              {time_t(time->seconds), time->nanoseconds}};
            ::utimensat(AT_FDCWD, QByteArray(m_rootPath + '/' + QFile::encodeName(finalPath)).constData(),
                        times, AT_SYMLINK_NOFOLLOW);
        }
    }
    m_trashed = placement.trashed();
    for (const TopLevel &item : std::as_const(m_topLevel)) {
        const QString name = shown(item.name);
        m_placements.append({name, m_renamed.value(name, name)});
    }
    return {};
}

} // namespace fornax
