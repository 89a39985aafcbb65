#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace fornax {

class TransferJob;

/**
 * The list of uploads and downloads that the transfer panel, the tray and the command line
 * show, and the one place that decides when each runs.
 *
 * Jobs run one at a time by default (they share the server's disk and one terminal each, and
 * a second stream rarely makes the first faster); the rest wait in order. A job that fails on
 * something another attempt may fix (a cut connection) is retried by itself a few times with
 * growing pauses; every other failure waits for the user's Retry. The queue can be held, for
 * example while the server starts: jobs added then wait and run once it is released. Finished
 * jobs stay listed until cleared, so a user can see what happened while they were away.
 */
class TransferQueue : public QObject
{
    Q_OBJECT

public:
    explicit TransferQueue(QObject *parent = nullptr);
    ~TransferQueue() override;

    // Takes ownership; the job starts when a slot is free and the queue is not held.
    void add(TransferJob *job);
    QList<TransferJob *> jobs() const;
    // Removes (and deletes) the jobs that ended.
    void clearFinished();
    // Starts a failed or cancelled job again, from scratch.
    void retry(TransferJob *job);
    void cancelAll();

    void setMaxActive(int count);
    int maxActive() const { return m_maxActive; }
    // Automatic attempts after a retryable failure (default 3; 0 turns them off).
    void setAutoRetries(int count) { m_autoRetries = count; }
    // The first pause before an automatic retry; it doubles each time (default 2 s).
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }
    void setHeld(bool held);
    bool isHeld() const { return m_held; }

    // Jobs that have not ended yet (running or waiting).
    int pendingCount() const;
    // Over the jobs that have not ended: bytes done and total (-1 while a total is unknown).
    qint64 bytesDone() const;
    qint64 bytesTotal() const;
    // For the running jobs, from their current speed; -1 when unknown.
    qint64 secondsLeft() const;
    // "2 transfers, 1.2 GB of 3.4 GB, about 3 minutes left"; empty when nothing is pending.
    QString summary() const;

Q_SIGNALS:
    void jobAdded(fornax::TransferJob *job);
    void jobRemoved(fornax::TransferJob *job);
    void jobFinished(fornax::TransferJob *job);
    // Progress or state of any job changed (at most a few times a second per job).
    void changed();

private:
    void startNext();
    void onJobFinished(TransferJob *job);

    QList<QPointer<TransferJob>> m_jobs;
    QList<TransferJob *> m_waitingRetry;
    QHash<TransferJob *, int> m_autoRetried;
    int m_maxActive = 1;
    int m_autoRetries = 3;
    int m_retryDelayMs = 2000;
    bool m_held = false;
};

} // namespace fornax
