#include "TransferListModel.h"

#include "DataSize.h"
#include "TransferController.h"
#include "transfer/TransferJob.h"
#include "transfer/TransferQueue.h"

#include <QLocale>

namespace fornax::ui {

TransferListModel::TransferListModel(TransferController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    for (TransferJob *job : controller->queue()->jobs())
        m_jobs.append(job);
    connect(controller->queue(), &TransferQueue::jobAdded, this, &TransferListModel::addJob);
    connect(controller->queue(), &TransferQueue::jobRemoved, this, &TransferListModel::removeJob);
    // The queue says "changed" a few times a second per job at most: every row is cheap to redo.
    connect(controller->queue(), &TransferQueue::changed, this, &TransferListModel::refresh);
}

int TransferListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int TransferListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

TransferJob *TransferListModel::job(int row) const
{
    return row >= 0 && row < m_jobs.size() ? m_jobs.at(row).data() : nullptr;
}

int TransferListModel::rowOf(const TransferJob *job) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row) == job)
            return row;
    }
    return -1;
}

namespace {

QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString TransferListModel::durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds >= 3600)
        return QString::number(seconds / 3600) + QLatin1Char(':') + twoDigits((seconds / 60) % 60)
            + QLatin1Char(':') + twoDigits(seconds % 60);
    return QString::number(seconds / 60) + QLatin1Char(':') + twoDigits(seconds % 60);
}

QVariant TransferListModel::data(const QModelIndex &index, int role) const
{
    const TransferJob *job = index.isValid() ? this->job(index.row()) : nullptr;
    if (!job)
        return {};
    const QLocale locale;
    const qint64 done = job->bytesDone();
    const qint64 total = job->bytesTotal();
    const bool running = job->state() == TransferJob::State::Transferring;
    int percent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : -1;
    if (job->state() == TransferJob::State::Finished)
        percent = 100;
    if (role == JobRole)
        return QVariant::fromValue(const_cast<TransferJob *>(job));
    if (role == PercentRole)
        return percent;
    if (role == Qt::ToolTipRole) {
        if (!job->errorString().isEmpty())
            return job->errorString();
        const QString where = job->direction() == TransferJob::Direction::Upload
            ? tr("To %1 on your server")
                  .arg(TransferController::remoteFolder(job).isEmpty()
                           ? tr("your home folder")
                           : TransferController::remoteFolder(job))
            : tr("To %1 on this computer").arg(job->target());
        // Which way the bytes go and why (TransferMethod), once the job has chosen.
        const TransferMethod::Choice way = job->methodChoice();
        if (way.reason.isEmpty())
            return where;
        return QString(
            where + QLatin1Char('\n')
            + (way.way == TransferMethod::Way::Direct ? tr("Files as they are: %1") : tr("One archive: %1"))
                  .arg(way.reason));
    }
    if (role == Qt::TextAlignmentRole && index.column() >= BytesColumn && index.column() <= TimeLeftColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return job->title();
    case DirectionColumn:
        return job->direction() == TransferJob::Direction::Upload ? tr("Upload") : tr("Download");
    case ProgressColumn:
        return percent < 0 ? tr("unknown") : tr("%1 %").arg(percent);
    case BytesColumn:
        if (total < 0)
            return done > 0 ? DataSize::format(done) : QString();
        return tr("%1 of %2").arg(DataSize::format(done), DataSize::format(total));
    case RateColumn:
        return running && job->bytesPerSecond() > 0 ? DataSize::rate(job->bytesPerSecond()) : QString();
    case TimeLeftColumn:
        return running ? durationText(job->secondsLeft()) : QString();
    case StateColumn:
        return m_controller->stateText(job);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TransferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case DirectionColumn:
        return tr("Direction");
    case ProgressColumn:
        return tr("Progress");
    case BytesColumn:
        return tr("Bytes");
    case RateColumn:
        return tr("Rate");
    case TimeLeftColumn:
        return tr("Time left");
    case StateColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

void TransferListModel::addJob(TransferJob *job)
{
    const int row = int(m_jobs.size());
    beginInsertRows({}, row, row);
    m_jobs.append(job);
    endInsertRows();
}

void TransferListModel::removeJob(TransferJob *job)
{
    const int row = rowOf(job);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_jobs.removeAt(row);
    endRemoveRows();
}

void TransferListModel::refresh()
{
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1));
}

} // namespace fornax::ui
