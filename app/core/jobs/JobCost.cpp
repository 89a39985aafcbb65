#include "JobCost.h"

#include <algorithm>

namespace fornax {

std::optional<double> JobCost::soFar(const JobStatus &job, const RateCard &card, const QDateTime &now)
{
    const std::optional<double> rate = card.hourlyRate(job.serverSize);
    const qint64 seconds = job.elapsedSeconds(now);
    if (!rate || seconds < 0)
        return std::nullopt;
    return *rate * double(seconds) / 3600.0;
}

bool JobCost::stoppedTheServer(const JobStatus &job)
{
    return job.stopResult == QLatin1String("stopped") || job.stopResult == QLatin1String("requested");
}

JobCost::Saving JobCost::saved(const JobStatus &job, const RateCard &card, int cullMinutes, int maxHours)
{
    Saving saving;
    const std::optional<double> rate = card.hourlyRate(job.serverSize);
    if (!stoppedTheServer(job) || !rate)
        return saving;
    if (cullMinutes > 0) {
        saving.assumption = Assumption::IdleCull;
        saving.idleSeconds = qint64(cullMinutes) * 60;
    } else if (maxHours > 0) {
        // Until the limit counted from the server's start; the stop's time, else the job's end.
        bool ok = false;
        const qint64 serverStarted = job.fields.value(QStringLiteral("server_started")).toLongLong(&ok);
        const QDateTime stop = job.serverStoppedAt.isValid() ? job.serverStoppedAt : job.ended;
        if (!ok || serverStarted <= 0 || !stop.isValid())
            return saving;
        saving.assumption = Assumption::TimeLimit;
        saving.idleSeconds =
            std::max<qint64>(0, serverStarted + qint64(maxHours) * 3600 - stop.toSecsSinceEpoch());
    } else {
        return saving;
    }
    saving.amount = *rate * double(saving.idleSeconds) / 3600.0;
    return saving;
}

} // namespace fornax
