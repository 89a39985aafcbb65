#include "BoundedBuffer.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace fornax {

BoundedBuffer::BoundedBuffer(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_storage(size_t(std::max<qsizetype>(capacity, 1)))
{ }

BoundedBuffer::~BoundedBuffer() = default;

qsizetype BoundedBuffer::putLocked(const char *data, qsizetype size)
{
    const qsizetype cap = capacity();
    const qsizetype n = std::min(size, cap - m_size);
    if (n <= 0)
        return 0;
    const qsizetype tail = (m_head + m_size) % cap;
    const qsizetype first = std::min(n, cap - tail);
    std::memcpy(m_storage.data() + tail, data, size_t(first));
    if (n > first)
        std::memcpy(m_storage.data(), data + first, size_t(n - first));
    m_size += n;
    m_peak = std::max(m_peak, m_size);
    m_bytesWritten += n;
    return n;
}

qsizetype BoundedBuffer::takeLocked(char *data, qsizetype maxSize)
{
    const qsizetype cap = capacity();
    const qsizetype n = std::min(maxSize, m_size);
    if (n <= 0)
        return 0;
    const qsizetype first = std::min(n, cap - m_head);
    std::memcpy(data, m_storage.data() + m_head, size_t(first));
    if (n > first)
        std::memcpy(data + first, m_storage.data(), size_t(n - first));
    m_head = (m_head + n) % cap;
    m_size -= n;
    m_bytesRead += n;
    return n;
}

bool BoundedBuffer::write(const char *data, qsizetype size)
{
    qsizetype done = 0;
    while (done < size) {
        bool notifyReader = false;
        {
            std::unique_lock lock(m_mutex);
            m_canWrite.wait(lock, [this] {
                return m_aborted || m_closed || m_size < capacity();
            });
            if (m_aborted || m_closed)
                return false;
            done += putLocked(data + done, size - done);
            notifyReader = std::exchange(m_readerWaiting, false);
        }
        m_canRead.notify_one();
        if (notifyReader)
            Q_EMIT readyRead();
    }
    return true;
}

qsizetype BoundedBuffer::tryWrite(const char *data, qsizetype size)
{
    qsizetype n = 0;
    bool notifyReader = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_aborted || m_closed)
            return -1;
        n = putLocked(data, size);
        if (n < size)
            m_writerWaiting = true;
        if (n > 0)
            notifyReader = std::exchange(m_readerWaiting, false);
    }
    if (n > 0)
        m_canRead.notify_one();
    if (notifyReader)
        Q_EMIT readyRead();
    return n;
}

void BoundedBuffer::closeWriting()
{
    bool notifyReader = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_closed || m_aborted)
            return;
        m_closed = true;
        notifyReader = std::exchange(m_readerWaiting, false);
    }
    m_canRead.notify_all();
    m_canWrite.notify_all();
    if (notifyReader)
        Q_EMIT readyRead();
}

qsizetype BoundedBuffer::read(char *data, qsizetype maxSize)
{
    qsizetype n = 0;
    bool notifyWriter = false;
    {
        std::unique_lock lock(m_mutex);
        m_canRead.wait(lock, [this] {
            return m_aborted || m_closed || m_size > 0;
        });
        if (m_aborted)
            return -1;
        if (m_size == 0)
            return 0; // closed and drained
        n = takeLocked(data, maxSize);
        if (n > 0)
            notifyWriter = std::exchange(m_writerWaiting, false);
    }
    m_canWrite.notify_one();
    if (notifyWriter)
        Q_EMIT spaceAvailable();
    return n;
}

QByteArray BoundedBuffer::read(qsizetype maxSize)
{
    QByteArray chunk(std::min(maxSize, capacity()), Qt::Uninitialized);
    const qsizetype n = read(chunk.data(), chunk.size());
    chunk.truncate(std::max<qsizetype>(n, 0));
    return chunk;
}

qsizetype BoundedBuffer::tryRead(char *data, qsizetype maxSize)
{
    qsizetype n = 0;
    bool notifyWriter = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_aborted)
            return -1;
        n = takeLocked(data, maxSize);
        if (n == 0) {
            if (m_closed)
                return -1;
            m_readerWaiting = true;
            return 0;
        }
        notifyWriter = std::exchange(m_writerWaiting, false);
    }
    m_canWrite.notify_one();
    if (notifyWriter)
        Q_EMIT spaceAvailable();
    return n;
}

void BoundedBuffer::abort(const QString &reason)
{
    bool notifyReader = false;
    bool notifyWriter = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_aborted)
            return;
        m_aborted = true;
        m_abortReason = reason;
        // What is still inside will never be read; the counters keep what really went through.
        m_head = 0;
        m_size = 0;
        notifyReader = std::exchange(m_readerWaiting, false);
        notifyWriter = std::exchange(m_writerWaiting, false);
    }
    m_canRead.notify_all();
    m_canWrite.notify_all();
    if (notifyReader)
        Q_EMIT readyRead();
    if (notifyWriter)
        Q_EMIT spaceAvailable();
}

bool BoundedBuffer::isAborted() const
{
    std::lock_guard lock(m_mutex);
    return m_aborted;
}

QString BoundedBuffer::abortReason() const
{
    std::lock_guard lock(m_mutex);
    return m_abortReason;
}

bool BoundedBuffer::isWritingClosed() const
{
    std::lock_guard lock(m_mutex);
    return m_closed;
}

bool BoundedBuffer::atEnd() const
{
    std::lock_guard lock(m_mutex);
    return m_closed && !m_aborted && m_size == 0;
}

qsizetype BoundedBuffer::size() const
{
    std::lock_guard lock(m_mutex);
    return m_size;
}

qsizetype BoundedBuffer::peakSize() const
{
    std::lock_guard lock(m_mutex);
    return m_peak;
}

} // namespace fornax
