#include "FilesStream.h"

#include "BoundedBuffer.h"
#include "archive/TarHeader.h"
#include "hub/HubClient.h"
#include "hub/HubError.h"
#include "jupyter/ContentsTransport.h"

#include <QCoreApplication>
#include <QTimer>

namespace fornax {

FilesStream::FilesStream(HubClient *client, const QUrl &serverUrl, const Context &context, QObject *parent)
    : ArchiveStream(parent)
    , m_client(client)
    , m_serverUrl(serverUrl)
    , m_context(context)
{ }

FilesStream::~FilesStream()
{
    cancel();
}

qint64 FilesStream::framedSize(const QList<DirectFile> &files)
{
    qint64 size = TarHeader::end().size();
    for (const DirectFile &file : files)
        size += TarHeader::entrySize(file.name, file.size);
    return size;
}

void FilesStream::upload(BoundedBuffer *, qint64)
{
    // TransferMethod never chooses the direct way for an upload.
    QTimer::singleShot(0, this, [this] {
        if (!m_cancelled)
            Q_EMIT failed(Failure::Server,
                          QCoreApplication::translate("fornax::TransferJob", "This way cannot upload."));
    });
}

void FilesStream::measure(const ArchiveTotals &)
{
    // Nothing to pack: the sizes are those the job measured. Answered from the event loop, as
    // every stream answers.
    const qint64 size = framedSize(m_context.files);
    QTimer::singleShot(0, this, [this, size] {
        if (!m_cancelled)
            Q_EMIT measured(size);
    });
}

void FilesStream::download(BoundedBuffer *sink, qint64 archiveBytes)
{
    m_sink = sink;
    m_total = archiveBytes;
    m_next = 0;
    m_written = 0;
    fetchNext();
}

bool FilesStream::put(const QByteArray &bytes)
{
    // A header or padding: at most a few KiB, written while the extractor drains the buffer
    // on its own thread, so a full buffer makes room at once.
    if (!m_sink->write(bytes)) {
        Q_EMIT failed(Failure::Cancelled, m_sink->abortReason());
        return false;
    }
    m_written += bytes.size();
    return true;
}

void FilesStream::fetchNext()
{
    if (m_cancelled)
        return;
    if (m_next == m_context.files.size()) {
        if (!put(TarHeader::end()))
            return;
        m_sink->closeWriting();
        Q_EMIT progressed(m_written, m_total);
        Q_EMIT received(m_written);
        return;
    }
    const DirectFile file = m_context.files.at(m_next++);
    if (!put(TarHeader::before(file.name, file.size, file.mtime)))
        return;
    if (m_transport)
        m_transport->deleteLater();
    m_transport = new ContentsTransport(m_client, m_serverUrl, this);
    m_transport->setClosesSink(false);
    const qint64 base = m_written;
    connect(m_transport, &ContentsTransport::progressed, this, [this, base](qint64 done, qint64) {
        Q_EMIT progressed(base + done, m_total);
    });
    connect(m_transport, &ContentsTransport::downloadFinished, this, [this, file](qint64 bytes) {
        m_written += bytes;
        if (put(TarHeader::after(file.size)))
            fetchNext();
    });
    connect(m_transport, &ContentsTransport::transferFailed, this, &FilesStream::transportFailed);
    m_transport->download(file.remotePath, m_sink, file.size);
}

void FilesStream::transportFailed(const HubError &error, const QString &message)
{
    const HubError::Kind kind = error.kind();
    Q_EMIT failed(kind == HubError::Kind::Cancelled ? Failure::Cancelled
                      : kind == HubError::Kind::Forbidden || kind == HubError::Kind::TokenExpired
                      ? Failure::Forbidden
                      : Failure::Network,
                  message);
}

void FilesStream::cancel()
{
    m_cancelled = true;
    if (!m_transport)
        return;
    m_transport->disconnect(this);
    m_transport->cancel();
    m_transport->deleteLater();
    m_transport = nullptr;
}

} // namespace fornax
