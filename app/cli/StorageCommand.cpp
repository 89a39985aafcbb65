#include "StorageCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "Settings.h"
#include "cost/CostMeter.h"
#include "cost/RateCard.h"
#include "health/StorageMeter.h"
#include "hub/HubClient.h"
#include "hub/ServerMonitor.h"
#include "hub/ServerStatus.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fornax::cli {

CommandSpec StorageCommand::spec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("storage");
    spec.summary = tr("Measure your home folder now and record it for the year's credits.");
    spec.description =
        tr("Reads every folder of your home through your running server (never counted as using it), at "
           "most %1 folders and %2 seconds; a measure cut short is a lower bound (“at least”). Hidden "
           "files (names starting with a dot) and the scratch, s3-storage and shared-storage folders are "
           "not counted. The app measures by itself at most every %3 hours while it shows a running server.")
            .arg(QString::number(StorageWalk::Limits().maxListings),
                 QString::number(
                     std::chrono::duration_cast<std::chrono::seconds>(StorageWalk::Limits().maxTime).count()),
                 QString::number(StorageWalk::MinimumInterval.count()));
    spec.options = {serverOption(), useTokenForServerOption()};
    spec.reach = CommandSpec::Reach::Server;
    spec.check = &CliCommand::checkNoArguments;
    spec.create = &createCommand<StorageCommand>;
    return spec;
}

void StorageCommand::run()
{
    const ServerStatus server = m_context.monitor->status();
    if (server.state != ServerStatus::State::Running) {
        m_context.output->error(
            tr("Your server is not running: the home folder is measured through it. Start "
               "it with “fornax-desktop start”, then run “fornax-desktop storage”."));
        Q_EMIT finished(ExitCode::ServerNotRunning);
        return;
    }
    const QString hub = m_context.client->hub().base().toString();
    m_meter = new StorageMeter(m_context.client, this);
    m_meter->setTarget(hub, m_context.userName, server.url);
    connect(
        m_meter, &StorageMeter::measured, this,
        [this, hub](const StorageWalk::Result &result, bool recorded, const QString &ledgerError) {
            CliOutput &out = *m_context.output;
            if (result.cancelled) {
                out.error(tr("Stopped: the home folder was not measured."));
                Q_EMIT finished(ExitCode::Interrupted);
                return;
            }
            if (!result.isValid()) {
                out.error(tr("The home folder could not be measured: %1").arg(result.error.message()));
                Q_EMIT finished(ExitCode::Failed);
                return;
            }
            const RateCard card = RateCard::load(Settings(), hub);
            const auto rate = card.homePerGBMonth();
            const double perMonth =
                rate ? double(result.bytes) / double(CostMeter::BytesPerGB) * rate->value : 0.0;
            QJsonArray notes;
            for (const QString &note : result.notes())
                notes.append(note);
            QJsonObject json {{QStringLiteral("hub"), hub},
                              {QStringLiteral("user"), m_context.userName},
                              {QStringLiteral("home_bytes"), result.bytes},
                              {QStringLiteral("at_least"), !result.complete},
                              {QStringLiteral("files"), result.files},
                              {QStringLiteral("folders"), result.folders},
                              {QStringLiteral("unreadable_folders"), result.unreadable},
                              {QStringLiteral("links_back"), result.loops},
                              {QStringLiteral("measured_at"), result.takenAt.toString(Qt::ISODateWithMs)},
                              {QStringLiteral("recorded"), recorded},
                              {QStringLiteral("unit"), card.unit()},
                              {QStringLiteral("cost_per_month"), rate ? QJsonValue(perMonth) : QJsonValue()},
                              {QStringLiteral("notes"), notes}};
            out.json(json);
            out.line(tr("Home folder: %1").arg(result.summary()));
            if (rate)
                out.line(tr("Storage:     %1 a month (%2)")
                             .arg(result.complete ? card.formatApproximate(perMonth)
                                                  : tr("at least %1").arg(card.formatAmount(perMonth)),
                                  rate->source));
            for (const QString &note : result.notes())
                out.line(tr("Note: %1").arg(note));
            if (!recorded) {
                out.error(tr("The measure could not be written to the usage record: %1").arg(ledgerError));
                Q_EMIT finished(ExitCode::Failed);
                return;
            }
            Q_EMIT finished(ExitCode::Success);
        });
    m_context.output->line(tr("Measuring your home folder…"));
    m_meter->measureNow();
}

void StorageCommand::interrupt()
{
    if (m_meter && m_meter->isMeasuring()) {
        m_meter->walk()->cancel(); // finished() follows from the measured() handler
        return;
    }
    Q_EMIT finished(ExitCode::Interrupted);
}

} // namespace fornax::cli
