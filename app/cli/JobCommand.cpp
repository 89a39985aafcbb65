#include "JobCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "JobFetch.h"
#include "TransferCommand.h"
#include "hub/ServerMonitor.h"
#include "jobs/JobClient.h"
#include "jobs/JobScript.h"

namespace fornax::cli {

CommandSpec JobCommand::spec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("job");
    spec.syntax = tr("log ID [--follow] | cancel ID | fetch ID OUT-FOLDER");
    spec.summary = tr("Show a job's log, cancel it, or download its outputs.");
    spec.description =
        tr("“job log ID” prints what the job wrote so far (with --follow: until it ends). “job cancel ID” "
           "ends every process of the job on the server. “job fetch ID OUT-FOLDER” downloads the job's "
           "folder (its inputs, the executed notebook and every file it wrote) into OUT-FOLDER, through the "
           "same egress check as “download”. IDs are listed by “fornax-desktop jobs”.");
    spec.reach = CommandSpec::Reach::Server;
    spec.options = {
        {QStringList {FollowOption}, tr("With “log”: keep printing until the job ends.")},
        {QStringList {QStringLiteral("y"), TransferCommand::YesOption},
         tr("With “fetch”: answer yes to a large download's cost warning. Never passes the monthly budget.")},
        {QStringList {TransferCommand::OnConflictOption},
         tr("With “fetch”: what to do with files that exist already (as for “download”)."), tr("POLICY")},
    };
    spec.check = &JobCommand::check;
    spec.create = &createCommand<JobCommand>;
    return spec;
}

QString JobCommand::check(const CommandLine &commandLine)
{
    const QStringList arguments = commandLine.commandArguments();
    const QString action = arguments.value(0);
    const qsizetype wanted = action == QLatin1String("fetch") ? 3 : 2;
    if ((action != QLatin1String("log") && action != QLatin1String("cancel")
         && action != QLatin1String("fetch"))
        || arguments.size() != wanted)
        return tr("“job” needs what to do and a job id: “job log ID”, “job cancel ID” or “job fetch ID "
                  "OUT-FOLDER”.");
    if (!JobScript::isValidId(arguments.at(1)))
        return tr("“%1” is not a job id; “fornax-desktop jobs” lists them.")
            .arg(CliOutput::visible(arguments.at(1)));
    if (commandLine.isSet(FollowOption) && action != QLatin1String("log"))
        return tr("--follow goes with “job log”.");
    return {};
}

void JobCommand::run()
{
    if (!requireRunningServer())
        return;
    const QStringList arguments = m_context.commandLine->commandArguments();
    if (arguments.at(0) == QLatin1String("log"))
        log(arguments.at(1));
    else if (arguments.at(0) == QLatin1String("cancel"))
        cancel(arguments.at(1));
    else
        fetch(arguments.at(1), arguments.at(2));
}

void JobCommand::log(const QString &id)
{
    followLog(id, m_context.commandLine->isSet(FollowOption), [this](const QString &state) {
        Q_EMIT finished(state.isEmpty() ? ExitCode::Failed : ExitCode::Success);
    });
}

void JobCommand::cancel(const QString &id)
{
    jobClient(m_context.monitor->status().url)
        ->cancel(id, [this, id](const JobClient::Outcome &outcome, const QString &state) {
            CliOutput &out = *m_context.output;
            if (!outcome.ok) {
                out.error(outcome.error);
                Q_EMIT finished(ExitCode::Failed);
                return;
            }
            JobStatus status;
            status.state = JobStatus::stateFromName(state);
            if (status.state == JobStatus::State::Cancelled)
                out.line(tr("Job %1 was cancelled; nothing of it runs on the server any more.").arg(id));
            else
                out.line(tr("Job %1 had already ended (%2): nothing to cancel.").arg(id, status.stateText()));
            out.json({{QStringLiteral("event"), QStringLiteral("cancel")},
                      {QStringLiteral("id"), id},
                      {QStringLiteral("state"), state}});
            Q_EMIT finished(ExitCode::Success);
        });
}

void JobCommand::fetch(const QString &id, const QString &folder)
{
    auto *download = new JobFetch(m_context, JobScript::workFolder(id), folder, this);
    connect(download, &CliCommand::finished, this, &CliCommand::finished);
    download->run();
}

} // namespace fornax::cli
