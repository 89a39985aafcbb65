#include "SshShell.h"

#include "ssh/SshChannel.h"
#include "ssh/SshSession.h"

namespace fornax {

SshShell::SshShell(SshSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &SshSession::opened, this, &SshShell::ready);
}

SshShell::~SshShell()
{
    if (m_current && m_session)
        m_session->cancelChannel(m_current);
}

bool SshShell::isReady() const
{
    return m_session && m_session->isConnected();
}

void SshShell::open()
{
    if (!m_session)
        return;
    if (m_session->isConnected()) {
        QMetaObject::invokeMethod(this, &SshShell::ready, Qt::QueuedConnection);
        return;
    }
    m_session->open();
}

void SshShell::run(const QString &command, std::chrono::milliseconds timeout, const QByteArray &input)
{
    m_queue.append({command, timeout, input});
    if (!m_current)
        sendNext();
}

void SshShell::close()
{
    m_queue.clear();
    if (m_current && m_session)
        m_session->cancelChannel(m_current);
    m_current = 0;
    QMetaObject::invokeMethod(this, &SshShell::closed, Qt::QueuedConnection);
}

QString SshShell::quoted(const QString &argument)
{
    QString text = argument;
    text.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

void SshShell::sendNext()
{
    if (m_current || m_queue.isEmpty())
        return;
    const Command command = m_queue.takeFirst();
    if (!m_session) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT commandFailed(tr("The SSH connection is gone."));
                sendNext();
            },
            Qt::QueuedConnection);
        return;
    }
    SshChannel::Spec spec;
    spec.command = command.text.toUtf8();
    spec.inputPrefix = command.input;
    spec.maxCapture = m_maxOutput;
    spec.timeout = command.timeout;
    spec.server = m_session->config().displayName();
    auto *channel = new SshChannel(spec);
    const quint64 id = channel->id();
    m_current = id;
    connect(channel, &SshChannel::finished, this,
            [this, id](int exitStatus, const QByteArray &output, const QByteArray &errorOutput) {
                if (m_current != id)
                    return;
                m_current = 0;
                Q_EMIT commandFinished(exitStatus, output + errorOutput);
                sendNext();
            });
    connect(channel, &SshChannel::failed, this, [this, id](const SshError &error, const QByteArray &) {
        if (m_current != id)
            return;
        m_current = 0;
        Q_EMIT commandFailed(error.message());
        sendNext();
    });
    m_session->startChannel(channel);
}

} // namespace fornax
