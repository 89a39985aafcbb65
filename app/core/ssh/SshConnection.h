#pragma once

#include "ssh/SshConfig.h"
#include "ssh/SshError.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>

struct ssh_session_struct;
struct ssh_event_struct;

class QSocketNotifier;
class QTimer;

namespace fornax {

class SshChannel;

/**
 * The libssh session behind an SshSession, living on its worker thread; internal to
 * SshSession.
 *
 * libssh is used in non-blocking mode throughout. Connecting and signing in drive libssh's
 * calls in short polls that notice a close() or the deadline within a few milliseconds; the
 * host-key question returns to the event loop and waits for answerHostKey(). Once signed in, a
 * read notifier on the socket (and a write notifier while libssh has unsent data) pump every
 * channel, so any number of commands and streams share the connection without a thread each.
 * A broken connection fails every channel with ConnectionLost.
 */
class SshConnection : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        SshConfig config;
        QStringList knownHostsFiles; // checked, in order: the user's, the system's, the app's
        QString appKnownHostsFile; // where an accepted key is written
        std::chrono::milliseconds timeout {20'000};
    };

    explicit SshConnection(Options options);
    ~SshConnection() override;

    // Any thread: makes a connect or sign-in in progress give up at its next poll.
    void requestAbort() { m_abort.store(true); }
    // Any thread: the same, for good: no later connectToServer() connects (the owner is going).
    void shutDown()
    {
        m_shutDown.store(true);
        m_abort.store(true);
    }

    // Worker thread only (called through queued invocations).
    void connectToServer(QByteArray secret);
    void answerHostKey(bool accepted);
    void addChannel(fornax::SshChannel *channel);
    void cancelChannel(quint64 id);
    void disconnectFromServer();

Q_SIGNALS:
    void hostKeyUnknown(const QString &fingerprint, const QString &keyType);
    void connected();
    void failed(const fornax::SshError &error);
    void disconnected();

private:
    enum class State { Idle, Connecting, AwaitingHostKey, Authenticating, Connected };

    template<class Step>
    int drive(Step step, int again, SshError *error);
    void verifyHostKey();
    void authenticate();
    SshError authenticateWithKeyFile();
    SshError connectError() const;
    void becomeConnected();
    void pump();
    void failConnection(const SshError &error);
    void releaseSession();
    QString server() const { return m_options.config.displayName(); }
    QString lastError() const;

    Options m_options;
    std::atomic<bool> m_abort {false};
    std::atomic<bool> m_shutDown {false};
    State m_state = State::Idle;
    SshError m_lastError;
    QByteArray m_secret; // password or passphrase, wiped once signed in
    ssh_session_struct *m_session = nullptr;
    ssh_event_struct *m_event = nullptr;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_heartbeat = nullptr;
    QList<SshChannel *> m_waiting; // before the connection is up
    QList<SshChannel *> m_channels;
    bool m_pumping = false;
};

} // namespace fornax
