#include "CleanupTracker.h"

#include "Logging.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace fornax {

CleanupTracker *CleanupTracker::instance()
{
    static CleanupTracker tracker;
    return &tracker;
}

void CleanupTracker::add(QObject *work, const QString &what)
{
    if (!work || m_pending.contains(work))
        return;
    m_pending.insert(work, what);
    connect(work, &QObject::destroyed, this, [this](QObject *gone) {
        remove(gone);
    });
}

void CleanupTracker::remove(QObject *work)
{
    if (m_pending.remove(work) == 0)
        return;
    // The destroyed() connection goes with the object, or harmlessly finds nothing to remove.
    if (m_pending.isEmpty())
        Q_EMIT allDone();
}

void CleanupTracker::closeAll()
{
    Q_EMIT closeRequested();
}

QStringList CleanupTracker::pending() const
{
    return m_pending.values();
}

void CleanupTracker::whenDone(std::chrono::milliseconds bound, QObject *context, std::function<void()> then)
{
    // Shared by the two ways this ends (all done, bound passed): whichever comes first runs it.
    auto once = std::make_shared<std::function<void()>>(std::move(then));
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    const auto finish = [this, once, timer = QPointer<QTimer>(timer)](bool timedOut) {
        if (!*once)
            return;
        if (timedOut && !m_pending.isEmpty())
            qCWarning(lcApp) << "gave up waiting for the clean-up of" << pending();
        const std::function<void()> callback = std::exchange(*once, nullptr);
        if (timer)
            timer->deleteLater();
        callback();
    };
    connect(timer, &QTimer::timeout, context, [finish] {
        finish(true);
    });
    connect(this, &CleanupTracker::allDone, timer, [finish] {
        finish(false);
    });
    if (m_pending.isEmpty()) {
        QMetaObject::invokeMethod(
            timer,
            [finish] {
                finish(false);
            },
            Qt::QueuedConnection);
        return;
    }
    qCDebug(lcApp) << "waiting up to" << bound.count() << "ms for the clean-up of" << pending();
    timer->start(bound);
}

} // namespace fornax
