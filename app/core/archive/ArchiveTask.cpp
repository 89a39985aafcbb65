#include "ArchiveTask.h"

#include "BoundedBuffer.h"
#include "Logging.h"

#include <QThread>

namespace fornax {

ArchiveTask::ArchiveTask(BoundedBuffer *buffer, QObject *parent)
    : QObject(parent)
    , m_buffer(buffer)
{
    Q_ASSERT(buffer);
}

ArchiveTask::~ArchiveTask()
{
    // A subclass that forgot stopAndWait() would have its members destroyed under a running
    // worker; this only protects the base.
    stopAndWait();
}

void ArchiveTask::start()
{
    if (m_started.exchange(true))
        return;
    m_sinceProgress.start();
    m_thread.reset(QThread::create([this] {
        work();
    }));
    m_thread->setObjectName(QStringLiteral("fornax-archive"));
    m_thread->start();
}

void ArchiveTask::cancel()
{
    if (m_finished.load() || m_cancelled.exchange(true))
        return;
    m_buffer->abort(ArchiveError(ArchiveError::Kind::Cancelled).message());
}

bool ArchiveTask::wait(QDeadlineTimer deadline)
{
    if (!m_thread)
        return true;
    return m_thread->wait(deadline);
}

ArchiveError ArchiveTask::error() const
{
    std::lock_guard lock(m_errorMutex);
    return m_error;
}

void ArchiveTask::stopAndWait()
{
    if (!m_thread)
        return;
    if (!m_finished.load())
        cancel();
    // Also after isFinished(): the worker may still be emitting finished().
    m_thread->wait();
    m_thread.reset();
}

void ArchiveTask::addProgress(qint64 bytes, qint64 files)
{
    m_bytesDone += bytes;
    m_filesDone += files;
    if (m_sinceProgress.elapsed() >= 100) {
        m_sinceProgress.restart();
        Q_EMIT progressed(m_bytesDone.load(), m_filesDone.load());
    }
}

void ArchiveTask::work()
{
    ArchiveError outcome = run();
    // Whatever broke after a cancel (the aborted buffer, a half-written file) is the cancel.
    if (outcome.isError() && m_cancelled.load())
        outcome = ArchiveError(ArchiveError::Kind::Cancelled);
    if (outcome.isError()) {
        qCDebug(lcArchive) << "archive task failed:" << outcome.kindName() << outcome.message();
        m_buffer->abort(outcome.message());
    }
    {
        std::lock_guard lock(m_errorMutex);
        m_error = outcome;
    }
    Q_EMIT progressed(m_bytesDone.load(), m_filesDone.load());
    m_finished = true;
    Q_EMIT finished();
}

} // namespace fornax
