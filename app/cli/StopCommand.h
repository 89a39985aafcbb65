#pragma once

#include "CliCommand.h"
#include "CommandSpec.h"

namespace fornax::cli {

// `stop`: stops the server and, unless --no-wait, waits until the hub reports it gone.
class StopCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    // Its name, help and options, for CommandTable.
    static CommandSpec spec();
    void run() override;
};

} // namespace fornax::cli
