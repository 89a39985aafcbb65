#include "LoopbackCommands.h"

#include "LocalShell.h"
#include "transfer/RemoteScript.h"

using namespace std::chrono_literals;

namespace fornax {

LoopbackCommands::LoopbackCommands(const QString &home, QObject *parent)
    : ServerCommands(parent)
    , m_home(home)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_running)
            m_running->kill();
        stepEnded(CommandOutcome::failed(tr("The step took too long and was stopped.")));
    });
}

LoopbackCommands::~LoopbackCommands()
{
    if (m_running)
        m_running->kill();
}

void LoopbackCommands::run(const QString &script, std::chrono::milliseconds timeout, const Done &done)
{
    m_queue.append({script, timeout, {}, done});
    runNext();
}

void LoopbackCommands::writeFile(const QString &jobId, const QString &name, const QByteArray &content,
                                 const Done &done)
{
    m_queue.append({RemoteScript::writeFile(jobId, name), 10min, content, done});
    runNext();
}

void LoopbackCommands::readFile(const QString &jobId, const QString &name, const Done &done)
{
    run(RemoteScript::readFile(jobId, name), 10min, done);
}

void LoopbackCommands::runNext()
{
    if (m_running || m_queue.isEmpty() || m_released)
        return;
    const Step &step = m_queue.constFirst();
    m_running = new LocalShell(m_home, RemoteScript::sshCommand(step.script), this);
    connect(m_running, &LocalShell::exited, this,
            [this](int exitCode, const QByteArray &output, const QByteArray &errors) {
                stepEnded(CommandOutcome::finished(exitCode, output + errors));
            });
    m_timeout.start(step.timeout);
    m_running->start(RemoteScript::sshInput(step.script) + step.input, true);
}

void LoopbackCommands::stepEnded(const CommandOutcome &outcome)
{
    m_timeout.stop();
    if (m_running) {
        m_running->disconnect(this);
        m_running->deleteLater();
        m_running = nullptr;
    }
    if (m_queue.isEmpty() || m_released)
        return;
    const Step step = m_queue.takeFirst();
    step.done(outcome);
    runNext();
}

void LoopbackCommands::release()
{
    if (m_released)
        return;
    m_released = true;
    m_queue.clear();
    if (m_running)
        m_running->kill();
    deleteLater();
}

} // namespace fornax
