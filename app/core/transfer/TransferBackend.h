#pragma once

#include "transfer/ArchiveStream.h"

#include <QObject>
#include <QString>

namespace fornax {

class ServerCommands;

/**
 * The way a transfer reaches the server, chosen once when the job is made: it makes the two
 * things a job's run needs, the ServerCommands that run its steps and the ArchiveStream that
 * moves its archive, so that job code holds no branch for any transport.
 *
 * backends/HubBackend is a real server (the Jupyter way, or SSH first when the hub has it set
 * up, falling back to the Jupyter way); backends/loopback/LoopbackBackend is a local folder
 * standing in for the server, for unit tests of the jobs without a hub.
 *
 * Each run of a job begins with connectRun(), which ends in ready() or unavailable() (it may
 * answer before it returns); way() and fallbackReason() then describe the run. endRun() closes
 * what the run held open (an ended job keeps no idle connection).
 */
class TransferBackend : public QObject
{
    Q_OBJECT

public:
    enum class Way { Jupyter, Ssh, Loopback };
    Q_ENUM(Way)

    using QObject::QObject;

    virtual void connectRun() = 0;
    // Stops waiting for connectRun()'s answer: neither signal follows.
    virtual void stopConnecting() { }
    virtual void endRun() { }
    virtual Way way() const = 0;
    // Why a preferred way (SSH) was configured but not used in this run; empty otherwise.
    virtual QString fallbackReason() const { return {}; }
    // Empty while the server can be reached; else why not, as a sentence for the user.
    virtual QString unreachableReason() const = 0;

    // Whether this run can move single files as they are (TransferMethod::Way::Direct): the
    // Jupyter way can, the SSH way streams archives only.
    virtual bool movesFilesDirectly() const { return false; }

    virtual ServerCommands *newCommands(QObject *parent) = 0;
    virtual ArchiveStream *newStream(const ArchiveStream::Context &context, QObject *parent) = 0;

Q_SIGNALS:
    void ready();
    void unavailable(fornax::ArchiveStream::Failure failure, const QString &message);
};

} // namespace fornax
