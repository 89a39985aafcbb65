#include "TransferJobFactory.h"

#include "account/CredentialStore.h"
#include "ssh/SshConfig.h"
#include "transfer/DownloadJob.h"
#include "transfer/UploadJob.h"

namespace fornax {

TransferJobFactory::TransferJobFactory(HubClient *client, const Settings &settings, const QString &hubId,
                                       CredentialStore *credentials)
    : m_client(client)
    , m_settings(settings)
    , m_hubId(hubId)
    , m_credentials(credentials)
{ }

TransferJob *TransferJobFactory::create(TransferJob::Direction direction, const QUrl &serverUrl,
                                        const QStringList &items, const QString &target,
                                        QObject *parent) const
{
    TransferJob *job = nullptr;
    if (direction == TransferJob::Direction::Upload) {
        job = new UploadJob(m_client, serverUrl, items, target, parent);
    } else {
        job = new DownloadJob(m_client, serverUrl, items, target, parent);
        job->setRequiresApproval(true);
    }
    if (m_hubId.isEmpty())
        return job;
    const SshConfig config = SshConfig::load(m_settings, m_hubId);
    if (!config.isValid())
        return job;
    job->setSshConfig(config);
    if (config.authMethod() != SshAuthMethod::Agent && m_credentials)
        job->setCredentialStore(m_credentials);
    return job;
}

} // namespace fornax
