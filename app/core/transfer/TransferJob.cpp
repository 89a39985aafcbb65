#include "TransferJob.h"

#include "DataSize.h"
#include "Logging.h"
#include "StepTimings.h"
#include "transfer/RemoteScript.h"
#include "transfer/ServerCommands.h"
#include "transfer/backends/HubBackend.h"

#include <QSet>
#include <QThread>
#include <QUuid>

#include <memory>

using namespace std::chrono_literals;

namespace fornax {

namespace {

// The clean-up waits up to a minute for a dying step of the job to let go of its folder.
constexpr auto CleanupTimeout = 120s;

} // namespace

TransferJob::TransferJob(Direction direction, HubClient *client, const QUrl &serverUrl, const QString &target,
                         QObject *parent)
    : TransferJob(direction, new HubBackend(client, serverUrl), target, parent)
{
    m_hub = static_cast<HubBackend *>(m_backend);
}

TransferJob::TransferJob(Direction direction, TransferBackend *backend, const QString &target,
                         QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_direction(direction)
    , m_backend(backend)
{
    qRegisterMetaType<TransferConflict>();
    qRegisterMetaType<QList<TransferConflict>>();
    m_backend->setParent(this);
    connect(m_backend, &TransferBackend::ready, this, &TransferJob::backendReady);
    connect(m_backend, &TransferBackend::unavailable, this, &TransferJob::backendUnavailable);
}

QString TransferJob::errorName(Error error)
{
    switch (error) {
    case Error::None:
        return QStringLiteral("none");
    case Error::Cancelled:
        return QStringLiteral("cancelled");
    case Error::Network:
        return QStringLiteral("network");
    case Error::Server:
        return QStringLiteral("server");
    case Error::NotFound:
        return QStringLiteral("not-found");
    case Error::NoSpace:
        return QStringLiteral("no-space");
    case Error::Archive:
        return QStringLiteral("archive");
    case Error::Verification:
        return QStringLiteral("verification");
    case Error::Declined:
        return QStringLiteral("declined");
    case Error::Forbidden:
        return QStringLiteral("forbidden");
    }
    return QStringLiteral("unknown");
}

TransferJob::~TransferJob()
{
    // The commands' destructor deletes their terminal on the server (or closes the SSH
    // channel); the job's remote folder is swept by a later job's probe.
    delete m_commands;
    m_backend->stopConnecting();
}

void TransferJob::setSshConfig(const SshConfig &config)
{
    if (m_hub && !isActive() && !m_cleaningUp)
        m_hub->setSshConfig(config);
}

void TransferJob::setCredentialStore(CredentialStore *store)
{
    if (m_hub)
        m_hub->setCredentialStore(store);
}

void TransferJob::setSshSession(SshSession *session)
{
    if (m_hub)
        m_hub->setSshSession(session);
}

void TransferJob::setSshConnectTimeout(std::chrono::milliseconds timeout)
{
    if (m_hub)
        m_hub->setSshConnectTimeout(timeout);
}

bool TransferJob::usesSsh() const
{
    return !m_connecting && m_backend->way() == TransferBackend::Way::Ssh;
}

QString TransferJob::sshFallbackReason() const
{
    return m_backend->fallbackReason();
}

TransferJob::Error TransferJob::errorFor(ArchiveStream::Failure failure)
{
    switch (failure) {
    case ArchiveStream::Failure::Cancelled:
        return Error::Cancelled;
    case ArchiveStream::Failure::Server:
        return Error::Server;
    case ArchiveStream::Failure::Forbidden:
        return Error::Forbidden;
    case ArchiveStream::Failure::Network:
        break;
    }
    return Error::Network;
}

ArchiveStream *TransferJob::newStream(const ArchiveFormat &format, const QString &archiveName,
                                      qint64 partSize, qint64 chunkSize)
{
    ArchiveStream::Context context;
    context.jobId = m_id;
    context.format = format;
    context.archiveName = archiveName;
    context.partSize = partSize;
    context.chunkSize = chunkSize;
    context.runStep = [this](const QString &script, std::chrono::milliseconds timeout,
                             const QString &failureText,
                             const std::function<void(const QByteArray &)> &done) {
        runScript(script, timeout, failureText, done);
    };
    return m_backend->newStream(context, this);
}

ArchiveStream *TransferJob::newDirectStream(const QList<ArchiveStream::DirectFile> &files)
{
    ArchiveStream::Context context;
    context.jobId = m_id;
    context.format = ArchiveFormat(Compression::None);
    context.method = TransferMethod::Way::Direct;
    context.files = files;
    context.runStep = [this](const QString &script, std::chrono::milliseconds timeout,
                             const QString &failureText,
                             const std::function<void(const QByteArray &)> &done) {
        runScript(script, timeout, failureText, done);
    };
    return m_backend->newStream(context, this);
}

void TransferJob::chooseMethod(const TransferMethod::Facts &facts)
{
    TransferMethod::Facts known = facts;
    known.directAvailable = known.directAvailable && m_backend->movesFilesDirectly();
    m_methodChoice = TransferMethod::choose(known, m_forcedMethod);
    qCInfo(lcTransfer).noquote() << "job" << m_id << "goes the" << TransferMethod::name(m_methodChoice.way)
                                 << "way:" << m_methodChoice.reason;
}

bool TransferJob::isActive() const
{
    return m_state != State::Queued && !isDone();
}

qint64 TransferJob::secondsLeft() const
{
    if (m_state != State::Transferring || m_bytesTotal < 0)
        return -1;
    return m_rate.secondsLeft(m_bytesTotal - m_bytesDone);
}

QString TransferJob::titleFor(const QStringList &names) const
{
    if (names.isEmpty())
        return tr("Nothing");
    if (names.size() == 1)
        return names.constFirst();
    return tr("%1 and %n more", nullptr, int(names.size() - 1)).arg(names.constFirst());
}

void TransferJob::start()
{
    if (isActive() || m_cleaningUp)
        return;
    m_id = QUuid::createUuid().toString(QUuid::Id128).left(16);
    ++m_attempt;
    m_error = Error::None;
    m_errorString.clear();
    m_conflicts.clear();
    m_plan = MergePlan();
    m_placed.clear();
    m_skipped.clear();
    m_skippedFiles = 0;
    m_renamed.clear();
    m_replaced.clear();
    m_leftOut.clear();
    m_totals = {};
    m_archiveSize = -1;
    m_methodChoice = {};
    m_awaitingApproval = false;
    m_bytesDone = 0;
    m_bytesTotal = -1;
    m_rate.restart();
    m_touchedRemote = false;
    m_remoteRemoved = false;
    qCInfo(lcTransfer) << m_direction << "job" << m_id << "starts, attempt" << m_attempt;
    if (m_ownTimings || !m_timings)
        m_timings = std::make_shared<StepTimings>();
    setState(State::Preparing);
    stepBegins(QStringLiteral("connect"));
    m_connecting = true;
    m_backend->connectRun();
}

void TransferJob::backendReady()
{
    if (!m_connecting)
        return;
    m_connecting = false;
    stepEnds(QStringLiteral("connect"));
    if (state() != State::Preparing)
        return;
    qCInfo(lcTransfer) << "job" << m_id << "goes" << m_backend->way();
    begin();
}

void TransferJob::backendUnavailable(ArchiveStream::Failure failure, const QString &message)
{
    if (!m_connecting)
        return;
    m_connecting = false;
    if (state() == State::Preparing)
        fail(errorFor(failure) == Error::Server ? Error::Server : Error::Network, message);
}

void TransferJob::requeue()
{
    if (isDone() && !m_cleaningUp)
        setState(State::Queued);
}

void TransferJob::cancel()
{
    if (isDone() || m_cleaningUp)
        return;
    m_error = Error::Cancelled;
    m_errorString = tr("The transfer was cancelled.");
    if (m_state == State::Queued) {
        finishRun(State::Cancelled);
        return;
    }
    qCInfo(lcTransfer) << "job" << m_id << "cancelled";
    m_connecting = false;
    m_backend->stopConnecting();
    stopWork();
    cleanUpRemote([this] {
        finishRun(State::Cancelled);
    });
}

void TransferJob::resolveConflicts(const QHash<int, ConflictPolicy> &answers)
{
    if (m_state != State::WaitingForAnswer || m_awaitingApproval)
        return;
    QHash<int, ConflictPolicy> given;
    for (const TransferConflict &conflict : conflictsToAnswer()) {
        // Unanswered, or answered with something this conflict does not offer: skipped.
        const ConflictPolicy answer = answers.value(conflict.id, ConflictPolicy::Skip);
        given.insert(conflict.id, conflict.answers().contains(answer) ? answer : ConflictPolicy::Skip);
    }
    setState(State::Preparing);
    settlePlan(given);
}

void TransferJob::approve()
{
    if (!m_awaitingApproval)
        return;
    m_awaitingApproval = false;
    setState(State::Preparing);
    approved();
}

void TransferJob::decline(const QString &why)
{
    if (!m_awaitingApproval)
        return;
    m_awaitingApproval = false;
    fail(Error::Declined, why.isEmpty() ? tr("The download was not started: you declined it.") : why);
}

void TransferJob::requestApproval(qint64 archiveBytes)
{
    if (!m_requiresApproval) {
        approved();
        return;
    }
    m_awaitingApproval = true;
    setState(State::WaitingForAnswer);
    Q_EMIT approvalNeeded(archiveBytes);
}

bool TransferJob::needsAnswer(const TransferConflict &conflict) const
{
    if (m_policy == ConflictPolicy::Ask)
        return true;
    // A file against a folder: overwriting would make a whole folder go, so a job-wide
    // "overwrite" (or "skip identical", which may overwrite) never decides it.
    return conflict.kind == TransferConflict::Kind::TypeClash
        && (m_policy == ConflictPolicy::Overwrite || m_policy == ConflictPolicy::SkipIdentical);
}

QList<TransferConflict> TransferJob::conflictsToAnswer() const
{
    QList<TransferConflict> asked;
    for (const TransferConflict &conflict : m_conflicts) {
        if (needsAnswer(conflict))
            asked.append(conflict);
    }
    return asked;
}

void TransferJob::planReady()
{
    m_conflicts = m_plan.conflicts();
    const QList<TransferConflict> asked = conflictsToAnswer();
    if (asked.isEmpty()) {
        settlePlan({});
        return;
    }
    qCInfo(lcTransfer) << "job" << m_id << "asks about" << asked.size() << "of" << m_conflicts.size()
                       << "conflicts";
    setState(State::WaitingForAnswer);
    Q_EMIT conflictsFound(asked);
}

void TransferJob::settlePlan(const QHash<int, ConflictPolicy> &answers)
{
    m_plan.resolve(m_policy == ConflictPolicy::Ask ? ConflictPolicy::Skip : m_policy, answers);
    const QList<TransferConflict> candidates = m_plan.identicalCandidates();
    if (!m_verifyChecksums || candidates.isEmpty()) {
        m_plan.settleIdentical();
        conflictsResolved();
        return;
    }
    const QString runId = m_id;
    compareIdentical(candidates, [this, runId](const QSet<int> &differing) {
        if (runId != m_id || isDone())
            return;
        qCInfo(lcTransfer) << "job" << m_id << ":" << differing.size()
                           << "files of the same size and time differ";
        m_plan.settleIdentical(differing);
        conflictsResolved();
    });
}

void TransferJob::compareIdentical(const QList<TransferConflict> &,
                                   const std::function<void(const QSet<int> &differing)> &done)
{
    done({});
}

bool TransferJob::checkDistinctNames(const QStringList &names)
{
    QSet<QString> seen;
    for (const QString &name : names) {
        if (seen.contains(name)) {
            fail(Error::Archive,
                 tr("Two of the chosen items are named “%1”; they would land on the same name. "
                    "Copy them in separate transfers.")
                     .arg(name));
            return false;
        }
        seen.insert(name);
    }
    return true;
}

bool TransferJob::checkRemotePath(const QString &remotePath)
{
    const QStringList parts = RemoteScript::relativeToHome(remotePath).split(QLatin1Char('/'));
    if (parts.contains(QLatin1String(".."))) {
        fail(Error::NotFound,
             tr("“%1” climbs out of a folder with “..”. Name the place on your server from your "
                "home folder, for example “data/run1”.")
                 .arg(remotePath));
        return false;
    }
    if (parts.constFirst() == RemoteScript::transfersFolder()) {
        fail(Error::NotFound,
             tr("“%1” is where this app keeps its temporary files on your server, and it "
                "empties that folder on its own. Choose another folder.")
                 .arg(RemoteScript::transfersFolder()));
        return false;
    }
    return true;
}

QString TransferJob::sizeText(qint64 bytes)
{
    return DataSize::format(bytes);
}

void TransferJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TransferJob::setProgress(qint64 done, qint64 total)
{
    m_bytesDone = done;
    m_bytesTotal = total;
    m_rate.add(done);
    Q_EMIT progressed(done, total);
}

void TransferJob::fail(Error error, const QString &message)
{
    if (isDone() || m_cleaningUp)
        return;
    m_error = error;
    m_errorString = message;
    qCWarning(lcTransfer) << "job" << m_id << "failed:" << error << message;
    m_connecting = false;
    m_backend->stopConnecting();
    stopWork();
    cleanUpRemote([this] {
        finishRun(State::Failed);
    });
}

void TransferJob::succeed()
{
    if (isDone() || m_cleaningUp)
        return;
    setState(State::Finishing);
    stepBegins(QStringLiteral("clean-up"));
    if (m_remoteRemoved && m_stepsRunning == 0) {
        dropShell();
        finishRun(State::Finished);
        return;
    }
    // After the last step the job's own terminal or channel is idle: removing the server's
    // folder through it saves opening another, a tenth of a small upload's time.
    if (m_stepsRunning == 0 && m_touchedRemote && !m_id.isEmpty() && m_commands && !m_commands->isGone()) {
        m_cleaningUp = true;
        ++m_stepsRunning;
        m_commands->run(RemoteScript::cleanup(m_id), CleanupTimeout, [this](const CommandOutcome &outcome) {
            if (!outcome.succeeded())
                qCWarning(lcTransfer)
                    << "job" << m_id << "could not remove its folder on the server:"
                    << (outcome.reason.isEmpty() ? CommandOutcome::lastLine(outcome.output) : outcome.reason);
            dropShell();
            finishRun(State::Finished);
        });
        return;
    }
    cleanUpRemote([this] {
        finishRun(State::Finished);
    });
}

void TransferJob::finishRun(State state)
{
    // An ended job keeps no idle connection open (a retry signs in again).
    m_backend->endRun();
    m_cleaningUp = false;
    m_awaitingApproval = false;
    stepEnds(QStringLiteral("clean-up"));
    qCInfo(lcTransfer) << "job" << m_id << "ended" << state;
    if (m_ownTimings && m_timings)
        qCInfo(lcTransfer).noquote() << "job" << m_id << m_timings->line();
    setState(state);
    Q_EMIT finished();
}

void TransferJob::cleanUpRemote(const std::function<void()> &then)
{
    m_cleaningUp = true;
    stepBegins(QStringLiteral("clean-up"));
    // A fresh terminal or channel: the old one may be busy with a step that is being abandoned
    // (closing it ends that step on the server) or may be what failed.
    dropShell();
    // Nothing was made on the server before the first script ran.
    if (m_id.isEmpty() || !m_touchedRemote || !m_backend->unreachableReason().isEmpty()) {
        then();
        return;
    }
    ServerCommands *cleaner = m_backend->newCommands(this);
    cleaner->run(
        RemoteScript::cleanup(m_id), CleanupTimeout, [this, cleaner, then](const CommandOutcome &outcome) {
            if (!outcome.succeeded())
                qCWarning(lcTransfer)
                    << "job" << m_id << "could not remove its folder on the server:"
                    << (outcome.reason.isEmpty() ? CommandOutcome::lastLine(outcome.output) : outcome.reason);
            cleaner->release();
            then();
        });
}

void TransferJob::setTimings(std::shared_ptr<StepTimings> timings)
{
    m_ownTimings = !timings;
    m_timings = std::move(timings);
}

void TransferJob::stepBegins(const QString &step)
{
    if (m_timings)
        m_timings->begin(step);
}

void TransferJob::stepEnds(const QString &step)
{
    if (m_timings)
        m_timings->end(step);
}

void TransferJob::setTerminalHeartbeat(std::chrono::milliseconds interval)
{
    if (interval == m_heartbeat)
        return;
    m_heartbeat = interval;
    if (m_commands)
        m_commands->setHeartbeat(interval);
}

ServerCommands *TransferJob::commands()
{
    if (!m_commands) {
        m_commands = m_backend->newCommands(this);
        m_commands->setHeartbeat(m_heartbeat);
        m_commands->setTimings(m_timings);
    }
    return m_commands;
}

void TransferJob::dropShell()
{
    m_stepsRunning = 0;
    if (ServerCommands *old = std::exchange(m_commands, nullptr))
        old->release(); // stops the running step on the server, deletes the terminal
}

bool TransferJob::checkReachable()
{
    const QString why = m_backend->unreachableReason();
    if (why.isEmpty())
        return true;
    fail(Error::Network, why);
    return false;
}

void TransferJob::runScript(const QString &script, std::chrono::milliseconds timeout,
                            const QString &failureText, const ScriptDone &done)
{
    if (!checkReachable())
        return;
    // A terminal left idle while data moved (a long upload) may have been culled by the server
    // (after an hour on Fornax): nothing was running in it, so a fresh one does as well.
    if (m_commands && m_stepsRunning == 0 && m_commands->isGone())
        dropShell();
    m_touchedRemote = true;
    ++m_stepsRunning;
    const QString runId = m_id;
    commands()->run(script, timeout, [this, runId, failureText, done](const CommandOutcome &outcome) {
        if (runId != m_id)
            return;
        stepEnded(outcome, failureText, done);
    });
}

void TransferJob::stepEnded(const CommandOutcome &outcome, const QString &failureText, const ScriptDone &done)
{
    m_stepsRunning = std::max(0, m_stepsRunning - 1);
    // The transfer itself is done; a folder that could not be removed is only worth a warning.
    if (m_cleaningUp) {
        if (!outcome.succeeded())
            qCWarning(lcTransfer) << "job" << m_id << "could not remove its folder on the server:"
                                  << (outcome.reason.isEmpty() ? CommandOutcome::lastLine(outcome.output)
                                                               : outcome.reason);
        done(outcome.output);
        return;
    }
    switch (outcome.status) {
    case CommandOutcome::Status::Finished:
        if (outcome.exitCode == 0) {
            done(outcome.output);
            return;
        }
        if (const QString detail = CommandOutcome::lastLine(outcome.output); !detail.isEmpty())
            fail(Error::Server, tr("%1 The server said: %2").arg(failureText, detail));
        else
            fail(Error::Server, failureText);
        return;
    case CommandOutcome::Status::Refused:
        fail(Error::Forbidden, tr("%1 %2").arg(failureText, outcome.reason));
        return;
    case CommandOutcome::Status::Failed:
        break;
    }
    fail(Error::Network,
         tr("%1 %2 Check the connection and retry the transfer.")
             .arg(failureText, CommandOutcome::asSentence(outcome.reason)));
}

void TransferJob::fileStepFailed(const CommandOutcome &outcome, const QString &failureText)
{
    if (!outcome.message.isEmpty())
        fail(Error::Network, outcome.message);
    else
        stepEnded(outcome, failureText, [](const QByteArray &) {});
}

void TransferJob::writeJobFiles(const QMap<QString, QByteArray> &files, const std::function<void()> &done)
{
    if (files.isEmpty()) {
        done();
        return;
    }
    // Copies: files may belong to the callback that called this, which can end meanwhile.
    const QString name = files.firstKey(); // NOLINT(performance-unnecessary-copy-initialization)
    const QByteArray content = files.first(); // NOLINT(performance-unnecessary-copy-initialization)
    QMap<QString, QByteArray> rest = files;
    rest.remove(name);
    if (!checkReachable())
        return;
    m_touchedRemote = true;
    ++m_stepsRunning;
    const QString runId = m_id;
    commands()->writeFile(m_id, name, content, [this, runId, rest, done](const CommandOutcome &outcome) {
        if (runId != m_id || isDone() || m_cleaningUp)
            return;
        if (!outcome.succeeded()) {
            fileStepFailed(outcome, tr("Could not write to your server."));
            return;
        }
        m_stepsRunning = std::max(0, m_stepsRunning - 1);
        writeJobFiles(rest, done);
    });
}

void TransferJob::walkLocalTrees(const QHash<int, QString> &folders, const QStringList &names,
                                 const std::function<void(const LocalTrees &)> &then)
{
    auto trees = std::make_shared<LocalTrees>();
    offThread(
        [trees, folders, names] {
            for (auto it = folders.cbegin(); it != folders.cend(); ++it)
                trees->insert(it.key(), TreeListing::walkLocal(it.value(), names.at(it.key())));
        },
        [this, trees, then] {
            if (state() == State::Preparing)
                then(*trees);
        });
}

void TransferJob::offThread(const std::function<void()> &work, const std::function<void()> &then)
{
    QThread *thread = QThread::create(work);
    const QString runId = m_id;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, runId, then] {
        if (runId == m_id && !isDone())
            then();
    });
    thread->start();
}

void TransferJob::readJobFile(const QString &name, const std::function<void(const QByteArray &)> &done)
{
    if (!checkReachable())
        return;
    ++m_stepsRunning;
    const QString runId = m_id;
    commands()->readFile(m_id, name, [this, runId, done](const CommandOutcome &outcome) {
        if (runId != m_id || isDone() || m_cleaningUp)
            return;
        if (!outcome.succeeded()) {
            fileStepFailed(outcome, tr("Could not read the transfer's notes on your server."));
            return;
        }
        m_stepsRunning = std::max(0, m_stepsRunning - 1);
        done(outcome.output);
    });
}

} // namespace fornax
