#include "HubBackend.h"

#include "Logging.h"
#include "account/CredentialStore.h"
#include "hub/HubClient.h"
#include "ssh/SshSession.h"
#include "transfer/backends/jupyter/ContentsStream.h"
#include "transfer/backends/jupyter/FilesStream.h"
#include "transfer/backends/jupyter/TerminalCommands.h"
#include "transfer/backends/ssh/SshCommands.h"
#include "transfer/backends/ssh/SshStream.h"

#include <QCoreApplication>

namespace fornax {

HubBackend::HubBackend(HubClient *client, const QUrl &serverUrl, QObject *parent)
    : TransferBackend(parent)
    , m_client(client)
    , m_serverUrl(serverUrl)
{ }

HubBackend::~HubBackend()
{
    stopConnecting();
}

void HubBackend::setSshConfig(const SshConfig &config)
{
    if (config == m_sshConfig)
        return;
    m_sshConfig = config;
    // A session made for the old config is no use any more.
    if (m_ownSession) {
        m_ownSession->deleteLater();
        m_ownSession = nullptr;
    }
}

void HubBackend::setCredentialStore(CredentialStore *store)
{
    m_store = store;
}

void HubBackend::setSshSession(SshSession *session)
{
    m_sharedSession = session;
}

SshSession *HubBackend::session() const
{
    if (!m_ssh)
        return nullptr;
    return m_sharedSession ? m_sharedSession.data() : m_ownSession;
}

QString HubBackend::unreachableReason() const
{
    if (m_ssh && !session())
        return QCoreApplication::translate("fornax::TransferJob",
                                           "The SSH connection to your server is gone.");
    if (!m_ssh && !m_client)
        return QCoreApplication::translate("fornax::TransferJob", "The connection to the hub is gone.");
    return {};
}

void HubBackend::connectRun()
{
    m_ssh = false;
    m_fallbackReason.clear();
    if (!m_sharedSession && !m_sshConfig.isValid()) {
        Q_EMIT ready();
        return;
    }
    SshSession *session = m_sharedSession;
    if (!session) {
        if (!m_ownSession) {
            m_ownSession = new SshSession(m_sshConfig, this);
            m_ownSession->setConnectTimeout(m_sshTimeout);
        }
        m_ownSession->setCredentialStore(m_store);
        session = m_ownSession;
    }
    if (session->isConnected()) {
        sshAnswered(true, {});
        return;
    }
    stopConnecting();
    m_sshWait = new QObject(this);
    connect(session, &SshSession::opened, m_sshWait, [this] {
        sshAnswered(true, {});
    });
    connect(session, &SshSession::failed, m_sshWait, [this](const SshError &error) {
        sshAnswered(false, error);
    });
    connect(session, &SshSession::hostKeyUnknown, m_sshWait,
            [session](const QString &fingerprint, const QString &keyType) {
                qCWarning(lcSsh) << "the host key of" << session->config().displayName() << "(" << keyType
                                 << fingerprint
                                 << ") has not been accepted yet; accept it in the hub's SSH settings";
                session->rejectHostKey();
            });
    qCInfo(lcSsh) << "tries SSH to" << session->config().displayName();
    if (session->state() == SshSession::State::AwaitingHostKey) { // a shared session, asking already
        session->rejectHostKey();
        return;
    }
    session->open();
}

void HubBackend::stopConnecting()
{
    delete m_sshWait;
    m_sshWait = nullptr;
}

void HubBackend::sshAnswered(bool ok, const SshError &error)
{
    stopConnecting();
    if (ok) {
        m_ssh = true;
        qCInfo(lcSsh) << "the run goes over SSH";
        Q_EMIT ready();
        return;
    }
    m_fallbackReason = error.message();
    if (!m_client) {
        Q_EMIT unavailable(SshStream::failureFor(error), error.message());
        return;
    }
    qCWarning(lcSsh).noquote() << "the run uses the contents API: SSH did not work (" << error.kindName()
                               << "):" << error.message();
    Q_EMIT ready();
}

void HubBackend::endRun()
{
    if (m_ownSession)
        m_ownSession->close();
}

ServerCommands *HubBackend::newCommands(QObject *parent)
{
    if (SshSession *ssh = session())
        return new SshCommands(ssh, parent);
    return new TerminalCommands(m_client, m_serverUrl, parent);
}

ArchiveStream *HubBackend::newStream(const ArchiveStream::Context &context, QObject *parent)
{
    if (SshSession *ssh = session())
        return new SshStream(ssh, context, parent);
    if (context.method == TransferMethod::Way::Direct)
        return new FilesStream(m_client, m_serverUrl, context, parent);
    return new ContentsStream(m_client, m_serverUrl, context, parent);
}

} // namespace fornax
