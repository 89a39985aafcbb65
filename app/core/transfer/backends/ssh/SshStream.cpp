#include "SshStream.h"

#include "Logging.h"
#include "ssh/SshSession.h"
#include "ssh/SshTransport.h"
#include "transfer/RemoteScript.h"
#include "transfer/StreamScript.h"

#include <QMetaObject>

namespace fornax {

SshStream::SshStream(SshSession *session, const Context &context, QObject *parent)
    : ArchiveStream(parent)
    , m_context(context)
    , m_transport(new SshTransport(session, this))
{
    connect(m_transport, &SshTransport::progressed, this, &ArchiveStream::progressed);
    connect(m_transport, &SshTransport::transferFailed, this, &SshStream::transportFailed);
}

SshStream::~SshStream()
{
    cancel();
}

qint64 SshStream::stagingRoom(qint64) const
{
    return qint64(1024) * 1024;
}

void SshStream::upload(BoundedBuffer *source, qint64 expectedBytes)
{
    qCInfo(lcSsh) << "job" << m_context.jobId << "streams its upload over SSH";
    connect(m_transport, &SshTransport::uploadFinished, this, [this] {
        Q_EMIT sent();
        // The stream is unpacked already; the command's output holds the staged totals.
        Q_EMIT unpacked(m_transport->remoteOutput());
    });
    const QString script = StreamScript::unpack(m_context.jobId, m_context.format);
    m_transport->upload(source, RemoteScript::sshCommand(script), expectedBytes,
                        RemoteScript::sshInput(script));
}

void SshStream::measure(const ArchiveTotals &expected)
{
    // Packed while it streams, after the approval: its size cannot be known before, only
    // bounded from the measured items.
    const qint64 bound = StreamScript::streamBound(expected);
    qCInfo(lcSsh) << "job" << m_context.jobId << "will stream" << expected.files << "files over SSH, at most"
                  << bound << "bytes";
    Q_EMIT measured(bound);
}

void SshStream::download(BoundedBuffer *sink, qint64 archiveBytes)
{
    connect(m_transport, &SshTransport::downloadFinished, this, &ArchiveStream::received);
    const QString script = StreamScript::pack(m_context.jobId, m_context.format);
    m_transport->download(RemoteScript::sshCommand(script), sink, archiveBytes,
                          RemoteScript::sshInput(script));
}

ArchiveStream::Failure SshStream::failureFor(const SshError &error)
{
    switch (error.kind()) {
    case SshError::Kind::Cancelled:
        return Failure::Cancelled;
    case SshError::Kind::CommandFailed:
    case SshError::Kind::CommandTimeout:
    case SshError::Kind::OutputTooLarge:
        return Failure::Server;
    default:
        return Failure::Network;
    }
}

void SshStream::transportFailed(const HubError &, const QString &message)
{
    Q_EMIT failed(failureFor(m_transport->error()), message);
}

void SshStream::cancel()
{
    m_transport->disconnect(this);
    m_transport->cancel(); // closes the channel at once; tar on the server gets SIGTERM
}

} // namespace fornax
