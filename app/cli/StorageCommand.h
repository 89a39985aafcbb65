#pragma once

#include "CliCommand.h"
#include "CommandSpec.h"

#include <QPointer>

namespace fornax {
class StorageMeter;
}

namespace fornax::cli {

/**
 * `storage [--json]`: measures the home folder now through the running server (StorageWalk: the
 * contents API with no_track_activity, bounded; never a terminal), records the measure in the
 * usage ledger for the year's credits (what `usage` and the app's usage page price), and says
 * what it holds and what that costs a month. The app measures by itself at most every
 * StorageWalk::MinimumInterval while its window shows a running server; this asks now.
 */
class StorageCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    static CommandSpec spec();
    void run() override;
    void interrupt() override;

private:
    QPointer<StorageMeter> m_meter;
};

} // namespace fornax::cli
