#pragma once

#include "transfer/ArchiveStream.h"

#include <QPointer>
#include <QUrl>

namespace fornax {

class ContentsTransport;
class HubClient;
class HubError;

/**
 * ArchiveStream the Jupyter way, with nothing installed on the server: an upload goes as
 * numbered parts through the contents API (ContentsTransport) while the job's unpack step reads
 * each part as soon as the next one starts, and an end marker says how many parts there are; a
 * download is packed into the job folder first (so its exact size is known before the egress
 * check), then fetched from `/files` with backpressure and resumed after a cut.
 */
class ContentsStream : public ArchiveStream
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultPartSize = qint64(64) * 1024 * 1024;

    ContentsStream(HubClient *client, const QUrl &serverUrl, const Context &context,
                   QObject *parent = nullptr);
    ~ContentsStream() override;

    qint64 stagingRoom(qint64 bytes) const override;
    bool packsWhileSending() const override { return false; }
    void upload(BoundedBuffer *source, qint64 expectedBytes) override;
    void measure(const ArchiveTotals &expected) override;
    void download(BoundedBuffer *sink, qint64 archiveBytes) override;
    void cancel() override;

private:
    ContentsTransport *transport();
    QString archivePath() const;
    void transportFailed(const HubError &error, const QString &message);
    void putEndMarker(int parts);

    QPointer<HubClient> m_client;
    QUrl m_serverUrl;
    Context m_context;
    ContentsTransport *m_transport = nullptr;
    bool m_cancelled = false;
};

} // namespace fornax
