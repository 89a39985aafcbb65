#pragma once

#include "CliCommand.h"
#include "CommandSpec.h"

#include <QMap>

namespace fornax {
class ServerController;
}

namespace fornax::cli {

// `start [--profile SLUG] [--option KEY=VALUE]...`: starts the server and, unless --no-wait,
// shows progress until it is ready.
class StartCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    // Its name, help and options, for CommandTable.
    static CommandSpec spec();
    void run() override;

    static constexpr QLatin1String ProfileOption {"profile"};
    static constexpr QLatin1String OptionOption {"option"};
    // --option KEY=VALUE pairs, in the order given; pairs without "=" are left out (check()
    // refuses them first).
    static QMap<QString, QString> profileOptions(const CommandLine &commandLine);

private:
    static QString check(const CommandLine &commandLine);

    ServerController *m_controller = nullptr;
};

} // namespace fornax::cli
