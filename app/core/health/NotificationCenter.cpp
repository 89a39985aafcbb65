#include "NotificationCenter.h"

#include "Logging.h"
#include "Notifier.h"
#include "StopReason.h"
#include "hub/IdleGuard.h"
#include "hub/KeepAlive.h"

#include <QLocale>

#include <algorithm>

namespace fornax {

using namespace std::chrono;

namespace {

// The hard-limit timer looks again at least this often: a laptop that slept must not miss it.
constexpr milliseconds HardLimitRecheck = minutes(10);

} // namespace

std::optional<Settings::Key> NotificationCenter::settingOf(Notification::Kind kind)
{
    using K = Notification::Kind;
    switch (kind) {
    case K::General:
        break;
    case K::ServerReady:
        return Settings::Key::NotifyServerReady;
    case K::JobEnded:
        return Settings::Key::NotifyJobEnded;
    case K::CullSoon:
        return Settings::Key::NotifyCullSoon;
    case K::HardLimitSoon:
        return Settings::Key::NotifyHardLimitSoon;
    case K::ServerStopped:
        return Settings::Key::NotifyServerStopped;
    case K::TransferDone:
        return Settings::Key::NotifyTransferDone;
    case K::CreditAlert:
        return Settings::Key::NotifyCreditAlert;
    }
    return std::nullopt;
}

NotificationCenter::NotificationCenter(Settings *settings, Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_notifier(notifier)
    , m_clock([] {
        return QDateTime::currentDateTimeUtc();
    })
    , m_attention([] {
        return false;
    })
{
    m_hardLimitTimer.setSingleShot(true);
    connect(&m_hardLimitTimer, &QTimer::timeout, this, &NotificationCenter::checkHardLimit);
    connect(m_notifier, &Notifier::actionInvoked, this, &NotificationCenter::actionChosen);
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void NotificationCenter::setAttentionCheck(AttentionCheck check)
{
    m_attention = std::move(check);
}

void NotificationCenter::setKeepAlive(KeepAlive *keepAlive)
{
    m_keepAlive = keepAlive;
}

void NotificationCenter::setMaxServerAge(seconds maxAge)
{
    m_maxAge = std::max(maxAge, seconds(0));
    scheduleHardLimit();
}

void NotificationCenter::watch(IdleGuard *guard)
{
    if (m_guard)
        disconnect(m_guard, nullptr, this, nullptr);
    m_guard = guard;
    if (!guard)
        return;
    connect(guard, &IdleGuard::cullImminent, this, [this](seconds left) {
        notifyCullSoon(left, m_guard ? m_guard->cullTime() : QDateTime());
    });
}

bool NotificationCenter::isEnabled(Notification::Kind kind) const
{
    const auto key = settingOf(kind);
    return !key || m_settings->value(*key).toBool();
}

void NotificationCenter::setEnabled(Notification::Kind kind, bool enabled)
{
    if (const auto key = settingOf(kind))
        m_settings->setValue(*key, enabled);
}

bool NotificationCenter::send(const Notification &notification, const QString &occurrence)
{
    if (!isEnabled(notification.kind)) {
        qCDebug(lcNotify) << "turned off:" << Notification::kindName(notification.kind);
        return false;
    }
    if (!occurrence.isEmpty()) {
        const QString key = Notification::kindName(notification.kind) + QLatin1Char('|') + occurrence;
        if (m_sentOccurrences.contains(key))
            return false;
        m_sentOccurrences.insert(key);
    }
    qCInfo(lcNotify) << "notifying:" << Notification::kindName(notification.kind);
    m_notifier->show(notification);
    Q_EMIT sent(notification);
    return true;
}

void NotificationCenter::notifyCreditAlert(const QString &hubId, const QString &occurrence,
                                           const QString &title, const QString &body)
{
    QStringList sent = m_settings->value(Settings::Key::HubCreditAlertsSent, hubId).toStringList();
    if (sent.contains(occurrence)
        || !send({Notification::Kind::CreditAlert, title, body, {}, {}},
                 hubId + QLatin1Char('|') + occurrence))
        return;
    sent << occurrence;
    // A year's and twelve months' worth is plenty: older ones can never come again.
    while (sent.size() > 40)
        sent.removeFirst();
    m_settings->setValue(Settings::Key::HubCreditAlertsSent, sent, hubId);
}

void NotificationCenter::notify(const QString &summary, const QString &body)
{
    send({Notification::Kind::General, summary, body, {}, {}}, {});
}

void NotificationCenter::notifyServerReady(const QDateTime &started)
{
    if (m_attention())
        return;
    send({Notification::Kind::ServerReady,
          tr("Your server is ready"),
          tr("JupyterLab is open in Fornax Desktop."),
          {},
          {}},
         started.toString(Qt::ISODateWithMs));
}

void NotificationCenter::notifyServerStopped(const StopReason &reason, const QDateTime &started)
{
    send({Notification::Kind::ServerStopped, tr("Your server was stopped"), reason.text, {}, {}},
         started.toString(Qt::ISODateWithMs));
}

void NotificationCenter::notifyCullSoon(seconds left, const QDateTime &cullTime)
{
    // Already kept alive (by the user or by work): the cull will not come.
    if (m_keepAlive && m_keepAlive->isActive())
        return;
    const int minutesLeft = int(std::max<qint64>(1, (left.count() + 30) / 60));
    Notification notification {Notification::Kind::CullSoon, tr("Your server will stop soon"), {}, {}, {}};
    if (m_keepAlive && m_notifier->supportsActions()) {
        notification.body = tr("It has been idle; the hub stops it in about %n minute(s). Use it, or choose "
                               "“Keep alive 1 h”.",
                               nullptr, minutesLeft);
        notification.actionKey = keepAliveAction();
        notification.actionLabel = tr("Keep alive 1 h");
    } else {
        notification.body = tr("It has been idle; the hub stops it in about %n minute(s). Use it, or choose "
                               "“Keep it running for an hour” in Fornax Desktop.",
                               nullptr, minutesLeft);
    }
    // The guard warns again only after new activity moved the cull time: that is a new occurrence.
    send(notification, cullTime.isValid() ? cullTime.toString(Qt::ISODate) : QString());
}

void NotificationCenter::notifyJobEnded(const QString &jobId, const QString &name, bool succeeded,
                                        const QString &sentence)
{
    send({Notification::Kind::JobEnded,
          succeeded ? tr("Job “%1” finished").arg(name) : tr("Job “%1” failed").arg(name),
          sentence,
          {},
          {}},
         jobId.isEmpty() ? name : jobId);
}

void NotificationCenter::notifyJobEndedUnread(const QString &jobId, const QString &name,
                                              const QString &sentence)
{
    send({Notification::Kind::JobEnded, tr("Job “%1” ended").arg(name), sentence, {}, {}},
         jobId.isEmpty() ? name : jobId);
}

void NotificationCenter::notifyTransferDone(const QString &transferId, const QString &summary,
                                            const QString &body, milliseconds took)
{
    if (took < m_longTransfer || m_attention())
        return;
    send({Notification::Kind::TransferDone, summary, body, {}, {}},
         transferId.isEmpty() ? summary : transferId);
}

void NotificationCenter::updateStatus(const ServerStatus &status)
{
    const QDateTime started = status.state == ServerStatus::State::Running && status.started.isValid()
        ? status.started
        : QDateTime();
    if (started != m_started) {
        m_started = started;
        scheduleHardLimit();
    }
    checkHardLimit();
}

void NotificationCenter::scheduleHardLimit()
{
    m_hardLimitTimer.stop();
    if (!m_started.isValid() || m_maxAge.count() <= 0)
        return;
    const QDateTime warnAt =
        m_started.addSecs(m_maxAge.count() - duration_cast<seconds>(HardLimitWarning).count());
    const milliseconds until(std::max<qint64>(0, m_clock().msecsTo(warnAt)));
    m_hardLimitTimer.start(std::min(until, HardLimitRecheck));
}

void NotificationCenter::checkHardLimit()
{
    if (!m_started.isValid() || m_maxAge.count() <= 0)
        return;
    const QDateTime now = m_clock();
    const QDateTime deadline = m_started.addSecs(m_maxAge.count());
    const qint64 secondsLeft = now.secsTo(deadline);
    if (secondsLeft <= 0)
        return; // past it: the stop (and its notification) is the news now
    if (secondsLeft > duration_cast<seconds>(HardLimitWarning).count()) {
        scheduleHardLimit();
        return;
    }
    const QString time = QLocale().toString(deadline.toLocalTime().time(), QLocale::ShortFormat);
    send(
        {Notification::Kind::HardLimitSoon,
         tr("Your server stops within the hour"),
         tr("The hub stops every server %1 after it started; yours stops at %2, in about %3. Save your work; "
            "you can start a new server afterwards.")
             .arg(StopReason::describe(m_maxAge), time, StopReason::describe(seconds(secondsLeft))),
         {},
         {}},
        m_started.toString(Qt::ISODateWithMs));
}

void NotificationCenter::actionChosen(Notification::Kind kind, const QString &actionKey)
{
    if (kind != Notification::Kind::CullSoon || actionKey != keepAliveAction() || !m_keepAlive)
        return;
    if (m_keepAlive->start(KeepAliveDuration)) {
        qCInfo(lcNotify) << "keep-alive started from the notification";
        Q_EMIT keepAliveStarted(m_keepAlive->until());
    }
}

} // namespace fornax
