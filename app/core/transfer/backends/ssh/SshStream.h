#pragma once

#include "transfer/ArchiveStream.h"

namespace fornax {

class HubError;
class SshError;
class SshSession;
class SshTransport;

/**
 * ArchiveStream over SSH: the packer's stream goes straight into `tar -x` in the job's staging
 * folder (StreamScript::unpack()), a download comes straight out of `tar -c` (StreamScript::
 * pack()), on an exec channel of the session (SshTransport): no parts, no archive on either
 * disk. A download is packed while it streams, so measure() gives the most it can carry.
 */
class SshStream : public ArchiveStream
{
    Q_OBJECT

public:
    SshStream(SshSession *session, const Context &context, QObject *parent = nullptr);
    ~SshStream() override;

    qint64 stagingRoom(qint64 bytes) const override;
    bool packsWhileSending() const override { return true; }
    void upload(BoundedBuffer *source, qint64 expectedBytes) override;
    void measure(const ArchiveTotals &expected) override;
    void download(BoundedBuffer *sink, qint64 archiveBytes) override;
    void cancel() override;

    // An SSH failure as a stream's: Cancelled, Server (the remote command failed, timed out or
    // printed too much) or Network.
    static Failure failureFor(const SshError &error);

private:
    void transportFailed(const HubError &error, const QString &message);

    Context m_context;
    SshTransport *m_transport;
};

} // namespace fornax
