#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace fornax {

/**
 * The clean-up this process still owes a server — a terminal to delete, a job folder to remove —
 * so that the process does not end before those requests have gone out and been answered.
 *
 * Work that must finish before the process ends registers with add() and counts as pending
 * until remove() is called or the object is destroyed. Before ending, the command line and the
 * window call closeAll() (whatever still holds something open on a server — a terminal — closes
 * it) and then whenDone(): it runs its callback once nothing is pending, or when the bound has
 * passed (a server that does not answer delays the end by no more than that). Nothing here
 * blocks or spins: waiting is the ordinary event loop.
 *
 * One per process (instance()), used from the main thread only.
 */
class CleanupTracker : public QObject
{
    Q_OBJECT

public:
    static CleanupTracker *instance();

    // work is pending until remove(work) or its destruction; what says what it is, for the log.
    void add(QObject *work, const QString &what);
    void remove(QObject *work);
    int pendingCount() const { return int(m_pending.size()); }
    QStringList pending() const;

    // The process is about to end: everything connected to closeRequested() closes what it
    // holds open on a server (and registers the closing with add()).
    void closeAll();
    // Calls then (in context's thread, never inside this call) once nothing is pending or bound
    // has passed, whichever comes first; exactly once, unless context is destroyed before.
    void whenDone(std::chrono::milliseconds bound, QObject *context, std::function<void()> then);

Q_SIGNALS:
    void allDone();
    void closeRequested();

private:
    CleanupTracker() = default;

    QHash<QObject *, QString> m_pending;
};

} // namespace fornax
