#include "SshConnection.h"

#include "Logging.h"
#include "ssh/SshChannel.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <libssh/libssh.h>

#include <poll.h>

#include <cstring>

namespace fornax {

namespace {

// How often channels are pumped while any is active, whatever the socket says: a safety net
// for data libssh has already taken off the socket, which no notifier announces.
constexpr std::chrono::milliseconds Heartbeat {50};

struct PassphraseRequest
{
    const QByteArray *secret = nullptr;
    bool asked = false;
};

// libssh asks for a key's passphrase through this only if the key is encrypted, which is how
// "needs a passphrase" is told apart from "not a key".
int providePassphrase(const char *, char *buffer, size_t length, int, int, void *userdata)
{
    auto *request = static_cast<PassphraseRequest *>(userdata);
    request->asked = true;
    const QByteArray &secret = *request->secret;
    if (secret.isEmpty() || size_t(secret.size()) >= length)
        return -1;
    std::memcpy(buffer, secret.constData(), size_t(secret.size()));
    buffer[secret.size()] = '\0';
    return 0;
}

QString methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi");
    return names.isEmpty() ? QStringLiteral("-") : names.join(QLatin1String(", "));
}

} // namespace

SshConnection::SshConnection(Options options)
    : m_options(std::move(options))
{ }

SshConnection::~SshConnection()
{
    for (SshChannel *channel : std::as_const(m_channels) + std::as_const(m_waiting))
        channel->fail(SshError(SshError::Kind::Cancelled, server()));
    releaseSession();
    m_secret.fill('\0');
}

QString SshConnection::lastError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

template<class Step>
int SshConnection::drive(Step step, int again, SshError *error)
{
    const QDeadlineTimer deadline(m_options.timeout);
    for (;;) {
        const int rc = step();
        if (rc != again)
            return rc;
        if (m_abort.load() || m_shutDown.load()) {
            *error = SshError(SshError::Kind::Cancelled, server());
            return rc;
        }
        if (deadline.hasExpired()) {
            *error = SshError(SshError::Kind::Timeout, server());
            return rc;
        }
        const int fd = ssh_get_fd(m_session);
        if (fd < 0) {
            ::poll(nullptr, 0, 10);
            continue;
        }
        pollfd p {};
        p.fd = fd;
        p.events = POLLIN;
        if (ssh_get_poll_flags(m_session) & SSH_WRITE_PENDING)
            p.events |= POLLOUT;
        ::poll(&p, 1, 10);
    }
}

void SshConnection::connectToServer(QByteArray secret)
{
    if (m_state != State::Idle)
        return;
    if (m_shutDown.load()) {
        failConnection(SshError(SshError::Kind::Cancelled, server()));
        return;
    }
    releaseSession();
    m_abort.store(false);
    m_lastError = {};
    m_secret = std::move(secret);
    m_state = State::Connecting;
    const SshConfig &config = m_options.config;
    qCInfo(lcSsh) << "ssh: connecting to" << config.displayName() << "with"
                  << SshConfig::authMethodName(config.authMethod());

    m_session = ssh_new();
    if (!m_session) {
        failConnection(SshError(SshError::Kind::Protocol, server(), QStringLiteral("ssh_new")));
        return;
    }
    const QByteArray host = config.host().toUtf8();
    const QByteArray user = config.user().toUtf8();
    const auto port = unsigned(config.port());
    const long timeoutSeconds = std::max<long>(1, long(m_options.timeout.count() / 1000));
    const bool processConfig = false; // deterministic: only what the hub's settings say
    const int noDelay = 1;
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &noDelay);
    // AES-GCM first: with the CPU's AES instructions it is libssh's fastest cipher (twice the
    // throughput of its ChaCha20 in bench_ssh), and every OpenSSH since 6.2 offers it.
    static const char ciphers[] =
        "aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,"
        "aes128-ctr,aes256-ctr,aes192-ctr";
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_C_S, ciphers);
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_S_C, ciphers);
    // libssh prefers the host key types these files know for this host, as OpenSSH does.
    const QStringList &files = m_options.knownHostsFiles;
    if (!files.isEmpty()) {
        ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, QFile::encodeName(files.first()).constData());
        ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS,
                        QFile::encodeName(m_options.appKnownHostsFile).constData());
    }
    ssh_set_blocking(m_session, 0);

    SshError error;
    const int rc = drive(
        [this] {
            return ssh_connect(m_session);
        },
        SSH_AGAIN, &error);
    if (error) {
        failConnection(error);
        return;
    }
    if (rc != SSH_OK) {
        failConnection(connectError());
        return;
    }
    verifyHostKey();
}

SshError SshConnection::connectError() const
{
    const QString text = lastError();
    using K = SshError::Kind;
    K kind = K::Unreachable;
    if (text.contains(QLatin1String("refused"), Qt::CaseInsensitive))
        kind = K::Refused;
    else if (text.contains(QLatin1String("resolve"), Qt::CaseInsensitive)
             || text.contains(QLatin1String("not known"), Qt::CaseInsensitive))
        kind = K::HostNotFound;
    else if (text.contains(QLatin1String("timeout"), Qt::CaseInsensitive)
             || text.contains(QLatin1String("timed out"), Qt::CaseInsensitive))
        kind = K::Timeout;
    else if (text.contains(QLatin1String("banner"), Qt::CaseInsensitive)
             || text.contains(QLatin1String("kex"), Qt::CaseInsensitive)
             || text.contains(QLatin1String("algorithm"), Qt::CaseInsensitive))
        kind = K::Protocol;
    return SshError(kind, server(), text);
}

void SshConnection::verifyHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK || !key) {
        failConnection(SshError(SshError::Kind::HostKeyUnverifiable, server(), lastError()));
        return;
    }
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    QString fingerprint;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) == SSH_OK) {
        char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
        fingerprint = QString::fromLatin1(text);
        ssh_string_free_char(text);
        ssh_clean_pubkey_hash(&hash);
    }
    const QString keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    ssh_key_free(key);
    if (fingerprint.isEmpty()) {
        failConnection(SshError(SshError::Kind::HostKeyUnverifiable, server(), lastError()));
        return;
    }

    // Each file on its own: a changed key (or one of another type) in any of them is refused,
    // whatever the others say.
    bool known = false;
    for (const QString &file : std::as_const(m_options.knownHostsFiles)) {
        if (!QFileInfo(file).isFile())
            continue;
        const QByteArray path = QFile::encodeName(file);
        ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, path.constData());
        ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, path.constData());
        switch (ssh_session_is_known_server(m_session)) {
        case SSH_KNOWN_HOSTS_OK:
            known = true;
            break;
        case SSH_KNOWN_HOSTS_CHANGED:
            qCWarning(lcSsh) << "ssh: host key of" << server() << "CHANGED, now" << keyType << fingerprint
                             << "- refused; known in" << file;
            failConnection(SshError(SshError::Kind::HostKeyChanged, server(), fingerprint, file));
            return;
        case SSH_KNOWN_HOSTS_OTHER:
            // Known, but with a key of another type only: what an attacker without the real key
            // offers. Refused like a changed key, whatever the other files say, never asked.
            qCWarning(lcSsh) << "ssh: host key of" << server() << "is of another type than known (" << keyType
                             << fingerprint << ") - refused; known in" << file;
            failConnection(SshError(SshError::Kind::HostKeyTypeChanged, server(), keyType, file));
            return;
        case SSH_KNOWN_HOSTS_UNKNOWN:
        case SSH_KNOWN_HOSTS_NOT_FOUND:
            break;
        case SSH_KNOWN_HOSTS_ERROR:
            qCWarning(lcSsh) << "ssh: cannot read known hosts" << file << lastError();
            break;
        }
    }
    if (known) {
        qCInfo(lcSsh) << "ssh: host key of" << server() << "is known:" << keyType << fingerprint;
        authenticate();
        return;
    }
    qCInfo(lcSsh) << "ssh: host key of" << server() << "is unknown:" << keyType << fingerprint;
    m_state = State::AwaitingHostKey;
    Q_EMIT hostKeyUnknown(fingerprint, keyType);
}

void SshConnection::answerHostKey(bool accepted)
{
    if (m_state != State::AwaitingHostKey)
        return;
    if (!accepted) {
        qCInfo(lcSsh) << "ssh: host key of" << server() << "rejected by the user";
        failConnection(SshError(SshError::Kind::HostKeyRejected, server()));
        return;
    }
    const QString file = m_options.appKnownHostsFile;
    QDir().mkpath(QFileInfo(file).absolutePath());
    const QByteArray path = QFile::encodeName(file);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, path.constData());
    if (ssh_session_update_known_hosts(m_session) != SSH_OK) {
        failConnection(SshError(SshError::Kind::HostKeyUnverifiable, server(), lastError(), file));
        return;
    }
    qCInfo(lcSsh) << "ssh: host key of" << server() << "accepted and saved in" << file;
    authenticate();
}

void SshConnection::authenticate()
{
    m_state = State::Authenticating;
    using K = SshError::Kind;
    SshError error;
    int rc = drive(
        [this] {
            return ssh_userauth_none(m_session, nullptr);
        },
        SSH_AUTH_AGAIN, &error);
    if (!error && rc == SSH_AUTH_ERROR)
        error = SshError(K::ConnectionLost, server(), lastError());
    if (!error && rc != SSH_AUTH_SUCCESS) {
        const int methods = ssh_userauth_list(m_session, nullptr);
        switch (m_options.config.authMethod()) {
        case SshAuthMethod::Agent:
            if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
                error = SshError(K::AgentUnavailable, server());
            } else if (!(methods & SSH_AUTH_METHOD_PUBLICKEY)) {
                error = SshError(K::MethodNotAllowed, server(), methodNames(methods));
            } else {
                rc = drive(
                    [this] {
                        return ssh_userauth_agent(m_session, nullptr);
                    },
                    SSH_AUTH_AGAIN, &error);
                if (!error && rc != SSH_AUTH_SUCCESS)
                    error = SshError(rc == SSH_AUTH_ERROR ? K::AgentUnavailable : K::AgentKeyRejected,
                                     server(), rc == SSH_AUTH_ERROR ? lastError() : QString());
            }
            break;
        case SshAuthMethod::KeyFile:
            if (!(methods & SSH_AUTH_METHOD_PUBLICKEY))
                error = SshError(K::MethodNotAllowed, server(), methodNames(methods));
            else
                error = authenticateWithKeyFile();
            break;
        case SshAuthMethod::Password:
            if (!(methods & SSH_AUTH_METHOD_PASSWORD)) {
                error = SshError(K::MethodNotAllowed, server(), methodNames(methods));
            } else if (m_secret.isEmpty()) {
                error = SshError(K::PasswordNeeded, server());
            } else {
                rc = drive(
                    [this] {
                        return ssh_userauth_password(m_session, nullptr, m_secret.constData());
                    },
                    SSH_AUTH_AGAIN, &error);
                if (!error && rc == SSH_AUTH_ERROR)
                    error = SshError(K::ConnectionLost, server(), lastError());
                else if (!error && rc != SSH_AUTH_SUCCESS)
                    error = SshError(K::PasswordRejected, server());
            }
            break;
        }
    }
    m_secret.fill('\0');
    m_secret.clear();
    if (error) {
        failConnection(error);
        return;
    }
    becomeConnected();
}

SshError SshConnection::authenticateWithKeyFile()
{
    using K = SshError::Kind;
    const QString path = m_options.config.keyPath();
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return SshError(K::KeyFileUnreadable, server(), {}, path);
    PassphraseRequest request;
    request.secret = &m_secret;
    ssh_key key = nullptr;
    if (ssh_pki_import_privkey_file(QFile::encodeName(path).constData(), nullptr, &providePassphrase,
                                    &request, &key)
            != SSH_OK
        || !key) {
        if (!request.asked)
            return SshError(K::KeyFileInvalid, server(), {}, path);
        return SshError(m_secret.isEmpty() ? K::PassphraseNeeded : K::PassphraseWrong, server(), {}, path);
    }
    SshError error;
    const int rc = drive(
        [this, key] {
            return ssh_userauth_publickey(m_session, nullptr, key);
        },
        SSH_AUTH_AGAIN, &error);
    ssh_key_free(key);
    if (error)
        return error;
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    if (rc == SSH_AUTH_ERROR)
        return SshError(K::ConnectionLost, server(), lastError());
    return SshError(K::KeyRejected, server(), {}, path);
}

void SshConnection::becomeConnected()
{
    m_event = ssh_event_new();
    if (!m_event || ssh_event_add_session(m_event, m_session) != SSH_OK) {
        failConnection(SshError(SshError::Kind::Protocol, server(), QStringLiteral("ssh_event")));
        return;
    }
    const int fd = ssh_get_fd(m_session);
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SshConnection::pump);
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &SshConnection::pump);
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(Heartbeat);
    connect(m_heartbeat, &QTimer::timeout, this, &SshConnection::pump);
    m_state = State::Connected;
    qCInfo(lcSsh) << "ssh: signed in to" << server();
    Q_EMIT connected();
    const QList<SshChannel *> waiting = std::exchange(m_waiting, {});
    for (SshChannel *channel : waiting) {
        channel->start(m_session);
        m_channels << channel;
    }
    pump();
}

void SshConnection::addChannel(SshChannel *channel)
{
    channel->setParent(this);
    connect(channel, &SshChannel::wakeUpRequested, this, &SshConnection::pump);
    switch (m_state) {
    case State::Connected:
        channel->start(m_session);
        m_channels << channel;
        pump();
        return;
    case State::Connecting:
    case State::AwaitingHostKey:
    case State::Authenticating:
        m_waiting << channel;
        return;
    case State::Idle:
        // The connection failed (or was closed) before this channel got its turn.
        channel->fail(m_lastError ? m_lastError : SshError(SshError::Kind::Cancelled, server()));
        channel->deleteLater();
        return;
    }
}

void SshConnection::cancelChannel(quint64 id)
{
    for (QList<SshChannel *> *list : {&m_channels, &m_waiting}) {
        for (SshChannel *channel : std::as_const(*list)) {
            if (channel->id() != id)
                continue;
            channel->fail(SshError(SshError::Kind::Cancelled, server()));
            list->removeOne(channel);
            channel->deleteLater();
            pump(); // sends the close at once
            return;
        }
    }
}

void SshConnection::pump()
{
    if (m_pumping || m_state != State::Connected)
        return;
    m_pumping = true;
    // Again while data moves: libssh may have taken more off the socket than it processed.
    for (int round = 0; round < 8; ++round) {
        ssh_event_dopoll(m_event, 0);
        qint64 moved = 0;
        const QList<SshChannel *> channels = m_channels;
        for (SshChannel *channel : channels) {
            const qint64 before = channel->bytesSent() + channel->bytesReceived();
            const bool done = channel->pump();
            moved += channel->bytesSent() + channel->bytesReceived() - before;
            if (done) {
                m_channels.removeOne(channel);
                channel->deleteLater();
            }
        }
        if (ssh_get_status(m_session) & (SSH_CLOSED | SSH_CLOSED_ERROR)) {
            m_pumping = false;
            failConnection(SshError(SshError::Kind::ConnectionLost, server(), lastError()));
            return;
        }
        if (moved == 0)
            break;
    }
    m_writeNotifier->setEnabled(ssh_get_poll_flags(m_session) & SSH_WRITE_PENDING);
    if (m_channels.isEmpty())
        m_heartbeat->stop();
    else if (!m_heartbeat->isActive())
        m_heartbeat->start();
    m_pumping = false;
}

void SshConnection::failConnection(const SshError &error)
{
    qCInfo(lcSsh) << "ssh:" << server() << "failed:" << error.kindName() << error.detail();
    m_state = State::Idle;
    m_lastError = error;
    const QList<SshChannel *> channels = std::exchange(m_channels, {}) + std::exchange(m_waiting, {});
    for (SshChannel *channel : channels) {
        channel->fail(error);
        channel->deleteLater();
    }
    releaseSession();
    m_secret.fill('\0');
    m_secret.clear();
    Q_EMIT failed(error);
}

void SshConnection::disconnectFromServer()
{
    m_abort.store(false);
    const bool wasUp = m_session != nullptr;
    const QList<SshChannel *> channels = std::exchange(m_channels, {}) + std::exchange(m_waiting, {});
    for (SshChannel *channel : channels) {
        channel->fail(SshError(SshError::Kind::Cancelled, server()));
        channel->deleteLater();
    }
    releaseSession();
    m_state = State::Idle;
    m_lastError = SshError(SshError::Kind::Cancelled, server());
    if (wasUp)
        qCInfo(lcSsh) << "ssh: disconnected from" << server();
    Q_EMIT disconnected();
}

void SshConnection::releaseSession()
{
    // Later: this may run inside one of their own signals.
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    if (m_heartbeat) {
        m_heartbeat->stop();
        m_heartbeat->deleteLater();
        m_heartbeat = nullptr;
    }
    if (m_event) {
        if (m_session)
            ssh_event_remove_session(m_event, m_session);
        ssh_event_free(m_event);
        m_event = nullptr;
    }
    if (m_session) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
}

} // namespace fornax
