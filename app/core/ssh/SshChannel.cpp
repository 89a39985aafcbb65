#include "SshChannel.h"

#include "BoundedBuffer.h"
#include "Logging.h"

#include <QDeadlineTimer>
#include <QTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <algorithm>

namespace fornax {

namespace {

// Big enough that one pump moves a whole SSH window (OpenSSH's is 2 MiB) in a few calls.
constexpr qsizetype ChunkSize = qsizetype(256) * 1024;
// What a download lets the server send ahead of what was read: libssh's own window (1.28 MB,
// grown only when under half) caps a stream at about 64 MB/s per 10 ms of round trip, a third of
// OpenSSH's 2 MiB on a 20 ms link in bench_ssh. Also the most libssh holds for a stalled reader.
constexpr qsizetype ReceiveWindow = qsizetype(4) * 1024 * 1024;
// stderr is only shown in messages: its end is what says why a command failed.
constexpr qsizetype MaxErrorOutput = qsizetype(64) * 1024;
// A command killed as its server goes down (a reboot, a stopped sshd) often reports its end a
// moment before the connection breaks. A failing end waits this long, so that the user is told
// what really happened: the connection was lost.
constexpr std::chrono::milliseconds FailureGrace {500};

std::atomic<quint64> nextId {1};

// Never empty: an empty reason means a clean end to the callers.
QString reasonOf(const BoundedBuffer *buffer)
{
    const QString reason = buffer->abortReason();
    return reason.isEmpty() ? SshChannel::tr("The transfer was stopped.") : reason;
}

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

SshChannel::Buffers::Buffers(BoundedBuffer *input, BoundedBuffer *output)
    : m_input(input)
    , m_output(output)
{ }

void SshChannel::Buffers::detach()
{
    std::lock_guard lock(m_mutex);
    m_input = nullptr;
    m_output = nullptr;
}

bool SshChannel::Buffers::isDetached() const
{
    std::lock_guard lock(m_mutex);
    return !m_input && !m_output;
}

qsizetype SshChannel::Buffers::tryRead(char *data, qsizetype size, QString *abortReason)
{
    std::lock_guard lock(m_mutex);
    if (!m_input)
        return Gone;
    const qsizetype n = m_input->tryRead(data, size);
    if (n < 0 && m_input->isAborted())
        *abortReason = reasonOf(m_input);
    return n;
}

qsizetype SshChannel::Buffers::tryWrite(const char *data, qsizetype size, QString *abortReason)
{
    std::lock_guard lock(m_mutex);
    if (!m_output)
        return Gone;
    const qsizetype n = m_output->tryWrite(data, size);
    if (n < 0 && m_output->isAborted())
        *abortReason = reasonOf(m_output);
    return n;
}

void SshChannel::Buffers::closeWriting()
{
    std::lock_guard lock(m_mutex);
    if (m_output)
        m_output->closeWriting();
}

void SshChannel::Buffers::abort(const QString &reason)
{
    std::lock_guard lock(m_mutex);
    if (m_input)
        m_input->abort(reason);
    if (m_output)
        m_output->abort(reason);
}

SshChannel::SshChannel(const Spec &spec)
    : m_spec(spec)
    , m_id(nextId.fetch_add(1))
    , m_hasInput(spec.input)
    , m_hasOutput(spec.output)
    , m_buffers(std::make_shared<Buffers>(spec.input, spec.output))
    , m_timeoutTimer(new QTimer(this))
{
    m_timeoutTimer->setSingleShot(true);
    connect(m_timeoutTimer, &QTimer::timeout, this, [this] {
        fail(SshError(SshError::Kind::CommandTimeout, m_spec.server));
    });
    // Here, in the caller's thread, where the buffers are known to be alive. The buffers tell
    // when they are ready again; the connection then pumps.
    if (spec.input)
        connect(spec.input, &BoundedBuffer::readyRead, this, &SshChannel::wakeUpRequested,
                Qt::QueuedConnection);
    if (spec.output)
        connect(spec.output, &BoundedBuffer::spaceAvailable, this, &SshChannel::wakeUpRequested,
                Qt::QueuedConnection);
    // Never to be used from the worker: only through m_buffers.
    m_spec.input = nullptr;
    m_spec.output = nullptr;
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
    m_inBuffer.resize(std::max<qsizetype>(ChunkSize, m_spec.inputPrefix.size()));
    // The prefix goes first, as if it had been read from the input.
    std::copy(m_spec.inputPrefix.cbegin(), m_spec.inputPrefix.cend(), m_inBuffer.begin());
    m_inOffset = 0;
    m_inLength = m_spec.inputPrefix.size();
    m_spec.inputPrefix.clear();
    m_outBuffer.resize(m_hasOutput ? ReceiveWindow : ChunkSize);
    m_state = State::Opening;
    if (m_spec.timeout.count() > 0)
        m_timeoutTimer->start(m_spec.timeout);
}

bool SshChannel::pump()
{
    if (m_done)
        return true;
    if (m_failing)
        return false;
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
        qCDebug(lcSsh) << "ssh: channel" << m_id << "runs" << m_spec.command;
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
    for (;;) {
        if (m_inLength == 0) {
            if (!m_hasInput) {
                ssh_channel_send_eof(m_channel);
                m_inputClosed = true;
                return true;
            }
            const uint32_t window = ssh_channel_window_size(m_channel);
            if (window == 0)
                return true;
            QString abortReason;
            const qsizetype n =
                m_buffers->tryRead(m_inBuffer.data(), std::min<qsizetype>(ChunkSize, window), &abortReason);
            if (n == 0)
                return true; // readyRead() follows
            if (n == Buffers::Gone) {
                fail(SshError(SshError::Kind::StreamFailed, m_spec.server,
                              tr("The upload's data source went away.")));
                return false;
            }
            if (n < 0) {
                if (!abortReason.isEmpty()) {
                    fail(SshError(SshError::Kind::StreamFailed, m_spec.server, abortReason));
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
        if (written == SSH_ERROR && ssh_is_connected(m_session)) {
            // The command ended without reading everything (tar failed): its exit status and
            // stderr, which follow, say why; checkEnd() reports them. The channel need not look
            // closed yet: libssh refuses writes once the server's CLOSE has arrived but is still
            // "delayed" behind unread output ("Remote channel is closed"), and a channel that ends
            // without an exit status is still reported as failed by checkEnd().
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
    for (;;) {
        if (m_outLength > 0) {
            QString reason;
            const qsizetype taken =
                m_buffers->tryWrite(m_outBuffer.data() + m_outOffset, m_outLength, &reason);
            if (taken == Buffers::Gone) {
                fail(SshError(SshError::Kind::StreamFailed, m_spec.server,
                              tr("The download's destination went away.")));
                return false;
            }
            if (taken < 0) {
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
        int n = 0;
        if (m_hasOutput && m_sinceWindowGrant >= ReceiveWindow / 2) {
            // Asking for a whole window makes libssh grant the server what is missing to it, in
            // one adjust per half window. Timeout 0: polls once, never waits. 0 is also its EOF.
            m_sinceWindowGrant = 0;
            n = ssh_channel_read_timeout(m_channel, m_outBuffer.data(), uint32_t(ReceiveWindow), 0, 0);
            if (n == 0 && ssh_channel_poll(m_channel, 0) == SSH_EOF)
                n = SSH_EOF;
        } else {
            n = ssh_channel_read_nonblocking(m_channel, m_outBuffer.data(), uint32_t(m_outBuffer.size()), 0);
        }
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
        m_sinceWindowGrant += n;
        if (m_hasOutput) {
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
    return m_done; // not yet while a failure waits for its grace
}

void SshChannel::finish()
{
    const QString stderrText = QString::fromUtf8(m_errorOutput).trimmed();
    const bool failedStatus = !m_exitKnown || m_exitStatus != 0;
    if (!m_inputClosed && m_hasInput) {
        // The command ended before it read everything: whatever it says is why.
        SshError error(SshError::Kind::CommandFailed, m_spec.server, stderrText);
        error.setExitStatus(m_exitKnown ? (m_exitStatus == 0 ? 1 : m_exitStatus) : -1);
        failAfterGrace(error);
        return;
    }
    if (m_spec.failOnExitStatus && failedStatus) {
        SshError error(SshError::Kind::CommandFailed, m_spec.server,
                       stderrText.isEmpty() && !m_exitSignal.isEmpty()
                           ? QStringLiteral("SIG") + QString::fromLatin1(m_exitSignal)
                           : stderrText);
        error.setExitStatus(m_exitKnown ? m_exitStatus : -1);
        failAfterGrace(error);
        return;
    }
    m_done = true;
    m_timeoutTimer->stop();
    m_buffers->closeWriting();
    closeChannel(false);
    reportProgress(true);
    qCDebug(lcSsh) << "ssh: channel" << m_id << "ended with status" << m_exitStatus << "sent" << m_sent.load()
                   << "received" << m_received.load();
    Q_EMIT finished(m_exitKnown ? m_exitStatus : -1, m_capture, m_errorOutput);
}

void SshChannel::failAfterGrace(const SshError &error)
{
    // Until then a lost connection (SshConnection fails every channel) takes precedence. The
    // buffers stay open meanwhile: nothing of a failing stream reaches its reader as complete.
    m_failing = true;
    QTimer::singleShot(FailureGrace, this, [this, error] {
        fail(error);
        Q_EMIT wakeUpRequested(); // the connection collects the ended channel
    });
}

void SshChannel::fail(const SshError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timeoutTimer->stop();
    qCInfo(lcSsh) << "ssh: channel" << m_id << "failed:" << error.kindName() << error.detail();
    m_buffers->abort(error.message());
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
