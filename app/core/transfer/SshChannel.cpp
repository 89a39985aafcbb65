#include "SshChannel.h"

#include "Logging.h"
#include "transfer/BoundedBuffer.h"

#include <QDeadlineTimer>
#include <QTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <algorithm>

namespace fornax {

namespace {

// Big enough that one pump moves a whole SSH window (OpenSSH's is 2 MiB) in a few calls.
constexpr qsizetype ChunkSize = 256 * 1024;
// stderr is only shown in messages: its end is what says why a command failed.
constexpr qsizetype MaxErrorOutput = 64 * 1024;

std::atomic<quint64> nextId {1};

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

struct SshChannel::Callbacks
{
    ssh_channel_callbacks_struct callbacks {};
};

SshChannel::SshChannel(Spec spec)
    : m_spec(std::move(spec))
    , m_id(nextId.fetch_add(1))
    , m_hasInput(m_spec.input)
    , m_hasOutput(m_spec.output)
    , m_timeoutTimer(new QTimer(this))
{
    m_timeoutTimer->setSingleShot(true);
    connect(m_timeoutTimer, &QTimer::timeout, this, [this] {
        fail(SshError(SshError::Kind::CommandTimeout, m_spec.server));
    });
}

SshChannel::~SshChannel()
{
    closeChannel(false);
}

void SshChannel::start(ssh_session_struct *session)
{
    m_session = session;
    m_channel = ssh_channel_new(session);
    if (!m_channel) {
        fail(SshError(SshError::Kind::ChannelRefused, m_spec.server, lastLibsshError()));
        return;
    }
    m_callbacks = std::make_unique<Callbacks>();
    ssh_channel_callbacks_struct *cb = &m_callbacks->callbacks;
    ssh_callbacks_init(cb);
    cb->userdata = this;
    cb->channel_exit_status_function = &SshChannel::onExitStatus;
    cb->channel_exit_signal_function = &SshChannel::onExitSignal;
    ssh_add_channel_callbacks(m_channel, cb);
    // The buffers tell when they are ready again; the connection then pumps.
    if (m_spec.input)
        connect(m_spec.input, &BoundedBuffer::readyRead, this, &SshChannel::wakeUpRequested,
                Qt::QueuedConnection);
    if (m_spec.output)
        connect(m_spec.output, &BoundedBuffer::spaceAvailable, this, &SshChannel::wakeUpRequested,
                Qt::QueuedConnection);
    m_inBuffer.resize(ChunkSize);
    m_outBuffer.resize(ChunkSize);
    m_state = State::Opening;
    if (m_spec.timeout.count() > 0)
        m_timeoutTimer->start(m_spec.timeout);
}

bool SshChannel::pump()
{
    if (m_done)
        return true;
    switch (m_state) {
    case State::Idle:
        return false;
    case State::Opening: {
        const int rc = ssh_channel_open_session(m_channel);
        if (rc == SSH_AGAIN)
            return false;
        if (rc != SSH_OK) {
            fail(SshError(SshError::Kind::ChannelRefused, m_spec.server, lastLibsshError()));
            return true;
        }
        m_state = State::Starting;
        [[fallthrough]];
    }
    case State::Starting: {
        const int rc = ssh_channel_request_exec(m_channel, m_spec.command.constData());
        if (rc == SSH_AGAIN)
            return false;
        if (rc != SSH_OK) {
            fail(SshError(SshError::Kind::ChannelRefused, m_spec.server, lastLibsshError()));
            return true;
        }
        qCDebug(lcTransfer) << "ssh: channel" << m_id << "runs" << m_spec.command;
        m_state = State::Running;
        break;
    }
    case State::Running:
        break;
    }

    // Output first: reading is what lets libssh grow the window the server sends into.
    if (!pumpOutput() || !pumpErrorOutput() || !pumpInput())
        return true;
    reportProgress(false);
    return checkEnd();
}

bool SshChannel::pumpInput()
{
    if (m_inputClosed || m_inputRefused)
        return true;
    BoundedBuffer *input = m_spec.input;
    if (m_hasInput && !input) {
        fail(
            SshError(SshError::Kind::StreamFailed, m_spec.server, tr("The upload's data source went away.")));
        return false;
    }
    for (;;) {
        if (m_inLength == 0) {
            if (!input) {
                ssh_channel_send_eof(m_channel);
                m_inputClosed = true;
                return true;
            }
            const uint32_t window = ssh_channel_window_size(m_channel);
            if (window == 0)
                return true;
            const qsizetype n = input->tryRead(m_inBuffer.data(), std::min<qsizetype>(ChunkSize, window));
            if (n == 0)
                return true; // readyRead() follows
            if (n < 0) {
                if (input->isAborted()) {
                    fail(SshError(SshError::Kind::StreamFailed, m_spec.server, input->abortReason()));
                    return false;
                }
                // The clean end of the data: the command sees EOF on its stdin.
                if (ssh_channel_send_eof(m_channel) == SSH_ERROR) {
                    fail(SshError(SshError::Kind::ConnectionLost, m_spec.server, lastLibsshError()));
                    return false;
                }
                m_inputClosed = true;
                return true;
            }
            m_inOffset = 0;
            m_inLength = n;
        }
        const uint32_t window = ssh_channel_window_size(m_channel);
        if (window == 0)
            return true; // the server's window adjust wakes the socket notifier
        const auto chunk = uint32_t(std::min<qsizetype>(m_inLength, window));
        const int written = ssh_channel_write(m_channel, m_inBuffer.data() + m_inOffset, chunk);
        if (written == SSH_ERROR && ssh_is_connected(m_session) && ssh_channel_is_closed(m_channel)) {
            // The command ended without reading everything (tar failed): its exit status and
            // stderr, which follow, say why; checkEnd() reports them.
            m_inputRefused = true;
            return true;
        }
        if (written == SSH_ERROR) {
            fail(SshError(SshError::Kind::ConnectionLost, m_spec.server, lastLibsshError()));
            return false;
        }
        if (written <= 0)
            return true;
        m_inOffset += written;
        m_inLength -= written;
        m_sent.fetch_add(written);
    }
}

bool SshChannel::pumpOutput()
{
    BoundedBuffer *output = m_spec.output;
    if (m_hasOutput && !output) {
        fail(SshError(SshError::Kind::StreamFailed, m_spec.server,
                      tr("The download's destination went away.")));
        return false;
    }
    for (;;) {
        if (m_outLength > 0) {
            const qsizetype taken = output->tryWrite(m_outBuffer.data() + m_outOffset, m_outLength);
            if (taken < 0) {
                const QString reason = output->isAborted() ? output->abortReason() : QString();
                fail(SshError(SshError::Kind::StreamFailed, m_spec.server, reason));
                return false;
            }
            m_outOffset += taken;
            m_outLength -= taken;
            if (m_outLength > 0)
                return true; // spaceAvailable() follows; libssh keeps the rest within the window
        }
        if (m_outputEnded)
            return true;
        const int n = ssh_channel_read_nonblocking(m_channel, m_outBuffer.data(), uint32_t(ChunkSize), 0);
        if (n == SSH_EOF) {
            m_outputEnded = true;
            return true;
        }
        if (n < 0) {
            fail(SshError(SshError::Kind::ConnectionLost, m_spec.server, lastLibsshError()));
            return false;
        }
        if (n == 0)
            return true;
        m_received.fetch_add(n);
        if (output) {
            m_outOffset = 0;
            m_outLength = n;
            continue;
        }
        if (m_capture.size() + n > m_spec.maxCapture) {
            fail(SshError(SshError::Kind::OutputTooLarge, m_spec.server));
            return false;
        }
        m_capture.append(m_outBuffer.data(), n);
    }
}

bool SshChannel::pumpErrorOutput()
{
    char buffer[16 * 1024];
    while (!m_errorOutputEnded) {
        const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 1);
        if (n == SSH_EOF) {
            m_errorOutputEnded = true;
            break;
        }
        if (n < 0) {
            fail(SshError(SshError::Kind::ConnectionLost, m_spec.server, lastLibsshError()));
            return false;
        }
        if (n == 0)
            break;
        m_errorOutput.append(buffer, n);
        if (m_errorOutput.size() > MaxErrorOutput)
            m_errorOutput.remove(0, m_errorOutput.size() - MaxErrorOutput);
    }
    return true;
}

bool SshChannel::checkEnd()
{
    if (!m_outputEnded || !m_errorOutputEnded || m_outLength > 0)
        return false;
    // The exit status comes right after EOF, before the close.
    if (!m_exitKnown && !ssh_channel_is_closed(m_channel))
        return false;
    finish();
    return true;
}

void SshChannel::finish()
{
    const QString stderrText = QString::fromUtf8(m_errorOutput).trimmed();
    const bool failedStatus = !m_exitKnown || m_exitStatus != 0;
    if (!m_inputClosed && m_hasInput) {
        // The command ended before it read everything: whatever it says is why.
        SshError error(SshError::Kind::CommandFailed, m_spec.server, stderrText);
        error.setExitStatus(m_exitKnown ? (m_exitStatus == 0 ? 1 : m_exitStatus) : -1);
        fail(error);
        return;
    }
    if (m_spec.failOnExitStatus && failedStatus) {
        SshError error(SshError::Kind::CommandFailed, m_spec.server,
                       stderrText.isEmpty() && !m_exitSignal.isEmpty()
                           ? QStringLiteral("SIG") + QString::fromLatin1(m_exitSignal)
                           : stderrText);
        error.setExitStatus(m_exitKnown ? m_exitStatus : -1);
        fail(error);
        return;
    }
    m_done = true;
    m_timeoutTimer->stop();
    if (BoundedBuffer *output = m_spec.output)
        output->closeWriting();
    closeChannel(false);
    reportProgress(true);
    qCDebug(lcTransfer) << "ssh: channel" << m_id << "ended with status" << m_exitStatus << "sent"
                        << m_sent.load() << "received" << m_received.load();
    Q_EMIT finished(m_exitKnown ? m_exitStatus : -1, m_capture, m_errorOutput);
}

void SshChannel::fail(const SshError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timeoutTimer->stop();
    qCInfo(lcTransfer) << "ssh: channel" << m_id << "failed:" << error.kindName() << error.detail();
    if (BoundedBuffer *input = m_spec.input)
        input->abort(error.message());
    if (BoundedBuffer *output = m_spec.output)
        output->abort(error.message());
    // A command still running is asked to stop: closing alone does not end e.g. a sleep.
    closeChannel(true);
    reportProgress(true);
    Q_EMIT failed(error, m_errorOutput);
}

void SshChannel::closeChannel(bool interrupt)
{
    if (!m_channel)
        return;
    if (m_callbacks)
        ssh_remove_channel_callbacks(m_channel, &m_callbacks->callbacks);
    if (interrupt && ssh_channel_is_open(m_channel) && m_state == State::Running)
        ssh_channel_request_send_signal(m_channel, "TERM");
    // libssh keeps a channel the server has not closed yet and frees it when it has.
    if (ssh_channel_is_open(m_channel))
        ssh_channel_close(m_channel);
    ssh_channel_free(m_channel);
    m_channel = nullptr;
}

void SshChannel::reportProgress(bool force)
{
    const qint64 sent = m_sent.load();
    const qint64 received = m_received.load();
    if (sent == m_reportedSent && received == m_reportedReceived)
        return;
    const qint64 now = nowMs();
    if (!force && now - m_lastReportMs < 100)
        return;
    m_lastReportMs = now;
    m_reportedSent = sent;
    m_reportedReceived = received;
    Q_EMIT progressed(sent, received);
}

QString SshChannel::lastLibsshError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

void SshChannel::onExitStatus(ssh_session_struct *, ssh_channel_struct *, int status, void *self)
{
    auto *channel = static_cast<SshChannel *>(self);
    channel->m_exitStatus = status;
    channel->m_exitKnown = true;
}

void SshChannel::onExitSignal(ssh_session_struct *, ssh_channel_struct *, const char *signal, int,
                              const char *, const char *, void *self)
{
    auto *channel = static_cast<SshChannel *>(self);
    channel->m_exitSignal = signal ? QByteArray(signal) : QByteArray("?");
    channel->m_exitStatus = -1;
    channel->m_exitKnown = false;
}

} // namespace fornax
