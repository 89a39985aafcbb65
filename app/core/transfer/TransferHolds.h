#pragma once

#include <QCoreApplication>

namespace fornax {

class ActivityHolder;
class TransferJob;
class TransferQueue;

/**
 * Registers transfers with an ActivityHolder, so the server is kept alive while they run: a job
 * holds it while it prepares, moves data and finishes, reporting its percentage and time left,
 * and lets go when it ends or stops to wait for the user's answer (a question left unanswered
 * overnight must not keep a server running). While the holder is on, the job's terminal shows it
 * is in use at the holder's heartbeat, so a step that waits silently there (unpacking while a
 * slow upload arrives) is not culled with it.
 */
class TransferHolds
{
    Q_DECLARE_TR_FUNCTIONS(TransferHolds)

public:
    // Follows one job for its whole life (retries included).
    static void track(ActivityHolder *holder, TransferJob *job);
    // Follows every job the queue gets, from now on.
    static void watch(ActivityHolder *holder, TransferQueue *queue);
};

} // namespace fornax
