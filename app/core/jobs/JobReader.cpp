#include "JobReader.h"

#include "hub/HubClient.h"
#include "hub/ReplyLimit.h"
#include "jobs/JobScript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace fornax {

namespace {

constexpr int TimeoutMs = 30'000;
// A status file is a dozen short lines; its contents model a little more.
constexpr qint64 StatusLimit = ReplyLimit::Small;

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

JobReader::JobReader(HubClient *client, const QUrl &serverUrl, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_serverUrl(serverUrl)
{ }

JobReader::~JobReader()
{
    abortAll();
}

void JobReader::abortAll()
{
    // Nobody waits for these answers any more: no callback may run into a destroyed reader.
    for (const QPointer<QNetworkReply> &reply : std::exchange(m_replies, {})) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QUrl JobReader::contentsUrl(const QUrl &serverUrl, const QString &path, bool withContent)
{
    QUrl url = HubClient::serverStateUrl(serverUrl, QStringLiteral("api/contents/"));
    url.setPath(url.path() + path);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("content"), withContent ? QStringLiteral("1") : QStringLiteral("0"));
    url.setQuery(query);
    return url;
}

QUrl JobReader::filesUrl(const QUrl &serverUrl, const QString &path)
{
    QUrl url = HubClient::serverStateUrl(serverUrl, QStringLiteral("files/"));
    url.setPath(url.path() + path);
    return url;
}

QStringList JobReader::jobIds(const QByteArray &listing)
{
    QStringList ids;
    const QJsonArray content =
        QJsonDocument::fromJson(listing).object().value(QLatin1String("content")).toArray();
    for (const auto &value : content) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QLatin1String("name")).toString();
        if (entry.value(QLatin1String("type")).toString() == QLatin1String("directory")
            && JobScript::isValidId(name))
            ids.append(name);
    }
    // Ids begin with their UTC submission time: newest first, as JobScript::list() prints them.
    std::sort(ids.begin(), ids.end(), std::greater<>());
    return ids;
}

QByteArray JobReader::fileText(const QByteArray &model)
{
    const QJsonObject object = QJsonDocument::fromJson(model).object();
    if (object.value(QLatin1String("format")).toString() != QLatin1String("text"))
        return {};
    return object.value(QLatin1String("content")).toString().toUtf8();
}

JobStatus JobReader::judged(JobStatus job, qint64 serverStarted, const QDateTime &now)
{
    if (!job.isActive())
        return job;
    const qint64 ranOn = job.fields.value(QStringLiteral("server_started")).toLongLong();
    if (serverStarted > 0 && ranOn > 0 && ranOn != serverStarted) {
        job.state = JobStatus::State::ServerStopped;
        return job;
    }
    // Its wrapper ends it at its time limit and leaves "starting" within seconds: a job past
    // either by minutes has lost its wrapper (killed with everything else on the server), and
    // is not shown (and polled) as running forever.
    const bool pastLimit = job.maxSeconds > 0 && job.started.isValid()
        && job.started.addSecs(job.maxSeconds + StaleAfterSeconds) < now;
    const bool neverStarted = job.state == JobStatus::State::Starting && job.submitted.isValid()
        && job.submitted.addSecs(StaleAfterSeconds) < now;
    if (pastLimit || neverStarted)
        job.state = JobStatus::State::Unknown;
    return job;
}

QNetworkReply *JobReader::get(const QUrl &url, qint64 limit, const QByteArray &range)
{
    QNetworkRequest request = m_client->request(url);
    request.setTransferTimeout(TimeoutMs);
    if (!range.isEmpty())
        request.setRawHeader("Range", range);
    QNetworkReply *reply = m_client->guardRedirects(m_client->network()->get(request));
    ReplyLimit::apply(reply, limit);
    m_replies.removeAll(nullptr);
    m_replies.append(reply);
    return reply;
}

void JobReader::list(qint64 serverStarted, const ListDone &done)
{
    if (!m_client) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done(false, tr("Nobody is signed in."), {});
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkReply *reply = get(contentsUrl(m_serverUrl, JobScript::jobsFolder(), true), ReplyLimit::Listing);
    connect(reply, &QNetworkReply::finished, this, [this, reply, serverStarted, done] {
        reply->deleteLater();
        const QByteArray body = ReplyLimit::body(reply);
        if (httpStatus(reply) == 404) {
            done(true, {}, {}); // no job ever ran on this server's home
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            done(false, tr("The jobs on your server could not be read (%1).").arg(reply->errorString()), {});
            return;
        }
        const QStringList ids = jobIds(body);
        if (ids.isEmpty()) {
            done(true, {}, {});
            return;
        }
        // One read per job's status file; the answer once all have answered, in the ids' order.
        struct Pending
        {
            QList<std::optional<JobStatus>> jobs;
            qsizetype left = 0;
            QString error;
        };
        auto pending = std::make_shared<Pending>();
        pending->jobs.resize(ids.size());
        pending->left = ids.size();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString &id = ids.at(i);
            QNetworkReply *statusReply =
                get(contentsUrl(m_serverUrl, JobScript::jobFolder(id) + QStringLiteral("/status"), true),
                    StatusLimit);
            connect(statusReply, &QNetworkReply::finished, this,
                    [statusReply, pending, i, id, serverStarted, done] {
                        statusReply->deleteLater();
                        const QByteArray model = ReplyLimit::body(statusReply);
                        // A folder without a status yet (a submission under way) is left out, as
                        // the shell's list does; any other failure fails the list.
                        if (statusReply->error() == QNetworkReply::NoError)
                            pending->jobs[i] = judged(JobStatus::parse(id, fileText(model)), serverStarted);
                        else if (httpStatus(statusReply) != 404 && pending->error.isEmpty())
                            pending->error = tr("The status of job %1 could not be read (%2).")
                                                 .arg(id, statusReply->errorString());
                        if (--pending->left > 0)
                            return;
                        if (!pending->error.isEmpty()) {
                            done(false, pending->error, {});
                            return;
                        }
                        QList<JobStatus> jobs;
                        for (const std::optional<JobStatus> &job : std::as_const(pending->jobs)) {
                            if (job)
                                jobs.append(*job);
                        }
                        done(true, {}, jobs);
                    });
        }
    });
}

void JobReader::readTail(const QString &jobId, qint64 bytes, const TailDone &done)
{
    if (!m_client || !JobScript::isValidId(jobId)) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done(false, {});
            },
            Qt::QueuedConnection);
        return;
    }
    // A suffix range: the server sends only the end, however long the log has grown.
    QNetworkReply *reply = get(filesUrl(m_serverUrl, JobScript::jobFolder(jobId) + QStringLiteral("/log")),
                               bytes + 1024, "bytes=-" + QByteArray::number(bytes));
    connect(reply, &QNetworkReply::finished, this, [reply, bytes, done] {
        reply->deleteLater();
        QByteArray body = ReplyLimit::body(reply);
        // 416: the log is empty (nothing to take the end of).
        if (httpStatus(reply) == 416) {
            done(true, {});
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            done(false, {});
            return;
        }
        if (body.size() > bytes) // a server that ignored the range sent it all
            body = body.right(bytes);
        done(true, body);
    });
}

} // namespace fornax
