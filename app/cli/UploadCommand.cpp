#include "UploadCommand.h"

#include "CliOutput.h"
#include "transfer/UploadJob.h"

#include <QLocale>

namespace fornax::cli {

TransferJob *UploadCommand::createJob(const QUrl &serverUrl)
{
    return new UploadJob(m_context.client, serverUrl, sources(), destination(), this);
}

QString UploadCommand::doneText(const TransferJob *job) const
{
    const QString folder = destination() == QLatin1String(".") || destination() == QLatin1String("~")
        ? tr("your home folder")
        : QStringLiteral("“%1”").arg(destination());
    QString text = tr("Uploaded %n file(s), %1, into %2", nullptr, int(job->totals().files))
                       .arg(QLocale().formattedDataSize(job->totals().bytes), folder);
    if (!job->placedNames().isEmpty())
        text += tr(" as %1").arg(job->placedNames().join(QStringLiteral(", ")));
    text += QLatin1Char('.');
    if (!job->skippedNames().isEmpty())
        text += QLatin1Char(' ') + tr("Skipped: %1.").arg(job->skippedNames().join(QStringLiteral(", ")));
    return text;
}

} // namespace fornax::cli
