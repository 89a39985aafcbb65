#include "SshTransport.h"

#include "BoundedBuffer.h"
#include "Logging.h"
#include "ssh/SshChannel.h"
#include "ssh/SshSession.h"

namespace fornax {

SshTransport::SshTransport(SshSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

SshTransport::~SshTransport()
{
    if (m_channel && m_session)
        m_session->cancelChannel(m_channel);
    detachBuffers();
}

void SshTransport::detachBuffers()
{
    // From here on the worker thread never touches the caller's buffer: it may be destroyed.
    if (m_buffers)
        m_buffers->detach();
    m_buffers.reset();
}

void SshTransport::upload(BoundedBuffer *source, const QString &remoteCommand, qint64 expectedSize,
                          const QByteArray &prefix)
{
    m_upload = true;
    start(remoteCommand, source, nullptr, expectedSize, prefix);
}

void SshTransport::download(const QString &remoteCommand, BoundedBuffer *sink, qint64 expectedSize,
                            const QByteArray &input)
{
    m_upload = false;
    start(remoteCommand, nullptr, sink, expectedSize, input);
}

void SshTransport::start(const QString &remoteCommand, BoundedBuffer *source, BoundedBuffer *sink,
                         qint64 expectedSize, const QByteArray &prefix)
{
    Q_ASSERT(!m_channel);
    m_buffer = source ? source : sink;
    m_total = expectedSize;
    m_exitStatus = -1;
    m_output.clear();
    m_errorOutput.clear();
    m_error = {};
    if (!m_session) {
        m_channel = quint64(-1);
        fail(SshError(SshError::Kind::ConnectionLost, QString()));
        return;
    }
    SshChannel::Spec spec;
    spec.command = remoteCommand.toUtf8();
    spec.inputPrefix = prefix;
    spec.input = source;
    spec.output = sink;
    spec.failOnExitStatus = true;
    spec.server = m_session->config().displayName();
    auto *channel = new SshChannel(spec);
    const quint64 id = channel->id();
    m_channel = id;
    m_buffers = channel->buffers();
    qCInfo(lcSsh) << "ssh:" << (m_upload ? "upload into" : "download from") << remoteCommand << "with"
                  << prefix.size() << "bytes of script";
    connect(channel, &SshChannel::progressed, this, [this, id](qint64 sent, qint64 received) {
        if (m_channel == id)
            Q_EMIT progressed(m_upload ? sent : received, m_total);
    });
    connect(channel, &SshChannel::finished, this,
            [this, id](int exitStatus, const QByteArray &output, const QByteArray &errorOutput) {
                if (m_channel != id)
                    return;
                m_channel = 0;
                detachBuffers();
                m_exitStatus = exitStatus;
                m_output = output;
                m_errorOutput = errorOutput;
                const qint64 bytes = m_upload ? m_buffer ? m_buffer->bytesRead() : 0
                    : m_buffer                ? m_buffer->bytesWritten()
                                              : 0;
                if (m_upload)
                    Q_EMIT uploadFinished(bytes);
                else
                    Q_EMIT downloadFinished(bytes);
            });
    connect(channel, &SshChannel::failed, this,
            [this, id](const SshError &error, const QByteArray &errorOutput) {
                if (m_channel != id)
                    return;
                m_exitStatus = error.kind() == SshError::Kind::CommandFailed ? error.exitStatus() : -1;
                m_errorOutput = errorOutput;
                fail(error);
            });
    m_session->startChannel(channel);
}

void SshTransport::cancel()
{
    if (!m_channel)
        return;
    if (m_session)
        m_session->cancelChannel(m_channel);
    // At once, even while the session is still connecting: the channel's own end comes later
    // and is ignored.
    fail(SshError(SshError::Kind::Cancelled, m_session ? m_session->config().displayName() : QString()));
}

void SshTransport::fail(const SshError &error)
{
    m_channel = 0;
    detachBuffers();
    m_error = error;
    if (m_buffer)
        m_buffer->abort(error.message());
    Q_EMIT transferFailed(error.toHubError(), error.message());
}

} // namespace fornax
