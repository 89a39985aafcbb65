#pragma once

#include "TransferCommand.h"

namespace fornax::cli {

// `download REMOTE... LOCAL-FOLDER`: copies files and folders of the server into a local folder,
// after showing the size and the egress estimate.
class DownloadCommand : public TransferCommand
{
    Q_OBJECT

public:
    using TransferCommand::TransferCommand;

protected:
    TransferJob *createJob(const QUrl &serverUrl) override;
    void confirmDownload(TransferJob *job, qint64 archiveBytes) override;
    QString doneHeadline(const TransferJob *job) const override;
};

} // namespace fornax::cli
