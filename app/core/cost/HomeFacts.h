#pragma once

#include "cost/CreditYear.h"
#include "cost/RateCard.h"
#include "cost/UsageRecord.h"
#include "hub/ServerStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <chrono>
#include <optional>

namespace fornax {

/**
 * What the home page says, worked out from what the app knows: the server's state and size, how
 * long it has run and what this session cost so far, when the hub may stop it for being idle and
 * at its time limit, the year's credits with the forecast, and the last session. The page only
 * lays these lines out; the figures beside them are for tests and other callers.
 *
 * Nothing is invented: a limit the app does not know (0) is said to be unknown, a size without a
 * rate is said to have none, a year without an allotment says so. Times are the hub's (UTC) and
 * shown in `zone`. Pure: no I/O, no clock of its own.
 */
class HomeFacts
{
    Q_DECLARE_TR_FUNCTIONS(HomeFacts)

public:
    struct Inputs
    {
        ServerStatus status;
        // The signed-in user: the last session is theirs (the ledger may hold other accounts').
        QString account;
        // How people know the sizes ("small" -> "Small"), from the hub's form; a slug missing
        // here is shown as it is.
        QMap<QString, QString> sizeNames;
        // The hub's idle-cull timeout and maximum server age (Settings); 0 = unknown.
        std::chrono::minutes idleTimeout {0};
        std::chrono::hours maxAge {0};
        // Until when the app or the server keeps it from idling out; invalid when not.
        QDateTime keptAliveUntil;
        // How a session ended, in words, when the app knows (StopReason::text), and the start of
        // the session it is about: shown only beside that session, never beside another.
        QString lastEnding;
        QDateTime lastEndingStart;
    };

    struct View
    {
        // The lines, in words; an empty line is not shown.
        QString state; // "Running", "Stopped"
        QString size; // "Small"
        QString running; // "Running for 2 h 05 min"
        QString sessionCredits; // "This session so far: about 1.54 credits"
        QString idle; // "Stops when idle at 14:20 (in 12 min)"
        QString hardLimit; // "Stops at its time limit on Tue 09:12 (in 46 h 10 min)"
        QString yearUsed; // "412.3 of 1,000 credits used since 1 Oct 2026"
        QString yearLeft; // "587.7 credits left until 1 Oct 2027"
        QString forecast; // "At this rate they run out on 3 Aug 2027."
        // "12.3 GB, measured 7 Dec 2026; about 1.11 credits a month" (StorageWalk's last measure)
        QString home;
        QString lastSession; // "Small, 2 h 10 min, about 1.67 credits; ended 7 Dec 14:02."
        // Which next steps make sense.
        bool canStart = false;
        bool canOpenLab = false;
        bool canStop = false;
        // The figures behind the lines.
        std::optional<std::chrono::seconds> runningFor;
        std::optional<double> sessionCost;
        std::optional<std::chrono::seconds> idleLeft;
        std::optional<std::chrono::seconds> hardLimitLeft;
        std::optional<CreditYear::Summary> year;
        std::optional<UsageRecord> lastSessionRecord;
    };

    HomeFacts(const RateCard &card, const QString &hubUrl,
              const QTimeZone &zone = QTimeZone::systemTimeZone());

    View describe(const Inputs &inputs, const QList<UsageRecord> &records, const QDateTime &now) const;

    // "45 min", "2 h 05 min", "48 h", "3 d 4 h": a duration at a glance.
    static QString duration(std::chrono::seconds duration);
    // The most recent session of this hub and account (any when empty) that is over (its stop, or the last
    // moment it was seen, is known) and is not the one running now (runningStart); nullopt when there is
    // none.
    std::optional<UsageRecord> lastSession(const QList<UsageRecord> &records, const QString &account,
                                           const QDateTime &runningStart) const;

private:
    void describeServer(const Inputs &inputs, const QDateTime &now, View &view) const;
    void describeLimits(const Inputs &inputs, const QDateTime &now, View &view) const;
    void describeYear(const QList<UsageRecord> &records, const QDateTime &now, View &view) const;
    void describeHome(const QList<UsageRecord> &records, const QDateTime &now, View &view) const;
    void describeLastSession(const Inputs &inputs, const QList<UsageRecord> &records, const QDateTime &now,
                             View &view) const;
    QString sizeName(const Inputs &inputs, const QString &slug) const;
    // 14:20 today, "Tue 09:12" another day.
    QString when(const QDateTime &time, const QDateTime &now) const;

    RateCard m_card;
    QString m_hub;
    QTimeZone m_zone;
};

} // namespace fornax
