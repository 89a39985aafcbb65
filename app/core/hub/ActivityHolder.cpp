#include "ActivityHolder.h"

#include "KeepAlive.h"
#include "Logging.h"

#include <QLocale>

namespace fornax {

using namespace std::chrono;

namespace {

// A hold that moves by less than this is not worth telling the server about.
constexpr qint64 ResendMs = 60'000;

} // namespace

ActivityHolder::ActivityHolder(KeepAlive *keepAlive, QObject *parent)
    : QObject(parent)
    , m_keepAlive(keepAlive)
    , m_clock(&QDateTime::currentDateTimeUtc)
{ }

ActivityHolder::~ActivityHolder()
{
    if (m_keepAlive && m_sent.isValid())
        m_keepAlive->release(claimName());
}

void ActivityHolder::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&QDateTime::currentDateTimeUtc);
}

void ActivityHolder::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    qCInfo(lcHub) << "keep-alive while work runs:" << (enabled ? "on" : "off");
    apply();
}

void ActivityHolder::setMaxServerAge(seconds age)
{
    m_maxAge = std::max(age, seconds(0));
    apply();
}

void ActivityHolder::setWindow(seconds window)
{
    m_window = std::max(window, seconds(1));
}

void ActivityHolder::updateStatus(const ServerStatus &status)
{
    if (status.state == ServerStatus::State::Running) {
        if (status.started.isValid() && status.started.toUTC() != m_started) {
            m_started = status.started.toUTC();
            apply();
        }
        return;
    }
    if (status.state == ServerStatus::State::Stopped || status.state == ServerStatus::State::Failed) {
        m_started = {};
        m_sent = {}; // KeepAlive ended everything with the server
    }
}

int ActivityHolder::begin(const QString &label)
{
    const int id = m_nextId++;
    m_work.insert(id, Work {label, -1, m_clock().addSecs(m_window.count())});
    qCDebug(lcHub) << "work began:" << label;
    apply();
    return id;
}

void ActivityHolder::update(int id, int percent, std::optional<seconds> timeLeft)
{
    auto it = m_work.find(id);
    if (it == m_work.end())
        return;
    it->percent = std::clamp(percent, -1, 100);
    // Time left, with room for a slower stretch; unknown: the window from the latest report.
    const qint64 ahead =
        timeLeft && timeLeft->count() >= 0 ? timeLeft->count() * 3 / 2 + 120 : qint64(m_window.count());
    it->expectedEnd = m_clock().addSecs(ahead);
    apply();
}

void ActivityHolder::end(int id)
{
    if (m_work.remove(id) > 0)
        apply();
}

QDateTime ActivityHolder::expectedEnd() const
{
    QDateTime latest;
    for (const Work &work : m_work) {
        if (!latest.isValid() || work.expectedEnd > latest)
            latest = work.expectedEnd;
    }
    return latest;
}

QDateTime ActivityHolder::hardLimit() const
{
    if (m_maxAge.count() <= 0 || !m_started.isValid())
        return {};
    return m_started.addSecs(m_maxAge.count());
}

bool ActivityHolder::endsAfterHardLimit() const
{
    const QDateTime limit = hardLimit();
    return limit.isValid() && hasWork() && expectedEnd() > limit;
}

QDateTime ActivityHolder::holdUntil() const
{
    if (!m_enabled || m_work.isEmpty())
        return {};
    QDateTime until = expectedEnd();
    const QDateTime limit = hardLimit();
    if (limit.isValid() && until > limit)
        until = limit;
    return until > m_clock() ? until : QDateTime();
}

milliseconds ActivityHolder::heartbeat() const
{
    if (!m_enabled)
        return milliseconds(0);
    return m_keepAlive ? m_keepAlive->interval() : duration_cast<milliseconds>(KeepAlive::DefaultInterval);
}

bool ActivityHolder::isHolding() const
{
    return holdUntil().isValid();
}

QString ActivityHolder::reason() const
{
    if (!isHolding())
        return {};
    const Work &first = m_work.first();
    QString text =
        first.percent >= 0 ? tr("%1, %2 %").arg(first.label, QLocale().toString(first.percent)) : first.label;
    if (m_work.size() > 1)
        text = tr("%1 and %n more", nullptr, int(m_work.size() - 1)).arg(text);
    return text;
}

void ActivityHolder::apply()
{
    const QDateTime until = holdUntil();
    if (m_keepAlive) {
        if (!until.isValid()) {
            if (m_sent.isValid())
                m_keepAlive->release(claimName());
            m_sent = {};
        } else if (!m_sent.isValid() || qAbs(m_sent.msecsTo(until)) > ResendMs) {
            m_keepAlive->hold(claimName(), until);
            m_sent = until;
        }
    }
    Q_EMIT changed();
}

} // namespace fornax
