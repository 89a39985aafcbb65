#pragma once

#include "TransferCommand.h"

namespace fornax::cli {

// `download REMOTE... LOCAL-FOLDER`: copies files and folders of the server into a local folder,
// after showing the size and the egress estimate. The egress policy decides as in the window:
// above the threshold a terminal asks (a script needs --yes), over the monthly budget nothing
// goes, and every finished download is recorded in the usage ledger.
class DownloadCommand : public TransferCommand
{
    Q_OBJECT

public:
    using TransferCommand::TransferCommand;
    // Its name, help and options, for CommandTable.
    static CommandSpec spec();

private:
    static QString check(const CommandLine &commandLine);

protected:
    TransferJob::Direction direction() const override { return TransferJob::Direction::Download; }
    void confirmDownload(TransferJob *job, qint64 archiveBytes) override;
    QString doneHeadline(const TransferJob *job) const override;
    void jobEnded(const TransferJob *job) override;
    int failureExitCode(const TransferJob *job) const override;

private:
    QString hubKey() const;
    QString what() const;

    bool m_egressRefused = false;
};

} // namespace fornax::cli
