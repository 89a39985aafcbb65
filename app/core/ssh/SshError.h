#pragma once

#include "hub/HubError.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace fornax {

/**
 * Why an SSH connection, sign-in, command or stream failed, as a kind the code can act on plus
 * a sentence that says what happened and what to do.
 *
 * server is the "user@host:port" the message names; path a key file or known-hosts file;
 * detail libssh's or the remote command's own words (stderr), kept for the message's end and
 * for logs. It never holds a password or passphrase. toHubError() maps it onto the kinds the
 * transfer engine already handles for the contents API, so a job can treat both transports
 * alike.
 */
class SshError
{
    Q_DECLARE_TR_FUNCTIONS(SshError)

public:
    enum class Kind {
        None,
        Cancelled,
        HostNotFound, // DNS failed
        Refused, // nothing listens on the port
        Unreachable, // no route, network down, other socket errors
        Timeout, // no answer (connection, handshake or sign-in) in time
        HostKeyRejected, // the user did not accept an unknown host key
        HostKeyChanged, // the host key differs from the known one: possible attack
        HostKeyTypeChanged, // known with a key of another type only: possible attack as well
        HostKeyUnverifiable, // known-hosts file unreadable, or no host key offered
        KeyFileUnreadable, // the private key file is missing or unreadable
        KeyFileInvalid, // not a private key libssh can read
        PassphraseNeeded, // the key is protected and no passphrase is known
        PassphraseWrong,
        KeyRejected, // the server does not accept this key for this user
        AgentUnavailable, // no ssh-agent (SSH_AUTH_SOCK unset or dead)
        AgentKeyRejected, // the agent's keys are not accepted
        PasswordNeeded,
        PasswordRejected,
        MethodNotAllowed, // the server does not offer the chosen sign-in method
        ConnectionLost, // the connection broke after it was up
        ChannelRefused, // the server would not open a session or run the command
        CommandFailed, // the remote command ended with a non-zero status (or a signal)
        CommandTimeout, // the remote command did not end in time
        OutputTooLarge, // a command printed more than allowed
        StreamFailed, // the local end of the pipe (packer, extractor) gave up; detail says why
        Protocol, // anything else libssh reports
    };

    SshError() = default;
    SshError(Kind kind, QString server, QString detail = {}, QString path = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    QString server() const { return m_server; }
    QString detail() const { return m_detail; }
    QString path() const { return m_path; }
    // For CommandFailed: the exit status, or -1 when the command was killed by a signal.
    int exitStatus() const { return m_exitStatus; }
    void setExitStatus(int status) { m_exitStatus = status; }
    // Trying again later may help (network trouble), as opposed to a wrong key or a refused
    // host key.
    bool isTransient() const;

    // One to three sentences for the user.
    QString message() const;
    // A stable word for logs and the CLI's --json ("host-key-changed").
    QString kindName() const;
    // The nearest HubError kind (auth and host-key problems are Forbidden, a lost connection
    // Unreachable, a failed remote command ServerError), with message() as its detail.
    HubError toHubError() const;

private:
    Kind m_kind = Kind::None;
    QString m_server;
    QString m_detail;
    QString m_path;
    int m_exitStatus = 0;
};

} // namespace fornax

Q_DECLARE_METATYPE(fornax::SshError)
