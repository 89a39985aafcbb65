#include "SshError.h"

namespace fornax {

SshError::SshError(Kind kind, QString server, QString detail, QString path)
    : m_kind(kind)
    , m_server(std::move(server))
    , m_detail(std::move(detail))
    , m_path(std::move(path))
{ }

bool SshError::isTransient() const
{
    switch (m_kind) {
    case Kind::Unreachable:
    case Kind::Timeout:
    case Kind::ConnectionLost:
    case Kind::Refused:
        return true;
    default:
        return false;
    }
}

QString SshError::message() const
{
    QString text;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("The transfer was cancelled.");
    case Kind::HostNotFound:
        text = tr("The SSH server of %1 could not be found. Check the host name in the hub's SSH "
                  "settings, and your network connection.")
                   .arg(m_server);
        break;
    case Kind::Refused:
        text = tr("%1 refused the SSH connection. Check the port in the hub's SSH settings and "
                  "that the server runs SSH.")
                   .arg(m_server);
        break;
    case Kind::Unreachable:
        text = tr("%1 cannot be reached over SSH. Check your network connection or VPN.").arg(m_server);
        break;
    case Kind::Timeout:
        text = tr("%1 did not answer in time. Check the host and port in the hub's SSH settings, and "
                  "your network or VPN.")
                   .arg(m_server);
        break;
    case Kind::HostKeyRejected:
        return tr("You did not trust the host key of %1, so no connection was made.").arg(m_server);
    case Kind::HostKeyChanged:
        return tr("WARNING: the host key of %1 is not the one it had before. Someone may be "
                  "intercepting the connection, or the server was reinstalled. The connection was "
                  "refused. Ask the server's administrators for its new fingerprint; only if it "
                  "matches, remove the old key for this server from %2 and connect again.")
            .arg(m_server, m_path);
    case Kind::HostKeyTypeChanged:
        return tr("WARNING: %1 offered a host key of another type (%2) than the one known for it in %3. "
                  "Someone may be intercepting the connection, or the server's keys were changed. The "
                  "connection was refused. Ask the server's administrators for its fingerprint; only if "
                  "it matches, remove the old key for this server from %3 and connect again.")
            .arg(m_server, m_detail, m_path);
    case Kind::HostKeyUnverifiable:
        text = tr("The host key of %1 could not be checked, so no connection was made.").arg(m_server);
        break;
    case Kind::KeyFileUnreadable:
        return tr("The key file %1 cannot be read. Check the path in the hub's SSH settings.").arg(m_path);
    case Kind::KeyFileInvalid:
        return tr("%1 is not a private key that can be used. Choose the private key file (not the "
                  ".pub file) in the hub's SSH settings.")
            .arg(m_path);
    case Kind::PassphraseNeeded:
        return tr("The key file %1 is protected by a passphrase. Enter the passphrase to sign in.")
            .arg(m_path);
    case Kind::PassphraseWrong:
        return tr("The passphrase for the key file %1 is wrong. Enter it again.").arg(m_path);
    case Kind::KeyRejected:
        return tr("%1 did not accept the key %2. Check the user name, and that the public key is "
                  "in ~/.ssh/authorized_keys on the server.")
            .arg(m_server, m_path);
    case Kind::AgentUnavailable:
        return tr("No SSH agent is running (SSH_AUTH_SOCK is not set or does not answer). Start one "
                  "and add your key with ssh-add, or choose a key file in the hub's SSH settings.");
    case Kind::AgentKeyRejected:
        return tr("%1 accepted none of the SSH agent's keys. Add the right key with ssh-add, or "
                  "choose a key file in the hub's SSH settings.")
            .arg(m_server);
    case Kind::PasswordNeeded:
        return tr("A password is needed to sign in to %1. Enter it in the hub's SSH settings.").arg(m_server);
    case Kind::PasswordRejected:
        return tr("%1 did not accept the password. Check the user name and enter the password again.")
            .arg(m_server);
    case Kind::MethodNotAllowed:
        return tr("%1 does not allow this way of signing in (it offers: %2). Choose another one in "
                  "the hub's SSH settings.")
            .arg(m_server, m_detail);
    case Kind::ConnectionLost:
        text = tr("The SSH connection to %1 was lost. Nothing incomplete was kept; try again.").arg(m_server);
        break;
    case Kind::ChannelRefused:
        text = tr("%1 refused to run a command over SSH. The server may not allow commands for this "
                  "user.")
                   .arg(m_server);
        break;
    case Kind::CommandFailed:
        if (m_exitStatus < 0)
            text = tr("The command on %1 was stopped before it ended.").arg(m_server);
        else
            text =
                tr("The command on %1 failed (exit status %2).").arg(m_server, QString::number(m_exitStatus));
        break;
    case Kind::CommandTimeout:
        text = tr("The command on %1 did not finish in time and was stopped.").arg(m_server);
        break;
    case Kind::OutputTooLarge:
        text = tr("The command on %1 printed more than expected and was stopped.").arg(m_server);
        break;
    case Kind::StreamFailed:
        return m_detail.isEmpty() ? tr("The transfer stopped.") : m_detail;
    case Kind::Protocol:
        text = tr("The SSH connection to %1 failed.").arg(m_server);
        break;
    }
    if (!m_detail.isEmpty())
        text += QLatin1Char(' ') + tr("(%1)").arg(m_detail.trimmed());
    return text;
}

QString SshError::kindName() const
{
    static const char *const names[] = {
        "none",
        "cancelled",
        "host-not-found",
        "refused",
        "unreachable",
        "timeout",
        "host-key-rejected",
        "host-key-changed",
        "host-key-type-changed",
        "host-key-unverifiable",
        "key-file-unreadable",
        "key-file-invalid",
        "passphrase-needed",
        "passphrase-wrong",
        "key-rejected",
        "agent-unavailable",
        "agent-key-rejected",
        "password-needed",
        "password-rejected",
        "method-not-allowed",
        "connection-lost",
        "channel-refused",
        "command-failed",
        "command-timeout",
        "output-too-large",
        "stream-failed",
        "protocol",
    };
    static_assert(std::size(names) == std::size_t(Kind::Protocol) + 1);
    return QString::fromLatin1(names[int(m_kind)]);
}

HubError SshError::toHubError() const
{
    using H = HubError::Kind;
    H kind = H::Malformed;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        kind = H::Cancelled;
        break;
    case Kind::HostNotFound:
        kind = H::HostNotFound;
        break;
    case Kind::Refused:
    case Kind::Unreachable:
    case Kind::ConnectionLost:
        kind = H::Unreachable;
        break;
    case Kind::Timeout:
    case Kind::CommandTimeout:
        kind = H::Timeout;
        break;
    case Kind::HostKeyRejected:
    case Kind::HostKeyChanged:
    case Kind::HostKeyTypeChanged:
    case Kind::HostKeyUnverifiable:
        kind = H::Tls; // the same trust problem: never ignored
        break;
    case Kind::KeyFileUnreadable:
    case Kind::KeyFileInvalid:
    case Kind::PassphraseNeeded:
    case Kind::PassphraseWrong:
    case Kind::KeyRejected:
    case Kind::AgentUnavailable:
    case Kind::AgentKeyRejected:
    case Kind::PasswordNeeded:
    case Kind::PasswordRejected:
    case Kind::MethodNotAllowed:
    case Kind::ChannelRefused:
        kind = H::Forbidden;
        break;
    case Kind::CommandFailed:
    case Kind::OutputTooLarge:
    case Kind::StreamFailed:
        kind = H::ServerError;
        break;
    case Kind::Protocol:
        kind = H::Malformed;
        break;
    }
    return HubError(kind, message());
}

} // namespace fornax
