#include "IdleGuard.h"

#include "Logging.h"

#include <algorithm>

namespace fornax {

using namespace std::chrono;

namespace {

// Number of whole `unit`s needed to cover `value` (value > 0).
qint64 ceilDiv(qint64 value, qint64 unit)
{
    return (value + unit - 1) / unit;
}

} // namespace

IdleGuard::IdleGuard(QObject *parent)
    : QObject(parent)
    , m_clock(&QDateTime::currentDateTimeUtc)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5% early, which would show a countdown second twice.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleGuard::evaluate);
}

void IdleGuard::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&QDateTime::currentDateTimeUtc);
    evaluate();
}

void IdleGuard::setTimeout(minutes timeout)
{
    m_timeout = std::max(timeout, minutes(0));
    evaluate();
}

void IdleGuard::setWarningThreshold(seconds threshold)
{
    m_threshold = std::max(threshold, seconds(0));
    evaluate();
}

void IdleGuard::updateStatus(const ServerStatus &status)
{
    const bool running = status.state == ServerStatus::State::Running && status.lastActivity.isValid();
    const QDateTime lastActivity = running ? status.lastActivity.toUTC() : QDateTime();
    // New activity re-arms the warning and the overdue notice, even if it left little time.
    if (running && m_running && lastActivity > m_lastActivity) {
        m_warned = false;
        m_overdueSent = false;
    }
    m_running = running;
    m_lastActivity = lastActivity;
    evaluate();
}

bool IdleGuard::isActive() const
{
    return m_running && m_timeout.count() > 0;
}

milliseconds IdleGuard::millisecondsLeft() const
{
    const milliseconds timeout = m_timeout;
    const milliseconds idle {m_lastActivity.msecsTo(m_clock())};
    // An activity "in the future" only means the hub's clock is ahead of ours; the hub cannot
    // grant more than its timeout, so the time left never exceeds it.
    return std::min(timeout - idle, timeout);
}

std::optional<seconds> IdleGuard::timeLeft() const
{
    if (!isActive())
        return std::nullopt;
    const milliseconds left = millisecondsLeft();
    return seconds(left.count() <= 0 ? 0 : ceilDiv(left.count(), 1000));
}

QDateTime IdleGuard::cullTime() const
{
    if (!isActive())
        return {};
    return m_clock().addMSecs(millisecondsLeft().count());
}

void IdleGuard::reset()
{
    m_timer.stop();
    m_lastReport.reset();
    m_warned = false;
    m_overdueSent = false;
}

void IdleGuard::evaluate()
{
    const bool active = isActive();
    if (active != m_wasActive) {
        m_wasActive = active;
        reset();
        Q_EMIT activeChanged(active);
    }
    if (!active)
        return;

    const qint64 left = millisecondsLeft().count();
    // With a timeout as short as the threshold, a warning right at the start would say nothing.
    const qint64 threshold =
        std::min<qint64>(milliseconds(m_threshold).count(), milliseconds(m_timeout).count() / 2);
    const qint64 fine = milliseconds(FineCountdown).count();
    const qint64 unit = left > fine ? 60'000 : 1'000;
    const seconds shown(left <= 0 ? 0 : ceilDiv(left, 1'000));

    // New activity moved the moment away: the next approach warns again.
    if (left > threshold)
        m_warned = false;
    if (left > 0)
        m_overdueSent = false;

    const std::pair<qint64, qint64> report {unit, left <= 0 ? 0 : ceilDiv(left, unit)};
    if (m_lastReport != report) {
        m_lastReport = report;
        Q_EMIT idleTimeLeftChanged(shown);
    }
    // Also when time jumped straight past the threshold (a suspended laptop): overdue is never
    // the first news.
    if (left <= threshold && !m_warned) {
        m_warned = true;
        qCInfo(lcHub) << "the hub may stop the idle server in" << shown.count() << "s";
        Q_EMIT cullImminent(shown);
    }
    if (left <= 0) {
        m_timer.stop(); // nothing changes any more until a new status arrives
        if (!m_overdueSent) {
            m_overdueSent = true;
            Q_EMIT cullOverdue();
        }
        return;
    }

    // Wake when the value shown changes next, or when the warning is due, whichever is first.
    qint64 next = left - (ceilDiv(left, unit) - 1) * unit;
    if (left > threshold)
        next = std::min(next, left - threshold);
    m_timer.start(milliseconds(next));
}

} // namespace fornax
