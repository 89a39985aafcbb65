#include "JobFetch.h"

namespace fornax::cli {

JobFetch::JobFetch(const CliContext &context, const QString &remoteFolder, const QString &localFolder,
                   QObject *parent)
    : DownloadCommand(context, parent)
    , m_remote(remoteFolder)
    , m_local(localFolder)
{ }

} // namespace fornax::cli
