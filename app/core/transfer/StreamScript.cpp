#include "StreamScript.h"

#include "transfer/RemoteScript.h"

namespace fornax {

namespace {

constexpr qint64 TarBlock = 512;
constexpr qint64 TarRecord = 20 * TarBlock; // what GNU tar pads the archive's end to

} // namespace

QString StreamScript::unpack(const QString &jobId, const ArchiveFormat &format)
{
    // GNU tar may stop at the end-of-archive blocks without reading the record padding after
    // them; the rest of the stream is read anyway, or the sender would see its data refused.
    return RemoteScript::jobPrologue(jobId)
        + QStringLiteral("cd -- \"$J\" || exit 1\n"
                         "chmod -R u+w staged 2>/dev/null; rm -rf staged; mkdir staged || exit 1\n"
                         "( ")
        + RemoteScript::extractionUmask()
        + QStringLiteral("; exec tar -x --no-same-permissions --no-same-owner ")
        + format.tarFlags().join(QLatin1Char(' '))
        + QStringLiteral(" -C staged -f - ) || exit 5\n"
                         "cat > /dev/null\n")
        + RemoteScript::extractionMaskPass(QStringLiteral("staged"))
        + RemoteScript::countStaged(QStringLiteral("staged"));
}

QString StreamScript::pack(const QString &jobId, const ArchiveFormat &format)
{
    // The members come from the job's pack spec (RemotePacking); tar replaces the shell, so
    // closing the channel's signal reaches it.
    return RemoteScript::jobPrologue(jobId)
        + QStringLiteral("H=$(pwd)\n"
                         ". \"$H/$J/")
        + RemoteScript::packSpecFile()
        + QStringLiteral("\"\n"
                         "exec tar -c ")
        + format.tarFlags().join(QLatin1Char(' ')) + QStringLiteral(" -f - \"$@\"\n");
}

qint64 StreamScript::streamBound(const ArchiveTotals &totals)
{
    const qint64 entries = totals.files + totals.folders + totals.symlinks;
    // Per entry: its header, at most one extended header with its name block(s) (names up to
    // 1 KiB), and the last data block's padding.
    const qint64 perEntry = TarBlock + TarBlock + 2 * TarBlock + (TarBlock - 1);
    const qint64 raw = totals.bytes + entries * perEntry + 2 * TarBlock;
    // Rounded up to whole records, plus zstd's or gzip's framing on data that does not compress
    // (well under 1 per mille).
    const qint64 records = (raw + TarRecord - 1) / TarRecord * TarRecord;
    return records + records / 1000 + 1024;
}

} // namespace fornax
