#pragma once

#include <QByteArray>
#include <QString>

namespace fornax {

/**
 * The tar framing around a regular file's bytes, made on this computer for a file that crossed
 * the wire as it is (a direct download): what goes before its data (a ustar header, preceded by
 * a GNU long-name entry for a name over 100 bytes), the zeros after it, and the end of the
 * archive. ArchiveExtractor reads the result like any archive the server packed, so a file
 * fetched directly passes through the same safety checks, counts and placement.
 */
class TarHeader
{
public:
    static constexpr qint64 BlockSize = 512;

    // Everything before the data of `name` (a path inside the archive, '/'-separated, UTF-8).
    static QByteArray before(const QString &name, qint64 size, qint64 mtime, int mode = 0644);
    // The zeros that round the data up to a whole block.
    static QByteArray after(qint64 size);
    // The archive's end: two empty blocks.
    static QByteArray end();
    // How many bytes the file adds to the archive, framing included.
    static qint64 entrySize(const QString &name, qint64 size);
};

} // namespace fornax
