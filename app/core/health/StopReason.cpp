#include "StopReason.h"

namespace fornax {

QString StopReason::kindName() const
{
    switch (kind) {
    case Kind::Unknown:
        break;
    case Kind::Inactivity:
        return QStringLiteral("inactivity");
    case Kind::TimeLimit:
        return QStringLiteral("time-limit");
    case Kind::StoppedElsewhere:
        return QStringLiteral("stopped-elsewhere");
    case Kind::OutOfMemory:
        return QStringLiteral("out-of-memory");
    case Kind::StoppedThroughHub:
        return QStringLiteral("stopped-through-hub");
    }
    return QStringLiteral("unknown");
}

QString StopReason::describe(std::chrono::seconds duration)
{
    const qint64 seconds = std::max<qint64>(duration.count(), 0);
    if (seconds < 90)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < qint64(90) * 60)
        return tr("%n minute(s)", nullptr, int((seconds + 30) / 60));
    return tr("%n hour(s)", nullptr, int((seconds + 1800) / 3600));
}

} // namespace fornax
