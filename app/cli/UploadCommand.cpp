#include "UploadCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "DataSize.h"

#include <QLocale>

namespace fornax::cli {

CommandSpec UploadCommand::spec()
{
    CommandSpec spec = transferSpec();
    spec.name = QStringLiteral("upload");
    spec.syntax = tr("LOCAL... REMOTE-FOLDER");
    spec.summary = tr("Copy local files and folders into a folder of the server.");
    spec.description =
        tr("Copies local files and folders into a folder of the server (relative to your home there; created "
           "when missing), packed as one archive.");
    spec.check = &UploadCommand::check;
    spec.create = &createCommand<UploadCommand>;
    return spec;
}

QString UploadCommand::check(const CommandLine &commandLine)
{
    return checkTransfer(commandLine, tr("results/ data.csv analysis"));
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
