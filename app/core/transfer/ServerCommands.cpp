#include "ServerCommands.h"

namespace fornax {

CommandOutcome CommandOutcome::finished(int exitCode, const QByteArray &output)
{
    CommandOutcome outcome;
    outcome.exitCode = exitCode;
    outcome.output = output;
    return outcome;
}

CommandOutcome CommandOutcome::failed(const QString &reason, const QString &message)
{
    CommandOutcome outcome;
    outcome.status = Status::Failed;
    outcome.exitCode = -1;
    outcome.reason = reason;
    outcome.message = message;
    return outcome;
}

CommandOutcome CommandOutcome::refused(const QString &reason)
{
    CommandOutcome outcome = failed(reason);
    outcome.status = Status::Refused;
    return outcome;
}

void ServerCommands::setHeartbeat(std::chrono::milliseconds) { }

} // namespace fornax
