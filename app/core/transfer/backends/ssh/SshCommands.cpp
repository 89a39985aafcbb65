#include "SshCommands.h"

#include "ssh/SshSession.h"
#include "ssh/SshShell.h"
#include "transfer/RemoteScript.h"

using namespace std::chrono_literals;

namespace fornax {

namespace {

// The largest file of the job folder read back (a listing or the checksums of a large tree).
constexpr qsizetype JobFileLimit = qsizetype(1) << 30;

} // namespace

SshCommands::SshCommands(SshSession *session, QObject *parent)
    : ServerCommands(parent)
    , m_shell(new SshShell(session, this))
{
    m_shell->setMaxOutput(JobFileLimit);
    connect(m_shell, &SshShell::commandFinished, this, [this](int exitCode, const QByteArray &output) {
        commandEnded(CommandOutcome::finished(exitCode, output));
    });
    connect(m_shell, &SshShell::commandFailed, this, [this](const QString &reason) {
        commandEnded(CommandOutcome::failed(reason));
    });
}

SshCommands::~SshCommands() = default;

void SshCommands::commandEnded(const CommandOutcome &outcome)
{
    if (m_waiting.isEmpty() || m_released)
        return;
    const Done done = m_waiting.takeFirst();
    done(outcome);
}

void SshCommands::runWithInput(const QString &script, std::chrono::milliseconds timeout,
                               const QByteArray &input, const Done &done)
{
    m_waiting.append(done);
    m_shell->run(RemoteScript::sshCommand(script), timeout, RemoteScript::sshInput(script) + input);
}

void SshCommands::run(const QString &script, std::chrono::milliseconds timeout, const Done &done)
{
    runWithInput(script, timeout, {}, done);
}

void SshCommands::writeFile(const QString &jobId, const QString &name, const QByteArray &content,
                            const Done &done)
{
    // The content follows the script on the channel's standard input.
    runWithInput(RemoteScript::writeFile(jobId, name), 10min, content, done);
}

void SshCommands::readFile(const QString &jobId, const QString &name, const Done &done)
{
    run(RemoteScript::readFile(jobId, name), 10min, done);
}

void SshCommands::release()
{
    if (m_released)
        return;
    m_released = true;
    m_waiting.clear();
    m_shell->disconnect(this);
    m_shell->close(); // stops the running command on the server
    deleteLater();
}

} // namespace fornax
