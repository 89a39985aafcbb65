#pragma once

#include "archive/ArchiveFormat.h"
#include "archive/ArchiveTask.h"
#include "archive/ArchiveTotals.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QStringList>

#include <vector>

struct archive;
struct archive_entry;
struct stat;

namespace fornax {

/**
 * Packs local files and folders into a compressed tar stream, written into a BoundedBuffer on
 * a worker thread, for an upload.
 *
 * Each chosen path lands under its own name at the root of the archive, as `cp -r` would place
 * it (a chosen symbolic link is followed: the user picked what it points to). Inside the tree,
 * names stay UTF-8, modes and modification times are kept, empty folders are kept, symbolic
 * links stay links (also those pointing outside the tree: the extracting side decides what to
 * accept), and sparse files are stored as plain data. The stream is pax (ustar where that is
 * enough, pax headers for long or non-ASCII names and files over 8 GiB) so GNU tar, BusyBox tar
 * and libarchive all read it. Sockets, fifos and devices are left out and listed by skipped().
 * A file that cannot be read or that changes while it is read fails the whole archive, naming
 * it: a quietly incomplete upload is worse than a clear error. Memory stays bounded whatever
 * the size: one read buffer, the compressor's window, and the BoundedBuffer.
 */
class ArchiveWriter : public ArchiveTask
{
    Q_OBJECT

public:
    ArchiveWriter(const QStringList &paths, const ArchiveFormat &format, BoundedBuffer *output,
                  QObject *parent = nullptr);
    ~ArchiveWriter() override;

    const ArchiveFormat &format() const { return m_format; }
    // Before scan()/start(): archive paths ("data/run1/a.csv", "data/old") left out, with
    // everything below them: what a merge does not send.
    void setExcluded(const QSet<QString> &paths);
    QStringList paths() const { return m_paths; }

    // Walks the chosen paths without reading any file: counts, sizes, the top-level names (for
    // conflict checks on the server) and the items that will be left out. Blocks, and may take
    // a while on a large tree; call it before start() (start() scans if nobody did).
    ArchiveError scan();
    bool isScanned() const { return m_scanned; }
    ArchiveTotals scanned() const { return m_scanTotals; }
    // The names the archive creates at its root, in the order of paths().
    QStringList topLevelNames() const { return m_topLevelNames; }
    // Local paths of the sockets, fifos and devices that are not packed.
    QStringList skipped() const { return m_skipped; }

    // What went into the archive; valid once finished without error. The job compares it with
    // what the server counts after unpacking.
    ArchiveTotals packed() const { return m_packed; }

protected:
    ArchiveError run() override;

private:
    struct Source
    {
        QByteArray diskPath; // absolute, native encoding
        QByteArray name; // top-level name in the archive
    };

    ArchiveError configure(archive *a);
    ArchiveError packNode(archive *a, archive_entry *entry, const QByteArray &diskPath,
                          const QByteArray &name, const struct stat &st);
    ArchiveError packFile(archive *a, archive_entry *entry, const QByteArray &diskPath,
                          const QByteArray &name, const struct stat &listed);
    ArchiveError writeFailure(archive *a, const QByteArray &diskPath) const;

    QStringList m_paths;
    ArchiveFormat m_format;
    QSet<QByteArray> m_excluded;
    QList<Source> m_sources;
    bool m_scanned = false;
    ArchiveTotals m_scanTotals;
    QStringList m_topLevelNames;
    QStringList m_skipped;
    ArchiveTotals m_packed;
    std::vector<char> m_readBuffer; // worker thread only
};

} // namespace fornax
