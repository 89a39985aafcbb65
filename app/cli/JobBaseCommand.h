#pragma once

#include "CliCommand.h"
#include "jobs/JobStatus.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace fornax {
class JobClient;
class TransferBackend;
} // namespace fornax

namespace fornax::cli {

/**
 * What `run`, `jobs` and `job` share: a JobClient for the running server (through the transfer
 * engine's terminal), the hub's start time of that server (jobs of an earlier one show as
 * "server stopped during the job"), following a job's log, and one line per job for people.
 */
class JobBaseCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    ~JobBaseCommand() override;

protected:
    // The client for the server at serverUrl, made once; owned by the command.
    JobClient *jobClient(const QUrl &serverUrl);
    qint64 serverStartedEpoch() const;
    // True when the server runs; else says so (and how to see the jobs) and finishes with 5.
    bool requireRunningServer();
    // Prints the log of jobId from offset as it grows, until the job has ended (or forever with
    // follow == false: one read). done gets the job's last state name, or "" when reading failed
    // (the message was printed).
    void followLog(const QString &jobId, bool follow, const std::function<void(const QString &state)> &done);
    // Writes into the usage ledger every job of jobs it does not know yet, and the end of every
    // ended one whose end it does not know: its server time and, with --stop-when-done, the
    // estimated cost the stop saved (the hub's idle time before it culls, at the size's rate).
    void recordInLedger(const QList<JobStatus> &jobs);
    // Records a job that was just started.
    void recordStarted(const QString &jobId, const QString &file, const QString &size);
    // Adds to a job's line and object its size, the estimated credits of its server time so far
    // and, for a job that stopped the server, what that saved and on which assumption (the
    // hub's idle cull, else its time limit: JobCost). Unknown figures are said to be unknown.
    void addCost(const JobStatus &job, QString *line, QJsonObject *json) const;
    static QString elapsedText(qint64 seconds);
    static QString describe(const JobStatus &job);
    // What the job did about the server at its end ("" when nothing), with two leading spaces.
    // stoppedBy: the job that stopped the server for this one, when it handed its stop over.
    static QString stopText(const JobStatus &job, const QString &stoppedBy = {});

private:
    struct HubLimits
    {
        int cullMinutes = 0;
        int maxHours = 0;
    };
    // The idle cull and time limit the settings know for this hub (0: not known).
    HubLimits hubLimits() const;
    void readLogFrom(const QString &jobId, qint64 offset, bool follow,
                     const std::function<void(const QString &state)> &done);

    QPointer<TransferBackend> m_backend;
    QPointer<JobClient> m_client;
};

} // namespace fornax::cli
