#pragma once

#include "jobs/JobStatus.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace fornax {

class HubClient;

/**
 * Reads the jobs on the user's server without counting as its activity: the job folders
 * (JobScript) through the Jupyter contents API and the log's tail through `/files` (a Range
 * request), every request with `?no_track_activity=1`. No terminal is opened — terminal traffic
 * is activity and would keep an idle server (and its bill) alive — so a window that polls its
 * jobs leaves a server that culls itself to cull itself. Submitting and cancelling, which are
 * the user's own acts, stay with JobClient.
 *
 * What it cannot do without a shell: see that a job's wrapper died while the same server runs.
 * A job whose status names another server than the one running now (its `server_started`) is
 * shown as "server stopped during the job" here, and one running well past its time limit as of
 * unknown state (judged()), without writing anything; JobClient::list() (the command line)
 * records what happened.
 *
 * Each call answers exactly once, from the event loop, with a sentence for the user on failure.
 */
class JobReader : public QObject
{
    Q_OBJECT

public:
    using ListDone = std::function<void(bool ok, const QString &error, const QList<JobStatus> &jobs)>;
    using TailDone = std::function<void(bool ok, const QByteArray &tail)>;

    JobReader(HubClient *client, const QUrl &serverUrl, QObject *parent = nullptr);
    ~JobReader() override;

    QUrl serverUrl() const { return m_serverUrl; }
    // Every job, newest first. serverStarted: the hub's `started` of the running server (epoch
    // seconds, 0 = unknown), so that jobs of an earlier server show as stopped with it.
    void list(qint64 serverStarted, const ListDone &done);
    // The last `bytes` bytes of the job's log (all of it when shorter).
    void readTail(const QString &jobId, qint64 bytes, const TailDone &done);

    // The contents API URL of path (relative to the home), with no_track_activity and the
    // query items given; and the `/files` URL of path. Public for the tests.
    static QUrl contentsUrl(const QUrl &serverUrl, const QString &path, bool withContent);
    static QUrl filesUrl(const QUrl &serverUrl, const QString &path);
    // The job folders' names in a contents API listing of the jobs folder, newest first.
    static QStringList jobIds(const QByteArray &listing);
    // The text of a contents API file model (format "text"); empty when it is not one.
    static QByteArray fileText(const QByteArray &model);
    // What a running job's status means as seen from here (display only; nothing is written):
    // a job of another server than the running one stopped with it (ServerStopped); one still
    // "running" StaleAfterSeconds past its time limit, or still "starting" that long after its
    // submission, lost its wrapper (Unknown).
    static JobStatus judged(JobStatus job, qint64 serverStarted,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());
    static constexpr qint64 StaleAfterSeconds = 300;

private:
    QNetworkReply *get(const QUrl &url, qint64 limit, const QByteArray &range = {});
    void abortAll();

    QPointer<HubClient> m_client;
    QUrl m_serverUrl;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace fornax
