#include "TransferRate.h"

#include <cmath>

namespace fornax {

TransferRate::TransferRate(qint64 windowMs)
    : m_windowMs(windowMs)
{
    restart();
}

void TransferRate::restart()
{
    m_samples.clear();
    m_clock.start();
    m_samples.append({0, 0});
}

void TransferRate::add(qint64 bytesDone)
{
    const qint64 now = m_clock.elapsed();
    if (!m_samples.isEmpty() && m_samples.constLast().ms == now) {
        m_samples.last().bytes = bytesDone;
    } else {
        m_samples.append({now, bytesDone});
    }
    // Keep one sample older than the window so the window is always covered.
    while (m_samples.size() > 2 && now - m_samples.at(1).ms >= m_windowMs)
        m_samples.removeFirst();
}

double TransferRate::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const Sample &first = m_samples.constFirst();
    const Sample &last = m_samples.constLast();
    const qint64 span = last.ms - first.ms;
    if (span < 250)
        return 0;
    return double(last.bytes - first.bytes) * 1000.0 / double(span);
}

qint64 TransferRate::secondsLeft(qint64 remainingBytes) const
{
    const double rate = bytesPerSecond();
    if (rate <= 0 || remainingBytes < 0)
        return -1;
    return qint64(std::ceil(double(remainingBytes) / rate));
}

} // namespace fornax
