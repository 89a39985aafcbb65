#include "LoopbackStream.h"

#include "BoundedBuffer.h"
#include "LocalShell.h"
#include "transfer/RemoteScript.h"
#include "transfer/ServerCommands.h"
#include "transfer/StreamScript.h"

namespace fornax {

namespace {

constexpr qsizetype Chunk = qsizetype(256) * 1024;
// What may wait in QProcess's write buffer before the source is read again.
constexpr qint64 MaxQueued = qint64(1024) * 1024;

} // namespace

LoopbackStream::LoopbackStream(const QString &home, const Context &context, QObject *parent)
    : ArchiveStream(parent)
    , m_home(home)
    , m_context(context)
{ }

LoopbackStream::~LoopbackStream()
{
    cancel();
}

qint64 LoopbackStream::stagingRoom(qint64) const
{
    return qint64(1024) * 1024;
}

void LoopbackStream::upload(BoundedBuffer *source, qint64 expectedBytes)
{
    m_source = source;
    m_total = expectedBytes;
    const QString script = StreamScript::unpack(m_context.jobId, m_context.format);
    m_shell = new LocalShell(m_home, RemoteScript::sshCommand(script), this);
    connect(m_shell, &LocalShell::exited, this, &LoopbackStream::shellExited);
    connect(source, &BoundedBuffer::readyRead, this, &LoopbackStream::feed, Qt::QueuedConnection);
    connect(m_shell->process(), &QProcess::bytesWritten, this, &LoopbackStream::feed);
    m_shell->start(RemoteScript::sshInput(script), false);
    feed();
}

void LoopbackStream::feed()
{
    if (!m_shell || !m_source || m_exited)
        return;
    QProcess *process = m_shell->process();
    QByteArray chunk(Chunk, Qt::Uninitialized);
    while (process->bytesToWrite() < MaxQueued) {
        const qsizetype got = m_source->tryRead(chunk.data(), chunk.size());
        if (got == 0)
            return; // readyRead() follows
        if (got < 0) {
            if (m_source->isAborted()) {
                cancel();
                Q_EMIT failed(Failure::Cancelled, m_source->abortReason());
                return;
            }
            m_source = nullptr; // the end: tar sees end of file
            process->closeWriteChannel();
            return;
        }
        process->write(chunk.constData(), got);
        m_done += got;
        Q_EMIT progressed(m_done, m_total);
    }
}

void LoopbackStream::measure(const ArchiveTotals &expected)
{
    Q_EMIT measured(StreamScript::streamBound(expected));
}

void LoopbackStream::download(BoundedBuffer *sink, qint64 archiveBytes)
{
    m_sink = sink;
    m_total = archiveBytes;
    const QString script = StreamScript::pack(m_context.jobId, m_context.format);
    m_shell = new LocalShell(m_home, RemoteScript::sshCommand(script), this);
    connect(m_shell, &LocalShell::exited, this, &LoopbackStream::shellExited);
    connect(m_shell->process(), &QProcess::readyReadStandardOutput, this, &LoopbackStream::drain);
    connect(sink, &BoundedBuffer::spaceAvailable, this, &LoopbackStream::drain, Qt::QueuedConnection);
    m_shell->start(RemoteScript::sshInput(script), true);
}

void LoopbackStream::drain()
{
    if (!m_sink)
        return;
    if (m_shell)
        m_pending += m_shell->process()->readAllStandardOutput();
    while (!m_pending.isEmpty()) {
        const qsizetype taken = m_sink->tryWrite(m_pending.constData(), m_pending.size());
        if (taken < 0) {
            cancel();
            Q_EMIT failed(Failure::Cancelled, m_sink ? m_sink->abortReason() : QString());
            return;
        }
        if (taken == 0)
            return; // spaceAvailable() follows
        m_pending.remove(0, taken);
        m_done += taken;
        Q_EMIT progressed(m_done, m_total);
    }
    if (m_exited && m_exitCode == 0) {
        m_sink->closeWriting();
        m_sink = nullptr;
        Q_EMIT received(m_done);
    }
}

void LoopbackStream::shellExited(int exitCode, const QByteArray &output, const QByteArray &errors)
{
    m_exited = true;
    m_exitCode = exitCode;
    m_output = output;
    m_errors = errors;
    if (exitCode != 0) {
        const QString message = tr("The command on the server failed (exit status %1): %2")
                                    .arg(QString::number(exitCode), CommandOutcome::lastLine(errors));
        if (m_sink)
            m_sink->abort(message);
        Q_EMIT failed(Failure::Server, message);
        return;
    }
    if (m_sink) {
        m_pending += output;
        drain();
        return;
    }
    Q_EMIT sent();
    Q_EMIT unpacked(output);
}

void LoopbackStream::cancel()
{
    m_source = nullptr;
    m_sink = nullptr;
    if (m_shell) {
        m_shell->disconnect(this);
        m_shell->kill();
        m_shell->deleteLater();
        m_shell = nullptr;
    }
}

} // namespace fornax
