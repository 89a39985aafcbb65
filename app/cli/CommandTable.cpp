#include "CommandTable.h"

#include "DownloadCommand.h"
#include "JobCommand.h"
#include "JobsCommand.h"
#include "KeepAliveCommand.h"
#include "RunCommand.h"
#include "StartCommand.h"
#include "StatusCommand.h"
#include "StopCommand.h"
#include "StorageCommand.h"
#include "UploadCommand.h"
#include "UsageCommand.h"

#include <QSet>

namespace fornax::cli {

QList<CommandSpec> CommandTable::all()
{
    return {StatusCommand::spec(),   StartCommand::spec(), StopCommand::spec(),    UploadCommand::spec(),
            DownloadCommand::spec(), UsageCommand::spec(), StorageCommand::spec(), KeepAliveCommand::spec(),
            RunCommand::spec(),      JobsCommand::spec(),  JobCommand::spec()};
}

std::optional<CommandSpec> CommandTable::find(const QString &name)
{
    for (const CommandSpec &spec : all()) {
        if (spec.name == name)
            return spec;
    }
    return std::nullopt;
}

QStringList CommandTable::names()
{
    QStringList result;
    for (const CommandSpec &spec : all())
        result << spec.name;
    return result;
}

QStringList CommandTable::commandsWithOption(const QString &optionName)
{
    QStringList result;
    for (const CommandSpec &spec : all()) {
        for (const QCommandLineOption &option : spec.options) {
            if (option.names().contains(optionName)) {
                result << spec.name;
                break;
            }
        }
    }
    return result;
}

QList<QCommandLineOption> CommandTable::allOptions()
{
    QList<QCommandLineOption> result;
    QSet<QString> seen;
    for (const CommandSpec &spec : all()) {
        for (const QCommandLineOption &option : spec.options) {
            if (seen.contains(option.names().constFirst()))
                continue;
            seen.insert(option.names().constFirst());
            result << option;
        }
    }
    return result;
}

} // namespace fornax::cli
