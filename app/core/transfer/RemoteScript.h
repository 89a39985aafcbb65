#pragma once

#include "archive/ArchiveFormat.h"
#include "archive/ArchiveTotals.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace fornax {

/**
 * The shell scripts a transfer runs on the user's server, and the readers of what they print.
 *
 * The server offers no transfer API beyond single files, so everything else — probing tar and
 * free space, finding names that already exist, unpacking, packing, counting, cleaning up — is
 * a short POSIX `sh` script. Guarantees every script keeps:
 * - No length limits. A script never travels on a command line: through a terminal it is typed
 *   as base64 and piped into `sh`, over SSH it comes on standard input (command() and
 *   sshCommand()); lists of names travel in files of the job's folder (NameList), never in the
 *   script itself, so neither grows with the number of items.
 * - Names byte for byte. Paths are single-quoted, relative ones written "./name" so a leading
 *   "-" is never an option, and taken exactly as given: never trimmed, never cleaned
 *   ("data " and "a//b" stay what they are). Names are printed with printf, never echo (which
 *   interprets backslashes in dash). Output that carries names goes into files of the job folder
 *   as NUL-separated records; what scripts print is tagged lines of numbers.
 * - One folder. Everything a transfer leaves on the server lives in `fornax-transfers~/<job>`
 *   (hidden from JupyterLab's file browser). Each script of a job marks the folder alive and
 *   holds a shared lock on its `lock` file (flock, where the server has it) while it runs.
 *   cleanup() and the sweep of other jobs' folders in probe() only remove a folder when its
 *   job is provably dead: nobody holds the lock and it was not marked alive for a day, or not
 *   since the server (re)started (its processes and terminal went with the old server). Before
 *   removing one, they finish or undo an interrupted placement (RemotePlacement).
 * - Scripts run under `sh`, not the user's interactive shell, so aliases such as `rm -i` and
 *   exotic login shells cannot change what they do.
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
    // "~/data" and "~" become "data" and "": the scripts already run in the home folder. Nothing
    // else changes: no trimming, no cleaning ("Project " stays "Project "); only trailing
    // slashes go, which name no part of a path.
    static QString relativeToHome(const QString &remotePath);
    // A path as scripts write it: quoted, "./" before a relative one, "." for the home folder.
    static QString shellPath(const QString &remotePath);
    // "a/b/c" -> "a/b" and "c"; "c" -> "" and "c"; "/x" -> "/" and "x".
    static QString parentOf(const QString &relative);
    static QString nameOf(const QString &relative);

    // For a terminal: run from the home folder, the script piped into `sh` (base64 in the
    // command, so nothing in it meets the terminal's line editor; in short lines, so no line
    // limit applies). Its standard input is /dev/null.
    static QString command(const QString &script);
    // For SSH: a short command that reads the script from standard input (sshInput()); anything
    // sent after it is the script's own standard input (a tar stream, a file's content). A script
    // that arrives incomplete is not run (exit 97).
    static QString sshCommand(const QString &script);
    static QByteArray sshInput(const QString &script);

    // The start of every script of a job except the probe: $J (the job folder), $JID; fails
    // with exit 8 when the folder is gone; marks it alive and takes the shared lock.
    static QString jobPrologue(const QString &jobId);

    struct Probe
    {
        Compression compression = Compression::Gzip;
        qint64 freeTargetBytes = -1; // free space where the items will land
        qint64 freeTempBytes = -1; // free space in the home folder, where the archive waits
        bool sameFileSystem = true;
        bool targetExists = false;
        bool targetIsFolder = false;
        bool targetWritable = true; // the user may write there, or may make it writable (owns it)
        bool ok = false;
    };
    // Creates the job's folder, sweeps other jobs' folders that are provably dead (finishing or
    // undoing their interrupted placements first), and reports the tar's best compression and
    // the free space. serverStarted: when the hub says the server started (null: unknown); a
    // folder last marked alive more than ten seconds before it belongs to a server that is gone.
    static QString probe(const QString &jobId, const QString &targetFolder,
                         const QDateTime &serverStarted = {});
    static Probe parseProbe(const QByteArray &output);

    enum class ItemType { Missing, File, Folder, Link, Other };
    struct Item
    {
        ItemType type = ItemType::Missing;
        qint64 size = 0; // of a file; of a folder: the total of its files
        qint64 mtime = 0; // seconds since the epoch
        ArchiveTotals totals; // what packing it would give (a file: one file)
    };
    // The size pass, in one walk of everything (a single `find`, whatever the number of items;
    // a fork per item cost seconds per hundred items on a busy server). Which items: the job
    // files statFiles() wrote, paths inside folder ("" is the home folder). What it found goes
    // into the job file foundFile() as NUL-separated records (TreeListing::parseFound()): each
    // existing item's type, size, time and totals; every symbolic link with its target; and the
    // whole tree of the items in listed.
    static QString statItems(const QString &jobId, const QString &folder);
    // Job file name -> content for statItems(): paths as the script sees them ("./name",
    // "./a/b/name" or "/abs/name").
    static QMap<QString, QByteArray> statFiles(const QStringList &paths, const QStringList &listed);

    // Feeds the uploaded parts, as they arrive, into `tar -x` inside the job's staging folder
    // (removing each once read, so the archive never takes twice its space) until the end
    // marker is there, then prints the totals found in the staging folder. Modes arrive without
    // group and other write and without setuid and setgid (extractionMask()).
    static QString unpack(const QString &jobId, const QString &archiveName, const ArchiveFormat &format);
    static std::optional<ArchiveTotals> parseTotals(const QByteArray &output);
    // The extraction's umask and the chmod pass after it, for unpack() and StreamScript.
    static QString extractionUmask();
    static QString extractionMaskPass(const QString &folder);
    // The staged totals as "T <files> <folders> <links> <bytes>", counted in folder.
    static QString countStaged(const QString &folder);

    // Packs into the job's folder what the job file packSpecFile() names (RemotePacking) and
    // prints the archive's size in bytes.
    static QString pack(const QString &jobId, const QString &archiveName, const ArchiveFormat &format);
    static std::optional<qint64> parseArchiveSize(const QByteArray &output);

    // sha256 of every file staged (upload), or of what the pack spec names (download), into
    // the job file sumsFile() as `sha256sum -z` records ("<hex>  ./<path>" NUL).
    static QString stagedChecksums(const QString &jobId);
    static QString checksums(const QString &jobId);
    // sha256 of the files the NUL list in listFile names, inside folder.
    static QString checksumsOf(const QString &jobId, const QString &folder, const QString &listFile);
    static QHash<QString, QByteArray> parseChecksums(const QByteArray &records);

    // Writes standard input into a file of the job folder (SSH's way to send a file).
    static QString writeFile(const QString &jobId, const QString &name);
    // Prints a file of the job folder (SSH's way to fetch one).
    static QString readFile(const QString &jobId, const QString &name);

    // Waits for the job's other scripts to end, finishes or undoes an interrupted placement,
    // removes the job's folder, and the transfers folder itself when it is empty.
    static QString cleanup(const QString &jobId);
    // cleanup() without its variables and library, for a script that has both already.
    static QString cleanupSteps();

    // The staging folder's name inside the job folder.
    static QString stagingName() { return QStringLiteral("staged"); }
    // The file, in the job's folder, that says every part of the upload is there.
    static QString endMarkerName() { return QStringLiteral("upload.end"); }
    static QString namesFile() { return QStringLiteral("names"); }
    static QString foundFile() { return QStringLiteral("found"); }
    static QString packSpecFile() { return QStringLiteral("packspec"); }
    static QString sumsFile() { return QStringLiteral("sums"); }
};

} // namespace fornax
