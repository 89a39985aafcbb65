#include "UploadCommand.h"

#include "CliOutput.h"
#include "DataSize.h"

#include <QLocale>

namespace fornax::cli {

QString UploadCommand::doneHeadline(const TransferJob *job) const
{
    const QString folder = destination() == QLatin1String(".") || destination() == QLatin1String("~")
        ? tr("your home folder")
        : QStringLiteral("“%1”").arg(destination());
    return tr("Uploaded %n file(s), %1, into %2", nullptr, int(job->totals().files))
        .arg(DataSize::format(job->totals().bytes), folder);
}

} // namespace fornax::cli
