#include "Notification.h"

namespace fornax {

QString Notification::kindName(Kind kind)
{
    switch (kind) {
    case Kind::General:
        break;
    case Kind::ServerReady:
        return QStringLiteral("server-ready");
    case Kind::JobEnded:
        return QStringLiteral("job-ended");
    case Kind::CullSoon:
        return QStringLiteral("cull-soon");
    case Kind::HardLimitSoon:
        return QStringLiteral("hard-limit-soon");
    case Kind::ServerStopped:
        return QStringLiteral("server-stopped");
    case Kind::TransferDone:
        return QStringLiteral("transfer-done");
    case Kind::CreditAlert:
        return QStringLiteral("credit-alert");
    }
    return QStringLiteral("general");
}

} // namespace fornax
