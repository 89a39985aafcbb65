#pragma once

#include "CliCommand.h"
#include "CommandSpec.h"

namespace fornax::cli {

// `status`: the server's state, size, address and times, for people or as JSON.
class StatusCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    // Its name, help and options, for CommandTable.
    static CommandSpec spec();
    void run() override;
};

} // namespace fornax::cli
