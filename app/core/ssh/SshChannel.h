#pragma once

#include "ssh/SshError.h"

#include <QByteArray>
#include <QObject>

#include <atomic>
#include <chrono>
#include <limits>
#include <memory>
#include <mutex>
#include <vector>

struct ssh_session_struct;
struct ssh_channel_struct;

class QTimer;

namespace fornax {

class BoundedBuffer;

/**
 * One remote command on an SSH exec channel, with its stdin fed from a BoundedBuffer (an
 * upload), its stdout drained into one (a download), or its output captured (a shell command).
 * Internal to SshSession, SshShell and SshTransport.
 *
 * It is created in the caller's thread, which connects to its signals and then hands it to
 * SshSession::startChannel(); from then on it lives on the session's worker thread, where
 * SshConnection drives it with pump() whenever the socket or one of the buffers is ready. No
 * call ever blocks: a full sink or an empty source simply leaves the data where it is, so
 * memory stays bounded by the buffers and the SSH window. The channel ends exactly once, in
 * finished() or failed(); on failure or cancel both buffers are aborted with the reason, so the
 * packer or extractor at their other ends stops at once.
 */
class SshChannel : public QObject
{
    Q_OBJECT

public:
    struct Spec
    {
        QByteArray command; // run by the user's login shell on the server
        // Both are owned by the caller's thread and reached through Buffers only.
        QByteArray inputPrefix; // written to the command's stdin first (a script, a file's content)
        BoundedBuffer *input =
            nullptr; // fed to the command's stdin after the prefix, then EOF; none: EOF then
        BoundedBuffer *output = nullptr; // receives stdout; none: stdout is captured
        qsizetype maxCapture = qsizetype(16) * 1024 * 1024; // captured stdout beyond this fails the command
        std::chrono::milliseconds timeout {0}; // 0: none
        bool failOnExitStatus = false; // a non-zero exit status is an error, not a result
        QString server; // "user@host:port", for messages
    };

    /**
     * The channel's access to the caller's buffers, shared between the worker thread and the
     * caller. The caller's thread owns the buffers and may destroy them at any time once it has
     * called detach(): from then on the worker never touches them again (a QPointer cannot
     * promise that across threads). SshTransport detaches when its transfer ends, is
     * cancelled, or is destroyed.
     */
    class Buffers
    {
    public:
        Buffers(BoundedBuffer *input, BoundedBuffer *output);
        // Caller's thread; waits for a worker call in progress.
        void detach();
        bool isDetached() const;
        // Worker thread. Gone: detached. Else as BoundedBuffer::tryRead()/tryWrite(); when they
        // return -1, *abortReason holds the abort's reason (empty at a clean end).
        static constexpr qsizetype Gone = -2;
        qsizetype tryRead(char *data, qsizetype size, QString *abortReason);
        qsizetype tryWrite(const char *data, qsizetype size, QString *abortReason);
        void closeWriting();
        void abort(const QString &reason);

    private:
        mutable std::mutex m_mutex;
        BoundedBuffer *m_input;
        BoundedBuffer *m_output;
    };

    explicit SshChannel(const Spec &spec);
    ~SshChannel() override;

    quint64 id() const { return m_id; }
    std::shared_ptr<Buffers> buffers() const { return m_buffers; }
    qint64 bytesSent() const { return m_sent.load(); }
    qint64 bytesReceived() const { return m_received.load(); }

    // Worker thread only, for SshConnection.
    void start(ssh_session_struct *session);
    // Moves whatever can move without blocking. True once the channel has ended.
    bool pump();
    void fail(const SshError &error);
    bool isDone() const { return m_done; }

Q_SIGNALS:
    // Bytes written to the command's stdin and read from its stdout so far.
    void progressed(qint64 sent, qint64 received);
    // errorOutput: the end of what the command wrote to stderr.
    void finished(int exitStatus, const QByteArray &output, const QByteArray &errorOutput);
    void failed(const fornax::SshError &error, const QByteArray &errorOutput);
    // One of the buffers is ready again: SshConnection pumps.
    void wakeUpRequested();

private:
    enum class State { Idle, Opening, Starting, Running };
    struct Callbacks;

    bool pumpInput();
    bool pumpOutput();
    bool pumpErrorOutput();
    bool checkEnd();
    void finish();
    void failAfterGrace(const SshError &error);
    void closeChannel(bool interrupt);
    void reportProgress(bool force);
    QString lastLibsshError() const;

    static void onExitStatus(ssh_session_struct *, ssh_channel_struct *, int status, void *self);
    static void onExitSignal(ssh_session_struct *, ssh_channel_struct *, const char *signal, int core,
                             const char *message, const char *language, void *self);

    Spec m_spec;
    quint64 m_id;
    bool m_hasInput;
    bool m_hasOutput;
    std::shared_ptr<Buffers> m_buffers;
    State m_state = State::Idle;
    bool m_done = false;
    bool m_failing = false; // failAfterGrace() waits
    ssh_session_struct *m_session = nullptr;
    ssh_channel_struct *m_channel = nullptr;
    std::unique_ptr<Callbacks> m_callbacks;
    QTimer *m_timeoutTimer = nullptr;

    std::vector<char> m_inBuffer; // read from input, not yet accepted by the channel
    qsizetype m_inOffset = 0;
    qsizetype m_inLength = 0;
    bool m_inputClosed = false;
    bool m_inputRefused = false; // the command closed its end before taking all input
    std::vector<char> m_outBuffer; // read from the channel, not yet taken by output
    qsizetype m_outOffset = 0;
    qsizetype m_outLength = 0;
    qsizetype m_sinceWindowGrant = std::numeric_limits<qsizetype>::max() / 2; // read since the last grant
    bool m_outputEnded = false;
    bool m_errorOutputEnded = false;
    QByteArray m_capture;
    QByteArray m_errorOutput;
    int m_exitStatus = -1;
    QByteArray m_exitSignal;
    bool m_exitKnown = false;

    std::atomic<qint64> m_sent {0};
    std::atomic<qint64> m_received {0};
    qint64 m_reportedSent = -1;
    qint64 m_reportedReceived = -1;
    qint64 m_lastReportMs = 0;
};

} // namespace fornax
