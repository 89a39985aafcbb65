#include "HomeFacts.h"

#include "cost/CostMeter.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace fornax {

using std::chrono::seconds;

HomeFacts::HomeFacts(const RateCard &card, const QString &hubUrl, const QTimeZone &zone)
    : m_card(card)
    , m_hub(RateCard::hubKey(hubUrl))
    , m_zone(zone)
{ }

QString HomeFacts::duration(seconds duration)
{
    const qint64 minutes = std::max<qint64>(0, duration.count()) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 72 && minutes % 60 == 0)
        return tr("%1 h").arg(hours);
    if (hours < 72)
        return tr("%1 h %2 min")
            .arg(QString::number(hours), QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0')));
    return tr("%1 d %2 h").arg(QString::number(hours / 24), QString::number(hours % 24));
}

QString HomeFacts::when(const QDateTime &time, const QDateTime &now) const
{
    const QLocale locale;
    const QDateTime local = time.toTimeZone(m_zone);
    QString clock = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == now.toTimeZone(m_zone).date())
        return clock;
    return tr("%1 %2").arg(locale.toString(local.date(), QStringLiteral("ddd d MMM")), clock);
}

QString HomeFacts::sizeName(const Inputs &inputs, const QString &slug) const
{
    const QString name = inputs.sizeNames.value(slug);
    return name.isEmpty() ? slug : name;
}

HomeFacts::View HomeFacts::describe(const Inputs &inputs, const QList<UsageRecord> &records,
                                    const QDateTime &now) const
{
    View view;
    describeServer(inputs, now, view);
    describeLimits(inputs, now, view);
    describeYear(records, now, view);
    describeHome(records, now, view);
    describeLastSession(inputs, records, now, view);
    return view;
}

void HomeFacts::describeServer(const Inputs &inputs, const QDateTime &now, View &view) const
{
    using State = ServerStatus::State;
    const ServerStatus &status = inputs.status;
    view.state = status.stateText();
    view.canStart = status.state == State::Stopped || status.state == State::Failed;
    view.canOpenLab = status.state == State::Running && status.url.isValid();
    view.canStop = status.state == State::Running || status.state == State::Starting;
    if (!status.isActive())
        return;
    if (!status.profileSlug().isEmpty())
        view.size = sizeName(inputs, status.profileSlug());
    if (status.state != State::Running || !status.started.isValid())
        return;
    view.runningFor = seconds(std::max<qint64>(0, status.started.secsTo(now)));
    view.running = tr("Running for %1").arg(duration(*view.runningFor));
    const CostMeter meter(m_card, m_hub, m_zone);
    const CostMeter::Estimate session = meter.session(status.profileSlug(), status.started, now);
    if (session.unpricedHours > 0 || status.profileSlug().isEmpty()) {
        view.sessionCredits = status.profileSlug().isEmpty()
            ? tr("This session's cost is not known: the hub does not say which size runs.")
            : tr("This session's cost is not known: there is no rate for %1 (Settings ▸ Rates and budget).")
                  .arg(view.size);
        return;
    }
    view.sessionCost = session.serverCost;
    view.sessionCredits = tr("This session so far: %1").arg(m_card.formatApproximate(session.serverCost));
}

void HomeFacts::describeLimits(const Inputs &inputs, const QDateTime &now, View &view) const
{
    const ServerStatus &status = inputs.status;
    if (status.state != ServerStatus::State::Running)
        return;
    // The idle cull: last activity + timeout, as IdleGuard counts it; a keep-alive pushes it back.
    if (inputs.keptAliveUntil.isValid() && inputs.keptAliveUntil > now) {
        view.idle = tr("Kept from stopping when idle until %1").arg(when(inputs.keptAliveUntil, now));
    } else if (inputs.idleTimeout.count() <= 0) {
        view.idle = tr("When the hub stops an idle server is not known.");
    } else if (!status.lastActivity.isValid()) {
        view.idle = tr("Stops after %1 without use (the hub has not said when it was last used).")
                        .arg(duration(inputs.idleTimeout));
    } else {
        const QDateTime cull = status.lastActivity.addSecs(seconds(inputs.idleTimeout).count());
        view.idleLeft = seconds(std::max<qint64>(0, now.secsTo(cull)));
        view.idle = view.idleLeft->count() > 0
            ? tr("Stops when idle at %1 (in %2)").arg(when(cull, now), duration(*view.idleLeft))
            : tr("Idle for the hub's %1: it may stop the server any moment.")
                  .arg(duration(inputs.idleTimeout));
    }
    if (inputs.maxAge.count() <= 0) {
        view.hardLimit = tr("The hub's time limit for a server is not known.");
    } else if (!status.started.isValid()) {
        view.hardLimit = tr("Stops %1 after it started (the hub has not said when that was).")
                             .arg(duration(inputs.maxAge));
    } else {
        const QDateTime limit = status.started.addSecs(seconds(inputs.maxAge).count());
        view.hardLimitLeft = seconds(std::max<qint64>(0, now.secsTo(limit)));
        view.hardLimit = tr("Stops at its %1 limit at %2 (in %3)")
                             .arg(duration(inputs.maxAge), when(limit, now), duration(*view.hardLimitLeft));
    }
}

void HomeFacts::describeYear(const QList<UsageRecord> &records, const QDateTime &now, View &view) const
{
    view.year = CreditYear(m_card, m_hub, m_zone).summary(records, now);
    if (!view.year) {
        view.yearUsed = tr("No yearly allotment is known for this hub (Settings ▸ Rates and budget).");
        return;
    }
    const CreditYear::Summary &year = *view.year;
    const QLocale locale;
    const auto date = [&locale](const QDate &day) {
        return locale.toString(day, QStringLiteral("d MMM yyyy"));
    };
    const QString allotment =
        locale.toString(year.allotment, 'f', year.allotment == std::floor(year.allotment) ? 0 : 1);
    view.yearUsed =
        tr("%1 of %2 %3 used since %4")
            .arg(locale.toString(year.used(), 'f', 1), allotment, m_card.unit(), date(year.start));
    view.yearLeft =
        tr("%1 %2 left until %3").arg(locale.toString(year.left(), 'f', 1), m_card.unit(), date(year.renews));
    if (year.exhausted())
        view.forecast = tr("Used up until they are renewed on %1.").arg(date(year.renews));
    else if (year.runsOut)
        view.forecast = tr("At this rate they run out on %1.").arg(date(*year.runsOut));
    else if (year.burnPerDay > 0)
        view.forecast = tr("At this rate they last until they are renewed.");
    else
        view.forecast =
            tr("Nothing used in the last %n day(s): no forecast.", nullptr, CreditYear::BurnWindowDays);
}

void HomeFacts::describeHome(const QList<UsageRecord> &records, const QDateTime &now, View &view) const
{
    CreditYear::Summary year; // only its storage figures
    CreditYear(m_card, m_hub, m_zone).latestStorage(records, now, year);
    if (!year.homeBytes) {
        view.home = tr("Not measured yet: the app measures it while your server runs.");
        return;
    }
    const QLocale locale;
    const QString held = locale.formattedDataSize(*year.homeBytes, 1, QLocale::DataSizeSIFormat);
    const QString when =
        locale.toString(year.homeMeasured.toTimeZone(m_zone).date(), QStringLiteral("d MMM yyyy"));
    if (!m_card.homePerGBMonth()) {
        view.home = year.homeAtLeast ? tr("At least %1, measured %2").arg(held, when)
                                     : tr("%1, measured %2").arg(held, when);
        return;
    }
    view.home = year.homeAtLeast
        ? tr("At least %1, measured %2; at least %3 a month")
              .arg(held, when, m_card.formatAmount(year.storagePerMonth))
        : tr("%1, measured %2; %3 a month").arg(held, when, m_card.formatApproximate(year.storagePerMonth));
}

std::optional<UsageRecord> HomeFacts::lastSession(const QList<UsageRecord> &records, const QString &account,
                                                  const QDateTime &runningStart) const
{
    std::optional<UsageRecord> last;
    for (const UsageRecord &record : records) {
        if (record.kind != UsageRecord::Kind::Session || record.hub != m_hub
            || (!account.isEmpty() && record.account != account))
            continue;
        if (runningStart.isValid() && record.time == runningStart)
            continue; // the session running now
        if (!record.stop.isValid() && !record.seen.isValid())
            continue; // nothing says when it ended
        if (!last || record.time > last->time)
            last = record;
    }
    return last;
}

void HomeFacts::describeLastSession(const Inputs &inputs, const QList<UsageRecord> &records,
                                    const QDateTime &now, View &view) const
{
    const QDateTime running =
        inputs.status.state == ServerStatus::State::Stopped ? QDateTime() : inputs.status.started;
    view.lastSessionRecord = lastSession(records, inputs.account, running);
    if (!view.lastSessionRecord)
        return;
    const UsageRecord &last = *view.lastSessionRecord;
    // A stop nobody saw is put at the last moment the server was seen running (SessionRecorder).
    const bool stopSeen = last.stop.isValid();
    const QDateTime end = stopSeen ? last.stop : last.seen;
    const CostMeter meter(m_card, m_hub, m_zone);
    const CostMeter::Estimate cost = meter.session(last.size, last.time, end);
    const QString size = last.size.isEmpty() ? tr("size not known") : sizeName(inputs, last.size);
    const QString credits =
        cost.unpricedHours > 0 ? tr("cost not known") : m_card.formatApproximate(cost.serverCost);
    const QString length = duration(seconds(last.time.secsTo(end)));
    const QString ended =
        stopSeen ? tr("ended %1").arg(when(end, now)) : tr("last seen running %1").arg(when(end, now));
    view.lastSession = tr("%1, %2, %3; %4.").arg(size, length, credits, ended);
    if (!inputs.lastEnding.isEmpty() && inputs.lastEndingStart == last.time)
        view.lastSession += QLatin1Char(' ') + inputs.lastEnding;
}

} // namespace fornax
