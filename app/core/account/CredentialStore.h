#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace fornax {

class Account;

/**
 * Keeps API tokens in the operating system's keychain (Secret Service on Linux, Keychain on
 * macOS, Credential Manager on Windows) through QtKeychain, and nowhere else.
 *
 * Each token is filed under the app id as service and Account::keychainKey() as key, so it can
 * be found in the desktop's password manager. Calls return at once and report through signals.
 * QtKeychain's insecure fallback (a plain-text settings file) is off. When no keychain works
 * (QtKeychain says NoBackendAvailable, or OtherError when no Secret Service answers), the store
 * retries once, then keeps tokens in memory for this run only, says so once through
 * keychainUnavailable() and reports isPersistent() false: the user stays signed in until the app
 * quits. Every keychain call has a time limit, because a locked keyring may wait on a prompt
 * nobody sees. Logs name keys only, never tokens.
 */
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    // The keychain's service name: the app id, "gov.nasa.fornax.Desktop".
    static QString serviceName();

    // False once tokens are only kept in memory (no working keychain).
    bool isPersistent() const { return m_persistent; }

    // How long one keychain call may take before it is reported as failed (default 30 s).
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Pause before the one retry of a keychain that did not answer (default 1 s): a keyring
    // daemon may still be starting at login.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    void writeToken(const Account &account, const QByteArray &token);
    void readToken(const Account &account);
    void deleteToken(const Account &account);

    // Any other secret filed under a key of the caller's choosing (an SSH password or key
    // passphrase, SshConfig::keychainKey()); reported through the same signals as tokens.
    void writeSecret(const QString &key, const QByteArray &secret);
    void readSecret(const QString &key);
    void deleteSecret(const QString &key);

Q_SIGNALS:
    void tokenWritten(const QString &key);
    void tokenRead(const QString &key, const QByteArray &token);
    void tokenMissing(const QString &key);
    void tokenDeleted(const QString &key);
    void storeFailed(const QString &key, const QString &message);
    // Emitted once, when the store falls back to memory; reason is for the user.
    void keychainUnavailable(const QString &reason);

private:
    enum class Operation { Write, Read, Delete };
    struct Request
    {
        Operation operation = Operation::Read;
        QString key;
        QByteArray token; // Write only
        int attempt = 0;
    };

    void submit(const Request &request);
    void startJob(const Request &request);
    void handleFinished(QKeychain::Job *job, const Request &request);
    void completeInMemory(const Request &request);
    void fallBackToMemory(const QString &detail);
    void reportFailure(const QString &key, const QString &message);

    QHash<QString, QByteArray> m_memory; // tokens of this run when no keychain works
    bool m_persistent = true;
    std::chrono::milliseconds m_timeout {30'000};
    std::chrono::milliseconds m_retryDelay {1'000};
};

} // namespace fornax
