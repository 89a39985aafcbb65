#include "TransferMethod.h"

#include <QFileInfo>
#include <QSet>

namespace fornax {

TransferMethod::Choice TransferMethod::choose(const Facts &facts, std::optional<Way> forced)
{
    if (facts.upload) {
        // Uploads go as one archive: unpacked on the server as it arrives, it already beats
        // per-file requests at every shape measured (bench_transfer).
        if (forced == Way::Direct)
            return {Way::Archive,
                    tr("--method direct is for downloads in this version; the upload goes as one archive."),
                    true};
        return {Way::Archive, tr("Uploads go as one archive, unpacked on the server while it arrives."),
                forced.has_value()};
    }
    if (forced == Way::Archive)
        return {Way::Archive, tr("--method archive asked for the archive."), true};
    if (!facts.directAvailable)
        return {Way::Archive,
                forced ? tr("--method direct cannot be honoured over SSH, which streams one archive; the "
                            "archive is used.")
                       : tr("Over SSH the archive streams straight out of the server's tar."),
                forced.has_value()};
    if (forced == Way::Direct) {
        if (facts.folders > 0 || facts.links > 0)
            return {Way::Archive,
                    tr("--method direct takes files only; folders and links go in the archive."), true};
        return {Way::Direct, tr("--method direct asked for the direct way."), true};
    }
    if (facts.folders > 0 || facts.links > 0)
        return {Way::Archive, tr("Folders and links go as one archive, which keeps them whole.")};
    if (facts.files > DirectMaxFiles)
        return {Way::Archive,
                tr("%n files: one archive saves a request per file.", nullptr, int(facts.files))};
    const bool slow = facts.roundTripMs >= SlowLinkMs;
    if (slow && facts.compressibleShare >= CompressibleShare)
        return {Way::Archive,
                tr("The data compresses and the link is slow (%1 ms round trip): the archive sends "
                   "fewer bytes.")
                    .arg(facts.roundTripMs)};
    return {Way::Direct,
            tr("%n file(s), no folders: fetched as they are, without packing on the server first.", nullptr,
               int(facts.files))};
}

std::optional<TransferMethod::Way> TransferMethod::fromName(const QString &name)
{
    if (name == QLatin1String("archive"))
        return Way::Archive;
    if (name == QLatin1String("direct"))
        return Way::Direct;
    return std::nullopt;
}

QString TransferMethod::name(Way way)
{
    return way == Way::Direct ? QStringLiteral("direct") : QStringLiteral("archive");
}

double TransferMethod::compressibleShareByName(const QString &fileName)
{
    static const QSet<QString> packed {
        QStringLiteral("gz"),      QStringLiteral("tgz"),  QStringLiteral("zst"),  QStringLiteral("xz"),
        QStringLiteral("bz2"),     QStringLiteral("zip"),  QStringLiteral("fz"),   QStringLiteral("7z"),
        QStringLiteral("png"),     QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("gif"),
        QStringLiteral("mp4"),     QStringLiteral("webm"), QStringLiteral("h5"),   QStringLiteral("nc"),
        QStringLiteral("parquet"), QStringLiteral("bin"),
    };
    static const QSet<QString> text {
        QStringLiteral("csv"),  QStringLiteral("tsv"), QStringLiteral("txt"),   QStringLiteral("json"),
        QStringLiteral("xml"),  QStringLiteral("log"), QStringLiteral("ipynb"), QStringLiteral("py"),
        QStringLiteral("fits"), QStringLiteral("fit"), QStringLiteral("ecsv"),  QStringLiteral("dat"),
        QStringLiteral("tbl"),  QStringLiteral("vot"), QStringLiteral("md"),    QStringLiteral("html"),
    };
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (packed.contains(suffix))
        return 0;
    if (text.contains(suffix))
        return 0.5;
    return -1;
}

} // namespace fornax
