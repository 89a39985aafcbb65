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

QString CommandOutcome::lastLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString line = QString::fromUtf8(lines.at(i).trimmed());
        if (!line.isEmpty())
            return line.left(300);
    }
    return {};
}

QString CommandOutcome::asSentence(const QString &text)
{
    if (text.isEmpty() || QStringLiteral(".!?)”\"").contains(text.back()))
        return text;
    return text + QLatin1Char('.');
}

void ServerCommands::setHeartbeat(std::chrono::milliseconds) { }

void ServerCommands::setTimings(const std::shared_ptr<StepTimings> &) { }

} // namespace fornax
