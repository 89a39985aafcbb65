#pragma once

#include "transfer/ArchiveStream.h"

#include <QPointer>
#include <QUrl>

namespace fornax {

class ContentsTransport;
class HubClient;
class HubError;

/**
 * ArchiveStream for the direct way (TransferMethod::Way::Direct), downloads only: each of the
 * context's files is fetched as it is with `GET <server>/files/...` (ContentsTransport: bounded
 * memory, resumed with Range after a cut, its size held to the one measured), nothing is packed
 * on the server, and the bytes are framed here as an uncompressed tar (TarHeader). The job's
 * extractor reads that like any archive, so the checks (names asked for only, counts and
 * bytes, checksums with --verify) and the atomic placement are the archive's own.
 *
 * measure() answers the framed archive's exact size from the sizes the job measured (what the
 * egress approval is asked about and the ledger records); a file that changed size since then
 * fails the download before anything is placed.
 */
class FilesStream : public ArchiveStream
{
    Q_OBJECT

public:
    FilesStream(HubClient *client, const QUrl &serverUrl, const Context &context, QObject *parent = nullptr);
    ~FilesStream() override;

    // Archive size of the files, framing included.
    static qint64 framedSize(const QList<DirectFile> &files);

    qint64 stagingRoom(qint64) const override { return 0; }
    bool packsWhileSending() const override { return false; }
    void upload(BoundedBuffer *source, qint64 expectedBytes) override;
    void measure(const ArchiveTotals &expected) override;
    void download(BoundedBuffer *sink, qint64 archiveBytes) override;
    void cancel() override;

private:
    void fetchNext();
    void transportFailed(const HubError &error, const QString &message);
    bool put(const QByteArray &bytes);

    QPointer<HubClient> m_client;
    QUrl m_serverUrl;
    Context m_context;
    ContentsTransport *m_transport = nullptr;
    BoundedBuffer *m_sink = nullptr;
    qsizetype m_next = 0;
    qint64 m_written = 0; // bytes handed to the sink
    qint64 m_total = -1;
    bool m_cancelled = false;
};

} // namespace fornax
