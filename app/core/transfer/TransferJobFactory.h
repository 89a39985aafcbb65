#pragma once

#include "transfer/TransferJob.h"

#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace fornax {

class CredentialStore;
class HubClient;
class Settings;

/**
 * The one place an upload or a download is made, for the window and the command line alike, so
 * both follow the same rules:
 * - every download waits for the egress check once its exact size is known (approvalNeeded);
 * - SSH is used when it is set up for this hub (a valid SshConfig in the settings under hubId),
 *   else the job goes through the hub as always (and falls back to it when SSH does not answer);
 * - the keychain is given to the job only when the SSH setup keeps a secret there (a password or
 *   a key's passphrase); with the SSH agent, or without SSH, the job never touches it.
 * Conflict policy, checksums and the parent stay the caller's choice.
 */
class TransferJobFactory
{
public:
    // hubId: the hub's entry in the settings (empty: unknown, so no SSH). credentials: may be
    // null when there is no keychain; kept as a weak reference.
    TransferJobFactory(HubClient *client, const Settings &settings, const QString &hubId,
                       CredentialStore *credentials);

    TransferJob *create(TransferJob::Direction direction, const QUrl &serverUrl, const QStringList &items,
                        const QString &target, QObject *parent = nullptr) const;

private:
    HubClient *m_client;
    const Settings &m_settings;
    QString m_hubId;
    QPointer<CredentialStore> m_credentials;
};

} // namespace fornax
