#include "TransferQueue.h"

#include "DataSize.h"
#include "Logging.h"
#include "transfer/TransferJob.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

namespace fornax {

TransferQueue::TransferQueue(QObject *parent)
    : QObject(parent)
{ }

// The jobs are children: their destructors stop their workers.
TransferQueue::~TransferQueue() = default;

void TransferQueue::add(TransferJob *job)
{
    job->setParent(this);
    m_jobs.append(job);
    connect(job, &TransferJob::finished, this, [this, job] {
        onJobFinished(job);
    });
    connect(job, &TransferJob::progressed, this, &TransferQueue::changed);
    connect(job, &TransferJob::stateChanged, this, &TransferQueue::changed);
    Q_EMIT jobAdded(job);
    startNext();
    Q_EMIT changed();
}

QList<TransferJob *> TransferQueue::jobs() const
{
    QList<TransferJob *> result;
    for (const QPointer<TransferJob> &job : m_jobs) {
        if (job)
            result.append(job);
    }
    return result;
}

void TransferQueue::clearFinished()
{
    for (TransferJob *job : jobs()) {
        if (!job->isDone() || m_waitingRetry.contains(job))
            continue;
        m_jobs.removeAll(job);
        m_autoRetried.remove(job);
        Q_EMIT jobRemoved(job);
        job->deleteLater();
    }
    Q_EMIT changed();
}

void TransferQueue::retry(TransferJob *job)
{
    if (!job || !job->isDone())
        return;
    m_waitingRetry.removeAll(job);
    m_autoRetried.remove(job);
    // Back in line; startNext() starts it when its turn comes.
    job->requeue();
    startNext();
    Q_EMIT changed();
}

void TransferQueue::cancelAll()
{
    m_waitingRetry.clear();
    for (TransferJob *job : jobs())
        job->cancel();
}

void TransferQueue::setMaxActive(int count)
{
    m_maxActive = std::max(1, count);
    startNext();
}

void TransferQueue::setHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    startNext();
}

int TransferQueue::pendingCount() const
{
    int count = 0;
    for (TransferJob *job : jobs())
        count += !job->isDone() ? 1 : 0;
    return count;
}

qint64 TransferQueue::bytesDone() const
{
    qint64 done = 0;
    for (TransferJob *job : jobs()) {
        if (!job->isDone())
            done += job->bytesDone();
    }
    return done;
}

qint64 TransferQueue::bytesTotal() const
{
    qint64 total = 0;
    for (TransferJob *job : jobs()) {
        if (job->isDone())
            continue;
        if (job->bytesTotal() < 0)
            return -1;
        total += job->bytesTotal();
    }
    return total;
}

qint64 TransferQueue::secondsLeft() const
{
    qint64 seconds = 0;
    bool known = false;
    for (TransferJob *job : jobs()) {
        if (job->state() != TransferJob::State::Transferring)
            continue;
        const qint64 left = job->secondsLeft();
        if (left < 0)
            return -1;
        // Jobs run in turn, so their times add up.
        seconds += left;
        known = true;
    }
    return known ? seconds : -1;
}

QString TransferQueue::summary() const
{
    const int pending = pendingCount();
    if (pending == 0)
        return {};
    const QLocale locale;
    QString text = tr("%n transfer(s)", nullptr, pending);
    const qint64 total = bytesTotal();
    if (total > 0)
        text += tr(", %1 of %2").arg(DataSize::format(bytesDone()), DataSize::format(total));
    const qint64 left = secondsLeft();
    if (left >= 0) {
        if (left < 60)
            text += tr(", less than a minute left");
        else if (left < 3600)
            text += tr(", about %n minute(s) left", nullptr, int((left + 59) / 60));
        else
            text += tr(", about %n hour(s) left", nullptr, int((left + 3599) / 3600));
    }
    return text;
}

void TransferQueue::startNext()
{
    if (m_held)
        return;
    int active = 0;
    for (TransferJob *job : jobs())
        active += job->isActive() ? 1 : 0;
    for (TransferJob *job : jobs()) {
        if (active >= m_maxActive)
            return;
        if (job->state() == TransferJob::State::Queued) {
            job->start();
            ++active;
        }
    }
}

void TransferQueue::onJobFinished(TransferJob *job)
{
    Q_EMIT changed();
    const int retried = m_autoRetried.value(job);
    if (job->state() == TransferJob::State::Failed && job->isRetryable() && retried < m_autoRetries) {
        m_autoRetried.insert(job, retried + 1);
        const int delay = m_retryDelayMs * (1 << std::min(retried, 6));
        qCInfo(lcTransfer) << "retrying" << job->title() << "in" << delay << "ms:" << job->errorString();
        m_waitingRetry.append(job);
        QPointer<TransferJob> guarded(job);
        QTimer::singleShot(delay, this, [this, guarded] {
            if (!guarded || !m_waitingRetry.contains(guarded.data()))
                return;
            m_waitingRetry.removeAll(guarded.data());
            guarded->requeue();
            startNext();
        });
    } else {
        Q_EMIT jobFinished(job);
    }
    startNext();
}

} // namespace fornax
