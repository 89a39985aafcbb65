#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <chrono>

namespace fornax {

/**
 * Why a server that was running is gone, as far as the app can tell (StopDiagnosis), in plain
 * words for the window, the tray and the command line, and as a kind for code and scripts.
 */
class StopReason
{
    Q_DECLARE_TR_FUNCTIONS(StopReason)

public:
    enum class Kind {
        Unknown, // stopped outside the app; nothing says by whom
        Inactivity, // idle for the hub's (or the server's own) idle limit
        TimeLimit, // ran for the hub's maximum time (48 hours on Fornax)
        StoppedElsewhere, // it was in use: from a browser, an administrator, or the cloud machine
        OutOfMemory, // its last samples were near its memory limit when it vanished
        StoppedThroughHub, // the hub was seen stopping it, before its idle limit: a browser or an admin
    };

    Kind kind = Kind::Unknown;
    QString text; // one or two sentences: what happened, and what it means

    // A stable word for logs and --json: "unknown", "inactivity", "time-limit", "stopped-elsewhere",
    // "out-of-memory", "stopped-through-hub".
    QString kindName() const;
    // "45 seconds", "14 minutes", "48 hours": a duration as people say it, rounded.
    static QString describe(std::chrono::seconds duration);
};

} // namespace fornax

Q_DECLARE_METATYPE(fornax::StopReason)
