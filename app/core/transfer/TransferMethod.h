#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fornax {

/**
 * Which way a job moves its bytes, chosen per job from what is known before any byte moves:
 * the archive (tar + zstd, packed or unpacked on the server: one stream whatever the number of
 * files, compressed) or the direct way (each file as it is: `GET /files/...` for downloads; no
 * packing on the server, nothing to decompress here). The archive wins for many files and for
 * compressible data on a slow link; the direct way wins for a few files on a fast link, and for
 * data that does not compress, where packing is pure cost.
 *
 * Both ways keep the same guarantees (conflicts asked before a byte moves, the egress approval
 * on an exact size, counts and bytes checked before anything is placed, atomic placement): the
 * direct way frames what it fetches as an archive here, so the same extractor checks and
 * places it. The choice and its reason are shown (--verbose, the transfer panel's details), and
 * --method archive|direct overrides it where the override can be honoured.
 */
class TransferMethod
{
    Q_DECLARE_TR_FUNCTIONS(TransferMethod)

public:
    enum class Way { Archive, Direct };

    // What is known before bytes move.
    struct Facts
    {
        bool upload = false;
        qint64 files = 0;
        qint64 folders = 0; // items that are folders (their trees go as a whole)
        qint64 links = 0;
        qint64 bytes = 0;
        // Share of the bytes a compressor would save (0: none, 0.7: to 30 %); -1 unknown.
        double compressibleShare = -1;
        // The measured round trip to the server in ms; -1 unknown.
        qint64 roundTripMs = -1;
        // Whether this run's way to the server can move single files (the Jupyter way can; the
        // SSH way streams an archive only).
        bool directAvailable = true;
    };

    struct Choice
    {
        Way way = Way::Archive;
        QString reason; // a sentence for --verbose and the panel's details
        bool forced = false; // --method decided it
    };

    // Most files the direct way takes; above it one archive saves a request per file.
    static constexpr qint64 DirectMaxFiles = 16;
    // A link at least this slow (round trip) makes compression worth its time for data that
    // compresses.
    static constexpr qint64 SlowLinkMs = 20;
    // Data that saves at least this share when compressed counts as compressible.
    static constexpr double CompressibleShare = 0.3;

    static Choice choose(const Facts &facts, std::optional<Way> forced = std::nullopt);

    // "archive", "direct"; nullopt for anything else.
    static std::optional<Way> fromName(const QString &name);
    static QString name(Way way);
    // A guess at how much a file of this name compresses, before reading it: 0 for formats that
    // are compressed already (.gz, .zst, .fz, images, video), 0.5 for text and tables, -1
    // (unknown) for the rest.
    static double compressibleShareByName(const QString &fileName);
};

} // namespace fornax
