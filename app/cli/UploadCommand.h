#pragma once

#include "TransferCommand.h"

namespace fornax::cli {

// `upload LOCAL... REMOTE-FOLDER`: copies local files and folders into a folder of the server.
class UploadCommand : public TransferCommand
{
    Q_OBJECT

public:
    using TransferCommand::TransferCommand;
    // Its name, help and options, for CommandTable.
    static CommandSpec spec();

private:
    static QString check(const CommandLine &commandLine);

protected:
    TransferJob::Direction direction() const override { return TransferJob::Direction::Upload; }
    QString doneHeadline(const TransferJob *job) const override;
};

} // namespace fornax::cli
