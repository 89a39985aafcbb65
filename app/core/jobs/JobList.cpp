#include "JobList.h"

#include "jobs/JobClient.h"

namespace fornax {

namespace {

constexpr qint64 TailBytes = 4096;
constexpr int DefaultRefreshMs = 5000;

} // namespace

JobList::JobList(JobClient *client, const RateCard &card, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_card(card)
{
    m_timer.setInterval(DefaultRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &JobList::refresh);
}

int JobList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

QHash<int, QByteArray> JobList::roleNames() const
{
    return {{IdRole, "id"},
            {FileRole, "file"},
            {StateRole, "state"},
            {StateTextRole, "stateText"},
            {ActiveRole, "active"},
            {StartedRole, "started"},
            {ElapsedSecondsRole, "elapsedSeconds"},
            {CostRole, "cost"},
            {ExitCodeRole, "exitCode"},
            {LogTailRole, "logTail"}};
}

QVariant JobList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const JobStatus &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2").arg(job.file, job.stateText());
    case IdRole:
        return job.id;
    case FileRole:
        return job.file;
    case StateRole:
        return JobStatus::stateName(job.state);
    case StateTextRole:
        return job.stateText();
    case ActiveRole:
        return job.isActive();
    case StartedRole:
        return job.started;
    case ElapsedSecondsRole:
        return job.elapsedSeconds();
    case CostRole: {
        const std::optional<double> rate = m_card.hourlyRate(job.serverSize);
        if (!rate || job.elapsedSeconds() < 0)
            return {};
        return *rate * double(job.elapsedSeconds()) / 3600.0;
    }
    case ExitCodeRole:
        return job.exitCode;
    case LogTailRole:
        return m_tails.value(job.id);
    default:
        return {};
    }
}

int JobList::runningCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const JobStatus &job) {
        return job.isActive();
    }));
}

int JobList::rowOf(const QString &jobId) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == jobId)
            return row;
    }
    return -1;
}

void JobList::refresh()
{
    if (!m_client || m_inFlight)
        return;
    m_inFlight = true;
    m_client->list(m_serverStarted, [this](const JobClient::Outcome &outcome, const QList<JobStatus> &jobs) {
        m_inFlight = false;
        if (!outcome.ok) {
            m_timer.stop();
            Q_EMIT refreshFailed(outcome.error);
            return;
        }
        apply(jobs);
        for (const JobStatus &job : jobs) {
            if (job.isActive())
                fetchLogTail(job.id);
        }
        if (runningCount() > 0)
            m_timer.start();
        else
            m_timer.stop();
        Q_EMIT refreshed();
    });
}

void JobList::apply(const QList<JobStatus> &jobs)
{
    // Gone rows first (a job folder removed on the server), then updates and new rows in order.
    for (int row = int(m_jobs.size()) - 1; row >= 0; --row) {
        const QString id = m_jobs.at(row).id;
        const bool kept = std::any_of(jobs.cbegin(), jobs.cend(), [&id](const JobStatus &job) {
            return job.id == id;
        });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_jobs.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < jobs.size(); ++row) {
        const JobStatus &job = jobs.at(row);
        const int at = rowOf(job.id);
        if (at < 0) {
            const int place = std::min(row, int(m_jobs.size()));
            beginInsertRows({}, place, place);
            m_jobs.insert(place, job);
            endInsertRows();
            continue;
        }
        const bool ended = m_jobs.at(at).isActive() && !job.isActive();
        m_jobs[at] = job;
        Q_EMIT dataChanged(index(at), index(at));
        if (ended && m_loaded)
            Q_EMIT jobEnded(job.id, JobStatus::stateName(job.state));
    }
    m_loaded = true;
}

void JobList::fetchLogTail(const QString &jobId)
{
    if (!m_client)
        return;
    m_client->readLog(jobId, -TailBytes,
                      [this, jobId](const JobClient::Outcome &outcome, const JobScript::LogChunk &chunk) {
                          if (!outcome.ok)
                              return;
                          m_tails.insert(jobId, QString::fromUtf8(chunk.bytes));
                          if (const int row = rowOf(jobId); row >= 0)
                              Q_EMIT dataChanged(index(row), index(row), {LogTailRole});
                      });
}

} // namespace fornax
