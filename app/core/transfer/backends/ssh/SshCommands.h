#pragma once

#include "transfer/ServerCommands.h"

#include <QList>
#include <QPointer>

namespace fornax {

class SshSession;
class SshShell;

/**
 * ServerCommands over SSH: each script runs on an exec channel of the session (SshShell), read
 * from standard input (RemoteScript::sshCommand()); a job file's content follows the script on
 * the same input, and a read is a script that prints the file. Output up to 1 GiB (listings and
 * checksums of large trees).
 */
class SshCommands : public ServerCommands
{
    Q_OBJECT

public:
    explicit SshCommands(SshSession *session, QObject *parent = nullptr);
    ~SshCommands() override;

    void run(const QString &script, std::chrono::milliseconds timeout, const Done &done) override;
    void writeFile(const QString &jobId, const QString &name, const QByteArray &content,
                   const Done &done) override;
    void readFile(const QString &jobId, const QString &name, const Done &done) override;
    bool isGone() const override { return false; }
    void release() override;

private:
    void runWithInput(const QString &script, std::chrono::milliseconds timeout, const QByteArray &input,
                      const Done &done);
    void commandEnded(const CommandOutcome &outcome);

    SshShell *m_shell;
    QList<Done> m_waiting;
    bool m_released = false;
};

} // namespace fornax
