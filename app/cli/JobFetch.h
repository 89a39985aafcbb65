#pragma once

#include "DownloadCommand.h"

namespace fornax::cli {

// `job fetch ID OUT-FOLDER`: a `download` of the job's folder on the server, with its egress
// check, conflict answers and usage record, made by JobCommand.
class JobFetch : public DownloadCommand
{
    Q_OBJECT

public:
    JobFetch(const CliContext &context, const QString &remoteFolder, const QString &localFolder,
             QObject *parent = nullptr);

protected:
    QStringList sources() const override { return {m_remote}; }
    QString destination() const override { return m_local; }

private:
    QString m_remote;
    QString m_local;
};

} // namespace fornax::cli
