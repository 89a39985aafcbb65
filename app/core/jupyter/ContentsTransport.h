#pragma once

#include "hub/HubError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkReply;

namespace fornax {

class BoundedBuffer;
class HubClient;

/**
 * Moves one archive stream between this machine and the user's Jupyter server, using only the
 * server's own APIs (no extension has to be installed there).
 *
 * Uploads read a BoundedBuffer that a packer thread fills and send it as chunked
 * `PUT api/contents/<path>` requests; a large stream is cut into numbered parts
 * (`<path>.part0001`, ...) so a failure costs at most one part, and a gateway's 413 halves the
 * chunk size instead of failing. Downloads stream `GET files/<path>` into a BoundedBuffer with
 * backpressure (memory stays bounded however slow the consumer is) and resume a cut connection
 * with a `Range` request. Everything runs in the thread that owns the object, without blocking
 * its event loop. One transfer at a time.
 */
class ContentsTransport : public QObject
{
    Q_OBJECT

public:
    // Eight times JupyterLab's chunk: fewer requests, still far below jupyter_server's limit.
    static constexpr qint64 DefaultChunkSize = qint64(8) * 1024 * 1024;
    // Below this a 413 is not worth fighting: the gateway is configured against uploads.
    static constexpr qint64 DefaultMinimumChunkSize = qint64(64) * 1024;
    static constexpr qint64 DefaultPartSize = qint64(256) * 1024 * 1024;
    static constexpr int DefaultMaxRetries = 4;

    // serverUrl is the user's server, `<hub>user/<name>/`.
    ContentsTransport(HubClient *client, const QUrl &serverUrl, QObject *parent = nullptr);
    ~ContentsTransport() override;

    QUrl serverUrl() const { return m_serverUrl; }

    void setChunkSize(qint64 bytes);
    qint64 chunkSize() const { return m_chunkSize; }
    void setMinimumChunkSize(qint64 bytes);
    qint64 minimumChunkSize() const { return m_minChunkSize; }
    // 0: the whole stream goes to remotePath itself, in one file.
    void setPartSize(qint64 bytes);
    qint64 partSize() const { return m_partSize; }
    // Attempts after a network failure, in a row without progress.
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    int maxRetries() const { return m_maxRetries; }
    // Delay before the first retry; it doubles with each further one.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    // Whether a download closes the sink's writing side at its end (the default), or leaves it
    // open for more (several files framed into one stream).
    void setClosesSink(bool closes) { m_closesSink = closes; }

    bool isActive() const { return m_mode != Mode::Idle; }

    // Sends everything source yields until its end. With a part size, the remote files are
    // remotePath + ".part0001", ".part0002", ... (always numbered, even for one part), to be
    // concatenated in order on the server. expectedSize (or -1) is only used for progress.
    void upload(BoundedBuffer *source, const QString &remotePath, qint64 expectedSize = -1);
    // Streams the remote file into sink and closes its writing side at the end; on failure
    // aborts sink with the reason. expectedSize -1: trust the server's Content-Length.
    void download(const QString &remotePath, BoundedBuffer *sink, qint64 expectedSize);
    // Stops the transfer at once; transferFailed() follows with Kind::Cancelled. Parts already
    // written on the server stay there.
    void cancel();

    // The remote files written so far by the current or last upload, in order.
    QStringList parts() const { return m_parts; }

    // `<server>api/contents/<path>`, each path segment percent-encoded.
    static QUrl contentsUrlFor(const QUrl &serverUrl, const QString &path);
    // `<server>files/<path>`, the same way.
    static QUrl filesUrlFor(const QUrl &serverUrl, const QString &path);

Q_SIGNALS:
    // done bytes confirmed (uploads: accepted by the server; downloads: handed to the sink);
    // total -1 when unknown.
    void progressed(qint64 done, qint64 total);
    void partUploaded(const QString &remotePath, qint64 size);
    void uploadFinished(const QStringList &parts);
    void downloadFinished(qint64 bytes);
    void transferFailed(const HubError &error, const QString &message);

private:
    enum class Mode { Idle, Upload, Download };

    HubError replyError(QNetworkReply *reply, const QByteArray &body) const;
    QUrl contentsUrl(const QString &path) const;
    QUrl filesUrl(const QString &path) const;
    QString currentPartPath() const;
    std::chrono::milliseconds backoff() const;
    void fail(const HubError &error, const QString &message);
    void finishClean();
    void dropReply();

    // Upload.
    void pullSource();
    void sendChunk();
    void chunkFinished();
    void checkRemoteSize();
    void remoteSizeChecked();
    void chunkAccepted();

    // Download.
    void startGet();
    bool checkDownloadHead();
    void pumpDownload();
    void downloadEnded();

    HubClient *m_client;
    QUrl m_serverUrl;
    qint64 m_chunkSize = DefaultChunkSize;
    qint64 m_minChunkSize = DefaultMinimumChunkSize;
    qint64 m_partSize = DefaultPartSize;
    int m_maxRetries = DefaultMaxRetries;
    std::chrono::milliseconds m_retryDelay {500};

    Mode m_mode = Mode::Idle;
    QPointer<BoundedBuffer> m_buffer;
    QString m_remotePath;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_retries = 0;
    qint64 m_total = -1;
    qint64 m_done = 0;

    // Upload state: m_data holds read but unconfirmed bytes; its first m_inFlight are in m_reply.
    QByteArray m_data;
    bool m_sourceEnded = false;
    int m_partIndex = 1;
    qint64 m_partBytes = 0;
    int m_chunkNumber = 1;
    qint64 m_inFlight = 0;
    bool m_inFlightEndsPart = false;
    QStringList m_parts;

    // Download state.
    QByteArray m_pending;
    bool m_closesSink = true;
    qint64 m_skip = 0; // bytes a server that ignored Range sends again
    bool m_headChecked = false;
    bool m_bodyIsData = false; // false for an error reply's body
    bool m_replyDone = false;
};

} // namespace fornax
