#include "JobsController.h"

#include "HubContext.h"
#include "JobsPanel.h"
#include "RunJobDialog.h"
#include "Settings.h"
#include "TransferController.h"
#include "account/HubSession.h"
#include "account/TokenRequest.h"
#include "cost/RateCard.h"
#include "health/NotificationCenter.h"
#include "hub/HubCall.h"
#include "hub/HubClient.h"
#include "hub/KeepAlive.h"
#include "hub/ReplyLimit.h"
#include "hub/ServerMonitor.h"
#include "jobs/JobClient.h"
#include "jobs/JobList.h"
#include "jobs/JobReader.h"
#include "jobs/JobScript.h"
#include "jobs/KernelCatalog.h"
#include "transfer/backends/HubBackend.h"

#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QStandardPaths>

namespace fornax::ui {

namespace {

// What a job's file may weigh when it is sent with the job (through a terminal, as the command
// line sends it): notebooks with their outputs stay well below this.
constexpr qint64 MaxJobFileBytes = qint64(64) * 1024 * 1024;
constexpr int DefaultMaxHours = 48;
// How long after a job's end its stop token may still be in use (the wrapper's call to the hub).
constexpr qint64 TokenGraceSeconds = 600;

QString holderName(const QString &jobId)
{
    return QStringLiteral("job-") + jobId;
}

QString notebookKernel(const QByteArray &content)
{
    return QJsonDocument::fromJson(content)
        .object()
        .value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("kernelspec"))
        .toObject()
        .value(QLatin1String("name"))
        .toString();
}

} // namespace

JobsController::JobsController(const HubContext &hub, TransferController *transfers, QWidget *window,
                               QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_transfers(transfers)
    , m_window(window)
    , m_jobs(new JobList(nullptr, RateCard(), this))
    , m_panel(new JobsPanel(m_jobs))
{
    connect(m_jobs, &JobList::refreshed, this, &JobsController::runningChanged);
    connect(m_jobs, &JobList::refreshed, this, &JobsController::catchQuickEnds);
    connect(m_jobs, &JobList::refreshed, this, &JobsController::revokeEndedTokens);
    connect(m_jobs, &JobList::refreshFailed, m_panel, &JobsPanel::setMessage);
    connect(m_jobs, &JobList::jobEnded, this, &JobsController::jobEnded);
    connect(m_panel, &JobsPanel::runRequested, this, &JobsController::chooseLocalFile);
    connect(m_panel, &JobsPanel::fileDropped, this, &JobsController::runLocal);
    connect(m_panel, &JobsPanel::openOutputRequested, this, &JobsController::openOutput);
    connect(m_panel, &JobsPanel::downloadRequested, this, &JobsController::downloadOutputs);
    connect(m_panel, &JobsPanel::cancelRequested, this, &JobsController::cancel);
    connect(m_panel, &JobsPanel::refreshRequested, m_jobs, [this] {
        if (!m_reader) {
            m_panel->setMessage(tr("Your server is not running: its jobs can be read once it runs."));
            return;
        }
        m_panel->setMessage({});
        m_jobs->refresh();
    });
    connect(this, &JobsController::failed, m_panel, &JobsPanel::setMessage);
}

JobsController::~JobsController()
{
    // The panel lives in the window's dock, which may outlive this: it must not read a dead list.
    delete m_panel;
}

void JobsController::setDock(QDockWidget *dock)
{
    m_dock = dock;
}

void JobsController::setNotifications(NotificationCenter *notifications)
{
    m_notifications = notifications;
}

qint64 JobsController::serverStarted() const
{
    HubSession *session = m_hub.session();
    const QDateTime started =
        session && session->monitor() ? session->monitor()->status().started : QDateTime();
    return started.isValid() ? started.toSecsSinceEpoch() : 0;
}

QString JobsController::userName() const
{
    HubSession *session = m_hub.session();
    return session && session->account() ? session->account()->userName() : QString();
}

void JobsController::serverRunning(const QUrl &serverUrl)
{
    HubSession *session = m_hub.session();
    if (!session || !serverUrl.isValid())
        return;
    if (!m_reader || m_serverUrl != serverUrl) {
        delete m_reader;
        m_serverUrl = serverUrl;
        // A child of the list: it goes (and aborts its requests) with the list at the latest.
        m_reader = new JobReader(session->client(), serverUrl, m_jobs);
        m_jobs->setReader(m_reader);
    }
    const RateCard card = RateCard::load(*m_hub.settings(), m_hub.hubKey());
    m_jobs->setRateCard(card);
    m_jobs->setIdleCullMinutes(m_hub.settings()->idleCullMinutes(m_hub.hubId()));
    m_jobs->setServerStarted(serverStarted());
    m_panel->setRateCard(card);
    m_panel->setMessage({});
    m_jobs->refresh();
}

void JobsController::serverStopped()
{
    delete m_reader;
    m_jobs->setReader(nullptr);
    m_serverUrl = QUrl();
    m_jobs->setIdleCullMinutes(m_hub.settings()->idleCullMinutes(m_hub.hubId()));
    if (m_jobs->rowCount() > 0)
        m_panel->setMessage(tr("Your server is not running: the jobs are shown as they were last seen."));
    checkStopTokens(); // then revokes the tokens it looked at
}

void JobsController::checkStopTokens()
{
    // A job that stops its server does so a moment after it ends, usually before the list reads
    // its end. The hub still knows: the job's stop token has been used (its last_activity),
    // which only the job's wrapper can have done. The server's own files wait for its next run.
    HubSession *session = m_hub.session();
    if (!session || !session->client())
        return;
    for (const JobStatus &job : m_jobs->jobs()) {
        const QString tokenId = job.fields.value(QStringLiteral("stop_token_id"));
        const bool stopUnread = job.stopResult.isEmpty() || job.stopResult == QLatin1String("requested");
        if (!job.stopWhenDone || tokenId.isEmpty() || (!job.isActive() && !stopUnread)
            || m_revoked.contains(tokenId))
            continue;
        HubCall *call = session->client()->fetchToken(userName(), tokenId);
        const QString jobId = job.id;
        connect(call, &HubCall::finished, this, [this, call, jobId] {
            // An error: unknown, it stays as last seen until the server runs again.
            if (!call->error().isError()
                && !call->json().object().value(QLatin1String("last_activity")).isNull())
                m_jobs->endWithServer(jobId);
            revokeEndedTokens(); // the server, and with it the wrapper, is gone
        });
    }
}

void JobsController::catchQuickEnds()
{
    for (const JobStatus &job : m_jobs->jobs()) {
        if (m_started.contains(job.id) && !job.isActive())
            jobEnded(job.id, JobStatus::stateName(job.state));
    }
}

void JobsController::revokeEndedTokens()
{
    // A stop token stays valid on the hub until the job's time limit (the wrapper cannot revoke
    // it); once the job has ended nothing needs it. A token the hub no longer has answers 404.
    HubSession *session = m_hub.session();
    if (!session || !session->client() || !session->client()->hasToken())
        return;
    for (const JobStatus &job : m_jobs->jobs()) {
        const QString tokenId = job.fields.value(QStringLiteral("stop_token_id"));
        if (job.isActive() || tokenId.isEmpty() || m_revoked.contains(tokenId))
            continue;
        // The wrapper records the end first and uses the token afterwards ("requested" while
        // it asks the hub): revoking in between would keep the server from stopping.
        const bool stopDone = !job.stopResult.isEmpty() && job.stopResult != QLatin1String("requested");
        const bool longEnded =
            job.ended.isValid() && job.ended.secsTo(QDateTime::currentDateTimeUtc()) > TokenGraceSeconds;
        // With the server gone, so is the wrapper that could still use the token.
        const bool serverGone = !m_serverUrl.isValid();
        if (job.stopWhenDone && !stopDone && !longEnded && !serverGone)
            continue;
        m_revoked.insert(tokenId);
        session->client()->revokeToken(userName(), tokenId);
    }
}

QString JobsController::runningSummary() const
{
    const int running = m_jobs->runningCount();
    return running > 0 ? tr("%n job(s) running", nullptr, running) : QString();
}

void JobsController::showPanel()
{
    if (m_dock) {
        m_dock->show();
        m_dock->raise();
    }
}

void JobsController::fail(const QString &message)
{
    m_busy = false;
    showPanel();
    Q_EMIT failed(message);
}

void JobsController::runRemote(const QString &remotePath)
{
    HubSession *session = m_hub.session();
    if (!session || !m_serverUrl.isValid()) {
        fail(tr("Your server is not running. Start it, then run the job."));
        return;
    }
    if (m_busy)
        return;
    m_busy = true;
    // The file goes with the job into its own folder (where it runs and writes its outputs), as
    // a file from this computer does.
    QUrl url = m_serverUrl.resolved(QUrl(QStringLiteral("files/")));
    url.setPath(url.path(QUrl::FullyDecoded) + remotePath, QUrl::DecodedMode);
    HubClient *client = session->client();
    QNetworkReply *reply = client->guardRedirects(client->network()->get(client->request(url)));
    ReplyLimit::apply(reply, MaxJobFileBytes);
    const QString name = QFileInfo(remotePath).fileName();
    connect(reply, &QNetworkReply::finished, this, [this, reply, name] {
        reply->deleteLater();
        const QByteArray content = ReplyLimit::body(reply);
        if (ReplyLimit::exceeded(reply)) {
            fail(tr("“%1” is larger than %2 MB, too large to be sent with a job. Nothing was started.")
                     .arg(name, QString::number(MaxJobFileBytes / (qint64(1024) * 1024))));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            fail(tr("“%1” could not be read from your server (%2). Nothing was started.")
                     .arg(name, reply->errorString()));
            return;
        }
        askAndRun(name, content);
    });
}

void JobsController::chooseLocalFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Run a notebook or script as a job"), {},
                                                      tr("Notebooks and scripts (*.ipynb *.py *.sh)"));
    if (!path.isEmpty())
        runLocal(path);
}

void JobsController::runLocal(const QString &localPath)
{
    if (m_busy)
        return;
    if (!m_serverUrl.isValid()) {
        fail(tr("Your server is not running. Start it, then run the job."));
        return;
    }
    QFile file(localPath);
    if (file.size() > MaxJobFileBytes) {
        fail(tr("“%1” is larger than %2 MB, too large to be sent with a job. Nothing was started.")
                 .arg(QFileInfo(localPath).fileName(),
                      QString::number(MaxJobFileBytes / (qint64(1024) * 1024))));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("“%1” could not be read: %2. Nothing was started.").arg(localPath, file.errorString()));
        return;
    }
    m_busy = true;
    askAndRun(QFileInfo(localPath).fileName(), file.readAll());
}

void JobsController::askAndRun(const QString &fileName, const QByteArray &content)
{
    JobRequest request;
    if (!JobRequest::kindOf(fileName, &request.kind)) {
        fail(tr("“%1” is not a notebook (.ipynb) or a script (.py, .sh): it cannot run as a job.")
                 .arg(fileName));
        return;
    }
    HubSession *session = m_hub.session();
    if (!session || !m_serverUrl.isValid()) {
        fail(tr("Your server is not running. Start it, then run the job."));
        return;
    }
    request.fileName = fileName;
    request.content = content;
    const int hubHours = m_hub.settings()->maxServerHours(m_hub.hubId());
    const bool notebook = request.kind == JobRequest::Kind::Notebook;
    auto *dialog = new RunJobDialog(fileName, notebook, hubHours > 0 ? hubHours : DefaultMaxHours, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (notebook) {
        auto *catalog = new KernelCatalog(session->client(), m_serverUrl, dialog);
        const QString wanted = notebookKernel(content);
        connect(catalog, &KernelCatalog::finished, dialog, [dialog, catalog, wanted] {
            if (!catalog->ok()) {
                dialog->setKernelError(catalog->errorString());
                return;
            }
            QStringList shown;
            for (const QString &name : catalog->names())
                shown.append(catalog->displayName(name));
            dialog->setKernels(catalog->names(), shown,
                               catalog->names().contains(wanted) ? wanted : catalog->defaultName());
        });
        catalog->fetch();
    }
    connect(dialog, &QDialog::finished, this, [this, dialog, request](int result) mutable {
        if (result != QDialog::Accepted) {
            m_busy = false;
            return;
        }
        request.kernel = dialog->kernel();
        request.stopWhenDone = dialog->stopWhenDone();
        request.maxSeconds = qint64(dialog->maxHours()) * 3600;
        submit(request);
    });
    dialog->open();
}

void JobsController::submit(JobRequest request)
{
    HubSession *session = m_hub.session();
    if (!session || !m_serverUrl.isValid() || !session->monitor()) {
        fail(tr("Your server is not running. Start it, then run the job."));
        return;
    }
    request.id = JobScript::newId();
    request.serverSize = session->monitor()->status().profileSlug();
    request.serverStarted = serverStarted();
    KeepAlive *keepAlive = m_keepAlive ? m_keepAlive() : nullptr;
    request.endKeepAlive = keepAlive && keepAlive->mechanism() == KeepAlive::Mechanism::ServerExtension;
    m_panel->setMessage(tr("Starting “%1” on your server…").arg(request.fileName));
    showPanel();
    if (!request.stopWhenDone) {
        send(request);
        return;
    }
    // A token that may stop this user's servers and nothing else, living as long as the job may.
    const QString user = userName();
    auto *tokens = new TokenRequest(TokenRequest::through(session->client(), user, this), this);
    const QString scope = QStringLiteral("delete:servers!user=") + user;
    connect(tokens, &TokenRequest::finished, this,
            [this, tokens, scope, request](const TokenRequest::Result &result) mutable {
                tokens->deleteLater();
                if (result.outcome != TokenRequest::Outcome::Issued || !result.granted.contains(scope)) {
                    fail(tr("The hub would not give a token that may stop your server (%1), so “Stop the "
                            "server when the job ends” cannot work. Nothing was started.")
                             .arg(result.error.isError() ? result.error.message()
                                                         : tr("the permission was refused")));
                    return;
                }
                request.stopToken = result.token;
                request.stopTokenId = result.tokenId;
                send(request);
            });
    tokens->request({scope},
                    tr("Fornax Desktop job %1 on %2: stops the server when the job ends")
                        .arg(request.id, QHostInfo::localHostName()),
                    request.maxSeconds + 600);
}

JobClient *JobsController::newClient()
{
    HubSession *session = m_hub.session();
    auto *backend = new HubBackend(session->client(), m_serverUrl, this);
    auto *client = new JobClient(backend, backend);
    return client;
}

void JobsController::releaseClient(JobClient *client)
{
    // The terminal goes now; the objects once the answer's call stack has unwound.
    client->close();
    client->parent()->deleteLater();
}

void JobsController::send(const JobRequest &request)
{
    if (!m_hub.session() || !m_serverUrl.isValid()) {
        fail(tr("Your server is not running. Start it, then run the job."));
        return;
    }
    JobClient *client = newClient();
    const QString id = request.id;
    const QString file = request.fileName;
    const qint64 maxSeconds = request.maxSeconds;
    client->submit(
        request,
        [this, client, id, file, maxSeconds](const JobClient::Outcome &outcome, const QString &state) {
            releaseClient(client);
            if (!outcome.ok) {
                fail(outcome.error);
                return;
            }
            m_busy = false;
            // Kept alive while it runs (by the server itself where it can), never past its limit.
            if (KeepAlive *keepAlive = m_keepAlive ? m_keepAlive() : nullptr)
                keepAlive->hold(holderName(id), QDateTime::currentDateTimeUtc().addSecs(maxSeconds));
            m_panel->setMessage(
                JobStatus::stateFromName(state) == JobStatus::State::Starting
                    ? tr("Job “%1” was made on your server but has not started yet.").arg(file)
                    : tr("Job “%1” runs on your server. You may close the app: it goes on.").arg(file));
            connect(
                m_jobs, &JobList::refreshed, m_panel,
                [this, id] {
                    m_panel->selectJob(id);
                },
                Qt::SingleShotConnection);
            m_started.insert(id);
            m_jobs->refresh();
            Q_EMIT submitted(id);
        });
}

void JobsController::openOutput(const QString &jobId)
{
    const QList<JobStatus> jobs = m_jobs->jobs();
    const auto it = std::find_if(jobs.cbegin(), jobs.cend(), [&jobId](const JobStatus &job) {
        return job.id == jobId;
    });
    if (it == jobs.cend() || !m_openLab)
        return;
    // The executed notebook exists once the notebook's run ended by itself; else its folder.
    const bool notebookWritten = it->kind == QLatin1String("notebook")
        && (it->state == JobStatus::State::Finished || it->state == JobStatus::State::Failed);
    if (notebookWritten)
        m_openLab(JobList::outputPath(*it), false);
    else
        m_openLab(JobScript::workFolder(jobId), true);
}

void JobsController::downloadOutputs(const QString &jobId)
{
    if (!m_transfers)
        return;
    const QString folder =
        QFileDialog::getExistingDirectory(m_window, tr("Download the outputs of job %1 into").arg(jobId),
                                          QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (folder.isEmpty())
        return;
    // Through the queue: the egress check, conflicts and progress as for any download.
    m_transfers->download({JobScript::workFolder(jobId)}, folder);
}

void JobsController::cancel(const QString &jobId)
{
    if (!m_serverUrl.isValid()) {
        fail(tr("Your server is not running, so the job is not running either."));
        return;
    }
    QString file = jobId;
    for (const JobStatus &job : m_jobs->jobs()) {
        if (job.id == jobId)
            file = job.file;
    }
    auto *question = new QMessageBox(QMessageBox::Question, tr("Cancel job"),
                                     tr("Cancel job “%1”? Everything it runs on the server is ended; what it "
                                        "wrote so far stays in its folder.")
                                         .arg(file),
                                     QMessageBox::NoButton, m_window);
    question->setObjectName(QStringLiteral("cancelJobConfirmation"));
    question->setTextFormat(Qt::PlainText);
    question->addButton(tr("Cancel the job"), QMessageBox::AcceptRole)
        ->setObjectName(QStringLiteral("confirmCancelJob"));
    question->setDefaultButton(question->addButton(tr("Keep it running"), QMessageBox::RejectRole));
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question, jobId, file] {
        if (question->buttonRole(question->clickedButton()) != QMessageBox::AcceptRole)
            return;
        if (!m_serverUrl.isValid())
            return;
        m_panel->setMessage(tr("Cancelling “%1”…").arg(file));
        m_cancelled.insert(jobId);
        JobClient *client = newClient();
        client->cancel(jobId, [this, client, file](const JobClient::Outcome &outcome, const QString &) {
            releaseClient(client);
            if (!outcome.ok) {
                Q_EMIT failed(tr("“%1” could not be cancelled: %2").arg(file, outcome.error));
                m_jobs->refresh();
                return;
            }
            m_panel->setMessage(tr("Job “%1” was cancelled.").arg(file));
            m_jobs->refresh();
        });
    });
    question->open();
}

void JobsController::jobEnded(const QString &jobId, const QString &stateName)
{
    m_started.remove(jobId);
    if (KeepAlive *keepAlive = m_keepAlive ? m_keepAlive() : nullptr)
        keepAlive->release(holderName(jobId));
    m_panel->setMessage({}); // "… runs on your server" no longer holds
    Q_EMIT runningChanged();
    if (!m_notifications || m_cancelled.remove(jobId))
        return;
    JobStatus job;
    for (const JobStatus &known : m_jobs->jobs()) {
        if (known.id == jobId)
            job = known;
    }
    if (m_jobs->endedWithServer(jobId)) {
        m_notifications->notifyJobEndedUnread(
            jobId, job.file.isEmpty() ? jobId : job.file,
            tr("It ended and stopped your server, as you asked. How it ended is shown once the server runs "
               "again."));
        return;
    }
    const JobStatus::State state = JobStatus::stateFromName(stateName);
    const QString took = JobsPanel::elapsedText(job.elapsedSeconds());
    QString sentence;
    switch (state) {
    case JobStatus::State::Finished:
        sentence = tr("It ran for %1.").arg(took);
        break;
    case JobStatus::State::Failed:
        sentence = tr("It stopped with exit code %1 after %2; the end of its log is in the Jobs panel.")
                       .arg(QString::number(job.exitCode), took);
        break;
    default:
        sentence = tr("It ended: %1.").arg(job.stateText());
        break;
    }
    if (job.stopResult == QLatin1String("stopped") || job.stopResult == QLatin1String("requested"))
        sentence += QLatin1Char(' ') + tr("Your server was stopped, as you asked.");
    m_notifications->notifyJobEnded(jobId, job.file.isEmpty() ? jobId : job.file,
                                    state == JobStatus::State::Finished, sentence);
}

} // namespace fornax::ui
