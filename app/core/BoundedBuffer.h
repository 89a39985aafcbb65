#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace fornax {

/**
 * A fixed-size byte pipe between one producer thread and one consumer thread.
 *
 * This is what keeps a transfer's memory bounded whatever its size: the packer writes into it
 * and blocks while it is full, the transport reads from it and blocks while it is empty (and the
 * other way round for downloads). The storage is allocated once, at construction, and never
 * grows. closeWriting() marks the clean end of the data; abort() stops both sides at once (a
 * failed transport, a cancel, a damaged archive) and every later call fails, so no thread can
 * stay blocked on a partner that has gone. Code that runs in an event loop and must not block
 * uses tryWrite()/tryRead() and waits for spaceAvailable()/readyRead().
 */
class BoundedBuffer : public QObject
{
    Q_OBJECT

public:
    // Large enough to keep a compressor and a network stream busy, small enough not to matter.
    static constexpr qsizetype DefaultCapacity = qsizetype(4) * 1024 * 1024;

    explicit BoundedBuffer(qsizetype capacity = DefaultCapacity, QObject *parent = nullptr);
    ~BoundedBuffer() override;

    qsizetype capacity() const { return qsizetype(m_storage.size()); }

    // Producer side.
    // Blocks until all of data is in the buffer. False if the buffer was aborted or writing
    // was already closed (then an unknown part of data may have been taken).
    bool write(const char *data, qsizetype size);
    bool write(QByteArrayView data) { return write(data.data(), data.size()); }
    // Takes what fits without blocking: the number of bytes taken (0 when full, and then
    // spaceAvailable() follows once there is room), or -1 if aborted or closed.
    qsizetype tryWrite(const char *data, qsizetype size);
    // No more data will come; the consumer reads what is left, then sees the end.
    void closeWriting();

    // Consumer side.
    // Blocks until data is there: the number of bytes copied (> 0), 0 at the clean end of the
    // data, -1 if the buffer was aborted.
    qsizetype read(char *data, qsizetype maxSize);
    // The same; empty at the end and after an abort (see isAborted()).
    QByteArray read(qsizetype maxSize);
    // Does not block: bytes copied (> 0), 0 if nothing is there yet (readyRead() follows), -1 if
    // nothing more will ever come (the end, or an abort).
    qsizetype tryRead(char *data, qsizetype maxSize);

    // Either side, or a third party (a cancel button): both sides wake up and every later call
    // fails. The first reason is kept; it is what the other side shows to the user.
    void abort(const QString &reason);
    bool isAborted() const;
    QString abortReason() const;
    bool isWritingClosed() const;
    // The producer closed writing and everything was read.
    bool atEnd() const;

    qint64 bytesWritten() const { return m_bytesWritten.load(); }
    qint64 bytesRead() const { return m_bytesRead.load(); }
    // Bytes held right now, and the most ever held (never more than capacity()).
    qsizetype size() const;
    qsizetype peakSize() const;

Q_SIGNALS:
    // Emitted from the producer's thread after a tryRead() found nothing and data (or the end)
    // has arrived since.
    void readyRead();
    // Emitted from the consumer's thread after a tryWrite() found the buffer full and there is
    // room again (or the buffer was aborted).
    void spaceAvailable();

private:
    // Both need m_mutex held.
    qsizetype putLocked(const char *data, qsizetype size);
    qsizetype takeLocked(char *data, qsizetype maxSize);

    std::vector<char> m_storage;
    mutable std::mutex m_mutex;
    std::condition_variable m_canRead;
    std::condition_variable m_canWrite;
    qsizetype m_head = 0; // index of the oldest byte
    qsizetype m_size = 0;
    qsizetype m_peak = 0;
    bool m_closed = false;
    bool m_aborted = false;
    bool m_readerWaiting = false; // a tryRead() found nothing: owe it a readyRead()
    bool m_writerWaiting = false; // a tryWrite() found no room: owe it a spaceAvailable()
    QString m_abortReason;
    std::atomic<qint64> m_bytesWritten {0};
    std::atomic<qint64> m_bytesRead {0};
};

} // namespace fornax
