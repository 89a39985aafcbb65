#pragma once

#include "archive/ArchiveFormat.h"
#include "archive/ArchiveTotals.h"
#include "transfer/RemoteScript.h"
#include "transfer/TransferJob.h"
#include "transfer/TreeListing.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

namespace fornax {

class ArchiveExtractor;
class BoundedBuffer;

/**
 * Downloads files and folders from the user's server into a local folder, as one compressed
 * tar stream packed on the server, or — a few files, where packing would only cost time
 * (TransferMethod) — fetched as they are and framed as a tar here: each item lands inside the target folder
 * under its own name, and the target folder is created when missing.
 *
 * Steps: probe the server, measure the chosen items there (a missing one fails the job by
 * name; every symbolic link is listed, and one pointing outside what was chosen is left out and
 * named in leftOut(), not a reason to fail), find the names that already exist locally — a
 * folder that meets a folder merges path by path (MergePlan) — and settle them, refuse what
 * would not fit on this computer, pack on the server exactly what is sent (a skipped file never
 * leaves it), then — its exact size known — wait for the egress check when asked to
 * (setRequiresApproval()), stream it down into safe extraction (only the chosen names, all or
 * nothing, nothing outside the target folder; counts and checksums on request compared before
 * anything is placed), and place atomically per item (LocalPlacement). A download with nothing
 * to send (every item skipped or a link pointing outside) moves no byte and bills nothing.
 * Where the backend's stream packs while it sends (SSH) nothing is packed in advance: the approval is asked
 * for the most the stream can carry (see archiveSize()), and only then does the server's `tar -c` stream
 * through an exec channel into the same safe extraction.
 */
class DownloadJob : public TransferJob
{
    Q_OBJECT

public:
    DownloadJob(HubClient *client, const QUrl &serverUrl, const QStringList &remotePaths,
                const QString &localFolder, QObject *parent = nullptr);
    // Through backend (the job takes it over): the loopback of the unit tests, for one.
    DownloadJob(TransferBackend *backend, const QStringList &remotePaths, const QString &localFolder,
                QObject *parent = nullptr);
    ~DownloadJob() override;

    QStringList remotePaths() const { return m_paths; }
    QString title() const override;
    void setCompression(std::optional<Compression> compression) { m_forcedCompression = compression; }
    // What the chosen items hold on the server, once measured.
    ArchiveTotals remoteTotals() const { return m_expected; }

    // A link at linkPath (relative, starting with its item's name) to target leads outside the
    // items named selected: absolute, climbing above them, or landing beside them.
    static bool pointsOutside(const QString &linkPath, const QString &target, const QSet<QString> &selected);

protected:
    void begin() override;
    void stopWork() override;
    // Fails the job (and returns false) when the local folder cannot take the download.
    bool checkLocalFolderWritable();
    void conflictsResolved() override;
    void approved() override;
    void compareIdentical(const QList<TransferConflict> &candidates,
                          const std::function<void(const QSet<int> &differing)> &done) override;

private:
    void setItems(const QStringList &paths);
    void probed(const QByteArray &output);
    void itemsStated(const QByteArray &found);
    // An item's path as the scripts are given it ("./a/b" or "/abs").
    QString startPoint(int item) const;
    void scanLocalTrees();
    void buildPlan();
    // Chooses the run's way (TransferMethod) from the items being sent; the files to fetch when
    // it is the direct way, else none.
    QList<ArchiveStream::DirectFile> directFiles();
    void measured(qint64 archiveBytes);
    void measuredForApproval();
    void transportFailed(ArchiveStream::Failure failure, const QString &message);
    void extracted();
    QString archiveName() const;

    QStringList m_paths; // relative to the server's home (or absolute)
    QStringList m_names;
    QStringList m_createdFolders; // made by this run for the target, deepest first
    std::optional<Compression> m_forcedCompression;
    ArchiveFormat m_format;
    QHash<int, RemoteScript::Item> m_items;
    QList<int> m_sending;
    ArchiveTotals m_expected;
    QHash<QString, QByteArray> m_remoteSums;
    TreeListing::Found m_found; // links of every item, trees of those that merge
    QHash<int, QList<TreeEntry>> m_localTrees;
    QSet<int> m_outsideItems; // chosen items that are links pointing outside
    QElapsedTimer m_roundTrip;
    qint64 m_roundTripMs = -1;
    std::unique_ptr<BoundedBuffer> m_buffer;
    std::unique_ptr<ArchiveExtractor> m_extractor;
    QPointer<ArchiveStream> m_stream;
};

} // namespace fornax
