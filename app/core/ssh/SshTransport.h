#pragma once

#include "hub/HubError.h"
#include "ssh/SshChannel.h"
#include "ssh/SshError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace fornax {

class BoundedBuffer;
class SshSession;

/**
 * Streams one archive between this machine and the hub's server over SSH: the counterpart of
 * ContentsTransport for hubs that offer SSH, and several times faster than the contents API.
 *
 * upload() pipes a BoundedBuffer (filled by ArchiveWriter) into the stdin of a remote command
 * such as `tar -x --zstd --no-same-owner -C <dir> -f -`, so no archive is ever stored on either
 * side; download() pipes the stdout of e.g. `tar -c --zstd -C <dir> -f - <names>` into a
 * BoundedBuffer that ArchiveExtractor reads. Both run on an exec channel of the session's worker
 * thread without blocking anything; memory stays bounded by the buffer and the SSH window.
 * The transfer succeeds only if the stream ended and the remote command exited with status 0;
 * otherwise transferFailed() says why, with the command's exit status and the end of its
 * stderr, and the buffer is aborted so the packer or extractor stops too. cancel() closes the
 * channel (the remote command gets SIGTERM and EOF) and reports Cancelled at once. One transfer
 * at a time. The buffer must outlive the transfer: once the transfer has ended (finished, failed,
 * cancelled) or the transport is destroyed, the worker thread never touches it again.
 */
class SshTransport : public QObject
{
    Q_OBJECT

public:
    explicit SshTransport(SshSession *session, QObject *parent = nullptr);
    ~SshTransport() override;

    SshSession *session() const { return m_session; }
    bool isActive() const { return m_channel != 0; }

    // expectedSize (or -1) is only used for progress. prefix goes to the command's standard input
    // before the stream (the script, RemoteScript::sshInput()).
    void upload(BoundedBuffer *source, const QString &remoteCommand, qint64 expectedSize = -1,
                const QByteArray &prefix = {});
    // Closes sink's writing side at the end; on failure aborts it with the reason. input is the
    // command's standard input (the script).
    void download(const QString &remoteCommand, BoundedBuffer *sink, qint64 expectedSize = -1,
                  const QByteArray &input = {});
    void cancel();

    // Of the last transfer: the remote command's exit status (-1 if unknown or killed), the
    // end of its stderr, and the error (None after success).
    int exitStatus() const { return m_exitStatus; }
    QByteArray remoteErrorOutput() const { return m_errorOutput; }
    // Of an upload that finished: what the remote command printed on stdout (up to 16 MiB),
    // e.g. the totals it found after unpacking.
    QByteArray remoteOutput() const { return m_output; }
    SshError error() const { return m_error; }

Q_SIGNALS:
    // Bytes of the stream handed to the server (upload) or to the sink (download); total -1
    // when unknown.
    void progressed(qint64 done, qint64 total);
    void uploadFinished(qint64 bytes);
    void downloadFinished(qint64 bytes);
    // error.kind() as for ContentsTransport (Cancelled, Unreachable, Timeout, Forbidden,
    // ServerError...); message is the SSH-specific sentence for the user.
    void transferFailed(const fornax::HubError &error, const QString &message);

private:
    void start(const QString &remoteCommand, BoundedBuffer *source, BoundedBuffer *sink, qint64 expectedSize,
               const QByteArray &prefix);
    void fail(const SshError &error);
    void detachBuffers();

    QPointer<SshSession> m_session;
    std::shared_ptr<SshChannel::Buffers> m_buffers; // the running channel's
    QPointer<BoundedBuffer> m_buffer;
    quint64 m_channel = 0; // id of the running channel, 0 when idle
    bool m_upload = false;
    qint64 m_total = -1;
    int m_exitStatus = -1;
    QByteArray m_output;
    QByteArray m_errorOutput;
    SshError m_error;
};

} // namespace fornax
