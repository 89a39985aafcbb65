#pragma once

#include <QMetaType>
#include <QString>

namespace fornax {

/**
 * One desktop notification as the app means it: which event it tells of, the title and the body
 * a person reads (already translated), and at most one action offered beside it ("Keep alive
 * 1 h"). A Notifier shows it; NotificationCenter decides whether and when.
 */
struct Notification
{
    // Every kind the user can turn off in Settings, and General for the app's own messages
    // (closing to the tray, a failed stop), which are not optional.
    enum class Kind {
        General,
        ServerReady,
        JobEnded,
        CullSoon,
        HardLimitSoon,
        ServerStopped,
        TransferDone,
        CreditAlert, // 50 / 80 / 100 % of the year's allotment or of the monthly budget
    };

    Kind kind = Kind::General;
    QString summary;
    QString body;
    QString actionKey; // empty: no action; otherwise passed back by Notifier::actionInvoked
    QString actionLabel;

    // A stable word per kind for logs: "server-ready", "cull-soon", ...
    static QString kindName(Kind kind);
};

} // namespace fornax

Q_DECLARE_METATYPE(fornax::Notification)
