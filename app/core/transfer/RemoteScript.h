#pragma once

#include "ArchiveFormat.h"
#include "ArchiveTotals.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fornax {

/**
 * The shell scripts a transfer runs on the user's server, and the readers of what they print.
 *
 * The server offers no transfer API beyond single files, so everything else — probing tar and
 * free space, finding names that already exist, unpacking, packing, counting, cleaning up — is
 * a short POSIX `sh` script run through a terminal. Scripts run under `sh -c` rather than the
 * user's interactive shell, so aliases such as `rm -i` and exotic login shells cannot change
 * what they do. Every path is single-quoted; paths are taken relative to the home folder
 * (absolute ones as they are). The output is line-based with a one-letter tag per line and
 * numbers before names, so a name with spaces or a hostile name cannot be read as a field.
 * Everything a transfer leaves on the server lives in one folder of the home that JupyterLab's
 * file browser hides, `fornax-transfers~/<job>`, which cleanup() removes.
 */
class RemoteScript
{
public:
    // The hidden folder of all transfers, relative to the home folder.
    static QString transfersFolder();
    // This job's folder, relative to the home folder.
    static QString jobFolder(const QString &jobId);

    // POSIX single quotes: safe for any string, including quotes, newlines and "$(...)".
    static QString quote(const QString &text);
    // "~/data" and "~" become "data" and "": the scripts already run in the home folder.
    static QString relativeToHome(const QString &remotePath);
    // Wraps a script for the terminal: `sh -c '<script>'`, run from the home folder.
    static QString command(const QString &script);

    struct Probe
    {
        Compression compression = Compression::Gzip;
        qint64 freeTargetBytes = -1; // free space where the items will land
        qint64 freeTempBytes = -1; // free space in the home folder, where the archive waits
        bool sameFileSystem = true;
        bool targetExists = false;
        bool targetIsFolder = false;
        bool ok = false;
    };
    // Creates the job's folder, removes other jobs' folders older than a day (left by a crash
    // or a cut connection), and reports the tar's best compression and the free space.
    static QString probe(const QString &jobId, const QString &targetFolder);
    static Probe parseProbe(const QByteArray &output);

    enum class ItemType { Missing, File, Folder, Link, Other };
    struct Item
    {
        ItemType type = ItemType::Missing;
        qint64 size = 0; // of a file; of a folder: the total of its files
        qint64 mtime = 0; // seconds since the epoch
        ArchiveTotals totals; // what packing it would give (a file: one file)
    };
    // For each of paths (inside folder; folder "" is the home folder): whether it exists,
    // its type, size and time, and for folders the totals of their contents.
    static QString statItems(const QString &folder, const QStringList &paths);
    // Index in paths -> item; indexes not printed are missing.
    static QHash<int, Item> parseItems(const QByteArray &output);

    // Feeds the uploaded parts, as they arrive, into `tar -x` inside the job's staging folder
    // (removing each once read, so the archive never takes twice its space) until the end
    // marker is there, then prints the totals found in the staging folder.
    static QString unpack(const QString &jobId, const QString &archiveName, const ArchiveFormat &format);
    static std::optional<ArchiveTotals> parseTotals(const QByteArray &output);

    struct Placement
    {
        QString name; // top-level name in the staging folder
        QStringList candidates; // names to try in the target folder, in order
        bool overwrite = false; // remove what is there first
    };
    // Moves the staged items into targetFolder (created when missing): each under the first
    // of its candidate names that is free, or over the existing one when overwrite is set.
    // Prints "P <index> <placed name>" for each.
    static QString place(const QString &jobId, const QString &targetFolder,
                         const QList<Placement> &placements);
    // Index -> the name it was placed under.
    static QHash<int, QString> parsePlaced(const QByteArray &output);

    // Packs paths (each under its own name, as `cp -r` would) into the job's folder and
    // prints the archive's size in bytes and the totals it holds.
    static QString pack(const QString &jobId, const QStringList &paths, const QString &archiveName,
                        const ArchiveFormat &format);
    static std::optional<qint64> parseArchiveSize(const QByteArray &output);

    // sha256 of every file under the staging folder (upload) or under paths (download), as
    // "<hex>  <relative path>" lines; relative paths start with the top-level name.
    static QString stagedChecksums(const QString &jobId);
    static QString checksums(const QStringList &paths);
    static QHash<QString, QByteArray> parseChecksums(const QByteArray &output);

    // Removes the job's folder, and the transfers folder itself when it is empty.
    static QString cleanup(const QString &jobId);

    // The staging folder's name inside the job folder.
    static QString stagingName() { return QStringLiteral("staged"); }
    // The file, in the job's folder, that says every part of the upload is there.
    static QString endMarkerName() { return QStringLiteral("upload.end"); }
};

} // namespace fornax
