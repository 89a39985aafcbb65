#pragma once

#include "CommandSpec.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace fornax::cli {

/**
 * Every command of the command line, in the order `--help` lists them: the one place that maps
 * a name to its command class. A new command is a class with a static spec() and a line in
 * all(); CommandLine and CliRunner need no change.
 */
class CommandTable
{
public:
    // The commands' specs, translated (call after the translators are installed to show them).
    static QList<CommandSpec> all();
    // The command typed as name; nullopt when there is none of that name.
    static std::optional<CommandSpec> find(const QString &name);
    static QStringList names();
    // The commands that have an option of this name (without dashes), in table order.
    static QStringList commandsWithOption(const QString &optionName);
    // Every command's options, each name once: enough to tell, before the command is known,
    // which options take a value (and so which argument is the command).
    static QList<QCommandLineOption> allOptions();
};

} // namespace fornax::cli
