#pragma once

#include "CliCommand.h"

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
    void run() override;

private:
    ServerController *m_controller = nullptr;
};

} // namespace fornax::cli
