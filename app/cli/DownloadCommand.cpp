#include "DownloadCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "DataSize.h"
#include "EgressPrompt.h"
#include "ExitCode.h"
#include "Settings.h"
#include "cost/EgressPolicy.h"
#include "cost/RateCard.h"
#include "cost/UsageLedger.h"
#include "hub/HubClient.h"
#include "transfer/DownloadJob.h"

#include <QLocale>

namespace fornax::cli {

CommandSpec DownloadCommand::spec()
{
    CommandSpec spec = transferSpec();
    spec.name = QStringLiteral("download");
    spec.syntax = tr("REMOTE... LOCAL-FOLDER");
    spec.summary = tr("Copy files and folders of the server into a local folder.");
    spec.description = tr(
        "Copies files and folders of the server into a local folder; the size and the egress cost estimate "
        "are shown before anything moves.");
    spec.check = &DownloadCommand::check;
    spec.create = &createCommand<DownloadCommand>;
    return spec;
}

QString DownloadCommand::check(const CommandLine &commandLine)
{
    return checkTransfer(commandLine, tr("analysis/plots ."));
}

void DownloadCommand::confirmDownload(TransferJob *job, qint64 archiveBytes)
{
    const auto *download = static_cast<DownloadJob *>(job);
    const QLocale locale;
    const UsageLedger ledger;
    const Settings settings;
    const EgressPolicy policy = EgressPolicy::forHub(hubKey(), ledger, settings);
    const EgressDecision decision = policy.decide(archiveBytes, what());
    m_context.output->line(tr("Downloading %n file(s) (%1) as a %2 archive, estimated egress cost %3.",
                              nullptr, int(download->remoteTotals().files))
                               .arg(DataSize::format(download->remoteTotals().bytes),
                                    DataSize::format(archiveBytes),
                                    policy.rateCard().formatAmount(decision.cost)));
    if (!job->leftOut().isEmpty())
        m_context.output->line(tr("Not downloaded, because they point outside what you chose: %1.")
                                   .arg(job->leftOut().join(QStringLiteral(", "))));
    EgressPrompt prompt(*m_context.output, m_context.commandLine->isSet(YesOption));
    if (prompt.approve(decision)) {
        job->approve();
        return;
    }
    m_egressRefused = true;
    // The prompt said why (the budget, no terminal to ask, or the answer); no "you declined it"
    // after a refusal the user had no say in.
    job->decline(tr("The download was not started (the reason is above)."));
}

QString DownloadCommand::doneHeadline(const TransferJob *job) const
{
    return tr("Downloaded %n file(s), %1, into “%2”", nullptr, int(job->totals().files))
        .arg(DataSize::format(job->totals().bytes), job->target());
}

void DownloadCommand::jobEnded(const TransferJob *job)
{
    // What left the server is what egress is billed on: the archive when the download finished,
    // the bytes that arrived when it was cut short (as the window records it); a download that
    // sent nothing (every item skipped, or refused) costs nothing.
    const bool finished = job->state() == TransferJob::State::Finished;
    const qint64 bytes = finished ? job->archiveSize() : job->bytesDone();
    if (bytes <= 0)
        return;
    UsageLedger ledger;
    // A run cut short does not say how many files arrived whole.
    if (!ledger.recordDownload(hubKey(), m_context.userName, what(), bytes, QDateTime::currentDateTimeUtc(),
                               finished ? int(job->totals().files) : -1))
        m_context.output->error(tr("The download is not in your usage record: %1").arg(ledger.errorString()));
}

int DownloadCommand::failureExitCode(const TransferJob *job) const
{
    return m_egressRefused ? int(ExitCode::EgressRefused) : TransferCommand::failureExitCode(job);
}

QString DownloadCommand::hubKey() const
{
    return RateCard::hubKey(m_context.client->hub().base().toString());
}

QString DownloadCommand::what() const
{
    return sources().join(QStringLiteral(", "));
}

} // namespace fornax::cli
