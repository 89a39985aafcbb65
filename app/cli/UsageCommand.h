#pragma once

#include "CliCommand.h"

namespace fornax::cli {

/**
 * `usage [--month YYYY-MM] [--json]`: what was downloaded and how long servers ran in a month,
 * with the estimated cost per hub, from the local usage ledger. Needs no hub and no sign-in, so
 * CliRunner runs it without finding the hub; --hub (or $FORNAX_HUB) narrows it to one hub.
 */
class UsageCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void run() override;
};

} // namespace fornax::cli
