#pragma once

#include "transfer/TransferBackend.h"

namespace fornax {

/**
 * A local folder standing in for the user's server, for tests of the jobs without a hub: the
 * jobs' own scripts run in a local `sh` whose home is that folder (LoopbackCommands), and the
 * archive streams in and out of it like SSH's (LoopbackStream). Conflicts, placement,
 * verification and the fault points (FaultPoint) behave as on a real server, in milliseconds.
 * Always reachable; setReachable(false) makes it answer like a server that went away.
 */
class LoopbackBackend : public TransferBackend
{
    Q_OBJECT

public:
    explicit LoopbackBackend(const QString &home, QObject *parent = nullptr);

    QString home() const { return m_home; }
    void setReachable(bool reachable) { m_reachable = reachable; }

    void connectRun() override;
    Way way() const override { return Way::Loopback; }
    QString unreachableReason() const override;
    ServerCommands *newCommands(QObject *parent) override;
    ArchiveStream *newStream(const ArchiveStream::Context &context, QObject *parent) override;

private:
    QString m_home;
    bool m_reachable = true;
};

} // namespace fornax
