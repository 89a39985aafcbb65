#include "JobClient.h"

#include "transfer/ServerCommands.h"
#include "transfer/TransferBackend.h"

#include <chrono>

namespace fornax {

using namespace std::chrono_literals;

JobClient::JobClient(TransferBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{ }

JobClient::~JobClient()
{
    close();
}

void JobClient::close()
{
    if (m_commands) {
        m_commands->release();
        m_commands = nullptr;
    }
    if (m_backend)
        m_backend->endRun();
}

void JobClient::enqueue(const Fail &fail, const Step &step)
{
    if (m_commands && !m_commands->isGone()) {
        step(m_commands);
        return;
    }
    m_waiting.append(step);
    m_failWaiting.append(fail);
    if (m_connecting || !m_backend)
        return;
    m_connecting = true;
    connect(m_backend, &TransferBackend::ready, this, &JobClient::connected, Qt::UniqueConnection);
    connect(m_backend, &TransferBackend::unavailable, this,
            [this](ArchiveStream::Failure, const QString &message) {
                unavailable(message);
            });
    m_backend->connectRun();
}

void JobClient::connected()
{
    m_connecting = false;
    if (m_commands)
        m_commands->release();
    m_commands = m_backend->newCommands(this);
    m_failWaiting.clear();
    const QList<Step> waiting = std::exchange(m_waiting, {});
    for (const Step &step : waiting)
        step(m_commands);
}

void JobClient::unavailable(const QString &message)
{
    m_connecting = false;
    m_waiting.clear();
    const auto failing = std::exchange(m_failWaiting, {});
    for (const auto &fail : failing)
        fail(message);
}

JobClient::Outcome JobClient::failure(int exitCode, const QByteArray &output, const QString &reason)
{
    Outcome outcome;
    switch (exitCode) {
    case JobScript::NoSuchJob:
        outcome.noSuchJob = true;
        outcome.error = tr("There is no such job on the server (see “fornax-desktop jobs”).");
        return outcome;
    case JobScript::NoSetsid:
        outcome.error = tr("The server has no “setsid” command, so a job could not run there detached from "
                           "the terminal. Nothing was started.");
        return outcome;
    case JobScript::NoNbconvert:
        outcome.error =
            tr("No Python on the server can run notebooks (nbconvert is missing). Install it there "
               "(“pip install --user nbconvert”) or run a script instead. Nothing was started.");
        return outcome;
    case JobScript::NoPapermill:
        outcome.error = tr("--param needs papermill on the server, which it does not have. Install it there "
                           "(“pip install --user papermill”) or run without --param. Nothing was started.");
        return outcome;
    case JobScript::MissingInput:
        outcome.error = tr("The file to run did not arrive on the server. Nothing was started.");
        return outcome;
    case JobScript::Exists:
        outcome.error = tr("A job with this id exists already on the server. Nothing was started.");
        return outcome;
    default:
        break;
    }
    QString detail = reason.isEmpty() ? CommandOutcome::lastLine(output) : reason;
    outcome.error = detail.isEmpty()
        ? tr("The command on the server failed (exit code %1).").arg(exitCode)
        : tr("The command on the server failed: %1").arg(CommandOutcome::asSentence(detail));
    return outcome;
}

void JobClient::runTagged(const QString &script, char tag, const SubmitDone &done)
{
    const Fail fail = [done](const QString &message) {
        done({false, message, false}, {});
    };
    enqueue(fail, [script, tag, done](ServerCommands *commands) {
        commands->run(script, 120s, [tag, done](const CommandOutcome &outcome) {
            if (!outcome.succeeded()) {
                done(failure(outcome.exitCode, outcome.output,
                             outcome.status == CommandOutcome::Status::Finished ? QString() : outcome.reason),
                     {});
                return;
            }
            const QByteArray prefix = QByteArray(1, tag) + ' ';
            QString state;
            for (const QByteArray &line : outcome.output.split('\n')) {
                if (line.trimmed().startsWith(prefix))
                    state = QString::fromUtf8(line.trimmed().mid(2));
            }
            done({true, {}, false}, state);
        });
    });
}

void JobClient::submit(const JobRequest &request, const SubmitDone &done)
{
    runTagged(JobScript::submit(request), 'S', done);
}

void JobClient::prepare(const JobRequest &request, const SubmitDone &done)
{
    runTagged(JobScript::prepare(request), 'P', done);
}

void JobClient::start(const JobRequest &request, const SubmitDone &done)
{
    runTagged(JobScript::start(request), 'S', done);
}

void JobClient::keepStarting(const QString &jobId)
{
    runTagged(JobScript::keepStarting(jobId), 'P', [](const Outcome &, const QString &) {});
}

void JobClient::discard(const QString &jobId, const std::function<void()> &done)
{
    runTagged(JobScript::discard(jobId), 'P', [done](const Outcome &, const QString &) {
        if (done)
            done();
    });
}

void JobClient::list(qint64 serverStarted, const ListDone &done)
{
    const Fail fail = [done](const QString &message) {
        done({false, message, false}, {});
    };
    enqueue(fail, [serverStarted, done](ServerCommands *commands) {
        commands->run(JobScript::list(serverStarted), 60s, [done](const CommandOutcome &outcome) {
            const JobScript::Listed listed = JobScript::parseList(outcome.output);
            if (!outcome.succeeded() || !listed.ok) {
                done(failure(outcome.exitCode, outcome.output, outcome.reason), {});
                return;
            }
            done({true, {}, false}, listed.jobs);
        });
    });
}

void JobClient::readLog(const QString &jobId, qint64 offset, const LogDone &done)
{
    const Fail fail = [done](const QString &message) {
        done({false, message, false}, {});
    };
    enqueue(fail, [jobId, offset, done](ServerCommands *commands) {
        constexpr qint64 MaxChunk = qint64(1024) * 1024;
        commands->run(JobScript::readLog(jobId, offset, MaxChunk), 60s,
                      [done](const CommandOutcome &outcome) {
                          const JobScript::LogChunk chunk = JobScript::parseLog(outcome.output);
                          if (!outcome.succeeded() || !chunk.ok) {
                              done(failure(outcome.exitCode, outcome.output, outcome.reason), {});
                              return;
                          }
                          done({true, {}, false}, chunk);
                      });
    });
}

void JobClient::cancel(const QString &jobId, const CancelDone &done)
{
    const Fail fail = [done](const QString &message) {
        done({false, message, false}, {});
    };
    enqueue(fail, [jobId, done](ServerCommands *commands) {
        commands->run(JobScript::cancel(jobId), 60s, [done](const CommandOutcome &outcome) {
            if (!outcome.succeeded()) {
                done(failure(outcome.exitCode, outcome.output, outcome.reason), {});
                return;
            }
            QString state;
            for (const QByteArray &line : outcome.output.split('\n')) {
                if (line.trimmed().startsWith("K "))
                    state = QString::fromUtf8(line.trimmed().mid(2));
            }
            done({true, {}, false}, state);
        });
    });
}

} // namespace fornax
