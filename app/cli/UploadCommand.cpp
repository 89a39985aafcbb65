#include "UploadCommand.h"

#include "CliOutput.h"
#include "DataSize.h"
#include "transfer/UploadJob.h"

#include <QLocale>

namespace fornax::cli {

TransferJob *UploadCommand::createJob(const QUrl &serverUrl)
{
    return new UploadJob(m_context.client, serverUrl, sources(), destination(), this);
}

QString UploadCommand::doneHeadline(const TransferJob *job) const
{
    const QString folder = destination() == QLatin1String(".") || destination() == QLatin1String("~")
        ? tr("your home folder")
        : QStringLiteral("“%1”").arg(destination());
    return tr("Uploaded %n file(s), %1, into %2", nullptr, int(job->totals().files))
        .arg(DataSize::format(job->totals().bytes), folder);
}

} // namespace fornax::cli
