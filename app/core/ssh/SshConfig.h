#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fornax {

class Settings;

// How the app signs in to an SSH server.
enum class SshAuthMethod {
    Agent, // the keys of the running ssh-agent (SSH_AUTH_SOCK)
    KeyFile, // a private key file, with its passphrase (if any) from the keychain
    Password, // a password from the keychain
};

/**
 * Where and as whom a hub's files can be reached over SSH: host, port, user, and how to sign
 * in. Optional, per hub: many hubs (Fornax among them) offer no SSH, and then the transfer
 * engine uses the contents API.
 *
 * It is a plain value: load() and save() keep it in the hub's settings, so it must never hold
 * a secret. The password or the key's passphrase lives in the keychain under keychainKey().
 */
class SshConfig
{
    Q_DECLARE_TR_FUNCTIONS(SshConfig)

public:
    static constexpr int DefaultPort = 22;

    SshConfig() = default;
    SshConfig(const QString &host, const QString &user, int port = DefaultPort);

    QString host() const { return m_host; }
    void setHost(const QString &host) { m_host = host.trimmed(); }
    int port() const { return m_port; }
    void setPort(int port) { m_port = port; }
    QString user() const { return m_user; }
    void setUser(const QString &user) { m_user = user.trimmed(); }
    SshAuthMethod authMethod() const { return m_authMethod; }
    void setAuthMethod(SshAuthMethod method) { m_authMethod = method; }
    // The private key file, for SshAuthMethod::KeyFile.
    QString keyPath() const { return m_keyPath; }
    void setKeyPath(const QString &path) { m_keyPath = path; }

    // Enough to try a connection: a host, a user, a port in range, a key file when one is
    // needed.
    bool isValid() const;
    // What is missing or wrong, for the settings dialog; empty when valid.
    QString validationMessage() const;

    // "user@host" or "user@host:port", for messages.
    QString displayName() const;
    // The keychain entry for this server's password or key passphrase:
    // "fornax-desktop-ssh:user@host:port". Names no secret.
    QString keychainKey() const;

    // A hub without SSH access loads as an invalid config.
    static SshConfig load(const Settings &settings, const QString &hubId);
    void save(Settings &settings, const QString &hubId) const;
    // Turns SSH access off for the hub.
    static void remove(Settings &settings, const QString &hubId);

    // "agent", "key", "password": the words the settings file and the command line use.
    static QString authMethodName(SshAuthMethod method);
    static std::optional<SshAuthMethod> authMethodFromName(QStringView name);

    friend bool operator==(const SshConfig &, const SshConfig &) = default;

private:
    QString m_host;
    int m_port = DefaultPort;
    QString m_user;
    SshAuthMethod m_authMethod = SshAuthMethod::Agent;
    QString m_keyPath;
};

} // namespace fornax
