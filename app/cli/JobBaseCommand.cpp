#include "JobBaseCommand.h"

#include "CliOutput.h"
#include "DataSize.h"
#include "ExitCode.h"
#include "Settings.h"
#include "account/HubDirectory.h"
#include "account/HubEntry.h"
#include "cost/RateCard.h"
#include "cost/UsageLedger.h"
#include "hub/HubClient.h"
#include "hub/ServerMonitor.h"
#include "jobs/JobClient.h"
#include "jobs/JobCost.h"
#include "transfer/backends/HubBackend.h"

#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <cstdio>

namespace fornax::cli {

JobBaseCommand::~JobBaseCommand() = default;

JobClient *JobBaseCommand::jobClient(const QUrl &serverUrl)
{
    if (!m_client) {
        m_backend = new HubBackend(m_context.client, serverUrl, this);
        m_client = new JobClient(m_backend, this);
    }
    return m_client;
}

qint64 JobBaseCommand::serverStartedEpoch() const
{
    const QDateTime started = m_context.monitor->status().started;
    return started.isValid() ? started.toSecsSinceEpoch() : 0;
}

bool JobBaseCommand::requireRunningServer()
{
    if (m_context.monitor->status().state == ServerStatus::State::Running)
        return true;
    m_context.output->error(tr("Your server is not running. Jobs are kept in your home folder on the server "
                               "(fornax-jobs~); start the server with “fornax-desktop start” to see them."));
    Q_EMIT finished(ExitCode::ServerNotRunning);
    return false;
}

void JobBaseCommand::followLog(const QString &jobId, bool follow,
                               const std::function<void(const QString &)> &done)
{
    readLogFrom(jobId, 0, follow, done);
}

void JobBaseCommand::readLogFrom(const QString &jobId, qint64 offset, bool follow,
                                 const std::function<void(const QString &)> &done)
{
    JobClient *client = jobClient(m_context.monitor->status().url);
    client->readLog(jobId, offset,
                    [this, jobId, offset, follow, done](const JobClient::Outcome &outcome,
                                                        const JobScript::LogChunk &chunk) {
                        if (!outcome.ok) {
                            m_context.output->error(outcome.error);
                            done({});
                            return;
                        }
                        if (!chunk.bytes.isEmpty()) {
                            if (m_context.output->isJson()) {
                                m_context.output->json(
                                    {{QStringLiteral("event"), QStringLiteral("log")},
                                     {QStringLiteral("id"), jobId},
                                     {QStringLiteral("text"), QString::fromUtf8(chunk.bytes)}});
                            } else {
                                // The log is the job's own bytes: written as they are, like `tail` would.
                                std::fwrite(chunk.bytes.constData(), 1, size_t(chunk.bytes.size()), stdout);
                                std::fflush(stdout);
                            }
                        }
                        const qint64 next = offset + chunk.bytes.size();
                        const bool active = JobStatus::stateFromName(chunk.state) == JobStatus::State::Running
                            || JobStatus::stateFromName(chunk.state) == JobStatus::State::Starting;
                        if (next < chunk.total) {
                            readLogFrom(jobId, next, follow, done); // more is there already
                            return;
                        }
                        if (!follow || !active) {
                            done(chunk.state);
                            return;
                        }
                        QTimer::singleShot(1000, this, [this, jobId, next, follow, done] {
                            readLogFrom(jobId, next, follow, done);
                        });
                    });
}

void JobBaseCommand::recordStarted(const QString &jobId, const QString &file, const QString &size)
{
    UsageLedger ledger;
    if (!ledger.recordJob(m_context.client->hub().base().toString(), m_context.userName, jobId, file, size,
                          QDateTime::currentDateTimeUtc()))
        m_context.output->error(
            tr("The job could not be written into the usage record: %1").arg(ledger.errorString()));
}

void JobBaseCommand::recordInLedger(const QList<JobStatus> &jobs)
{
    UsageLedger ledger;
    const QString hubUrl = m_context.client->hub().base().toString();
    const QString hubKey = RateCard::hubKey(hubUrl);
    QHash<QString, UsageRecord> known;
    for (const UsageRecord &record : ledger.records()) {
        if (record.kind == UsageRecord::Kind::Job && record.hub == hubKey
            && record.account == m_context.userName)
            known.insert(record.job, record);
    }
    Settings settings;
    const HubLimits limits = hubLimits();
    const RateCard card = RateCard::load(settings, hubUrl);
    for (const JobStatus &job : jobs) {
        const auto it = known.constFind(job.id);
        const bool ended = !job.isActive() && job.ended.isValid();
        if (it != known.cend() && (!ended || it->stop.isValid()))
            continue;
        const JobCost::Saving saving = JobCost::saved(job, card, limits.cullMinutes, limits.maxHours);
        const double saved = ended && saving.amount ? *saving.amount : -1;
        const QDateTime start = it != known.cend() ? it->time
            : job.submitted.isValid()              ? job.submitted
                                                   : job.started;
        if (!start.isValid())
            continue;
        ledger.recordJob(hubUrl, m_context.userName, job.id, job.file, job.serverSize, start,
                         ended ? job.ended : QDateTime(), saved);
    }
}

JobBaseCommand::HubLimits JobBaseCommand::hubLimits() const
{
    Settings settings;
    const HubDirectory directory(&settings, m_context.client->network());
    const auto entry = directory.confirmedHub(m_context.client->hub());
    if (entry)
        return {settings.idleCullMinutes(entry->id), settings.maxServerHours(entry->id)};
    // A hub given only on the command line: Fornax's limits are known (FACTS.md), others' not.
    if (RateCard::isFornax(m_context.client->hub().base().toString()))
        return {15, 48};
    return {};
}

void JobBaseCommand::addCost(const JobStatus &job, QString *line, QJsonObject *json) const
{
    Settings settings;
    const RateCard card = RateCard::load(settings, m_context.client->hub().base().toString());
    const std::optional<double> cost = JobCost::soFar(job, card);
    json->insert(QStringLiteral("cost_unit"), card.unit());
    json->insert(QStringLiteral("estimated_cost"), cost ? QJsonValue(*cost) : QJsonValue());
    if (cost)
        *line += QLatin1String("  ")
            + (job.isActive() ? tr("%1 so far") : tr("%1 in all")).arg(card.formatApproximate(*cost));
    else if (job.elapsedSeconds() >= 0 && !job.serverSize.isEmpty())
        *line += QLatin1String("  ")
            + tr("cost unknown (no rate for size “%1”; set one in the app's Costs settings)")
                  .arg(CliOutput::visible(job.serverSize));
    else if (job.elapsedSeconds() >= 0)
        *line += QLatin1String("  ") + tr("cost unknown");
    const HubLimits limits = hubLimits();
    const JobCost::Saving saving = JobCost::saved(job, card, limits.cullMinutes, limits.maxHours);
    json->insert(QStringLiteral("saved"), saving.amount ? QJsonValue(*saving.amount) : QJsonValue());
    QString assumption;
    if (saving.assumption == JobCost::Assumption::IdleCull)
        assumption = QStringLiteral("idle-cull");
    else if (saving.assumption == JobCost::Assumption::TimeLimit)
        assumption = QStringLiteral("time-limit");
    json->insert(QStringLiteral("saved_assumption"),
                 assumption.isEmpty() ? QJsonValue() : QJsonValue(assumption));
    json->insert(QStringLiteral("saved_idle_seconds"), saving.idleSeconds);
    if (!saving.amount) {
        if (JobCost::stoppedTheServer(job))
            *line += QLatin1String("  ")
                + tr("what stopping the server saved is unknown (no rate for this size, or the hub's idle "
                     "cull and "
                     "time limit are not known)");
        return;
    }
    if (saving.assumption == JobCost::Assumption::IdleCull)
        *line += QLatin1String("  ")
            + tr("stopping the server saved %1 (against idling until the hub's %n-minute idle cull)", nullptr,
                 int(saving.idleSeconds / 60))
                  .arg(card.formatApproximate(*saving.amount));
    else
        *line += QLatin1String("  ")
            + tr("stopping the server saved %1 (against running until the hub's %n-hour time limit)", nullptr,
                 limits.maxHours)
                  .arg(card.formatApproximate(*saving.amount));
}

QString JobBaseCommand::elapsedText(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("-");
    const auto two = [](qint64 value) {
        return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
    };
    return QString::number(seconds / 3600) + QLatin1Char(':') + two((seconds / 60) % 60) + QLatin1Char(':')
        + two(seconds % 60);
}

QString JobBaseCommand::describe(const JobStatus &job)
{
    const QLocale locale;
    const QString started = job.started.isValid()
        ? locale.toString(job.started.toLocalTime(), QLocale::ShortFormat)
        : QStringLiteral("-");
    QString text = tr("%1  %2  %3  started %4  elapsed %5")
                       .arg(job.id, CliOutput::visible(job.file), job.stateText(), started,
                            elapsedText(job.elapsedSeconds()));
    if (!job.isActive() && job.exitCode >= 0)
        text += QLatin1String("  ") + tr("exit code %1").arg(job.exitCode);
    text += QLatin1String("  ")
        + (job.serverSize.isEmpty() ? tr("size unknown")
                                    : tr("size %1").arg(CliOutput::visible(job.serverSize)));
    return text;
}

QString JobBaseCommand::stopText(const JobStatus &job, const QString &stoppedBy)
{
    QString text;
    const QString stopFor = job.fields.value(QStringLiteral("stop_for"));
    if (job.stopResult == QLatin1String("handed-over") && !stoppedBy.isEmpty())
        text += QLatin1String("  ") + tr("the server was stopped for it when job %1 ended").arg(stoppedBy);
    else if (job.stopResult == QLatin1String("handed-over"))
        text += QLatin1String("  ") + tr("the server stops when the last other job ends");
    else if (job.stopResult == QLatin1String("waiting-for-starting-job"))
        text += QLatin1String("  ") + tr("the server stop waits for a job being started");
    else if (job.stopResult.startsWith(QLatin1String("failed")))
        text += QLatin1String("  ")
            + tr("the server could not be stopped (%1)").arg(CliOutput::visible(job.stopResult));
    else if (JobCost::stoppedTheServer(job) && !stopFor.isEmpty())
        text += QLatin1String("  ") + tr("stopped the server for job %1").arg(CliOutput::visible(stopFor));
    else if (JobCost::stoppedTheServer(job))
        text += QLatin1String("  ") + tr("stopped the server");
    return text;
}

} // namespace fornax::cli
