#include "TransferJobFactory.h"

#include "account/CredentialStore.h"
#include "ssh/SshConfig.h"
#include "transfer/DownloadJob.h"
#include "transfer/UploadJob.h"
#include "transfer/backends/HubBackend.h"

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
    // The transport is chosen here, once: the hub's server, over SSH first when it is set up.
    auto *backend = new HubBackend(m_client, serverUrl);
    const SshConfig config = m_hubId.isEmpty() ? SshConfig() : SshConfig::load(m_settings, m_hubId);
    if (config.isValid()) {
        backend->setSshConfig(config);
        if (config.authMethod() != SshAuthMethod::Agent && m_credentials)
            backend->setCredentialStore(m_credentials);
    }
    if (direction == TransferJob::Direction::Upload)
        return new UploadJob(backend, items, target, parent);
    auto *job = new DownloadJob(backend, items, target, parent);
    job->setRequiresApproval(true);
    return job;
}

} // namespace fornax
