#pragma once

#include "CliCommand.h"
#include "CommandSpec.h"

namespace fornax::cli {

/**
 * `usage [--month YYYY-MM] [--json]`: what was downloaded and how long servers ran in a month,
 * with the estimated cost per hub, from the local usage ledger, and, for hubs that grant a
 * yearly allotment, the allotment year so far (CreditYear: used, left, burn rate, forecast,
 * alerts; always the current year, whatever --month says). Needs no hub and no sign-in, so
 * CliRunner runs it without finding the hub; --hub (or $FORNAX_HUB) narrows it to one hub.
 */
class UsageCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    // Its name, help and options, for CommandTable.
    static CommandSpec spec();
    void run() override;

    static constexpr QLatin1String MonthOption {"month"};

private:
    static QString check(const CommandLine &commandLine);
};

} // namespace fornax::cli
