#include "TransferController.h"

#include "ConflictsDialog.h"
#include "DropZone.h"
#include "Logging.h"
#include "TransferHost.h"
#include "account/HubSession.h"
#include "archive/ArchiveError.h"
#include "hub/HubClient.h"
#include "hub/ServerController.h"
#include "hub/ServerMonitor.h"
#include "hub/ServerStatus.h"
#include "transfer/DownloadJob.h"
#include "transfer/TransferJobFactory.h"
#include "transfer/TransferQueue.h"
#include "transfer/UploadJob.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <memory>
#include <utility>

namespace fornax::ui {

TransferController::TransferController(TransferHost *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_queue(new TransferQueue(this))
{
    connect(m_queue, &TransferQueue::changed, this, &TransferController::updateSummary);
    connect(m_queue, &TransferQueue::jobFinished, this, &TransferController::jobFinished);
    connect(m_queue, &TransferQueue::jobRemoved, this, &TransferController::forget);
}

TransferController::~TransferController()
{
    stopWatching();
}

TransferJob *TransferController::upload(const QStringList &localPaths, const QString &remoteFolder)
{
    return enqueue(TransferJob::Direction::Upload, localPaths, remoteFolder);
}

TransferJob *TransferController::download(const QStringList &remotePaths, const QString &localFolder)
{
    return enqueue(TransferJob::Direction::Download, remotePaths, localFolder);
}

void TransferController::download(const QStringList &remotePaths, const QString &localFolder,
                                  const std::function<void(const QString &errorText)> &done)
{
    auto called = std::make_shared<bool>(false);
    auto finish = [called, done](const QString &errorText) {
        if (!*called) {
            *called = true;
            done(errorText);
        }
    };
    TransferJob *job = download(remotePaths, localFolder);
    if (!job) {
        QTimer::singleShot(0, this, [finish] {
            finish(tr("Sign in to your hub first."));
        });
        return;
    }
    // The queue's jobFinished comes after its own retries: the real end.
    connect(m_queue, &TransferQueue::jobFinished, job, [job, finish](TransferJob *ended) {
        if (ended != job)
            return;
        if (job->state() == TransferJob::State::Finished)
            finish({});
        else
            finish(job->errorString().isEmpty() ? tr("The download did not finish.") : job->errorString());
    });
    connect(job, &QObject::destroyed, this, [finish] {
        finish(tr("The download was cancelled."));
    });
}

TransferJob *TransferController::createJob(TransferJob::Direction direction, const QUrl &serverUrl,
                                           const QStringList &items, const QString &target)
{
    // As the command line makes it: downloads pass the egress check, SSH when set up.
    const TransferJobFactory factory(m_host->session()->client(), *m_host->settings(), m_host->hubId(),
                                     m_host->credentials());
    TransferJob *job = factory.create(direction, serverUrl, items, target);
    job->setServerStarted(m_host->session()->monitor()->status().started); // null while stopped
    m_requests.insert(job, {direction, items, target, serverUrl});
    wire(job);
    return job;
}

TransferJob *TransferController::enqueue(TransferJob::Direction direction, const QStringList &items,
                                         const QString &target)
{
    HubSession *session = m_host->session();
    if (!session || !session->isSignedIn() || !session->monitor() || items.isEmpty()) {
        m_host->setNotice(tr("Sign in to your hub first; then drop the files again."));
        return nullptr;
    }
    const ServerStatus status = session->monitor()->status();
    const bool running = status.state == ServerStatus::State::Running && status.url.isValid();
    // A stopped server has no address yet; the hub gives every user's server the same one, which
    // is checked again once it runs (releaseWaiting()).
    const QUrl serverUrl = running
        ? status.url
        : session->hub().userServerUrl(session->account()->userName(), session->monitor()->serverName());
    TransferJob *job = createJob(direction, serverUrl, items, target);
    qCInfo(lcUi) << "queueing" << direction << job->title() << (running ? "" : "until the server runs");
    if (!running) {
        m_waiting.insert(job);
        m_queue->setHeld(true);
    }
    m_queue->add(job);
    if (!running)
        waitForServer();
    return job;
}

void TransferController::wire(TransferJob *job)
{
    m_asked[job].start();
    // Queued: the dialogs open their own event loops, which must not run inside the job's signal.
    connect(
        job, &TransferJob::conflictsFound, job,
        [this, job] {
            showConflicts(job);
        },
        Qt::QueuedConnection);
    connect(
        job, &TransferJob::approvalNeeded, job,
        [this, job](qint64 bytes) {
            approveDownload(job, bytes);
        },
        Qt::QueuedConnection);
    connect(job, &TransferJob::finished, this, [this, job] {
        runEnded(job);
    });
}

void TransferController::showConflicts(TransferJob *job)
{
    if (job->state() != TransferJob::State::WaitingForAnswer || job->conflictsToAnswer().isEmpty())
        return;
    auto *dialog = new ConflictsDialog(job->direction(), job->title(), job->target(),
                                       job->conflictsToAnswer(), m_host->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, job, [job, dialog] {
        job->resolveConflicts(dialog->answers());
    });
    // Cancel cancels the whole job: nothing is overwritten, nothing is sent.
    connect(dialog, &QDialog::rejected, job, [job] {
        job->cancel();
    });
    connect(job, &TransferJob::stateChanged, dialog, [dialog](TransferJob::State state) {
        if (state != TransferJob::State::WaitingForAnswer && dialog->isVisible())
            dialog->reject();
    });
    dialog->open();
    Q_EMIT conflictsDialogOpened(dialog);
}

void TransferController::approveDownload(TransferJob *job, qint64 archiveBytes)
{
    if (job->state() != TransferJob::State::WaitingForAnswer)
        return;
    const QPointer<TransferJob> guard(job);
    // The app's check is the one every download passes (EgressPolicy, EgressDialog).
    const bool approved = m_host->approveDownload(job->title(), archiveBytes);
    if (!guard || guard->isDone())
        return;
    if (approved) {
        m_approved.insert(job);
        job->approve();
    } else {
        job->decline();
    }
}

void TransferController::runEnded(TransferJob *job)
{
    // Whatever left the server is egress, even when the run failed half-way: into the ledger.
    if (m_approved.remove(job) && job->direction() == TransferJob::Direction::Download) {
        const qint64 bytes =
            job->state() == TransferJob::State::Finished ? job->archiveSize() : job->bytesDone();
        // A run cut short does not say how many files arrived whole.
        const int files = job->state() == TransferJob::State::Finished ? int(job->totals().files) : -1;
        if (bytes > 0)
            m_host->recordDownload(job->title(), bytes, files);
    }
    if (m_waiting.remove(job) && m_waiting.isEmpty()) {
        // The last job waiting for the server was cancelled: nothing to start the server for.
        stopWatching();
        m_queue->setHeld(false);
    }
}

void TransferController::jobFinished(TransferJob *job)
{
    // SSH access is set up but was not used: the user must learn why (a changed host key above all).
    if (!job->sshFallbackReason().isEmpty())
        m_host->setNotice(
            tr("“%1” went through the hub instead of SSH: %2").arg(job->title(), job->sshFallbackReason()));
    const bool upload = job->direction() == TransferJob::Direction::Upload;
    if (upload && job->state() == TransferJob::State::Finished)
        Q_EMIT uploadFinished(job->target());
    if (job->state() == TransferJob::State::Cancelled || m_host->isWindowActive())
        return;
    if (job->state() == TransferJob::State::Finished) {
        const std::chrono::milliseconds took {m_asked.value(job).elapsed()};
        if (upload)
            Q_EMIT transferDone(
                job->id(), tr("Upload finished"),
                tr("“%1” is in %2 on your server.").arg(job->title(), DropZone::folderText(job->target())),
                took);
        else
            Q_EMIT transferDone(job->id(), tr("Download finished"),
                                tr("“%1” is in “%2”.").arg(job->title(), job->target()), took);
        return;
    }
    Q_EMIT notificationRequested(upload ? tr("Upload failed") : tr("Download failed"),
                                 tr("“%1”: %2").arg(job->title(), job->errorString()));
}

void TransferController::forget(TransferJob *job)
{
    m_requests.remove(job);
    m_asked.remove(job);
    m_notes.remove(job);
    m_waiting.remove(job);
    m_approved.remove(job);
}

void TransferController::retry(TransferJob *job)
{
    if (!job || !job->isDone())
        return;
    m_notes.remove(job);
    m_asked[job].start();
    HubSession *session = m_host->session();
    const bool running =
        session && session->monitor() && session->monitor()->status().state == ServerStatus::State::Running;
    if (!running && session && session->isSignedIn() && session->monitor()) {
        m_waiting.insert(job);
        m_queue->setHeld(true);
        m_queue->retry(job);
        waitForServer();
        return;
    }
    m_queue->retry(job);
}

void TransferController::cancel(TransferJob *job)
{
    if (job)
        job->cancel();
}

void TransferController::cancelAll()
{
    m_queue->cancelAll();
}

void TransferController::clearFinished()
{
    m_queue->clearFinished();
}

bool TransferController::isWaitingForServer(const TransferJob *job) const
{
    return m_waiting.contains(job);
}

QString TransferController::stateText(const TransferJob *job) const
{
    using State = TransferJob::State;
    const bool upload = job->direction() == TransferJob::Direction::Upload;
    switch (job->state()) {
    case State::Queued:
        return m_waiting.contains(job) ? tr("Waiting for your server to start") : tr("Waiting");
    case State::Preparing:
        return tr("Preparing");
    case State::WaitingForAnswer:
        return tr("Waiting for your answer");
    case State::Transferring:
        return upload ? tr("Uploading") : tr("Downloading");
    case State::Finishing:
        return tr("Finishing");
    case State::Finished: {
        const int skipped = int(job->skippedNames().size());
        QString text = skipped > 0 ? tr("Done, %n skipped", nullptr, skipped) : tr("Done");
        // What the app left out on its own is named: links to outside, sockets, devices.
        if (!job->leftOut().isEmpty()) {
            QStringList shown;
            for (const QString &name : job->leftOut())
                shown.append(ArchiveError::displayName(name));
            text += QLatin1String("; ") + tr("not copied: %1").arg(shown.join(QStringLiteral(", ")));
        }
        return text;
    }
    case State::Failed:
        return tr("Failed: %1").arg(job->errorString());
    case State::Cancelled:
        if (m_notes.contains(job))
            return m_notes.value(job);
        return job->error() == TransferJob::Error::Declined ? job->errorString() : tr("Cancelled");
    }
    return {};
}

QString TransferController::localFolder(const TransferJob *job)
{
    if (const auto *upload = qobject_cast<const UploadJob *>(job))
        return upload->localPaths().isEmpty() ? QString()
                                              : QFileInfo(upload->localPaths().constFirst()).absolutePath();
    return job->target();
}

QString TransferController::remoteFolder(const TransferJob *job)
{
    if (const auto *download = qobject_cast<const DownloadJob *>(job)) {
        QString path = download->remotePaths().value(0);
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        return slash < 0 ? QString() : path.left(slash);
    }
    return job->target();
}

void TransferController::updateSummary()
{
    m_host->setTransferSummary(m_queue->summary());
}

void TransferController::waitForServer()
{
    HubSession *session = m_host->session();
    if (!m_serverWatch) {
        m_serverWatch = new QObject(this);
        connect(session->monitor(), &ServerMonitor::statusChanged, m_serverWatch,
                [this](const ServerStatus &status) {
                    serverStatusChanged(status);
                });
        connect(session->controller(), &ServerController::startFailed, m_serverWatch,
                [this](const HubError &error) {
                    cancelWaiting(tr("Not sent: your server did not start. %1").arg(error.message()));
                });
        connect(session, &HubSession::signedOut, m_serverWatch, [this] {
            cancelWaiting(tr("Cancelled: you signed out."));
        });
    }
    serverStatusChanged(session->monitor()->status());
}

void TransferController::serverStatusChanged(const ServerStatus &status)
{
    if (m_waiting.isEmpty())
        return;
    switch (status.state) {
    case ServerStatus::State::Running:
        if (status.url.isValid())
            releaseWaiting(status.url);
        break;
    case ServerStatus::State::Stopped:
    case ServerStatus::State::Failed:
        // Once the user said yes, a failed start is reported by the controller (startFailed).
        if (!m_startRequested && !m_question)
            askToStart();
        break;
    case ServerStatus::State::Unknown:
    case ServerStatus::State::Starting:
    case ServerStatus::State::Stopping:
        break;
    }
}

void TransferController::askToStart()
{
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Start your server?"),
        tr("Your server is stopped. %n transfer(s) will wait and run as soon as it is ready. Start it now?",
           nullptr, int(m_waiting.size())),
        QMessageBox::NoButton, m_host->dialogParent());
    box->setObjectName(QStringLiteral("startServerQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *start = box->addButton(tr("&Start server"), QMessageBox::AcceptRole);
    start->setObjectName(QStringLiteral("startForTransfersButton"));
    start->setAccessibleName(tr("Start your server, then run the transfers"));
    QPushButton *later = box->addButton(tr("&Not now"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("notNowButton"));
    later->setAccessibleName(tr("Do not start the server; cancel the waiting transfers"));
    box->setDefaultButton(start);
    box->setEscapeButton(later);
    connect(box, &QDialog::finished, this, [this, box, start] {
        m_question = nullptr;
        if (box->clickedButton() == start) {
            m_startRequested = true;
            // The app's own start flow: the size picker with its confirmations.
            m_host->startServer();
        } else {
            cancelWaiting(tr("Not sent: your server is stopped. Start it, then choose Retry."));
        }
    });
    m_question = box;
    box->open();
}

void TransferController::releaseWaiting(const QUrl &serverUrl)
{
    const QSet<const TransferJob *> waiting = std::exchange(m_waiting, {});
    stopWatching();
    for (TransferJob *job : m_queue->jobs()) {
        if (!waiting.contains(job) || job->state() != TransferJob::State::Queued)
            continue;
        const Request request = m_requests.value(job);
        if (request.serverUrl == serverUrl) {
            job->setServerStarted(m_host->session()->monitor()->status().started);
            continue;
        }
        // The address guessed while the server was stopped was wrong (a hub with its own
        // routes): the same transfer again, for the real one.
        qCWarning(lcUi) << "the server runs at another address than expected; the transfer is made again";
        TransferJob *replacement = createJob(request.direction, serverUrl, request.items, request.target);
        m_notes.insert(job, tr("Replaced by a new transfer to your server's address"));
        job->cancel();
        m_queue->add(replacement);
    }
    qCInfo(lcUi) << "the server is ready; releasing" << waiting.size() << "transfer(s)";
    m_queue->setHeld(false);
}

void TransferController::cancelWaiting(const QString &reason)
{
    const QSet<const TransferJob *> waiting = std::exchange(m_waiting, {});
    stopWatching();
    // Cancelled before the queue is released, or they would start.
    for (TransferJob *job : m_queue->jobs()) {
        if (!waiting.contains(job))
            continue;
        m_notes.insert(job, reason);
        job->cancel();
    }
    m_queue->setHeld(false);
}

void TransferController::stopWatching()
{
    m_startRequested = false;
    if (QObject *watch = m_serverWatch.data()) {
        m_serverWatch = nullptr;
        // Possibly inside one of its own connections: delete later.
        watch->deleteLater();
    }
    if (QMessageBox *question = m_question.data()) {
        m_question = nullptr;
        disconnect(question, nullptr, this, nullptr);
        question->hide();
        question->deleteLater();
    }
}

} // namespace fornax::ui
