#pragma once

#include "cost/RateCard.h"
#include "jobs/JobStatus.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace fornax {

class JobClient;
class JobReader;

/**
 * The jobs on the user's server as a list model, for a view (the window's Jobs panel) or any
 * other reader: one row per job, newest first, with its state, elapsed time, estimated cost so
 * far and the tail of its log. It reads the job folders on the server (JobClient::list), so it
 * shows jobs started by the command line or an earlier run of the app as well.
 *
 * With a reader (setReader(), the window's way) the list and the log tails are read through the
 * contents API, which never counts as the server's activity; without one, through the client's
 * terminal (JobClient::list(), which also records jobs whose wrapper died).
 *
 * refresh() reads the list once; while a job runs it refreshes by itself every
 * refreshInterval() (the log tails of running jobs too), and stops when none runs. Rows are
 * updated in place (dataChanged) and added or removed with the proper signals; jobEnded() is
 * emitted once per job seen to go from running to an end (for a notification), never for jobs
 * that had ended before the first refresh.
 */
class JobList : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        FileRole,
        StateRole, // JobStatus::stateName()
        StateTextRole, // for people
        ActiveRole,
        StartedRole, // QDateTime, UTC
        ElapsedSecondsRole, // -1 before it started
        CostRole, // double in the rate card's unit; invalid when the size has no rate
        ExitCodeRole,
        LogTailRole, // the last lines of its log (QString)
        // What stopping the server at the job's end saved (double, the rate card's unit): the
        // idle time the hub would have let the server run on, priced by its size. Invalid unless
        // the job's wrapper stopped the server and the rate and the cull time are known.
        SavedRole,
        OutputRole, // where its results are, relative to the home: the executed notebook or its folder
    };

    // client: not owned; card: prices elapsed time by the job's server size.
    JobList(JobClient *client, const RateCard &card, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // serverStarted: the hub's `started` for the running server (epoch seconds), so that jobs of
    // an earlier server show as "server stopped during the job".
    void setServerStarted(qint64 serverStarted) { m_serverStarted = serverStarted; }
    void setRateCard(const RateCard &card) { m_card = card; }
    // The hub's idle cull (minutes; 0: unknown), for SavedRole.
    void setIdleCullMinutes(int minutes) { m_cullMinutes = minutes; }
    // The executed notebook of a notebook job, else the job's work folder (relative to the home).
    static QString outputPath(const JobStatus &job);
    // Reads through reader instead of the client from now on (not owned; null: the client).
    void setReader(JobReader *reader);
    void refresh();
    void setRefreshInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int refreshInterval() const { return m_timer.interval(); }
    QList<JobStatus> jobs() const { return m_jobs; }
    int runningCount() const;
    // The server stopped and the hub says the running job's stop token was used: the job ended
    // and stopped its server (--stop-when-done), which the list could not read in time. Shown
    // as "ended and stopped the server" (jobEnded() follows) until the server runs again and
    // its status file is read. For a job whose end was read already, only its stop is recorded.
    void endWithServer(const QString &jobId);
    bool endedWithServer(const QString &jobId) const { return m_endedWithServer.contains(jobId); }
    // Reads the last part of one job's log into LogTailRole now.
    void fetchLogTail(const QString &jobId);

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &message);
    void jobEnded(const QString &jobId, const QString &stateName);

private:
    void apply(const QList<JobStatus> &jobs);
    int rowOf(const QString &jobId) const;

    void listed(bool ok, const QString &error, const QList<JobStatus> &jobs);
    void tailRead(const QString &jobId, const QByteArray &tail);

    QPointer<JobClient> m_client;
    QPointer<JobReader> m_reader;
    RateCard m_card;
    QList<JobStatus> m_jobs;
    QHash<QString, QString> m_tails;
    QSet<QString> m_endedWithServer;
    QTimer m_timer;
    qint64 m_serverStarted = 0;
    int m_cullMinutes = 0;
    bool m_loaded = false;
    bool m_inFlight = false;
};

} // namespace fornax
