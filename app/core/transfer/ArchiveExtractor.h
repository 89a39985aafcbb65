#pragma once

#include "ArchiveTask.h"
#include "ArchiveTotals.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

struct archive;
struct archive_entry;

namespace fornax {

/**
 * Extracts a compressed tar stream, read from a BoundedBuffer on a worker thread, safely into
 * a download folder: all of it or nothing.
 *
 * Everything is first extracted into a hidden temporary folder inside the target folder (same
 * file system, so the final move is a rename, and only where the user may write anyway). Only
 * when the whole stream has been read, every entry checked, and the counts match what the
 * sender announced, are the archive's top-level items moved into place one by one; an item
 * whose name already exists goes through the conflict policy (keep both by default, never an
 * unasked overwrite). The whole archive is refused, naming the entry, if any entry has an
 * absolute path or a ".." component, is a device, fifo or socket, has a name longer than the
 * file system allows, would be written through a symbolic link, is a hard link to anything but
 * a file extracted before it, or is a symbolic link that resolves outside the extraction root
 * (checked by name as it arrives and again on disk before anything is moved). On any failure
 * or cancel the temporary folder is removed and items already moved are taken back, so the
 * target folder is left exactly as it was. Modes are kept without setuid/setgid/sticky bits and
 * through the user's umask (as tar does for users); modification times are kept; ownership is
 * not restored.
 */
class ArchiveExtractor : public ArchiveTask
{
    Q_OBJECT

public:
    enum class ConflictAction {
        KeepBoth, // place the new item as "name (2).ext"
        Skip, // keep what is there, drop the new item
        Overwrite, // replace what is there (a folder is replaced, not merged)
        Cancel, // stop: nothing is placed, the target stays as it was
    };
    Q_ENUM(ConflictAction)

    struct Conflict
    {
        QString name; // the top-level name in the archive
        QString existingPath;
        bool existingIsFolder = false;
        bool incomingIsFolder = false;
    };
    // Called on the worker thread, once per conflicting top-level name, after the whole
    // archive was extracted and checked. It may block (e.g. ask the user through a
    // BlockingQueuedConnection); cancel() does not interrupt it.
    using ConflictPolicy = std::function<ConflictAction(const Conflict &)>;

    struct Placement
    {
        QString name; // the top-level name in the archive
        QString placedAs; // the name in the target folder; empty if skipped
        bool skipped = false;
        bool replaced = false;
    };

    ArchiveExtractor(BoundedBuffer *input, const QString &targetFolder, QObject *parent = nullptr);
    ~ArchiveExtractor() override;

    QString targetFolder() const { return m_targetFolder; }

    // Before start(). Without a policy every conflict is resolved by KeepBoth.
    void setConflictPolicy(ConflictPolicy policy) { m_policy = std::move(policy); }
    // Before start(): what the sender counted. If set, an archive whose totals differ is
    // refused as Incomplete before anything is moved into place.
    void setExpectedTotals(const ArchiveTotals &totals) { m_expected = totals; }

    // What the archive held; valid once finished without error.
    ArchiveTotals extracted() const { return m_totals; }
    // What happened to each top-level item, in archive order; valid once finished.
    QList<Placement> placements() const { return m_placements; }

    // "name (n).ext" for a file ("data (2).tar.gz", "notes (2)" for a folder or ".bashrc (2)").
    static QString keepBothName(const QString &name, int n, bool isFolder);

protected:
    ArchiveError run() override;

private:
    struct TopLevel
    {
        QByteArray name;
        bool isFolder = false;
        bool hasTime = false;
        qint64 mtimeSeconds = 0;
        long mtimeNanoseconds = 0;
    };
    struct Moved
    {
        QByteArray placedPath; // where a new item went
        QByteArray backupPath; // where the item it replaced waits (empty if none)
        QByteArray originalPath; // where that item came from
    };

    ArchiveError prepareTarget();
    ArchiveError extractAll();
    ArchiveError extractEntry(archive *reader, archive *writer, archive_entry *entry);
    // Checks a name from the archive and makes it relative ("./a//b/" -> "a/b"). An empty
    // result is the archive's root itself.
    ArchiveError normalize(const QByteArray &raw, QByteArray *relative) const;
    ArchiveError checkParents(const QByteArray &relative, const QString &shownName) const;
    bool resolvesInside(const QByteArray &linkRelative) const;
    ArchiveError readFailure(archive *reader) const;
    ArchiveError drainInput();
    ArchiveError checkTotals() const;
    ArchiveError placeAll();
    void rollBack();
    QByteArray inTemp(const QByteArray &relative) const { return m_tempPath + '/' + relative; }

    QString m_targetFolder;
    ConflictPolicy m_policy;
    std::optional<ArchiveTotals> m_expected;

    // Worker thread only.
    QByteArray m_rootPath; // canonical target folder
    QByteArray m_tempPath;
    QByteArray m_asidePath;
    long m_nameMax = 255;
    std::vector<QByteArray> m_symlinks;
    QList<TopLevel> m_topLevel;
    QHash<QByteArray, qsizetype> m_topLevelIndex;
    QList<Moved> m_moved;

    ArchiveTotals m_totals;
    QList<Placement> m_placements;
};

} // namespace fornax
