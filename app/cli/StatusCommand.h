#pragma once

#include "CliCommand.h"

namespace fornax::cli {

// `status`: the server's state, size, address and times, for people or as JSON.
class StatusCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void run() override;
};

} // namespace fornax::cli
