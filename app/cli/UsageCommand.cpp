#include "UsageCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "DataSize.h"
#include "ExitCode.h"
#include "Settings.h"
#include "cost/CostMeter.h"
#include "cost/CreditYear.h"
#include "cost/RateCard.h"
#include "cost/UsageLedger.h"
#include "hub/HubUrl.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace fornax::cli {

namespace {

// The hub narrowed to by --hub: records whose hub has the same origin.
bool sameHub(const QString &recordHub, const QString &address)
{
    const QList<QUrl> bases = HubUrl::candidateBases(address);
    if (bases.isEmpty())
        return false;
    const QUrl a(recordHub);
    const QUrl &b = bases.constFirst();
    return a.scheme() == b.scheme() && a.host() == b.host()
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

// The allotment year in `usage --json`: dates are the user's, amounts in the card's unit.
QJsonObject yearJson(const CreditYear::Summary &year)
{
    const auto alerts = [](const QList<int> &percents) {
        QJsonArray array;
        for (const int percent : percents)
            array.append(percent);
        return array;
    };
    QJsonObject json {{QStringLiteral("start"), year.start.toString(Qt::ISODate)},
                      {QStringLiteral("renews"), year.renews.toString(Qt::ISODate)},
                      {QStringLiteral("allotment"), year.allotment},
                      {QStringLiteral("used"), year.used()},
                      {QStringLiteral("used_by_kind"),
                       QJsonObject {{QStringLiteral("compute"), year.compute},
                                    {QStringLiteral("egress"), year.egress},
                                    {QStringLiteral("storage"), year.storage}}},
                      {QStringLiteral("storage_known"), year.storageKnown},
                      {QStringLiteral("unpriced_server_hours"), year.unpricedHours},
                      {QStringLiteral("left"), year.left()},
                      {QStringLiteral("burn_per_day"), year.burnPerDay},
                      {QStringLiteral("burn_window_days"), CreditYear::BurnWindowDays},
                      {QStringLiteral("runs_out"),
                       year.runsOut ? QJsonValue(year.runsOut->toString(Qt::ISODate)) : QJsonValue()},
                      {QStringLiteral("alerts"), alerts(year.allotmentAlerts)}};
    if (year.storageFrom.isValid())
        json.insert(QStringLiteral("storage_from"), year.storageFrom.toString(Qt::ISODate));
    // The home folder as last measured (StorageWalk, `storage`): null until it was.
    json.insert(QStringLiteral("home_bytes"), year.homeBytes ? QJsonValue(*year.homeBytes) : QJsonValue());
    json.insert(QStringLiteral("home_measured"),
                year.homeMeasured.isValid() ? QJsonValue(year.homeMeasured.toString(Qt::ISODateWithMs))
                                            : QJsonValue());
    json.insert(QStringLiteral("home_at_least"), year.homeAtLeast);
    json.insert(QStringLiteral("scratch_bytes"),
                year.scratchBytes ? QJsonValue(*year.scratchBytes) : QJsonValue());
    json.insert(QStringLiteral("storage_per_month"), year.storagePerMonth);
    if (year.monthlyBudget) {
        json.insert(QStringLiteral("month_spent"), year.monthSpent);
        json.insert(QStringLiteral("budget_alerts"), alerts(year.budgetAlerts));
    }
    return json;
}

} // namespace

CommandSpec UsageCommand::spec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("usage");
    spec.summary = tr("Downloads and server hours this month (or --month) with estimated costs.");
    spec.description = tr("Reads the usage record on this computer: it needs no hub and no sign-in. With "
                          "--hub (or $FORNAX_HUB) it shows that hub only.");
    spec.options = {
        {QStringList {MonthOption}, tr("The month to show (default: this month)."), tr("YYYY-MM")}};
    spec.reach = CommandSpec::Reach::Local;
    spec.check = &UsageCommand::check;
    spec.create = &createCommand<UsageCommand>;
    return spec;
}

QString UsageCommand::check(const CommandLine &commandLine)
{
    if (QString error = checkNoArguments(commandLine); !error.isEmpty())
        return error;
    const QString month = commandLine.value(MonthOption);
    if (commandLine.isSet(MonthOption)
        && !QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd")).isValid())
        return tr("--month needs a month as YYYY-MM, e.g. 2026-03, but got “%1”.").arg(month);
    return {};
}

void UsageCommand::run()
{
    CliOutput &out = *m_context.output;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDate month = UsageLedger::monthOf(now, zone);
    if (const QString asked = m_context.commandLine->value(MonthOption); !asked.isEmpty())
        month = QDate::fromString(asked + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));

    const UsageLedger ledger;
    QList<UsageRecord> records = ledger.records();
    for (const QString &warning : ledger.warnings())
        out.error(warning);
    const QString hubFilter = m_context.commandLine->explicitHubAddress();
    if (!hubFilter.isEmpty()) {
        records.erase(std::remove_if(records.begin(), records.end(),
                                     [&](const UsageRecord &record) {
                                         return !sameHub(record.hub, hubFilter);
                                     }),
                      records.end());
    }

    const Settings settings;
    const QLocale locale;
    QStringList hubs;
    for (const UsageRecord &record : std::as_const(records)) {
        if (!hubs.contains(record.hub))
            hubs << record.hub;
    }
    QJsonArray hubsJson;
    QJsonArray downloadsJson;
    QJsonArray sessionsJson;
    QJsonArray jobsJson;
    out.line(tr("Usage in %1 (estimates; the hub's bill is the truth)")
                 .arg(locale.toString(month, QStringLiteral("MMMM yyyy"))));
    if (hubs.isEmpty())
        out.line(tr("Nothing recorded."));
    for (const QString &hub : std::as_const(hubs)) {
        const RateCard card = RateCard::load(settings, hub);
        const CostMeter meter(card, hub, zone);
        const QDateTime from = meter.startOfMonth(month);
        const QDateTime to = meter.startOfMonth(month.addMonths(1));
        const CostMeter::Estimate e = meter.estimate(records, from, to, now);
        QJsonObject hubJson {{QStringLiteral("hub"), hub},
                             {QStringLiteral("unit"), card.unit()},
                             {QStringLiteral("downloads"), e.downloads},
                             {QStringLiteral("files"), e.files},
                             {QStringLiteral("uncounted_downloads"), e.uncountedDownloads},
                             {QStringLiteral("egress_bytes"), e.egressBytes},
                             {QStringLiteral("egress_cost"), e.egressCost},
                             {QStringLiteral("server_hours"), e.serverHours},
                             {QStringLiteral("server_cost"), e.serverCost},
                             {QStringLiteral("unpriced_server_hours"), e.unpricedHours},
                             {QStringLiteral("total_cost"), e.total()}};
        if (const auto budget = card.monthlyBudget())
            hubJson.insert(QStringLiteral("monthly_budget"), budget->value);
        const CreditYear creditYear(card, hub, zone);
        const auto year = creditYear.summary(records, now);
        if (year)
            hubJson.insert(QStringLiteral("year"), yearJson(*year));
        // The home folder as last measured, with or without an allotment year.
        CreditYear::Summary storage;
        creditYear.latestStorage(records, now, storage);
        if (storage.homeBytes)
            hubJson.insert(
                QStringLiteral("storage"),
                QJsonObject {
                    {QStringLiteral("home_bytes"), *storage.homeBytes},
                    {QStringLiteral("home_measured"), storage.homeMeasured.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("home_at_least"), storage.homeAtLeast},
                    {QStringLiteral("per_month"),
                     card.homePerGBMonth() ? QJsonValue(storage.storagePerMonth) : QJsonValue()}});
        hubsJson.append(hubJson);

        out.line(QString());
        out.line(tr("Hub: %1").arg(hub));
        // A download is one item asked for (a folder, a file); files count what it held.
        const QString files = e.uncountedDownloads == 0 ? tr("%n file(s)", nullptr, int(e.files))
                                                        : tr("at least %n file(s)", nullptr, int(e.files));
        out.line(tr("  Downloaded: %1 (%2), %3, %4")
                     .arg(tr("%n download(s)", nullptr, e.downloads), files, DataSize::format(e.egressBytes),
                          meter.formatEstimate(e.egressCost)));
        out.line(tr("  Servers:    %1 hours, %2")
                     .arg(locale.toString(e.serverHours, 'f', 1), meter.formatEstimate(e.serverCost)));
        if (e.unpricedHours > 0)
            out.line(tr("  (%1 hours of sizes without a rate are not priced; add their rates in the app's "
                        "Settings ▸ Rates and budget.)")
                         .arg(locale.toString(e.unpricedHours, 'f', 1)));
        out.line(tr("  Total:      %1").arg(meter.formatEstimate(e.total())));
        if (const auto budget = card.monthlyBudget())
            out.line(tr("  Budget:     %1 a month, %2 left")
                         .arg(card.formatAmount(budget->value),
                              card.formatAmount(std::max(0.0, budget->value - e.total()))));
        if (year) {
            for (const QString &sentence : creditYear.sentences(*year))
                out.line(QStringLiteral("  ") + sentence);
        } else if (const QString home = creditYear.homeUseSentence(storage); !home.isEmpty()) {
            out.line(QStringLiteral("  ") + home);
        }

        for (const UsageRecord &record : std::as_const(records)) {
            if (record.hub != hub)
                continue;
            if (record.kind == UsageRecord::Kind::Download) {
                if (record.time < from || record.time >= to)
                    continue;
                QJsonObject download {{QStringLiteral("time"), record.time.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("hub"), record.hub},
                                      {QStringLiteral("account"), record.account},
                                      {QStringLiteral("what"), record.what},
                                      {QStringLiteral("bytes"), record.bytes}};
                if (record.files >= 0)
                    download.insert(QStringLiteral("files"), record.files);
                downloadsJson.append(download);
                const QString held =
                    record.files >= 0 ? tr("%n file(s)", nullptr, record.files) : QStringLiteral("-");
                out.line(tr("    %1  %2  %3  %4")
                             .arg(locale.toString(record.time.toTimeZone(zone), QLocale::ShortFormat),
                                  DataSize::format(record.bytes), held, record.what));
                continue;
            }
            if (record.kind == UsageRecord::Kind::Job) {
                if (record.time < from || record.time >= to)
                    continue;
                // Its server time is in the sessions already: shown, never added again.
                QJsonObject job {{QStringLiteral("job"), record.job},
                                 {QStringLiteral("file"), record.what},
                                 {QStringLiteral("size"), record.size},
                                 {QStringLiteral("start"), record.time.toString(Qt::ISODateWithMs)}};
                QString line = tr("    job %1  %2  %3")
                                   .arg(record.job, CliOutput::visible(record.what),
                                        locale.toString(record.time.toTimeZone(zone), QLocale::ShortFormat));
                if (record.stop.isValid()) {
                    const double hours = double(record.time.msecsTo(record.stop)) / 3'600'000.0;
                    job.insert(QStringLiteral("stop"), record.stop.toString(Qt::ISODateWithMs));
                    job.insert(QStringLiteral("hours"), hours);
                    line += QLatin1String("  ") + tr("%1 h").arg(locale.toString(hours, 'f', 2));
                    if (const auto rate = card.hourlyRate(record.size)) {
                        job.insert(QStringLiteral("cost"), hours * *rate);
                        line += QLatin1String("  ") + tr("about %1").arg(card.formatAmount(hours * *rate));
                    }
                } else {
                    line += QLatin1String("  ") + tr("running, or its end not seen yet");
                }
                if (record.saved >= 0) {
                    job.insert(QStringLiteral("saved"), record.saved);
                    line += QLatin1String("  ")
                        + tr("stopping the server at its end saved about %1")
                              .arg(card.formatAmount(record.saved));
                }
                jobsJson.append(job);
                out.line(line);
                continue;
            }
            if (record.kind != UsageRecord::Kind::Session)
                continue;
            const CostMeter::Estimate hours = meter.estimate({record}, from, to, now);
            if (hours.serverHours <= 0)
                continue;
            QJsonObject session {{QStringLiteral("hub"), record.hub},
                                 {QStringLiteral("account"), record.account},
                                 {QStringLiteral("size"), record.size},
                                 {QStringLiteral("start"), record.time.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("hours_in_month"), hours.serverHours},
                                 {QStringLiteral("cost"), hours.serverCost}};
            if (record.stop.isValid())
                session.insert(QStringLiteral("stop"), record.stop.toString(Qt::ISODateWithMs));
            if (record.seen.isValid())
                session.insert(QStringLiteral("last_seen_running"), record.seen.toString(Qt::ISODateWithMs));
            if (!record.server.isEmpty())
                session.insert(QStringLiteral("server"), record.server);
            // What it used at most (from the resources sampled while it ran); null when not known.
            session.insert(QStringLiteral("peak_cpu"),
                           record.peakCores >= 0 ? QJsonValue(record.peakCores) : QJsonValue());
            session.insert(QStringLiteral("peak_memory"),
                           record.peakMemory >= 0 ? QJsonValue(record.peakMemory) : QJsonValue());
            sessionsJson.append(session);
        }
    }
    out.json({{QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM"))},
              {QStringLiteral("time_zone"), QString::fromUtf8(zone.id())},
              {QStringLiteral("estimate"), true},
              {QStringLiteral("ledger"), ledger.filePath()},
              {QStringLiteral("hubs"), hubsJson},
              {QStringLiteral("downloads"), downloadsJson},
              {QStringLiteral("sessions"), sessionsJson},
              {QStringLiteral("jobs"), jobsJson},
              {QStringLiteral("warnings"), QJsonArray::fromStringList(ledger.warnings())}});
    Q_EMIT finished(ExitCode::Success);
}

} // namespace fornax::cli
