#pragma once

#include "CliCommand.h"
#include "CommandSpec.h"

namespace fornax {
class ResourceWatch;
class ServerProbe;
} // namespace fornax

namespace fornax::cli {

// `status`: the server's state, size, address and times, for people or as JSON; while the server
// runs, what it uses (one resource sample, read without counting as its activity) and warnings.
class StatusCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    // Its name, help and options, for CommandTable.
    static CommandSpec spec();
    void run() override;

private:
    void report();

    ServerProbe *m_probe = nullptr;
    ResourceWatch *m_watch = nullptr;
};

} // namespace fornax::cli
