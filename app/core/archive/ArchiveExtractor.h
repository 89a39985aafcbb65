#pragma once

#include "archive/ArchiveTask.h"
#include "archive/ArchiveTotals.h"
#include "archive/PlacementOperation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

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
 * Everything is first extracted into a hidden temporary folder inside the target folder
 * (`.fornax-partial-XXXXXX`: same file system, so the final moves are renames, and only where the
 * user may write anyway; registered and locked, so a run that dies leaves nothing the next start
 * does not clean, PartialFolders). Only when the whole stream has been read, every entry checked,
 * the counts match what the sender announced and (on request) every file's SHA-256 matches, are
 * the items moved into place by LocalPlacement, following the operations of the job's
 * MergePlan (by default: each top-level item as a new one, kept beside an existing name).
 *
 * Refused as a whole, naming the entry, with nothing placed: an entry whose top-level name was
 * not asked for (setAllowedNames()), an absolute path or a ".." component, a device, fifo or
 * socket, a name longer than the file system allows, an entry written through a symbolic link,
 * a hard link to anything but a file extracted before it, and a stream holding more than 1.1
 * times the announced bytes or entries (it stops there, before the disk fills). Symbolic links
 * that point outside the extraction root (absolute ones, ones that climb out by name, or through
 * other links once on disk) are not created: skipped, and named by skippedLinks(). On any
 * failure or cancel the temporary folder is removed and the target folder is left exactly as it
 * was. Modes are kept without setuid/setgid/sticky bits and through the user's umask (as tar
 * does for users); modification times are kept; ownership is not restored.
 */
class ArchiveExtractor : public ArchiveTask
{
    Q_OBJECT

public:
    struct Placement
    {
        QString name; // the top-level name in the archive
        QString placedAs; // the name in the target folder
    };

    ArchiveExtractor(BoundedBuffer *input, const QString &targetFolder, QObject *parent = nullptr);
    ~ArchiveExtractor() override;

    QString targetFolder() const { return m_targetFolder; }

    // Before start(): how the items are placed (paths relative to the target folder). Without it,
    // each top-level item is placed as a new one (kept beside a name that exists).
    void setOperations(const QList<PlacementOperation> &operations) { m_operations = operations; }
    // Before start(): the only top-level names the archive may hold. Empty: any.
    void setAllowedNames(const QStringList &names);
    // Before start(): what the sender counted. If set, an archive whose totals differ is
    // refused as Incomplete before anything is moved into place, and one that holds more than
    // 1.1 times the bytes or entries is stopped as soon as it does.
    void setExpectedTotals(const ArchiveTotals &totals) { m_expected = totals; }
    // Before start(): SHA-256 (hex) of files by path ("data/a.csv"); any that differs or is
    // missing refuses the archive before anything is placed.
    void setExpectedChecksums(const QHash<QString, QByteArray> &sums) { m_expectedSums = sums; }

    // What the archive held (skipped links included); valid once finished without error.
    ArchiveTotals extracted() const { return m_totals; }
    // The top-level items and the names they got, in archive order; valid once finished.
    QList<Placement> placements() const { return m_placements; }
    // "data/latest" -> the link's target: links not created because they point outside.
    QMap<QString, QString> skippedLinks() const { return m_skippedLinks; }
    // "run/control" -> "named pipe": entries not created because they hold no data.
    QMap<QString, QString> skippedSpecial() const { return m_skippedSpecial; }
    // Paths (relative to the target) that arrived under another name -> that name's path.
    QMap<QString, QString> renamed() const { return m_renamed; }
    // Paths of replaced items -> where the old item went in the trash.
    QMap<QString, QString> trashed() const { return m_trashed; }

    // "name (n).ext" for a file ("data (2).tar.gz", "notes (2)" for a folder or ".bashrc (2)").
    static QString keepBothName(const QString &name, int n, bool isFolder);
    // The same with any label in the parentheses ("notes (replaced 2026-12-07 0831).txt").
    static QString keepBothName(const QString &name, const QString &label, bool isFolder);
    // name, or for a name so long that keepBothName() would pass the 255 bytes a name may have,
    // name with its stem shortened (its suffix kept) so that it fits with any label.
    static QString keepBothBase(const QString &name, bool isFolder);
    // What a copy kept beside name is called: keepBothName(keepBothBase(name), n).
    static QString keptBothName(const QString &name, int n, bool isFolder);

protected:
    ArchiveError run() override;

private:
    struct TopLevel
    {
        QByteArray name;
        bool isFolder = false;
    };
    struct FolderTime
    {
        qint64 seconds = 0;
        long nanoseconds = 0;
    };

    ArchiveError prepareTarget();
    ArchiveError extractAll();
    ArchiveError extractEntry(archive *reader, archive *writer, archive_entry *entry);
    // Checks a name from the archive and makes it relative ("./a//b/" -> "a/b"). An empty
    // result is the archive's root itself.
    ArchiveError normalize(const QByteArray &raw, QByteArray *relative) const;
    ArchiveError checkParents(const QByteArray &relative, const QString &shownName) const;
    bool underSkippedLink(const QByteArray &relative) const;
    bool resolvesInside(const QByteArray &linkRelative) const;
    void dropLinksOutside();
    ArchiveError readFailure(archive *reader) const;
    ArchiveError drainInput();
    ArchiveError checkTotals() const;
    ArchiveError checkSums() const;
    ArchiveError placeAll();
    void releaseTemp();
    QByteArray inTemp(const QByteArray &relative) const { return m_tempPath + '/' + relative; }

    QString m_targetFolder;
    QList<PlacementOperation> m_operations;
    QSet<QByteArray> m_allowed;
    std::optional<ArchiveTotals> m_expected;
    QHash<QString, QByteArray> m_expectedSums;

    // Worker thread only.
    QByteArray m_rootPath; // canonical target folder
    QByteArray m_partialPath; // the .fornax-partial-XXXXXX folder
    QByteArray m_tempPath; // its tree: the extraction root
    QString m_registryEntry;
    int m_lockFd = -1;
    bool m_keepPartial = false;
    long m_nameMax = 255;
    qint64 m_bytesSeen = 0;
    qint64 m_entriesSeen = 0;
    std::vector<QByteArray> m_symlinks;
    QSet<QByteArray> m_skippedLinkPaths;
    QList<TopLevel> m_topLevel;
    QHash<QByteArray, qsizetype> m_topLevelIndex;
    QHash<QByteArray, FolderTime> m_folderTimes;

    ArchiveTotals m_totals;
    QList<Placement> m_placements;
    QMap<QString, QString> m_skippedLinks;
    QMap<QString, QString> m_skippedSpecial;
    QMap<QString, QString> m_renamed;
    QMap<QString, QString> m_trashed;
};

} // namespace fornax
