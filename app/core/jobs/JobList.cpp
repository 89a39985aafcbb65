#include "JobList.h"

#include "jobs/JobClient.h"
#include "jobs/JobReader.h"

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
            {LogTailRole, "logTail"},
            {SavedRole, "saved"},
            {OutputRole, "output"}};
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
        return m_endedWithServer.contains(job.id) ? tr("ended and stopped the server") : job.stateText();
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
    case SavedRole: {
        const bool stopped =
            job.stopResult == QLatin1String("stopped") || job.stopResult == QLatin1String("requested");
        const std::optional<double> rate = m_card.hourlyRate(job.serverSize);
        if (job.isActive() || !stopped || !rate || m_cullMinutes <= 0)
            return {};
        return *rate * m_cullMinutes / 60.0; // as the command line's ledger entry counts it
    }
    case OutputRole:
        return outputPath(job);
    default:
        return {};
    }
}

QString JobList::outputPath(const JobStatus &job)
{
    QString folder = JobScript::workFolder(job.id);
    if (job.kind != QLatin1String("notebook"))
        return folder;
    // The name the wrapper writes (JobScript: OUT, "<stem>-executed.ipynb").
    QString stem = job.file;
    if (stem.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive))
        stem.chop(6);
    return folder + QLatin1Char('/') + stem + QStringLiteral("-executed.ipynb");
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

void JobList::setReader(JobReader *reader)
{
    m_reader = reader;
    m_inFlight = false; // an answer still coming from the old source is ignored (see listed())
}

void JobList::refresh()
{
    if (m_inFlight)
        return;
    if (m_reader) {
        m_inFlight = true;
        const QPointer<JobReader> reader = m_reader;
        m_reader->list(m_serverStarted,
                       [this, reader](bool ok, const QString &error, const QList<JobStatus> &jobs) {
                           if (reader == m_reader)
                               listed(ok, error, jobs);
                       });
        return;
    }
    if (!m_client)
        return;
    m_inFlight = true;
    m_client->list(m_serverStarted, [this](const JobClient::Outcome &outcome, const QList<JobStatus> &jobs) {
        listed(outcome.ok, outcome.error, jobs);
    });
}

void JobList::listed(bool ok, const QString &error, const QList<JobStatus> &jobs)
{
    m_inFlight = false;
    if (!ok) {
        m_timer.stop();
        Q_EMIT refreshFailed(error);
        return;
    }
    QSet<QString> wasActive;
    for (const JobStatus &job : std::as_const(m_jobs)) {
        if (job.isActive())
            wasActive.insert(job.id);
    }
    apply(jobs);
    // Running jobs' tails follow; a job that just ended gets its last lines (the wrapper's
    // closing ones) once more; others are read once.
    for (const JobStatus &job : jobs) {
        if (job.isActive() || wasActive.contains(job.id) || !m_tails.contains(job.id))
            fetchLogTail(job.id);
    }
    if (runningCount() > 0)
        m_timer.start();
    else
        m_timer.stop();
    Q_EMIT refreshed();
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
        m_endedWithServer.remove(job.id); // the status file says how it really ended
        const bool ended = m_jobs.at(at).isActive() && !job.isActive();
        m_jobs[at] = job;
        Q_EMIT dataChanged(index(at), index(at));
        if (ended && m_loaded)
            Q_EMIT jobEnded(job.id, JobStatus::stateName(job.state));
    }
    m_loaded = true;
}

void JobList::endWithServer(const QString &jobId)
{
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    JobStatus &job = m_jobs[row];
    if (!job.isActive()) {
        // Its end was read, the stop that followed was not.
        job.stopResult = QStringLiteral("stopped");
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    job.state = JobStatus::State::Unknown;
    job.stopResult = QStringLiteral("stopped");
    if (!job.ended.isValid())
        job.ended = QDateTime::currentDateTimeUtc();
    m_endedWithServer.insert(jobId);
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT jobEnded(jobId, JobStatus::stateName(job.state));
}

void JobList::fetchLogTail(const QString &jobId)
{
    if (m_reader) {
        m_reader->readTail(jobId, TailBytes, [this, jobId](bool ok, const QByteArray &tail) {
            if (ok)
                tailRead(jobId, tail);
        });
        return;
    }
    if (!m_client)
        return;
    m_client->readLog(jobId, -TailBytes,
                      [this, jobId](const JobClient::Outcome &outcome, const JobScript::LogChunk &chunk) {
                          if (outcome.ok)
                              tailRead(jobId, chunk.bytes);
                      });
}

void JobList::tailRead(const QString &jobId, const QByteArray &tail)
{
    m_tails.insert(jobId, QString::fromUtf8(tail));
    if (const int row = rowOf(jobId); row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {LogTailRole});
}

} // namespace fornax
