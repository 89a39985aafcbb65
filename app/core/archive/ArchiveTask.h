#pragma once

#include "archive/ArchiveError.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>

class QThread;

namespace fornax {

class BoundedBuffer;

/**
 * The common life of ArchiveWriter and ArchiveExtractor: one worker thread at one end of a
 * BoundedBuffer, started once, cancellable at any time, with progress counters any thread may
 * read.
 *
 * The work itself blocks (on files, on the buffer), so it runs on a thread of its own while the
 * object stays in the thread that created it; progressed() and finished() are emitted from the
 * worker and reach receivers in other threads queued. When the work fails or is cancelled the
 * buffer is aborted with the error's message, so the other end (a transport) stops at once and
 * can show why. Subclasses implement run() and call stopAndWait() in their destructor.
 */
class ArchiveTask : public QObject
{
    Q_OBJECT

public:
    ~ArchiveTask() override;

    // Starts the worker thread; a second call does nothing.
    void start();
    // Stops as soon as possible (the buffer is aborted, which wakes a blocked worker); the
    // error becomes Cancelled. Safe from any thread, also before start() or after the end.
    void cancel();
    // Waits for the worker to end. True if it has ended (or never started).
    bool wait(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    bool isRunning() const { return m_started.load() && !m_finished.load(); }
    bool isFinished() const { return m_finished.load(); }
    // The outcome, once finished (None while running and on success).
    ArchiveError error() const;

    // Uncompressed bytes of file data and regular files handled so far.
    qint64 bytesDone() const { return m_bytesDone.load(); }
    qint64 filesDone() const { return m_filesDone.load(); }
    BoundedBuffer *buffer() const { return m_buffer; }

Q_SIGNALS:
    // At most ten times a second while the work runs, and once at the end.
    void progressed(qint64 bytesDone, qint64 filesDone);
    // Emitted once, from the worker thread, after error() is set.
    void finished();

protected:
    ArchiveTask(BoundedBuffer *buffer, QObject *parent);

    // The work, on the worker thread. Returns the outcome; on failure the buffer is aborted
    // afterwards, on success the subclass has already closed or drained it.
    virtual ArchiveError run() = 0;

    // For the subclasses' destructors: the worker must be gone before their members are.
    void stopAndWait();
    bool isCancelled() const { return m_cancelled.load(); }
    // Worker thread only.
    void addProgress(qint64 bytes, qint64 files);

private:
    void work();

    BoundedBuffer *m_buffer;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_started {false};
    std::atomic<bool> m_finished {false};
    std::atomic<bool> m_cancelled {false};
    std::atomic<qint64> m_bytesDone {0};
    std::atomic<qint64> m_filesDone {0};
    QElapsedTimer m_sinceProgress; // worker thread only
    mutable std::mutex m_errorMutex;
    ArchiveError m_error;
};

} // namespace fornax
