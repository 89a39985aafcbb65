#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace fornax {

// How a transfer's tar stream is compressed. Zstd when the server's tar can read it (several
// times faster than gzip at a similar ratio), gzip everywhere else.
enum class Compression {
    Zstd,
    Gzip,
    None,
};

/**
 * The shape of an archive on the wire: a pax tar stream, its compression and how hard to
 * compress, and what the server's `tar` needs to be told to read or write the same thing.
 *
 * The two ends of a transfer must agree without talking to each other: the desktop side packs
 * with libarchive, the server side runs `tar` through a shell. This class is that agreement:
 * the file suffix, the `tar` flags, and a probe the server runs once to say whether its tar
 * can read zstd.
 */
class ArchiveFormat
{
public:
    explicit ArchiveFormat(Compression compression = Compression::Zstd);

    Compression compression() const { return m_compression; }

    // Compression level: zstd 1..19 (default 3, what the zstd tool uses), gzip 1..9 (default
    // 1: gzip is the slow path already, and the network is rarely faster than gzip -1).
    int level() const { return m_level; }
    void setLevel(int level);
    // Compressor threads (zstd only); 0 picks from the machine's cores.
    int threads() const { return m_threads; }
    void setThreads(int threads);
    // What threads() means here: 1 to 4, automatic is 1 or 2.
    int effectiveThreads() const;

    // "zstd", "gzip", "none": for logs, settings and the command line.
    QString name() const;
    // ".tar.zst", ".tar.gz", ".tar".
    QString suffix() const;
    // What GNU tar needs to read or write this compression: {"--zstd"}, {"-z"}, {}.
    QStringList tarFlags() const;

    static std::optional<Compression> compressionFromName(QStringView name);

    // A POSIX shell command that prints "zstd", "gzip" or "none": the best compression the
    // server's tar can read. GNU tar's --zstd also needs the zstd program on the PATH.
    static QString serverProbeCommand();
    // Reads the probe's output (trailing noise allowed); gzip if it says nothing useful.
    static Compression compressionFromProbe(const QString &output);

private:
    Compression m_compression;
    int m_level;
    int m_threads = 0;
};

} // namespace fornax
