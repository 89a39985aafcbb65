#include "ArchiveFormat.h"

#include <QRegularExpression>

#include <algorithm>

namespace fornax {

namespace {

int defaultLevel(Compression compression)
{
    switch (compression) {
    case Compression::Zstd:
        return 3;
    case Compression::Gzip:
        return 1;
    case Compression::None:
        break;
    }
    return 0;
}

} // namespace

ArchiveFormat::ArchiveFormat(Compression compression)
    : m_compression(compression)
    , m_level(defaultLevel(compression))
{ }

void ArchiveFormat::setLevel(int level)
{
    switch (m_compression) {
    case Compression::Zstd:
        m_level = std::clamp(level, 1, 19);
        break;
    case Compression::Gzip:
        m_level = std::clamp(level, 1, 9);
        break;
    case Compression::None:
        m_level = 0;
        break;
    }
}

void ArchiveFormat::setThreads(int threads)
{
    m_threads = std::max(threads, 0);
}

int ArchiveFormat::effectiveThreads() const
{
    // Automatic is one: the packer already runs on its own thread beside the sender, one zstd
    // stream at level 3 packs faster than the contents API takes it (about 35 MiB/s), and each
    // zstd worker thread would hold about 50 MiB of job buffers (bench_archive measures it),
    // which alone would break the client's memory budget of 150 MiB.
    if (m_threads > 0)
        return std::min(m_threads, 4);
    return 1;
}

QString ArchiveFormat::name() const
{
    switch (m_compression) {
    case Compression::Zstd:
        return QStringLiteral("zstd");
    case Compression::Gzip:
        return QStringLiteral("gzip");
    case Compression::None:
        break;
    }
    return QStringLiteral("none");
}

QString ArchiveFormat::suffix() const
{
    switch (m_compression) {
    case Compression::Zstd:
        return QStringLiteral(".tar.zst");
    case Compression::Gzip:
        return QStringLiteral(".tar.gz");
    case Compression::None:
        break;
    }
    return QStringLiteral(".tar");
}

QStringList ArchiveFormat::tarFlags() const
{
    switch (m_compression) {
    case Compression::Zstd:
        return {QStringLiteral("--zstd")};
    case Compression::Gzip:
        return {QStringLiteral("-z")};
    case Compression::None:
        break;
    }
    return {};
}

std::optional<Compression> ArchiveFormat::compressionFromName(QStringView name)
{
    const QString lower = name.trimmed().toString().toLower();
    if (lower == QLatin1String("zstd") || lower == QLatin1String("zst"))
        return Compression::Zstd;
    if (lower == QLatin1String("gzip") || lower == QLatin1String("gz"))
        return Compression::Gzip;
    if (lower == QLatin1String("none") || lower == QLatin1String("tar"))
        return Compression::None;
    return std::nullopt;
}

QString ArchiveFormat::serverProbeCommand()
{
    // tar rejects an option it does not know even with --version, which makes the first test
    // safe on old GNU tar and on BusyBox; a tar that knows --zstd still needs the program.
    return QStringLiteral(
        "if tar --zstd --version >/dev/null 2>&1 && command -v zstd >/dev/null 2>&1; "
        "then echo zstd; elif command -v gzip >/dev/null 2>&1; then echo gzip; else echo none; fi");
}

Compression ArchiveFormat::compressionFromProbe(const QString &output)
{
    // The last word counts: a terminal may echo the command or print a banner before it.
    const QStringList words = output.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        if (const auto compression = compressionFromName(words.constLast()))
            return *compression;
    }
    return Compression::Gzip;
}

} // namespace fornax
