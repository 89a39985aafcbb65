#pragma once

#include <QElapsedTimer>
#include <QList>

namespace fornax {

/**
 * Speed and time left of a transfer, from the bytes done over the last few seconds.
 *
 * A whole-transfer average hides a stall and a per-sample rate jumps with every chunk; a
 * sliding window of a few seconds follows real changes (a slower link, a paused server) and
 * still reads calmly. The time left is the bytes left at that speed.
 */
class TransferRate
{
public:
    explicit TransferRate(qint64 windowMs = 5000);

    void restart();
    // Bytes done so far (monotonic within one run).
    void add(qint64 bytesDone);
    // Bytes per second; 0 until two samples are at least a quarter second apart.
    double bytesPerSecond() const;
    // Seconds left for remaining bytes; -1 while the speed is unknown.
    qint64 secondsLeft(qint64 remainingBytes) const;

private:
    struct Sample
    {
        qint64 ms;
        qint64 bytes;
    };
    qint64 m_windowMs;
    QElapsedTimer m_clock;
    QList<Sample> m_samples;
};

} // namespace fornax
