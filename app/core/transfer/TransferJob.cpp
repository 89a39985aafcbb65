#include "TransferJob.h"

#include "BoundedBuffer.h"
#include "DataSize.h"
#include "Logging.h"
#include "hub/HubClient.h"
#include "hub/ReplyLimit.h"
#include "jupyter/ContentsTransport.h"
#include "jupyter/RemoteShell.h"
#include "ssh/SshError.h"
#include "ssh/SshSession.h"
#include "ssh/SshShell.h"
#include "transfer/RemoteScript.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QThread>
#include <QUuid>

#include <memory>

using namespace std::chrono_literals;

namespace fornax {

namespace {

// Qt's and the servers' reasons often end without a full stop ("The remote host closed the
// connection"); followed by advice, they need one.
QString asSentence(const QString &text)
{
    if (text.isEmpty() || QStringLiteral(".!?)”\"").contains(text.back()))
        return text;
    return text + QLatin1Char('.');
}

// The clean-up waits up to a minute for a dying step of the job to let go of its folder.
constexpr auto CleanupTimeout = 120s;
// The largest file of the job folder read back (a listing or the checksums of a large tree).
constexpr qsizetype JobFileLimit = qsizetype(1) << 30;

// The last line a failed script printed: usually tar's or the shell's own complaint.
QString lastLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString line = QString::fromUtf8(lines.at(i).trimmed());
        if (!line.isEmpty())
            return line.left(300);
    }
    return {};
}

} // namespace

TransferJob::TransferJob(Direction direction, HubClient *client, const QUrl &serverUrl, const QString &target,
                         QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_direction(direction)
    , m_client(client)
    , m_serverUrl(serverUrl)
{
    qRegisterMetaType<TransferConflict>();
    qRegisterMetaType<QList<TransferConflict>>();
}

TransferJob::~TransferJob()
{
    // The shell's destructor deletes its terminal on the server (or closes its SSH channel);
    // the job's remote folder is removed by the next job's probe once it is a day old.
    delete m_shell;
    delete m_sshShell;
    stopConnectingSsh();
}

void TransferJob::setSshConfig(const SshConfig &config)
{
    if (config == m_sshConfig)
        return;
    m_sshConfig = config;
    // A session made for the old config is no use any more.
    if (m_ownSession && !isActive() && !m_cleaningUp) {
        m_ownSession->deleteLater();
        m_ownSession = nullptr;
    }
}

void TransferJob::setCredentialStore(CredentialStore *store)
{
    m_store = store;
}

void TransferJob::setSshSession(SshSession *session)
{
    m_sharedSession = session;
}

SshSession *TransferJob::sshSession() const
{
    if (!m_ssh)
        return nullptr;
    return m_sharedSession ? m_sharedSession.data() : m_ownSession;
}

TransferJob::Error TransferJob::errorForSsh(const SshError &error)
{
    switch (error.kind()) {
    case SshError::Kind::Cancelled:
        return Error::Cancelled;
    case SshError::Kind::CommandFailed:
    case SshError::Kind::CommandTimeout:
    case SshError::Kind::OutputTooLarge:
        return Error::Server;
    default:
        return Error::Network;
    }
}

HubClient *TransferJob::client() const
{
    return m_client.data();
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
    m_awaitingApproval = false;
    m_bytesDone = 0;
    m_bytesTotal = -1;
    m_rate.restart();
    m_touchedRemote = false;
    m_ssh = false;
    m_sshFallbackReason.clear();
    qCInfo(lcTransfer) << m_direction << "job" << m_id << "starts, attempt" << m_attempt;
    setState(State::Preparing);
    if (m_sharedSession || m_sshConfig.isValid()) {
        connectSsh();
        return;
    }
    begin();
}

void TransferJob::connectSsh()
{
    SshSession *session = m_sharedSession;
    if (!session) {
        if (!m_ownSession) {
            m_ownSession = new SshSession(m_sshConfig, this);
            m_ownSession->setConnectTimeout(m_sshTimeout);
        }
        m_ownSession->setCredentialStore(m_store);
        session = m_ownSession;
    }
    if (session->isConnected()) {
        sshAnswered(true, {});
        return;
    }
    stopConnectingSsh();
    m_sshWait = new QObject(this);
    connect(session, &SshSession::opened, m_sshWait, [this] {
        sshAnswered(true, {});
    });
    connect(session, &SshSession::failed, m_sshWait, [this](const SshError &error) {
        sshAnswered(false, error);
    });
    connect(session, &SshSession::hostKeyUnknown, m_sshWait,
            [session](const QString &fingerprint, const QString &keyType) {
                qCWarning(lcTransfer)
                    << "ssh: the host key of" << session->config().displayName() << "(" << keyType
                    << fingerprint << ") has not been accepted yet; accept it in the hub's SSH settings";
                session->rejectHostKey();
            });
    qCInfo(lcTransfer) << "job" << m_id << "tries SSH to" << session->config().displayName();
    if (session->state() == SshSession::State::AwaitingHostKey) { // a shared session, asking already
        session->rejectHostKey();
        return;
    }
    session->open();
}

void TransferJob::stopConnectingSsh()
{
    delete m_sshWait;
    m_sshWait = nullptr;
}

void TransferJob::sshAnswered(bool ok, const SshError &error)
{
    stopConnectingSsh();
    if (state() != State::Preparing)
        return;
    if (ok) {
        m_ssh = true;
        qCInfo(lcTransfer) << "job" << m_id << "goes over SSH";
        begin();
        return;
    }
    m_sshFallbackReason = error.message();
    if (!m_client) {
        fail(errorForSsh(error) == Error::Server ? Error::Server : Error::Network, error.message());
        return;
    }
    qCWarning(lcTransfer).noquote() << "job" << m_id << "uses the contents API: SSH did not work ("
                                    << error.kindName() << "):" << error.message();
    begin();
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
    stopConnectingSsh();
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
    stopConnectingSsh();
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
    // After the last step the job's own terminal or channel is idle: removing the server's
    // folder through it saves opening another, a tenth of a small upload's time.
    const bool shellOpen = m_shell && m_shell->state() != RemoteShell::State::Closed;
    if (m_pending.isEmpty() && m_touchedRemote && !m_id.isEmpty() && (shellOpen || m_sshShell)) {
        m_cleaningUp = true;
        m_pending.append({QString(), [this](const QByteArray &) {
                              dropShell();
                              finishRun(State::Finished);
                          }});
        const QString script = RemoteScript::cleanup(m_id);
        if (m_sshShell)
            m_sshShell->run(RemoteScript::sshCommand(script), CleanupTimeout, RemoteScript::sshInput(script));
        else
            m_shell->run(RemoteScript::command(script), CleanupTimeout);
        return;
    }
    cleanUpRemote([this] {
        finishRun(State::Finished);
    });
}

void TransferJob::finishRun(State state)
{
    // An ended job keeps no idle connection open (a retry signs in again).
    if (m_ownSession)
        m_ownSession->close();
    m_cleaningUp = false;
    m_awaitingApproval = false;
    qCInfo(lcTransfer) << "job" << m_id << "ended" << state;
    setState(state);
    Q_EMIT finished();
}

void TransferJob::cleanUpRemote(const std::function<void()> &then)
{
    m_cleaningUp = true;
    // A fresh terminal or channel: the old one may be busy with a step that is being abandoned
    // (closing it ends that step on the server) or may be what failed.
    dropShell();
    // Nothing was made on the server before the first script ran.
    if (m_id.isEmpty() || !m_touchedRemote || (m_ssh ? !sshSession() : !m_client)) {
        then();
        return;
    }
    QObject *cleaner = nullptr;
    if (SshSession *session = sshSession())
        cleaner = new SshShell(session, this);
    else
        cleaner = new RemoteShell(m_client, m_serverUrl, this);
    auto done = [this, cleaner, then](bool ok, const QString &why) {
        if (!ok)
            qCWarning(lcTransfer) << "job" << m_id << "could not remove its folder on the server:" << why;
        cleaner->disconnect(this);
        if (auto *remote = qobject_cast<RemoteShell *>(cleaner)) {
            connect(remote, &RemoteShell::closed, remote, &QObject::deleteLater);
            remote->close();
        } else {
            cleaner->deleteLater();
        }
        then();
    };
    const QString script = RemoteScript::cleanup(m_id);
    if (auto *remote = qobject_cast<RemoteShell *>(cleaner)) {
        connect(remote, &RemoteShell::commandFinished, this, [done](int exitCode, const QByteArray &output) {
            done(exitCode == 0, lastLine(output));
        });
        connect(remote, &RemoteShell::commandFailed, this, [done](const QString &reason) {
            done(false, reason);
        });
        remote->run(RemoteScript::command(script), CleanupTimeout);
        return;
    }
    auto *ssh = qobject_cast<SshShell *>(cleaner);
    connect(ssh, &SshShell::commandFinished, this, [done](int exitCode, const QByteArray &output) {
        done(exitCode == 0, lastLine(output));
    });
    connect(ssh, &SshShell::commandFailed, this, [done](const QString &reason) {
        done(false, reason);
    });
    ssh->run(RemoteScript::sshCommand(script), CleanupTimeout, RemoteScript::sshInput(script));
}

void TransferJob::setTerminalHeartbeat(std::chrono::milliseconds interval)
{
    if (interval == m_heartbeat)
        return;
    m_heartbeat = interval;
    if (m_shell)
        m_shell->setHeartbeat(interval);
}

RemoteShell *TransferJob::shell()
{
    if (!m_shell) {
        m_shell = new RemoteShell(m_client, m_serverUrl, this);
        m_shell->setHeartbeat(m_heartbeat);
        connect(m_shell, &RemoteShell::commandFinished, this, &TransferJob::onCommandFinished);
        connect(m_shell, &RemoteShell::commandFailed, this, &TransferJob::onCommandFailed);
    }
    return m_shell;
}

SshShell *TransferJob::sshShell()
{
    if (!m_sshShell) {
        m_sshShell = new SshShell(sshSession(), this);
        // Listings and checksum files of large trees come back through it.
        m_sshShell->setMaxOutput(JobFileLimit);
        connect(m_sshShell, &SshShell::commandFinished, this, &TransferJob::onCommandFinished);
        connect(m_sshShell, &SshShell::commandFailed, this, &TransferJob::onCommandFailed);
    }
    return m_sshShell;
}

void TransferJob::dropShell()
{
    m_pending.clear();
    if (SshShell *old = std::exchange(m_sshShell, nullptr)) {
        old->disconnect(this);
        old->close(); // stops the running command on the server
        old->deleteLater();
    }
    if (!m_shell)
        return;
    RemoteShell *old = m_shell;
    m_shell = nullptr;
    old->disconnect(this);
    connect(old, &RemoteShell::closed, old, &QObject::deleteLater);
    old->close();
}

void TransferJob::runScript(const QString &script, std::chrono::milliseconds timeout,
                            const QString &failureText, const ScriptDone &done)
{
    if (m_ssh) {
        if (!sshSession()) {
            fail(Error::Network, tr("The SSH connection to your server is gone."));
            return;
        }
        m_touchedRemote = true;
        m_pending.append({failureText, done});
        sshShell()->run(RemoteScript::sshCommand(script), timeout, RemoteScript::sshInput(script));
        return;
    }
    if (!m_client) {
        fail(Error::Network, tr("The connection to the hub is gone."));
        return;
    }
    // A terminal left idle while data moved (a long upload) may have been culled by the server
    // (after an hour on Fornax): nothing was running in it, so a fresh one does as well.
    if (m_shell && m_pending.isEmpty() && m_shell->state() == RemoteShell::State::Closed)
        dropShell();
    m_touchedRemote = true;
    m_pending.append({failureText, done});
    shell()->run(RemoteScript::command(script), timeout);
}

void TransferJob::onCommandFinished(int exitCode, const QByteArray &output)
{
    if (m_pending.isEmpty())
        return;
    const Pending pending = m_pending.takeFirst();
    // The transfer itself is done; a folder that could not be removed is only worth a warning.
    if (m_cleaningUp) {
        if (exitCode != 0)
            qCWarning(lcTransfer) << "job" << m_id
                                  << "could not remove its folder on the server:" << lastLine(output);
        pending.done(output);
        return;
    }
    if (exitCode != 0) {
        const QString detail = lastLine(output);
        fail(Error::Server,
             detail.isEmpty() ? pending.failureText
                              : tr("%1 The server said: %2").arg(pending.failureText, detail));
        return;
    }
    pending.done(output);
}

void TransferJob::onCommandFailed(const QString &reason)
{
    if (m_pending.isEmpty())
        return;
    const Pending pending = m_pending.takeFirst();
    if (m_cleaningUp) {
        qCWarning(lcTransfer) << "job" << m_id << "could not remove its folder on the server:" << reason;
        pending.done({});
        return;
    }
    if (m_shell && m_shell->accessRefused()) {
        fail(Error::Forbidden, tr("%1 %2").arg(pending.failureText, reason));
        return;
    }
    fail(Error::Network,
         tr("%1 %2 Check the connection and retry the transfer.")
             .arg(pending.failureText, asSentence(reason)));
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
    const auto next = [this, rest, done] {
        writeJobFiles(rest, done);
    };
    if (m_ssh) {
        // The content follows the script on the channel's standard input.
        if (!sshSession()) {
            fail(Error::Network, tr("The SSH connection to your server is gone."));
            return;
        }
        const QString script = RemoteScript::writeFile(m_id, name);
        m_touchedRemote = true;
        m_pending.append({tr("Could not write to your server."), [next](const QByteArray &) {
                              next();
                          }});
        sshShell()->run(RemoteScript::sshCommand(script), 10min, RemoteScript::sshInput(script) + content);
        return;
    }
    if (!m_client) {
        fail(Error::Network, tr("The connection to the hub is gone."));
        return;
    }
    // Through the contents API in chunks, base64: any bytes, any size, no command line.
    auto buffer = std::make_shared<BoundedBuffer>(std::max<qsizetype>(content.size(), 1));
    buffer->write(content);
    buffer->closeWriting();
    auto *transport = new ContentsTransport(m_client, m_serverUrl, this);
    transport->setPartSize(0);
    const QString id = m_id;
    connect(transport, &ContentsTransport::uploadFinished, this, [this, transport, buffer, id, next] {
        transport->deleteLater();
        if (id != m_id || isDone() || m_cleaningUp)
            return;
        next();
    });
    connect(transport, &ContentsTransport::transferFailed, this,
            [this, transport, buffer, id](const HubError &, const QString &message) {
                transport->deleteLater();
                if (id != m_id || isDone() || m_cleaningUp)
                    return;
                fail(Error::Network,
                     tr("Could not write to your server: %1 Check the connection and retry the transfer.")
                         .arg(asSentence(message)));
            });
    m_touchedRemote = true;
    transport->upload(buffer.get(), RemoteScript::jobFolder(m_id) + QLatin1Char('/') + name, content.size());
}

void TransferJob::walkLocalTrees(const QHash<int, QString> &folders, const QStringList &names,
                                 const std::function<void(const LocalTrees &)> &then)
{
    auto trees = std::make_shared<LocalTrees>();
    QThread *thread = QThread::create([trees, folders, names] {
        for (auto it = folders.cbegin(); it != folders.cend(); ++it)
            trees->insert(it.key(), TreeListing::walkLocal(it.value(), names.at(it.key())));
    });
    const QString runId = id();
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, trees, runId, then] {
        if (runId != id() || state() != State::Preparing)
            return;
        then(*trees);
    });
    thread->start();
}

void TransferJob::readJobFile(const QString &name, const std::function<void(const QByteArray &)> &done)
{
    if (m_ssh) {
        runScript(RemoteScript::readFile(m_id, name), 10min,
                  tr("Could not read the transfer's notes on your server."), done);
        return;
    }
    if (!m_client) {
        fail(Error::Network, tr("The connection to the hub is gone."));
        return;
    }
    QNetworkRequest request = m_client->request(
        ContentsTransport::filesUrlFor(m_serverUrl, RemoteScript::jobFolder(m_id) + QLatin1Char('/') + name));
    request.setRawHeader("Accept-Encoding", "identity");
    QNetworkReply *reply = m_client->guardRedirects(m_client->network()->get(request));
    const QString id = m_id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, done] {
        reply->deleteLater();
        if (id != m_id || isDone() || m_cleaningUp)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            fail(Error::Network,
                 tr("Could not read the transfer's notes on your server (%1). Check the connection and retry "
                    "the "
                    "transfer.")
                     .arg(reply->errorString()));
            return;
        }
        done(reply->readAll());
    });
}

void TransferJob::putRemoteFile(const QString &name, const QByteArray &content,
                                const std::function<void()> &done)
{
    if (!m_client) {
        fail(Error::Network, tr("The connection to the hub is gone."));
        return;
    }
    const QUrl url = ContentsTransport::contentsUrlFor(
        m_serverUrl, RemoteScript::jobFolder(m_id) + QLatin1Char('/') + name);
    QNetworkRequest request = m_client->request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body {{QStringLiteral("type"), QStringLiteral("file")},
                            {QStringLiteral("format"), QStringLiteral("text")},
                            {QStringLiteral("content"), QString::fromUtf8(content)}};
    QNetworkReply *reply = m_client->guardRedirects(
        m_client->network()->put(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    ReplyLimit::apply(reply, ReplyLimit::HubJson);
    const QString id = m_id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, done] {
        reply->deleteLater();
        if (id != m_id || isDone() || m_cleaningUp)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
            fail(Error::Network,
                 tr("Could not write to your server (%1). Check the connection and retry the "
                    "transfer.")
                     .arg(reply->errorString()));
            return;
        }
        done();
    });
}

} // namespace fornax
