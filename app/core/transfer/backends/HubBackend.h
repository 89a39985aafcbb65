#pragma once

#include "ssh/SshConfig.h"
#include "ssh/SshError.h"
#include "transfer/TransferBackend.h"

#include <QPointer>
#include <QUrl>

#include <chrono>

namespace fornax {

class CredentialStore;
class HubClient;
class SshSession;

/**
 * The user's real server behind a hub: the Jupyter way (a terminal and the contents API,
 * backends/jupyter), or over SSH (backends/ssh) when the hub has SSH access configured.
 *
 * With SSH configured (setSshConfig(), or setSshSession()), each run first signs in over SSH.
 * If that works, the whole run goes over it. If it does not (no answer, refused, a sign-in or
 * host-key problem), the run logs why, keeps the reason in fallbackReason() and goes the
 * Jupyter way; without a HubClient to fall back on, it is unavailable() with the SSH error. A
 * host key nobody has accepted yet is not asked about here (a job has nobody to ask): accept it
 * once in the hub's SSH settings.
 */
class HubBackend : public TransferBackend
{
    Q_OBJECT

public:
    HubBackend(HubClient *client, const QUrl &serverUrl, QObject *parent = nullptr);
    ~HubBackend() override;

    // SSH access to the hub's server, e.g. SshConfig::load(settings, hubId); an invalid config
    // (the default) means none.
    void setSshConfig(const SshConfig &config);
    // Where its own SSH session reads a password or key passphrase (the keychain entry
    // SshConfig::keychainKey()); without it, only the agent or an unprotected key can sign in.
    void setCredentialStore(CredentialStore *store);
    // A session to use instead of one of its own (the app's, or a test's). Not owned; it must
    // outlive the runs. Its config is what counts.
    void setSshSession(SshSession *session);
    // How long its own session may take to connect and sign in before the run falls back.
    void setSshConnectTimeout(std::chrono::milliseconds timeout) { m_sshTimeout = timeout; }

    void connectRun() override;
    void stopConnecting() override;
    void endRun() override;
    Way way() const override { return m_ssh ? Way::Ssh : Way::Jupyter; }
    QString fallbackReason() const override { return m_fallbackReason; }
    QString unreachableReason() const override;
    bool movesFilesDirectly() const override { return !m_ssh; }
    ServerCommands *newCommands(QObject *parent) override;
    ArchiveStream *newStream(const ArchiveStream::Context &context, QObject *parent) override;

private:
    SshSession *session() const;
    void sshAnswered(bool ok, const SshError &error);

    QPointer<HubClient> m_client;
    QUrl m_serverUrl;
    SshConfig m_sshConfig;
    QPointer<CredentialStore> m_store;
    QPointer<SshSession> m_sharedSession;
    SshSession *m_ownSession = nullptr;
    std::chrono::milliseconds m_sshTimeout {10'000};
    QObject *m_sshWait = nullptr; // connections while signing in
    bool m_ssh = false;
    QString m_fallbackReason;
};

} // namespace fornax
