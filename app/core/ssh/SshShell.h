#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

namespace fornax {

class SshSession;

/**
 * Runs shell commands on the hub's server over SSH: the counterpart of RemoteShell (same calls,
 * same signals) for hubs that offer SSH, so the transfer engine can use either.
 *
 * Each command gets an exec channel of its own on the session, run by the user's login shell;
 * commands run one at a time, in order. commandFinished() carries the exit status and the
 * output (stdout, then stderr: SSH keeps them apart, so their interleaving is lost). A command
 * that runs past its timeout, prints more than the limit, or loses its connection ends in
 * commandFailed() and is sent SIGTERM; the next command still runs. There is no terminal, so
 * there are no prompts, echoes or escapes to strip.
 */
class SshShell : public QObject
{
    Q_OBJECT

public:
    // The session is shared (SshTransport may use it at the same time) and must outlive
    // commands in flight; a failed session fails the queued commands.
    explicit SshShell(SshSession *session, QObject *parent = nullptr);
    ~SshShell() override;

    SshSession *session() const { return m_session; }
    bool isReady() const;
    // The most output one command may print (16 MiB by default).
    void setMaxOutput(qsizetype bytes) { m_maxOutput = bytes; }

    // Opens the session if needed; ready() follows once it is signed in.
    void open();
    // Queues command; the timeout counts from the moment it is handed to the session. input is
    // what the command reads on its standard input (then end of file).
    void run(const QString &command, std::chrono::milliseconds timeout, const QByteArray &input = {});
    // Stops the running command and drops the queued ones (without signals for them).
    void close();

    // argument as one word for a POSIX shell: 'it'\''s'.
    static QString quoted(const QString &argument);

Q_SIGNALS:
    void ready();
    void commandFinished(int exitCode, const QByteArray &output);
    void commandFailed(const QString &reason);
    void closed();

private:
    struct Command
    {
        QString text;
        std::chrono::milliseconds timeout;
        QByteArray input;
    };

    void sendNext();

    QPointer<SshSession> m_session;
    QList<Command> m_queue;
    qsizetype m_maxOutput = qsizetype(16) * 1024 * 1024;
    quint64 m_current = 0; // id of the running command's channel, 0 when none
};

} // namespace fornax
