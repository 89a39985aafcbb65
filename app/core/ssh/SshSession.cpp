#include "SshSession.h"

#include "Logging.h"
#include "account/CredentialStore.h"
#include "ssh/SshChannel.h"
#include "ssh/SshConnection.h"

#include <QDir>
#include <QStandardPaths>
#include <QThread>

namespace fornax {

SshSession::SshSession(const SshConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_userKnownHosts(defaultUserKnownHostsFile())
    , m_appKnownHosts(defaultAppKnownHostsFile())
{
    qRegisterMetaType<fornax::SshError>();
}

SshSession::~SshSession()
{
    if (m_connection) {
        // Stops a connect or sign-in in progress, and any queued one, within a few ms.
        m_connection->shutDown();
        // Deleted on its own thread (it owns notifiers and timers there), synchronously and after
        // everything already queued for it: a channel handed over but not yet added is then its
        // child and goes with it. A deleteLater() queued before quit() could be dropped unrun,
        // leaking the libssh session.
        SshConnection *connection = std::exchange(m_connection, nullptr);
        QMetaObject::invokeMethod(
            connection,
            [connection] {
                delete connection;
            },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
    qDeleteAll(m_pending);
    m_secret.fill('\0');
}

QString SshSession::defaultUserKnownHostsFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString SshSession::defaultAppKnownHostsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/known_hosts");
}

void SshSession::setSecret(const QByteArray &secret)
{
    m_secret.fill('\0');
    m_secret = secret;
    m_secretSet = true;
}

void SshSession::setCredentialStore(CredentialStore *store)
{
    m_store = store;
}

void SshSession::setKnownHostsFiles(const QString &userFile, const QString &appFile)
{
    m_userKnownHosts = userFile.isEmpty() ? defaultUserKnownHostsFile() : userFile;
    m_appKnownHosts = appFile.isEmpty() ? defaultAppKnownHostsFile() : appFile;
}

void SshSession::open()
{
    if (m_state == State::ReadingSecret || m_state == State::Connecting || m_state == State::AwaitingHostKey
        || m_state == State::Connected)
        return;
    m_error = {};
    if (!m_config.isValid()) {
        onFailed(SshError(SshError::Kind::Protocol, m_config.displayName(), m_config.validationMessage()));
        return;
    }
    const bool needsSecret = m_config.authMethod() != SshAuthMethod::Agent;
    if (needsSecret && !m_secretSet && m_store) {
        m_state = State::ReadingSecret;
        delete m_storeRequest;
        m_storeRequest = new QObject(this);
        const QString key = m_config.keychainKey();
        auto done = [this](const QByteArray &secret) {
            m_storeRequest->deleteLater();
            m_storeRequest = nullptr;
            m_secret = secret;
            connectNow();
        };
        connect(m_store, &CredentialStore::tokenRead, m_storeRequest,
                [key, done](const QString &readKey, const QByteArray &secret) {
                    if (readKey == key)
                        done(secret);
                });
        connect(m_store, &CredentialStore::tokenMissing, m_storeRequest, [key, done](const QString &readKey) {
            if (readKey == key)
                done({});
        });
        connect(m_store, &CredentialStore::storeFailed, m_storeRequest,
                [key, done](const QString &readKey, const QString &message) {
                    if (readKey != key)
                        return;
                    qCWarning(lcSsh) << "ssh: no secret from the keychain for" << key << ":" << message;
                    done({});
                });
        m_store->readSecret(key);
        return;
    }
    connectNow();
}

void SshSession::connectNow()
{
    m_state = State::Connecting;
    m_fingerprint.clear();
    m_keyType.clear();
    if (!m_connection) {
        SshConnection::Options options;
        options.config = m_config;
        options.knownHostsFiles = {m_userKnownHosts, QStringLiteral("/etc/ssh/ssh_known_hosts"),
                                   m_appKnownHosts};
        options.appKnownHostsFile = m_appKnownHosts;
        options.timeout = m_timeout;
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("ssh ") + m_config.displayName());
        m_connection = new SshConnection(options);
        m_connection->moveToThread(m_thread);
        connect(m_connection, &SshConnection::hostKeyUnknown, this,
                [this](const QString &fingerprint, const QString &keyType) {
                    m_fingerprint = fingerprint;
                    m_keyType = keyType;
                    m_state = State::AwaitingHostKey;
                    Q_EMIT hostKeyUnknown(fingerprint, keyType);
                });
        connect(m_connection, &SshConnection::connected, this, &SshSession::onConnected);
        connect(m_connection, &SshConnection::failed, this, &SshSession::onFailed);
        connect(m_connection, &SshConnection::disconnected, this, [this] {
            if (m_state != State::Failed)
                m_state = State::Idle;
            Q_EMIT closed();
        });
        m_thread->start();
    }
    SshConnection *connection = m_connection;
    const QByteArray secret = m_secret;
    QMetaObject::invokeMethod(connection, [connection, secret] {
        connection->connectToServer(secret);
    });
    for (SshChannel *channel : std::exchange(m_pending, {}))
        handOver(channel);
}

void SshSession::acceptHostKey()
{
    if (m_state != State::AwaitingHostKey)
        return;
    m_state = State::Connecting;
    SshConnection *connection = m_connection;
    QMetaObject::invokeMethod(connection, [connection] {
        connection->answerHostKey(true);
    });
}

void SshSession::rejectHostKey()
{
    if (m_state != State::AwaitingHostKey)
        return;
    SshConnection *connection = m_connection;
    QMetaObject::invokeMethod(connection, [connection] {
        connection->answerHostKey(false);
    });
}

void SshSession::close()
{
    if (m_storeRequest) {
        delete m_storeRequest;
        m_storeRequest = nullptr;
    }
    for (SshChannel *channel : std::exchange(m_pending, {})) {
        Q_EMIT channel->failed(SshError(SshError::Kind::Cancelled, m_config.displayName()), {});
        channel->deleteLater();
    }
    if (!m_connection) {
        m_state = State::Idle;
        return;
    }
    m_connection->requestAbort();
    SshConnection *connection = m_connection;
    QMetaObject::invokeMethod(connection, [connection] {
        connection->disconnectFromServer();
    });
    m_state = State::Idle;
}

void SshSession::startChannel(SshChannel *channel)
{
    if (m_state == State::Idle || m_state == State::Failed)
        open();
    if (m_state == State::Failed) { // open() refused at once: an invalid config
        Q_EMIT channel->failed(m_error, {});
        channel->deleteLater();
        return;
    }
    if (m_state == State::ReadingSecret) {
        m_pending << channel;
        return;
    }
    handOver(channel);
}

void SshSession::handOver(SshChannel *channel)
{
    channel->setParent(nullptr);
    channel->moveToThread(m_thread);
    SshConnection *connection = m_connection;
    // Queued after connectToServer(): the connection keeps it until it is signed in.
    QMetaObject::invokeMethod(connection, [connection, channel] {
        connection->addChannel(channel);
    });
}

void SshSession::cancelChannel(quint64 id)
{
    if (!m_connection)
        return;
    SshConnection *connection = m_connection;
    QMetaObject::invokeMethod(connection, [connection, id] {
        connection->cancelChannel(id);
    });
}

void SshSession::onConnected()
{
    m_state = State::Connected;
    Q_EMIT opened();
}

void SshSession::onFailed(const SshError &error)
{
    m_state = State::Failed;
    m_error = error;
    Q_EMIT failed(error);
}

} // namespace fornax
