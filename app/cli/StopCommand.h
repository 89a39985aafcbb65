#pragma once

#include "CliCommand.h"

namespace fornax::cli {

// `stop`: stops the server and, unless --no-wait, waits until the hub reports it gone.
class StopCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void run() override;
};

} // namespace fornax::cli
