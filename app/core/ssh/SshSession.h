#pragma once

#include "ssh/SshConfig.h"
#include "ssh/SshError.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

class QThread;

namespace fornax {

class CredentialStore;
class SshChannel;
class SshConnection;

/**
 * One SSH connection to a hub's server, made with libssh on a worker thread of its own: connect,
 * host-key verification, sign-in; SshShell and SshTransport then run their commands and
 * streams over it, each on a channel of its own.
 *
 * Host keys are checked against the user's ~/.ssh/known_hosts, the system's
 * /etc/ssh/ssh_known_hosts and the app's own known-hosts file (in the app's data folder). A key
 * found in none of them stops the connection at hostKeyUnknown() with its SHA256 fingerprint
 * ("SHA256:…", as `ssh-keygen -l` prints it) until acceptHostKey(), which records it in the app's
 * file, or rejectHostKey(). A key that differs from a recorded one is refused with a plain
 * warning (SshError::HostKeyChanged, or HostKeyTypeChanged for a key of another type than the
 * known one) and can never be accepted from here. The password or key
 * passphrase comes from setSecret() or, if a CredentialStore is set, from the keychain under
 * SshConfig::keychainKey(); it is kept in memory only until the sign-in and never logged.
 * Every failure ends in failed() with an SshError that says what to do. All calls return at
 * once; signals arrive in the thread that created the session.
 */
class SshSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, ReadingSecret, Connecting, AwaitingHostKey, Connected, Failed };
    Q_ENUM(State)

    explicit SshSession(const SshConfig &config, QObject *parent = nullptr);
    ~SshSession() override;

    SshConfig config() const { return m_config; }
    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    // The last failure (None while none happened since open()).
    SshError error() const { return m_error; }

    // The password or key passphrase for this session only. Else, with a store, it is read from
    // the keychain on open(); a missing entry simply means none.
    void setSecret(const QByteArray &secret);
    void setCredentialStore(CredentialStore *store);
    // For connecting and signing in, each step (default 20 s).
    void setConnectTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds connectTimeout() const { return m_timeout; }
    // Overrides the known-hosts files (tests); empty keeps the default.
    void setKnownHostsFiles(const QString &userFile, const QString &appFile);
    QString userKnownHostsFile() const { return m_userKnownHosts; }
    QString appKnownHostsFile() const { return m_appKnownHosts; }
    static QString defaultUserKnownHostsFile(); // ~/.ssh/known_hosts
    static QString defaultAppKnownHostsFile(); // <AppDataLocation>/known_hosts

    // The host key while hostKeyUnknown() waits for an answer.
    QString hostKeyFingerprint() const { return m_fingerprint; }
    QString hostKeyType() const { return m_keyType; }

    // Connects and signs in; opened() or failed() follows. Does nothing while connecting or
    // connected.
    void open();
    void acceptHostKey();
    void rejectHostKey();
    // Closes the connection; running channels fail as Cancelled. closed() follows.
    void close();

    // For SshShell and SshTransport: hands a channel (whose signals the caller has connected)
    // to the worker thread, opening the session if needed. The session owns it from then on.
    void startChannel(SshChannel *channel);
    void cancelChannel(quint64 id);

Q_SIGNALS:
    void hostKeyUnknown(const QString &fingerprint, const QString &keyType);
    void opened();
    void failed(const fornax::SshError &error);
    void closed();

private:
    void connectNow();
    void handOver(SshChannel *channel);
    void onConnected();
    void onFailed(const SshError &error);

    SshConfig m_config;
    State m_state = State::Idle;
    SshError m_error;
    QByteArray m_secret;
    bool m_secretSet = false;
    QPointer<CredentialStore> m_store;
    QObject *m_storeRequest = nullptr;
    std::chrono::milliseconds m_timeout {20'000};
    QString m_userKnownHosts;
    QString m_appKnownHosts;
    QString m_fingerprint;
    QString m_keyType;
    QThread *m_thread = nullptr;
    SshConnection *m_connection = nullptr;
    QList<SshChannel *> m_pending; // while the secret is read
};

} // namespace fornax
