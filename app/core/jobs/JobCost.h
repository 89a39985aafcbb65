#pragma once

#include "cost/RateCard.h"
#include "jobs/JobStatus.h"

#include <QDateTime>

#include <optional>

namespace fornax {

/**
 * What a job's server time cost, and what stopping the server at the job's end saved, both
 * estimated from a rate card (the hub charges per hour of server time, whatever runs on it).
 * Estimates only: the hub's own bill is the truth.
 */
class JobCost
{
public:
    // The rate for the job's size times its server time (start to end, or to now while it
    // runs); nullopt when the card has no rate for the size or the job has not started.
    static std::optional<double> soFar(const JobStatus &job, const RateCard &card,
                                       const QDateTime &now = QDateTime::currentDateTimeUtc());

    // What the server would have cost had it not been stopped when the job ended.
    enum class Assumption {
        None, // the job did not stop the server, or the hub's limits or the rate are unknown
        IdleCull, // it would have idled until the hub's idle cull (e.g. 15 minutes on Fornax)
        TimeLimit, // the hub does not cull idle servers: it would have run until its time limit
    };
    struct Saving
    {
        std::optional<double> amount;
        Assumption assumption = Assumption::None;
        qint64 idleSeconds = 0; // how long it would have run on
    };
    // For a job whose wrapper stopped the server (stop "stopped" or "requested"): the idle time
    // until the hub's cull (cullMinutes > 0), else until the hub's time limit counted from the
    // server's start (maxHours > 0), at the size's rate.
    static Saving saved(const JobStatus &job, const RateCard &card, int cullMinutes, int maxHours);
    // Whether this job's wrapper asked the hub to stop the server.
    static bool stoppedTheServer(const JobStatus &job);
};

} // namespace fornax
