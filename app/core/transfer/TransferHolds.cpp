#include "TransferHolds.h"

#include "hub/ActivityHolder.h"
#include "transfer/TransferJob.h"
#include "transfer/TransferQueue.h"

#include <QPointer>

#include <memory>

namespace fornax {

namespace {

bool holdsServer(TransferJob::State state)
{
    return state == TransferJob::State::Preparing || state == TransferJob::State::Transferring
        || state == TransferJob::State::Finishing;
}

} // namespace

void TransferHolds::track(ActivityHolder *holder, TransferJob *job)
{
    const QPointer<ActivityHolder> safeHolder(holder);
    const QString label = job->direction() == TransferJob::Direction::Upload ? tr("upload") : tr("download");
    auto id = std::make_shared<int>(0);
    const auto follow = [safeHolder, job, label, id] {
        if (!safeHolder)
            return;
        const bool holds = holdsServer(job->state());
        if (holds && *id == 0)
            *id = safeHolder->begin(label);
        else if (!holds && *id != 0)
            safeHolder->end(std::exchange(*id, 0));
    };
    QObject::connect(job, &TransferJob::stateChanged, holder, follow);
    // Its terminal is kept in use while the server is held for it, and only then.
    job->setTerminalHeartbeat(holder->heartbeat());
    QObject::connect(holder, &ActivityHolder::changed, job, [safeHolder, job] {
        if (safeHolder)
            job->setTerminalHeartbeat(safeHolder->heartbeat());
    });
    QObject::connect(job, &TransferJob::progressed, holder, [safeHolder, job, id](qint64 done, qint64 total) {
        if (!safeHolder || *id == 0)
            return;
        const int percent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : -1;
        const qint64 left = job->secondsLeft();
        safeHolder->update(*id, percent,
                           left >= 0 ? std::optional(std::chrono::seconds(left)) : std::nullopt);
    });
    QObject::connect(job, &QObject::destroyed, holder, [safeHolder, id] {
        if (safeHolder && *id != 0)
            safeHolder->end(std::exchange(*id, 0));
    });
    follow();
}

void TransferHolds::watch(ActivityHolder *holder, TransferQueue *queue)
{
    for (TransferJob *job : queue->jobs())
        track(holder, job);
    QObject::connect(queue, &TransferQueue::jobAdded, holder, [holder](TransferJob *job) {
        track(holder, job);
    });
}

} // namespace fornax
