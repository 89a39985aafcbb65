#include "LoopbackBackend.h"

#include "LoopbackCommands.h"
#include "LoopbackStream.h"

namespace fornax {

LoopbackBackend::LoopbackBackend(const QString &home, QObject *parent)
    : TransferBackend(parent)
    , m_home(home)
{ }

void LoopbackBackend::connectRun()
{
    if (m_reachable)
        Q_EMIT ready();
    else
        Q_EMIT unavailable(ArchiveStream::Failure::Network, unreachableReason());
}

QString LoopbackBackend::unreachableReason() const
{
    return m_reachable ? QString() : tr("The stand-in server is switched off.");
}

ServerCommands *LoopbackBackend::newCommands(QObject *parent)
{
    return new LoopbackCommands(m_home, parent);
}

ArchiveStream *LoopbackBackend::newStream(const ArchiveStream::Context &context, QObject *parent)
{
    return new LoopbackStream(m_home, context, parent);
}

} // namespace fornax
