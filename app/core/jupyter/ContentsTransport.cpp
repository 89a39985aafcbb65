#include "ContentsTransport.h"

#include "BoundedBuffer.h"
#include "DataSize.h"
#include "Defaults.h"
#include "Logging.h"
#include "hub/HubClient.h"
#include "hub/ReplyLimit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <algorithm>

namespace fornax {

namespace {

// What is read from the network or the source in one go: small enough to keep the event loop
// responsive, large enough not to matter for throughput.
constexpr qsizetype SliceSize = qsizetype(256) * 1024;
// The slowest link an upload's request is given time for before it counts as stalled: 16 KiB/s,
// a poor mobile uplink (an 8 MiB chunk then has about 11 minutes).
constexpr qint64 SlowestUplinkBytesPerSecond = qint64(16) * 1024;

// An invalid URL (which no request carries a token to) for a path that could leave its place.
QUrl below(const QUrl &serverUrl, const QString &prefix, const QString &path)
{
    const auto encoded = HubUrl::encodedPath(path);
    if (!encoded)
        return {};
    return serverUrl.resolved(QUrl(prefix + *encoded));
}

} // namespace

ContentsTransport::ContentsTransport(HubClient *client, const QUrl &serverUrl, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_serverUrl(serverUrl)
{
    if (!m_serverUrl.path().endsWith(QLatin1Char('/')))
        m_serverUrl.setPath(m_serverUrl.path() + QLatin1Char('/'));
    m_retryTimer.setSingleShot(true);
}

HubError ContentsTransport::replyError(QNetworkReply *reply, const QByteArray &body) const
{
    HubError error = HubError::fromReply(reply, body);
    // Replies this class aborts are disconnected first, so a cancelled reply seen here was ended
    // by the transfer timeout: a stalled connection, worth a retry.
    if (error.kind() == HubError::Kind::Cancelled)
        error = HubError(HubError::Kind::Timeout, reply->errorString());
    return error;
}

ContentsTransport::~ContentsTransport()
{
    dropReply();
}

void ContentsTransport::setChunkSize(qint64 bytes)
{
    m_chunkSize = std::max<qint64>(bytes, 1);
}

void ContentsTransport::setMinimumChunkSize(qint64 bytes)
{
    m_minChunkSize = std::max<qint64>(bytes, 1);
}

void ContentsTransport::setPartSize(qint64 bytes)
{
    m_partSize = std::max<qint64>(bytes, 0);
}

QUrl ContentsTransport::contentsUrlFor(const QUrl &serverUrl, const QString &path)
{
    return below(serverUrl, QStringLiteral("api/contents/"), path);
}

QUrl ContentsTransport::contentsUrl(const QString &path) const
{
    return contentsUrlFor(m_serverUrl, path);
}

QUrl ContentsTransport::filesUrlFor(const QUrl &serverUrl, const QString &path)
{
    return below(serverUrl, QStringLiteral("files/"), path);
}

QUrl ContentsTransport::filesUrl(const QString &path) const
{
    return filesUrlFor(m_serverUrl, path);
}

QString ContentsTransport::currentPartPath() const
{
    if (m_partSize <= 0)
        return m_remotePath;
    return m_remotePath + QStringLiteral(".part%1").arg(m_partIndex, 4, 10, QLatin1Char('0'));
}

std::chrono::milliseconds ContentsTransport::backoff() const
{
    return m_retryDelay * (1 << std::clamp(m_retries - 1, 0, 6));
}

void ContentsTransport::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ContentsTransport::fail(const HubError &error, const QString &message)
{
    qCWarning(lcJupyter) << "transfer of" << m_remotePath << "failed:" << error.kindName() << message;
    m_retryTimer.stop();
    disconnect(&m_retryTimer, nullptr, this, nullptr);
    dropReply();
    if (m_buffer) {
        disconnect(m_buffer, nullptr, this, nullptr);
        // Wakes the packer or extractor on the other side, which shows this reason.
        m_buffer->abort(message);
    }
    m_buffer = nullptr;
    m_mode = Mode::Idle;
    Q_EMIT transferFailed(error, message);
}

void ContentsTransport::finishClean()
{
    m_retryTimer.stop();
    disconnect(&m_retryTimer, nullptr, this, nullptr);
    if (m_buffer)
        disconnect(m_buffer, nullptr, this, nullptr);
    m_buffer = nullptr;
    m_mode = Mode::Idle;
}

void ContentsTransport::cancel()
{
    if (m_mode == Mode::Idle)
        return;
    fail(HubError(HubError::Kind::Cancelled), tr("The transfer was cancelled."));
}

// ---- Upload ----

void ContentsTransport::upload(BoundedBuffer *source, const QString &remotePath, qint64 expectedSize)
{
    Q_ASSERT(m_mode == Mode::Idle);
    m_mode = Mode::Upload;
    m_buffer = source;
    m_remotePath = remotePath;
    m_total = expectedSize;
    m_done = 0;
    m_retries = 0;
    m_data.clear();
    m_sourceEnded = false;
    m_partIndex = 1;
    m_partBytes = 0;
    m_chunkNumber = 1;
    m_inFlight = 0;
    m_parts.clear();
    disconnect(&m_retryTimer, nullptr, this, nullptr);
    // Queued even when the packer shares this thread: never re-entered from inside its write.
    connect(source, &BoundedBuffer::readyRead, this, &ContentsTransport::pullSource, Qt::QueuedConnection);
    pullSource();
}

void ContentsTransport::pullSource()
{
    if (m_mode != Mode::Upload || !m_buffer)
        return;
    // One byte more than a chunk: only then is it known whether a chunk is the last of its part.
    const qint64 limit = m_chunkSize + 1;
    char slice[16 * 1024];
    while (!m_sourceEnded && m_data.size() < limit) {
        const qsizetype want = std::min<qsizetype>(limit - m_data.size(), sizeof slice);
        const qsizetype n = m_buffer->tryRead(slice, want);
        if (n > 0) {
            m_data.append(slice, n);
        } else if (n == 0) {
            break; // readyRead() follows
        } else if (m_buffer->isAborted()) {
            const QString reason = m_buffer->abortReason();
            fail(HubError(HubError::Kind::Cancelled, reason),
                 tr("The upload stopped because the archive could not be made: %1").arg(reason));
            return;
        } else {
            m_sourceEnded = true;
        }
    }
    if (!m_reply && !m_retryTimer.isActive())
        sendChunk();
}

void ContentsTransport::sendChunk()
{
    if (m_mode != Mode::Upload)
        return;
    qint64 limit = m_chunkSize;
    if (m_partSize > 0)
        limit = std::min(limit, m_partSize - m_partBytes);
    qint64 length = 0;
    bool endsPart = false;
    if (m_data.size() > limit) {
        length = limit;
        endsPart = m_partSize > 0 && m_partBytes + length == m_partSize;
    } else if (m_sourceEnded) {
        length = m_data.size();
        endsPart = true;
    } else {
        return; // pullSource() calls again when more data is there
    }
    m_inFlight = length;
    m_inFlightEndsPart = endsPart;

    const QString path = currentPartPath();
    QJsonObject model {{QStringLiteral("type"), QStringLiteral("file")},
                       {QStringLiteral("format"), QStringLiteral("base64")},
                       {QStringLiteral("name"), path.section(QLatin1Char('/'), -1)},
                       {QStringLiteral("path"), path}};
    // Per LargeFileManager: 1 creates, 2..n append, -1 appends and ends. A part of one chunk is
    // sent without "chunk" so it is a plain save, which overwrites (a lone -1 would append to an
    // old file of the same name).
    if (!(m_chunkNumber == 1 && endsPart))
        model.insert(QStringLiteral("chunk"), endsPart ? -1 : m_chunkNumber);
    // The content is spliced in rather than put through QJsonObject: it is megabytes of base64,
    // which needs no escaping, and a detour through UTF-16 would triple the memory.
    QByteArray body = QJsonDocument(model).toJson(QJsonDocument::Compact);
    body.chop(1);
    const QByteArray content = QByteArray::fromRawData(m_data.constData(), length).toBase64();
    body.reserve(body.size() + content.size() + 16);
    body += R"(,"content":")" + content + R"("})";

    QNetworkRequest request = m_client->request(contentsUrl(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // The system takes the body into its socket buffers at once (megabytes of it) and the reply
    // comes only once the last byte has crossed the link: over a slow uplink that is minutes
    // without a byte Qt can count, which its transfer timeout would take for a dead connection.
    request.setTransferTimeout(int(std::clamp<qint64>(body.size() * 1000 / SlowestUplinkBytesPerSecond,
                                                      defaults::RequestTimeoutMs, qint64(30) * 60 * 1000)));
    m_reply = m_client->guardRedirects(m_client->network()->put(request, body));
    ReplyLimit::apply(m_reply, ReplyLimit::HubJson);
    connect(m_reply, &QNetworkReply::finished, this, &ContentsTransport::chunkFinished);
}

void ContentsTransport::chunkFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = ReplyLimit::body(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const HubError error = replyError(reply, body);

    if (status == 413) {
        if (m_inFlight <= m_minChunkSize) {
            fail(HubError(HubError::Kind::Proxy, QString::fromUtf8(body.left(200)), status),
                 tr("The server refuses uploads even in pieces of %1 (HTTP 413, request too "
                    "large). A proxy in front of it limits request sizes; ask the administrators "
                    "to raise that limit.")
                     .arg(DataSize::format(m_inFlight)));
            return;
        }
        m_chunkSize = std::max(m_minChunkSize, m_inFlight / 2);
        qCInfo(lcJupyter) << "request too large; chunk size now" << m_chunkSize;
        sendChunk();
        return;
    }
    if (!error.isError()) {
        const QJsonObject model = QJsonDocument::fromJson(body).object();
        const QJsonValue size = model.value(QLatin1String("size"));
        if (size.isDouble() && qint64(size.toDouble()) != m_partBytes + m_inFlight) {
            fail(HubError(HubError::Kind::Malformed, {}, status),
                 tr("The server holds %1 bytes of %2 where %3 were sent. Another program may be "
                    "writing the same file; try the transfer again.")
                     .arg(QString::number(qint64(size.toDouble())), currentPartPath(),
                          QString::number(m_partBytes + m_inFlight)));
            return;
        }
        chunkAccepted();
        return;
    }
    if (error.isTransient() && m_retries < m_maxRetries) {
        ++m_retries;
        qCInfo(lcJupyter) << "chunk failed, retry" << m_retries << error.kindName();
        disconnect(&m_retryTimer, nullptr, this, nullptr);
        // Chunk 1 (or a plain save) overwrites, so it can simply be sent again; an append may
        // or may not have happened, which only the file's size on the server tells.
        if (m_chunkNumber == 1)
            connect(&m_retryTimer, &QTimer::timeout, this, &ContentsTransport::sendChunk);
        else
            connect(&m_retryTimer, &QTimer::timeout, this, &ContentsTransport::checkRemoteSize);
        m_retryTimer.start(backoff());
        return;
    }
    fail(error, tr("Uploading %1 failed: %2").arg(currentPartPath(), error.message()));
}

void ContentsTransport::checkRemoteSize()
{
    QUrl url = contentsUrl(currentPartPath());
    url.setQuery(QStringLiteral("content=0"));
    m_reply = m_client->guardRedirects(m_client->network()->get(m_client->request(url)));
    ReplyLimit::apply(m_reply, ReplyLimit::HubJson);
    connect(m_reply, &QNetworkReply::finished, this, &ContentsTransport::remoteSizeChecked);
}

void ContentsTransport::remoteSizeChecked()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = ReplyLimit::body(reply);
    const HubError error = replyError(reply, body);
    if (error.isError()) {
        if (error.isTransient() && m_retries < m_maxRetries) {
            ++m_retries;
            disconnect(&m_retryTimer, nullptr, this, nullptr);
            connect(&m_retryTimer, &QTimer::timeout, this, &ContentsTransport::checkRemoteSize);
            m_retryTimer.start(backoff());
            return;
        }
        fail(error, tr("Uploading %1 failed: %2").arg(currentPartPath(), error.message()));
        return;
    }
    const QJsonValue sizeValue = QJsonDocument::fromJson(body).object().value(QLatin1String("size"));
    const qint64 size = sizeValue.isDouble() ? qint64(sizeValue.toDouble()) : -1;
    if (size == m_partBytes) {
        sendChunk();
    } else if (size == m_partBytes + m_inFlight) {
        chunkAccepted(); // the append happened; only its reply was lost
    } else {
        // A torn append. Repairing it would need the part's earlier bytes, which have already
        // left the bounded buffer.
        fail(HubError(HubError::Kind::Malformed, {}, 0),
             tr("The connection broke while %1 was being written, and the file on the server is "
                "incomplete (%2 bytes where %3 or %4 were expected). Start the upload again.")
                 .arg(currentPartPath(), QString::number(size), QString::number(m_partBytes),
                      QString::number(m_partBytes + m_inFlight)));
    }
}

void ContentsTransport::chunkAccepted()
{
    m_data.remove(0, m_inFlight);
    m_partBytes += m_inFlight;
    m_done += m_inFlight;
    m_retries = 0;
    ++m_chunkNumber;
    const bool endsPart = m_inFlightEndsPart;
    m_inFlight = 0;
    Q_EMIT progressed(m_done, m_total);
    if (m_mode != Mode::Upload)
        return; // cancelled by a receiver of progressed()
    if (endsPart) {
        const QString path = currentPartPath();
        m_parts << path;
        qCDebug(lcJupyter) << "part uploaded" << path << m_partBytes;
        Q_EMIT partUploaded(path, m_partBytes);
        if (m_mode != Mode::Upload)
            return;
        ++m_partIndex;
        m_partBytes = 0;
        m_chunkNumber = 1;
    }
    if (m_sourceEnded && m_data.isEmpty() && endsPart) {
        const QStringList parts = m_parts;
        finishClean();
        Q_EMIT uploadFinished(parts);
        return;
    }
    pullSource();
}

// ---- Download ----

void ContentsTransport::download(const QString &remotePath, BoundedBuffer *sink, qint64 expectedSize)
{
    Q_ASSERT(m_mode == Mode::Idle);
    m_mode = Mode::Download;
    m_buffer = sink;
    m_remotePath = remotePath;
    m_total = expectedSize;
    m_done = 0;
    m_retries = 0;
    m_pending.clear();
    disconnect(&m_retryTimer, nullptr, this, nullptr);
    connect(&m_retryTimer, &QTimer::timeout, this, &ContentsTransport::startGet);
    // Queued even when the consumer shares this thread: never re-entered from inside its read.
    connect(sink, &BoundedBuffer::spaceAvailable, this, &ContentsTransport::pumpDownload,
            Qt::QueuedConnection);
    startGet();
}

void ContentsTransport::startGet()
{
    QNetworkRequest request = m_client->request(filesUrl(m_remotePath));
    request.setRawHeader("Accept", "*/*");
    // Byte ranges must count the file's bytes, not those of a compressed encoding.
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_done > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_done) + '-');
    m_headChecked = false;
    m_bodyIsData = false;
    m_replyDone = false;
    m_skip = 0;
    m_reply = m_client->guardRedirects(m_client->network()->get(request));
    // Bounds memory: while the sink is full the reply stops reading from the socket. An error
    // reply's body is read whole, so it gets a bound of its own.
    m_reply->setReadBufferSize(4 * SliceSize);
    ReplyLimit::apply(m_reply, ReplyLimit::Small, ReplyLimit::Scope::ErrorBody);
    connect(m_reply, &QNetworkReply::readyRead, this, &ContentsTransport::pumpDownload);
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        m_replyDone = true;
        pumpDownload();
    });
}

bool ContentsTransport::checkDownloadHead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qint64 total = -1;
    if (status == 206) {
        static const QRegularExpression range(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
        const auto match = range.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")));
        if (!match.hasMatch() || match.captured(1).toLongLong() != m_done) {
            fail(
                HubError(HubError::Kind::Malformed, QString::fromLatin1(m_reply->rawHeader("Content-Range"))),
                tr("The server resumed the download of %1 at the wrong place.").arg(m_remotePath));
            return false;
        }
        if (match.captured(3) != QLatin1String("*"))
            total = match.captured(3).toLongLong();
    } else if (status == 200) {
        m_skip = m_done; // the server ignored Range and starts from the beginning
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            total = length.toLongLong();
    } else {
        return false; // an error reply: classified when it has finished
    }
    if (total >= 0 && m_total >= 0 && total != m_total) {
        fail(HubError(HubError::Kind::Malformed),
             tr("%1 on the server has %2 bytes, not the %3 expected. It may have changed; start "
                "the download again.")
                 .arg(m_remotePath, QString::number(total), QString::number(m_total)));
        return false;
    }
    if (m_total < 0)
        m_total = total;
    return true;
}

void ContentsTransport::pumpDownload()
{
    if (m_mode != Mode::Download || !m_reply)
        return;
    if (!m_headChecked) {
        if (!m_replyDone && !m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            return;
        m_headChecked = true;
        m_bodyIsData = checkDownloadHead();
        if (m_mode != Mode::Download)
            return; // failed
    }
    if (m_bodyIsData) {
        for (;;) {
            if (m_pending.isEmpty()) {
                // A reply cut by an error may be closed already: nothing more to read.
                if (!m_reply->isReadable())
                    break;
                m_pending = m_reply->read(SliceSize);
                if (m_skip > 0) {
                    const qint64 drop = std::min<qint64>(m_skip, m_pending.size());
                    m_pending.remove(0, drop);
                    m_skip -= drop;
                    if (m_pending.isEmpty() && m_reply->bytesAvailable() > 0)
                        continue;
                }
                if (m_pending.isEmpty())
                    break;
                // More than the size announced: stop at once rather than read on (a chunked
                // body has no length of its own to hold it to).
                if (m_total >= 0 && m_done + m_pending.size() > m_total) {
                    fail(HubError(HubError::Kind::Malformed),
                         tr("The server sent more of %1 than it announced (%2 bytes, not %3), so the "
                            "download was stopped and nothing was kept. If the file is still being "
                            "written on the server, download it once that is finished.")
                             .arg(m_remotePath, QString::number(m_done + m_pending.size()),
                                  QString::number(m_total)));
                    return;
                }
            }
            const qsizetype n = m_buffer->tryWrite(m_pending.constData(), m_pending.size());
            if (n < 0) {
                const QString reason = m_buffer->abortReason();
                fail(
                    HubError(HubError::Kind::Cancelled, reason),
                    m_buffer->isAborted()
                        ? tr("The download stopped because the archive could not be unpacked: %1").arg(reason)
                        : tr("The download stopped because its receiver was closed."));
                return;
            }
            if (n == 0)
                return; // spaceAvailable() resumes
            m_pending.remove(0, n);
            m_done += n;
            m_retries = 0;
            Q_EMIT progressed(m_done, m_total);
            // A receiver of progressed() may have cancelled (and dropped the reply).
            if (m_mode != Mode::Download || !m_reply)
                return;
        }
    }
    if (m_replyDone && m_pending.isEmpty() && (!m_bodyIsData || m_reply->bytesAvailable() == 0))
        downloadEnded();
}

void ContentsTransport::downloadEnded()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = m_bodyIsData ? QByteArray() : ReplyLimit::body(reply);
    HubError error = replyError(reply, body);
    if (!error.isError() && m_total >= 0 && m_done < m_total)
        error = HubError(HubError::Kind::Unreachable, tr("The connection ended early."));
    if (!error.isError()) {
        if (m_total >= 0 && m_done > m_total) {
            fail(HubError(HubError::Kind::Malformed),
                 tr("The server sent more of %1 than expected (%2 bytes, not %3). Start the "
                    "download again.")
                     .arg(m_remotePath, QString::number(m_done), QString::number(m_total)));
            return;
        }
        BoundedBuffer *sink = m_buffer;
        const qint64 bytes = m_done;
        finishClean();
        if (m_closesSink)
            sink->closeWriting();
        Q_EMIT downloadFinished(bytes);
        return;
    }
    if (error.isTransient() && m_retries < m_maxRetries) {
        ++m_retries;
        qCInfo(lcJupyter) << "download cut at" << m_done << "bytes, resuming; retry" << m_retries;
        m_retryTimer.start(backoff());
        return;
    }
    fail(error, tr("Downloading %1 failed: %2").arg(m_remotePath, error.message()));
}

} // namespace fornax
