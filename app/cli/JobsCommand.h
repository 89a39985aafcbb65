#pragma once

#include "CommandSpec.h"
#include "JobBaseCommand.h"

namespace fornax::cli {

// `jobs`: every job on the server, newest first, with its state, start, elapsed time, server
// size and estimated cost so far (read from the job folders, so jobs started elsewhere show too).
class JobsCommand : public JobBaseCommand
{
    Q_OBJECT

public:
    using JobBaseCommand::JobBaseCommand;
    static CommandSpec spec();
    void run() override;
};

} // namespace fornax::cli
