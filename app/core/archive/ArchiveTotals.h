#pragma once

#include <QtGlobal>

namespace fornax {

/**
 * What an archive holds, counted the same way on both ends of a transfer.
 *
 * The packer counts what it wrote, the extractor what it read, the server's shell what it
 * found; a transfer is only called complete when the counts agree. Files are regular files
 * (hard links included), bytes are the sum of their sizes, folders and links are counted
 * apart.
 */
struct ArchiveTotals
{
    qint64 files = 0;
    qint64 folders = 0;
    qint64 symlinks = 0;
    qint64 bytes = 0;

    ArchiveTotals &operator+=(const ArchiveTotals &other)
    {
        files += other.files;
        folders += other.folders;
        symlinks += other.symlinks;
        bytes += other.bytes;
        return *this;
    }
    friend bool operator==(const ArchiveTotals &, const ArchiveTotals &) = default;
};

} // namespace fornax
