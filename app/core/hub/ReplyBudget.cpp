#include "ReplyBudget.h"

#include <algorithm>

namespace fornax {

ReplyBudget::ReplyBudget(qint64 limit)
    : m_limit(std::max<qint64>(limit, 0))
{ }

bool ReplyBudget::admitDeclaredLength(const QByteArray &contentLength)
{
    const QByteArray text = contentLength.trimmed();
    const bool digitsOnly = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](char c) {
        return c >= '0' && c <= '9';
    });
    // More than 18 digits is more than any limit (and would overflow a qint64).
    if (digitsOnly && (text.size() > 18 || text.toLongLong() > m_limit))
        m_exceeded = true;
    return !m_exceeded;
}

bool ReplyBudget::admitReceived(qint64 bytesReceived)
{
    if (bytesReceived > m_limit)
        m_exceeded = true;
    return !m_exceeded;
}

QString ReplyBudget::sizeText(qint64 bytes)
{
    constexpr qint64 KiB = 1024;
    constexpr qint64 MiB = KiB * 1024;
    if (bytes >= MiB && bytes % MiB == 0)
        return tr("%1 MiB").arg(bytes / MiB);
    if (bytes >= KiB && bytes % KiB == 0)
        return tr("%1 KiB").arg(bytes / KiB);
    return tr("%n byte(s)", nullptr, int(bytes));
}

} // namespace fornax
