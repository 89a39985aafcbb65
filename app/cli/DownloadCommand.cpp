#include "DownloadCommand.h"

#include "CliOutput.h"
#include "transfer/DownloadJob.h"

#include <QLocale>

namespace fornax::cli {

TransferJob *DownloadCommand::createJob(const QUrl &serverUrl)
{
    return new DownloadJob(m_context.client, serverUrl, sources(), destination(), this);
}

void DownloadCommand::confirmDownload(TransferJob *job, qint64 archiveBytes)
{
    const auto *download = static_cast<DownloadJob *>(job);
    const QLocale locale;
    m_context.output->line(
        tr("Downloading %n file(s) (%1) as a %2 archive.", nullptr, int(download->remoteTotals().files))
            .arg(locale.formattedDataSize(download->remoteTotals().bytes),
                 locale.formattedDataSize(archiveBytes)));
    job->approve();
}

QString DownloadCommand::doneHeadline(const TransferJob *job) const
{
    return tr("Downloaded %n file(s), %1, into “%2”", nullptr, int(job->totals().files))
        .arg(QLocale().formattedDataSize(job->totals().bytes), job->target());
}

} // namespace fornax::cli
