#include "StreamScript.h"

#include "RemoteScript.h"

namespace fornax {

namespace {

constexpr qint64 TarBlock = 512;
constexpr qint64 TarRecord = 20 * TarBlock; // what GNU tar pads the archive's end to

// tar's -C takes the folder each member is relative to; absolute, so that each -C stands alone.
QString memberArguments(const QString &remotePath)
{
    const QString relative = RemoteScript::relativeToHome(remotePath);
    const qsizetype slash = relative.lastIndexOf(QLatin1Char('/'));
    const QString parent = slash < 0 ? QString() : slash == 0 ? QStringLiteral("/") : relative.left(slash);
    const QString name = relative.mid(slash + 1);
    QString folder;
    if (parent.startsWith(QLatin1Char('/')))
        folder = RemoteScript::quote(parent);
    else if (parent.isEmpty())
        folder = QStringLiteral("\"$h\"");
    else
        folder = QStringLiteral("\"$h\"/") + RemoteScript::quote(parent);
    // "./" so that a name starting with "-" is never read as an option.
    return QStringLiteral("-C %1 %2").arg(folder, RemoteScript::quote(QStringLiteral("./") + name));
}

} // namespace

QString StreamScript::unpack(const QString &jobId, const ArchiveFormat &format)
{
    // GNU tar may stop at the end-of-archive blocks without reading the record padding after
    // them; the rest of the stream is read anyway, or the sender would see its data refused.
    return QStringLiteral("cd -- %1 || exit 1\n"
                          "chmod -R u+w %2 2>/dev/null; rm -rf %2; mkdir %2 || exit 1\n"
                          "tar -x -p --no-same-owner %3 -C %2 -f - || exit 5\n"
                          "cat > /dev/null\n"
                          "cd %2 && find . -mindepth 1 -printf '%y %s\\n' | awk '{ if ($1 == \"f\") { "
                          "f++; b += $2 } else if ($1 == \"d\") d++; else if ($1 == \"l\") l++ } END { "
                          "printf \"T %.0f %.0f %.0f %.0f\\n\", f, d, l, b }'\n")
        .arg(RemoteScript::quote(RemoteScript::jobFolder(jobId)),
             RemoteScript::quote(RemoteScript::stagingName()), format.tarFlags().join(QLatin1Char(' ')));
}

QString StreamScript::pack(const QStringList &paths, const ArchiveFormat &format)
{
    QStringList members;
    for (const QString &path : paths)
        members.append(memberArguments(path));
    return QStringLiteral("h=$(pwd)\n"
                          "exec tar -c %1 -f - %2\n")
        .arg(format.tarFlags().join(QLatin1Char(' ')), members.join(QLatin1Char(' ')));
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
