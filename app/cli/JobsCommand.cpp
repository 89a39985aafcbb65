#include "JobsCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "Settings.h"
#include "cost/RateCard.h"
#include "hub/HubClient.h"
#include "hub/ServerMonitor.h"
#include "jobs/JobClient.h"

#include <QHash>
#include <QJsonArray>

namespace fornax::cli {

CommandSpec JobsCommand::spec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("jobs");
    spec.summary = tr("List the jobs on your server (run with “run”).");
    spec.description =
        tr("Lists every job in your server's job folder (fornax-jobs~ in your home), newest first: its id, "
           "file, state, start, elapsed time, exit code, server size, the estimated credits of its server "
           "time (so far, or in all) and, for a job that stopped the server, what that saved (against idling "
           "until the hub's idle cull, else until its time limit). A job whose server stopped under it shows "
           "as “server stopped during the job”. "
           "With --json, one object per job.");
    spec.reach = CommandSpec::Reach::Server;
    spec.check = &CliCommand::checkNoArguments;
    spec.create = &createCommand<JobsCommand>;
    return spec;
}

void JobsCommand::run()
{
    if (!requireRunningServer())
        return;
    jobClient(m_context.monitor->status().url)
        ->list(serverStartedEpoch(), [this](const JobClient::Outcome &outcome, const QList<JobStatus> &jobs) {
            CliOutput &out = *m_context.output;
            if (!outcome.ok) {
                out.error(outcome.error);
                Q_EMIT finished(ExitCode::Failed);
                return;
            }
            recordInLedger(jobs);
            if (jobs.isEmpty())
                out.line(tr("No jobs on your server. Start one with “fornax-desktop run FILE”."));
            // Which job stopped the server for the jobs that handed their stop over.
            QHash<QString, QString> stoppedBy;
            for (const JobStatus &job : jobs) {
                const QStringList stopFor =
                    job.fields.value(QStringLiteral("stop_for")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                for (const QString &id : stopFor)
                    stoppedBy.insert(id, job.id);
            }
            for (const JobStatus &job : jobs) {
                QJsonObject json = job.toJson();
                QString line = describe(job);
                addCost(job, &line, &json);
                line += stopText(job, stoppedBy.value(job.id));
                if (stoppedBy.contains(job.id))
                    json.insert(QStringLiteral("server_stopped_by"), stoppedBy.value(job.id));
                out.line(line);
                json.insert(QStringLiteral("event"), QStringLiteral("job"));
                out.json(json);
            }
            Q_EMIT finished(ExitCode::Success);
        });
}

} // namespace fornax::cli
