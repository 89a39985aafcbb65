#pragma once

#include "CommandSpec.h"
#include "JobBaseCommand.h"

namespace fornax::cli {

/**
 * `job log ID [--follow]`, `job cancel ID`, `job fetch ID OUT-FOLDER`: one job on the server.
 * log prints what the job wrote (stdout and stderr; a notebook's cell outputs and a failing
 * cell's traceback), following it until the job ends with --follow. cancel ends every process
 * of the job on the server. fetch downloads the job's folder (the executed notebook and what the
 * job wrote) through the same egress check as `download`.
 */
class JobCommand : public JobBaseCommand
{
    Q_OBJECT

public:
    using JobBaseCommand::JobBaseCommand;
    static CommandSpec spec();
    void run() override;

    static constexpr QLatin1String FollowOption {"follow"};

private:
    static QString check(const CommandLine &commandLine);
    void log(const QString &id);
    void cancel(const QString &id);
    void fetch(const QString &id, const QString &folder);
};

} // namespace fornax::cli
