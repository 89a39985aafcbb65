#pragma once

#include "archive/ArchiveFormat.h"
#include "archive/ArchiveTotals.h"
#include "transfer/RemoteScript.h"
#include "transfer/TransferJob.h"

#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>

namespace fornax {

class ArchiveWriter;
class BoundedBuffer;

/**
 * Uploads local files and folders into a folder of the user's server, as one compressed tar
 * stream: each item lands inside the target folder under its own name, as `cp -r` would place
 * it, and the target folder is created when missing.
 *
 * Steps: probe the server (its tar's best compression, free space), count the local items,
 * find the names that already exist in the target folder — and, for a folder that meets a
 * folder, every path inside both — and settle them (MergePlan: conflict policy or the user),
 * refuse what would not fit with both numbers, then pack what is sent (a skipped file is not),
 * send and unpack at the same time (the server reads each numbered part as soon as the next one
 * starts), compare the server's counts with what was packed (and the checksums on request), and
 * only then move the items from the staging folder into place, atomically per item
 * (RemotePlacement). How the archive travels is the backend's (ArchiveStream): numbered parts
 * through the contents API, or over SSH straight into `tar -x` with no archive on disk.
 */
class UploadJob : public TransferJob
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultPartSize = qint64(64) * 1024 * 1024;

    UploadJob(HubClient *client, const QUrl &serverUrl, const QStringList &localPaths,
              const QString &remoteFolder, QObject *parent = nullptr);
    // Through backend (the job takes it over): the loopback of the unit tests, for one.
    UploadJob(TransferBackend *backend, const QStringList &localPaths, const QString &remoteFolder,
              QObject *parent = nullptr);
    ~UploadJob() override;

    QStringList localPaths() const { return m_paths; }
    QString title() const override;

    // For tests and benchmarks: the size of the numbered parts and of each request.
    void setPartSize(qint64 bytes) { m_partSize = bytes; }
    void setChunkSize(qint64 bytes) { m_chunkSize = bytes; }
    // Use this compression whatever the server could read (gzip for old servers' sake in tests).
    void setCompression(std::optional<Compression> compression) { m_forcedCompression = compression; }
    // What was used, once probed.
    Compression compression() const { return m_format.compression(); }

protected:
    void begin() override;
    void stopWork() override;
    void conflictsResolved() override;
    void compareIdentical(const QList<TransferConflict> &candidates,
                          const std::function<void(const QSet<int> &differing)> &done) override;

private:
    void setItems(const QStringList &paths);
    void probed(const QByteArray &output);
    // Whether every item is a file whose name says it is compressed already.
    bool incompressibleByName() const;
    void scanned();
    void remoteItemsStated(const QByteArray &found);
    void buildPlan();
    void checkSpaceAndSend();
    void uploadFinished();
    void transportFailed(ArchiveStream::Failure failure, const QString &message);
    void unpacked(const QByteArray &output);
    void verifyChecksums();
    void placeItems();
    void placed(const QByteArray &output);
    QString archiveName() const;

    QStringList m_paths;
    qint64 m_partSize = DefaultPartSize;
    qint64 m_chunkSize = 0;
    std::optional<Compression> m_forcedCompression;
    ArchiveFormat m_format;
    RemoteScript::Probe m_probe;
    QStringList m_names; // top-level names, parallel to m_paths
    QList<int> m_sending; // indexes of m_paths that are sent
    ArchiveTotals m_scanTotals; // of everything sent
    QList<ArchiveTotals> m_itemTotals; // per item of m_paths
    QHash<int, RemoteScript::Item> m_remote; // what exists on the server, by item
    QHash<int, QList<TreeEntry>> m_remoteTrees; // folders that meet folders
    QHash<int, QList<TreeEntry>> m_localTrees;
    QList<MergePlan::Operation> m_operations; // what placing does, once settled
    QString m_stamp;
    std::unique_ptr<BoundedBuffer> m_buffer;
    std::unique_ptr<ArchiveWriter> m_writer;
    QPointer<ArchiveStream> m_stream;
    bool m_uploaded = false;
    std::optional<ArchiveTotals> m_unpackedTotals;
    QHash<QString, QByteArray> m_localSums;
};

} // namespace fornax
