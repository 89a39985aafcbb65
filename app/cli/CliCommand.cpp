#include "CliCommand.h"

#include "CommandLine.h"

namespace fornax::cli {

QCommandLineOption CliCommand::serverOption()
{
    return {QStringList {ServerOption}, tr("A named server instead of the default one."), tr("NAME")};
}

QCommandLineOption CliCommand::noWaitOption()
{
    return {QStringList {NoWaitOption}, tr("Return once the hub has accepted the request.")};
}

QCommandLineOption CliCommand::useTokenForServerOption()
{
    return {QStringList {UseTokenForServerOption},
            tr("If the hub will not make a token limited to your server, send your own token to the "
               "server too (software running there could then read it and act as you on the hub).")};
}

QString CliCommand::checkNoArguments(const CommandLine &commandLine)
{
    if (commandLine.commandArguments().isEmpty())
        return {};
    return tr("“%1” takes no arguments, but got “%2”.")
        .arg(commandLine.command(), commandLine.commandArguments().join(u' '));
}

} // namespace fornax::cli
