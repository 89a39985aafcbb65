#include "RunCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "JobFetch.h"
#include "Settings.h"
#include "account/CredentialStore.h"
#include "account/HubDirectory.h"
#include "account/HubEntry.h"
#include "account/TokenRequest.h"
#include "hub/HubCall.h"
#include "hub/HubClient.h"
#include "hub/HubUser.h"
#include "hub/KeepAlive.h"
#include "hub/ServerController.h"
#include "hub/ServerMonitor.h"
#include "hub/ServerStatus.h"
#include "jobs/JobClient.h"
#include "jobs/JobScript.h"
#include "jobs/KernelCatalog.h"
#include "transfer/TransferJob.h"
#include "transfer/TransferJobFactory.h"

#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace fornax::cli {

namespace {

// The largest file sent with the submission itself; bigger inputs go with --upload.
constexpr qint64 MaxInlineBytes = qint64(16) * 1024 * 1024;

} // namespace

RunCommand::~RunCommand() = default;

CommandSpec RunCommand::spec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("run");
    spec.syntax = tr("FILE");
    spec.summary = tr("Run a notebook or script on your server as a job that needs neither this command nor "
                      "the app.");
    spec.description = tr(
        "Runs FILE (a notebook .ipynb, a Python script .py or a shell script .sh) on your server, detached: "
        "it goes on with this computer off. Notebooks run with nbconvert (papermill for --param) in the "
        "kernel given or named in the notebook; every cell's output goes to the job's log. Everything of "
        "the job stays in fornax-jobs~/ID in your home on the server: the inputs, the log, the executed "
        "notebook (NAME-executed.ipynb) and whatever the job writes. Without --wait the command returns "
        "once the job runs and prints its id (see “jobs”, “job log ID”, “job fetch ID OUT-FOLDER”). The "
        "server is started first when it is not running.");
    spec.reach = CommandSpec::Reach::Server;
    spec.options = {
        {QStringList {ProfileOption},
         tr("The server size to start with when the server is not running (e.g. small, large)."),
         tr("PROFILE")},
        {QStringList {KernelOption},
         tr("The notebook's kernel (default: the one the notebook names, else the server's default); checked "
            "against the server's kernels."),
         tr("KERNEL")},
        {QStringList {UploadOption},
         tr("Also copy PATH (a file or folder) into the job's folder first; may be given several times."),
         tr("PATH")},
        {QStringList {ParamOption}, tr("Set a notebook parameter (papermill, which the server must have)."),
         tr("NAME=VALUE")},
        {QStringList {StopWhenDoneOption},
         tr("Stop the server when the job ends (success or failure) and no other job runs, even with this "
            "computer off. The server stops itself with a token that can do nothing but stop and start "
            "your servers, valid until the job's time limit.")},
        {QStringList {WaitOption}, tr("Wait for the job to end, printing its log as it grows.")},
        {QStringList {DownloadOption},
         tr("With --wait: download the job's folder into OUT-FOLDER at the end (through the egress check)."),
         tr("OUT-FOLDER")},
        {QStringList {MaxTimeOption},
         tr("End the job after this long (e.g. 90m, 2h; default: the hub's longest server lifetime, 48h on "
            "Fornax). The server is kept from idling out for as long, where it can keep itself alive."),
         tr("DURATION")},
    };
    spec.check = &RunCommand::check;
    spec.create = &createCommand<RunCommand>;
    return spec;
}

QString RunCommand::check(const CommandLine &commandLine)
{
    const QStringList arguments = commandLine.commandArguments();
    if (arguments.size() != 1)
        return tr("“run” needs one file to run, e.g. “run analysis.ipynb”.");
    const QFileInfo file(arguments.first());
    JobRequest::Kind kind = JobRequest::Kind::Notebook;
    if (!JobRequest::kindOf(file.fileName(), &kind))
        return tr("“%1” is not a notebook (.ipynb), a Python script (.py) or a shell script (.sh).")
            .arg(CliOutput::visible(file.fileName()));
    if (!file.isFile() || !file.isReadable())
        return tr("“%1” is not a file that can be read.").arg(CliOutput::visible(arguments.first()));
    if (file.size() > MaxInlineBytes)
        return tr("“%1” is larger than 16 MB; a job's file must be smaller (send data with --upload).")
            .arg(CliOutput::visible(file.fileName()));
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*=.*$"),
                                         QRegularExpression::DotMatchesEverythingOption);
    for (const QString &param : commandLine.values(ParamOption)) {
        if (!name.match(param).hasMatch() || param.contains(QLatin1Char('\n')))
            return tr("--param needs NAME=VALUE with a Python name and a value on one line, not “%1”.")
                .arg(CliOutput::visible(param));
    }
    if (!commandLine.values(ParamOption).isEmpty() && kind != JobRequest::Kind::Notebook)
        return tr("--param sets a notebook's parameters; “%1” is a script.")
            .arg(CliOutput::visible(file.fileName()));
    if (commandLine.isSet(MaxTimeOption) && !CommandLine::parseDuration(commandLine.value(MaxTimeOption)))
        return tr("--max-time needs a duration such as 90m, 2h or 1h30m, not “%1”.")
            .arg(CliOutput::visible(commandLine.value(MaxTimeOption)));
    if (commandLine.isSet(DownloadOption) && !commandLine.isSet(WaitOption))
        return tr("--download needs --wait: the outputs exist only once the job has ended (later, use “job "
                  "fetch ID OUT-FOLDER”).");
    if (commandLine.isSet(DownloadOption)) {
        QString problem = downloadFolderProblem(commandLine.value(DownloadOption));
        if (!problem.isEmpty())
            return problem;
    }
    for (const QString &path : commandLine.values(UploadOption)) {
        if (!QFileInfo::exists(path))
            return tr("--upload: “%1” does not exist.").arg(CliOutput::visible(path));
    }
    return {};
}

QString RunCommand::downloadFolderProblem(const QString &path)
{
    // Known before the job runs, so that hours of work are not left without a place to land.
    const QFileInfo folder(path);
    if (folder.exists()) {
        if (!folder.isDir())
            return tr("--download: “%1” is a file, not a folder.").arg(CliOutput::visible(path));
        if (!folder.isWritable())
            return tr("--download: the folder “%1” cannot be written to.").arg(CliOutput::visible(path));
        return {};
    }
    // Made at the end: the nearest folder that exists must be one that can be written to.
    QFileInfo parent(folder.absolutePath());
    while (!parent.exists() && !parent.isRoot())
        parent.setFile(parent.absolutePath());
    if (!parent.isDir())
        return tr("--download: “%1” cannot be made: “%2” is a file, not a folder.")
            .arg(CliOutput::visible(path), CliOutput::visible(parent.filePath()));
    if (!parent.isWritable())
        return tr("--download: “%1” cannot be made: the folder “%2” cannot be written to.")
            .arg(CliOutput::visible(path), CliOutput::visible(parent.filePath()));
    return {};
}

void RunCommand::fail(const QString &message, int exitCode)
{
    m_context.output->error(message);
    m_context.output->json(
        {{QStringLiteral("event"), QStringLiteral("failed")}, {QStringLiteral("message"), message}});
    Q_EMIT finished(exitCode);
}

void RunCommand::run()
{
    const CommandLine &commandLine = *m_context.commandLine;
    const QString path = commandLine.commandArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("“%1” could not be read: %2").arg(CliOutput::visible(path), file.errorString()));
        return;
    }
    m_request.content = file.readAll();
    m_request.fileName = QFileInfo(path).fileName();
    JobRequest::kindOf(m_request.fileName, &m_request.kind);
    m_request.id = JobScript::newId();
    for (const QString &param : commandLine.values(ParamOption)) {
        const qsizetype equals = param.indexOf(QLatin1Char('='));
        m_request.parameters.append({param.left(equals), param.mid(equals + 1)});
    }
    for (const QString &upload : commandLine.values(UploadOption))
        m_request.inputs.append(QFileInfo(upload).fileName());

    Settings settings;
    const HubDirectory directory(&settings, m_context.client->network());
    const auto entry = directory.confirmedHub(m_context.client->hub());
    const int hours = entry ? settings.maxServerHours(entry->id) : 0;
    m_request.maxSeconds = commandLine.isSet(MaxTimeOption)
        ? CommandLine::parseDuration(commandLine.value(MaxTimeOption))->count()
        : qint64(hours > 0 ? hours : 48) * 3600;

    const ServerStatus status = m_context.monitor->status();
    if (status.state == ServerStatus::State::Running) {
        haveServer(status.url);
        return;
    }
    CliOutput &out = *m_context.output;
    out.line(tr("Starting your server first…"));
    m_controller = new ServerController(m_context.client, m_context.monitor, m_context.userName, {}, this);
    connect(m_controller, &ServerController::startProgressed, this,
            [&out](int percent, const QString &message) {
                out.progress(percent, message);
            });
    connect(m_controller, &ServerController::serverStarted, this, [this, &out](const QUrl &url) {
        out.endProgress();
        haveServer(url);
    });
    connect(m_controller, &ServerController::startFailed, this, [this](const HubError &error) {
        fail(tr("The server did not start. %1").arg(error.message()), exitCodeFor(error));
    });
    QJsonObject options;
    if (commandLine.isSet(ProfileOption))
        options.insert(QStringLiteral("profile"), commandLine.value(ProfileOption));
    m_controller->startServer(options);
}

void RunCommand::haveServer(const QUrl &serverUrl)
{
    m_serverUrl = serverUrl;
    const ServerStatus status = m_context.monitor->status();
    const QString wanted = m_context.commandLine->value(ProfileOption);
    if (!wanted.isEmpty() && !status.profileSlug().isEmpty() && status.profileSlug() != wanted) {
        fail(
            tr("Your server runs as “%1”, not “%2”. Stop it first (“fornax-desktop stop”) to run this job on "
               "a “%2” server, or leave out --profile.")
                .arg(CliOutput::visible(status.profileSlug()), CliOutput::visible(wanted)));
        return;
    }
    m_request.serverSize = status.profileSlug().isEmpty() ? wanted : status.profileSlug();
    m_request.serverStarted = serverStartedEpoch();
    // The stop token is minted last, once the job is known to run here (prepared, inputs in
    // place): a job that cannot run leaves no token behind.
    chooseKernel([this] {
        checkKeepAlive([this] {
            prepare([this] {
                uploadInputs([this] {
                    mintStopToken([this] {
                        submit();
                    });
                });
            });
        });
    });
}

void RunCommand::chooseKernel(const std::function<void()> &next)
{
    if (m_request.kind != JobRequest::Kind::Notebook) {
        next();
        return;
    }
    const QString named = QJsonDocument::fromJson(m_request.content)
                              .object()
                              .value(QLatin1String("metadata"))
                              .toObject()
                              .value(QLatin1String("kernelspec"))
                              .toObject()
                              .value(QLatin1String("name"))
                              .toString();
    auto *catalog = new KernelCatalog(m_context.client, m_serverUrl, this);
    connect(catalog, &KernelCatalog::finished, this, [this, catalog, named, next] {
        catalog->deleteLater();
        if (!catalog->ok()) {
            fail(catalog->errorString());
            return;
        }
        const QString given = m_context.commandLine->value(KernelOption);
        const QString kernel = !given.isEmpty() ? given : !named.isEmpty() ? named : catalog->defaultName();
        if (!catalog->names().contains(kernel)) {
            const QString which = given.isEmpty()
                ? tr("The notebook's kernel “%1”").arg(CliOutput::visible(kernel))
                : tr("The kernel “%1”").arg(CliOutput::visible(kernel));
            fail(tr("%1 is not on your server. It has: %2. Choose one with --kernel.")
                     .arg(which, catalog->names().join(QStringLiteral(", "))),
                 ExitCode::UsageError);
            return;
        }
        m_request.kernel = kernel;
        next();
    });
    catalog->fetch();
}

void RunCommand::checkKeepAlive(const std::function<void()> &next)
{
    m_keepAlive = new KeepAlive(m_context.client, this);
    m_keepAlive->setServerUrl(m_serverUrl);
    m_keepAlive->updateStatus(m_context.monitor->status());
    connect(m_context.monitor, &ServerMonitor::statusChanged, m_keepAlive, &KeepAlive::updateStatus);
    m_keepAlive->checkServer();
    const auto decide = [this, next] {
        // The wrapper ends the server's keep-alive when the job ends (and no other job runs), so
        // a job's --max-time never keeps an idle server billing after the job.
        m_request.endKeepAlive = m_keepAlive->mechanism() == KeepAlive::Mechanism::ServerExtension;
        next();
    };
    if (!m_keepAlive->hasPendingRequest())
        decide();
    else
        connect(m_keepAlive, &KeepAlive::requestsSettled, this, decide, Qt::SingleShotConnection);
}

void RunCommand::mintStopToken(const std::function<void()> &next)
{
    if (!m_context.commandLine->isSet(StopWhenDoneOption)) {
        next();
        return;
    }
    if (m_context.commandLine->isSet(DownloadOption)) {
        // The outputs are downloaded first: this command stops the server afterwards itself.
        next();
        return;
    }
    const QString user = m_context.userName;
    auto *request = new TokenRequest(TokenRequest::through(m_context.client, user, this), this);
    // Stopping only: "servers!user" would also let whoever reads the file start servers of any
    // size (a tester did, with a copy of the token the job made).
    const QString scope = QStringLiteral("delete:servers!user=") + user;
    connect(request, &TokenRequest::finished, this,
            [this, request, scope, next](const TokenRequest::Result &result) {
                request->deleteLater();
                if (result.outcome == TokenRequest::Outcome::Issued && !result.tokenId.isEmpty())
                    m_request.stopTokenId = result.tokenId; // revoked with the job if refused here
                if (result.outcome != TokenRequest::Outcome::Issued || !result.granted.contains(scope)) {
                    abandon(tr("The hub would not give a token that may stop your server (%1), so "
                               "--stop-when-done cannot "
                               "work. Nothing was started.")
                                .arg(result.error.isError() ? result.error.message()
                                                            : tr("the permission was refused")));
                    return;
                }
                m_request.stopWhenDone = true;
                m_request.stopToken = result.token;
                m_request.stopTokenId = result.tokenId;
                next();
            });
    // Valid until the job's time limit (plus the time to start it), and for nothing but stopping.
    request->request({scope},
                     tr("Fornax Desktop job %1 on %2: stops the server when the job ends")
                         .arg(m_request.id, QHostInfo::localHostName()),
                     m_request.maxSeconds + 600);
}

void RunCommand::prepare(const std::function<void()> &next)
{
    jobClient(m_serverUrl)
        ->prepare(m_request, [this, next](const JobClient::Outcome &outcome, const QString &) {
            if (!outcome.ok) {
                fail(outcome.error);
                return;
            }
            m_prepared = true;
            next();
        });
}

void RunCommand::abandon(const QString &message, int exitCode)
{
    if (std::exchange(m_abandoning, true))
        return;
    const auto finish = [this, message, exitCode] {
        revokeStopToken([this, message, exitCode] {
            fail(message, exitCode);
        });
    };
    if (!m_prepared) {
        finish();
        return;
    }
    jobClient(m_serverUrl)->discard(m_request.id, finish);
}

void RunCommand::revokeStopToken(const std::function<void()> &done)
{
    const QString tokenId = std::exchange(m_request.stopTokenId, {});
    m_request.stopToken.clear();
    if (tokenId.isEmpty()) {
        done();
        return;
    }
    // With the app's own token (the stop token cannot revoke itself: it has no `tokens` scope).
    HubCall *call = m_context.client->revokeToken(m_context.userName, tokenId);
    connect(call, &HubCall::finished, this, [this, call, done] {
        const HubError error = call->error();
        if (error.isError() && error.httpStatus() != 404)
            m_context.output->error(
                tr("The job's stop token could not be revoked (%1); it expires by itself at "
                   "the job's time limit.")
                    .arg(error.message()));
        done();
    });
}

void RunCommand::uploadInputs(const std::function<void()> &next)
{
    const QStringList uploads = m_context.commandLine->values(UploadOption);
    if (uploads.isEmpty()) {
        next();
        return;
    }
    m_context.output->line(tr("Copying %n input(s) to the server…", nullptr, int(uploads.size())));
    Settings settings;
    const HubDirectory directory(&settings, m_context.client->network());
    const auto entry = directory.confirmedHub(m_context.client->hub());
    const TransferJobFactory factory(m_context.client, settings, entry ? entry->id : QString(),
                                     new CredentialStore(this));
    m_upload = factory.create(TransferJob::Direction::Upload, m_serverUrl, uploads,
                              JobScript::workFolder(m_request.id), this);
    m_upload->setServerStarted(m_context.monitor->status().started);
    // While the inputs upload, the prepared job goes on counting as one about to run (a
    // stop-when-done of another job waits for it: JobScript::StartingSeconds).
    auto *keep = new QTimer(this);
    keep->setInterval(std::chrono::seconds(JobScript::StartingSeconds / 4));
    connect(keep, &QTimer::timeout, this, [this] {
        jobClient(m_serverUrl)->keepStarting(m_request.id);
    });
    keep->start();
    connect(m_upload, &TransferJob::finished, this, [this, next, keep] {
        keep->deleteLater();
        if (m_upload->state() != TransferJob::State::Finished) {
            abandon(
                tr("The inputs could not be copied: %1 Nothing was started.").arg(m_upload->errorString()),
                m_cancelling ? ExitCode::Interrupted : ExitCode::Failed);
            return;
        }
        next();
    });
    m_upload->start();
}

void RunCommand::submit()
{
    m_submitted = true;
    jobClient(m_serverUrl)->start(m_request, [this](const JobClient::Outcome &outcome, const QString &state) {
        m_request.stopToken.clear();
        if (!outcome.ok) {
            abandon(outcome.error);
            return;
        }
        if (JobStatus::stateFromName(state) == JobStatus::State::Starting) {
            fail(tr("Job %1 was made on the server but did not start within ten seconds; see "
                    "“fornax-desktop job "
                    "log %1”.")
                     .arg(m_request.id));
            return;
        }
        recordStarted(m_request.id, m_request.fileName, m_request.serverSize);
        started();
    });
}

void RunCommand::started()
{
    CliOutput &out = *m_context.output;
    const bool wait = m_context.commandLine->isSet(WaitOption);
    m_startedAt = QDateTime::currentDateTimeUtc();
    const QDateTime until = m_startedAt.addSecs(m_request.maxSeconds);
    const bool serverKeepsAlive = m_keepAlive->mechanism() == KeepAlive::Mechanism::ServerExtension;
    if (serverKeepsAlive || wait)
        m_keepAlive->hold(QStringLiteral("job-") + m_request.id, until);
    out.line(
        tr("Job %1 runs on your server (%2).").arg(m_request.id, CliOutput::visible(m_request.fileName)));
    if (serverKeepsAlive)
        out.line(tr("Your server keeps itself alive while the job runs (up to %1).")
                     .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)));
    else if (!wait)
        out.line(tr("Your server has no keep-alive of its own: it may be stopped as idle while the job runs "
                    "unless something keeps it busy. Use --wait (or keep the app open) to keep it alive from "
                    "here."));
    if (m_request.stopWhenDone)
        out.line(tr("The server stops by itself when the job ends and no other job runs."));
    out.json({{QStringLiteral("event"), QStringLiteral("started")},
              {QStringLiteral("id"), m_request.id},
              {QStringLiteral("file"), m_request.fileName},
              {QStringLiteral("kernel"), m_request.kernel},
              {QStringLiteral("stop_when_done"), m_request.stopWhenDone},
              {QStringLiteral("server_keeps_alive"), serverKeepsAlive}});
    if (wait) {
        waitForEnd();
        return;
    }
    if (!out.isJson())
        std::printf("%s\n", qPrintable(m_request.id));
    // What the server was told about its keep-alive has been told before the command exits.
    if (!m_keepAlive->hasPendingRequest()) {
        Q_EMIT finished(ExitCode::Success);
        return;
    }
    connect(
        m_keepAlive, &KeepAlive::requestsSettled, this,
        [this] {
            Q_EMIT finished(ExitCode::Success);
        },
        Qt::SingleShotConnection);
}

void RunCommand::waitForEnd()
{
    // A log read on a server that is going away may take its whole timeout: the hub says sooner.
    connect(m_context.monitor, &ServerMonitor::statusChanged, this, [this](const ServerStatus &status) {
        const bool another = status.state == ServerStatus::State::Running && m_request.serverStarted > 0
            && status.started.isValid() && status.started.toSecsSinceEpoch() != m_request.serverStarted;
        const bool gone =
            status.state == ServerStatus::State::Stopped || status.state == ServerStatus::State::Stopping;
        if ((gone || another) && !std::exchange(m_endHandled, true))
            logLost();
    });
    followLog(m_request.id, true, [this](const QString &state) {
        if (std::exchange(m_endHandled, true))
            return; // the hub said first that the server went
        if (state.isEmpty()) {
            logLost();
            return;
        }
        // Ended. With --stop-when-done the wrapper may be stopping the server already (it waited
        // until this command had read the end): the state from the log is then all there is.
        jobClient(m_serverUrl)
            ->list(serverStartedEpoch(),
                   [this, state](const JobClient::Outcome &outcome, const QList<JobStatus> &jobs) {
                       recordInLedger(jobs);
                       for (const JobStatus &job : jobs) {
                           if (job.id == m_request.id) {
                               ended(job);
                               return;
                           }
                       }
                       if (outcome.ok) {
                           fail(tr("Job %1 is no longer on the server.").arg(m_request.id));
                           return;
                       }
                       JobStatus job;
                       job.id = m_request.id;
                       job.file = m_request.fileName;
                       job.state = JobStatus::stateFromName(state);
                       job.serverSize = m_request.serverSize;
                       job.started = m_startedAt;
                       ended(job, false); // settleStopToken() finds out whether the server went
                   });
    });
}

void RunCommand::logLost()
{
    // Ask the hub whether the server that runs the job is still there.
    HubCall *call = m_context.client->fetchUser(m_context.userName);
    connect(call, &HubCall::finished, this, [this, call] {
        const HubError error = call->error();
        if (error.isError()) {
            fail(tr("Neither your server nor the hub answers (%1). The job may go on; see it later with "
                    "“fornax-desktop jobs”.")
                     .arg(error.message()));
            return;
        }
        const auto user = HubUser::fromJson(call->json().object());
        const ServerStatus status =
            user ? ServerStatus::fromUser(*user, {}, m_context.client->hub()) : ServerStatus();
        const bool sameServer = status.state == ServerStatus::State::Running
            && (m_request.serverStarted <= 0 || !status.started.isValid()
                || status.started.toSecsSinceEpoch() == m_request.serverStarted);
        if (sameServer) {
            fail(tr("The job's log could not be read; the job may go on. See it with “fornax-desktop job log "
                    "%1”.")
                     .arg(m_request.id));
            return;
        }
        JobStatus job;
        job.id = m_request.id;
        job.file = m_request.fileName;
        job.state = JobStatus::State::ServerStopped;
        job.serverSize = m_request.serverSize;
        job.started = m_startedAt;
        ended(job, true);
    });
}

void RunCommand::ended(const JobStatus &job, bool serverGone)
{
    CliOutput &out = *m_context.output;
    if (m_keepAlive)
        m_keepAlive->release(QStringLiteral("job-") + m_request.id);
    out.line(describe(job) + stopText(job));
    if (job.state == JobStatus::State::ServerStopped)
        out.line(tr("Your server stopped during the job (culled, stopped elsewhere or out of memory); what "
                    "the job wrote so far stays in fornax-jobs~/%1 on the server.")
                     .arg(m_request.id));
    else if (serverGone && m_request.stopWhenDone)
        out.line(tr("The job ended and your server stopped as asked (--stop-when-done)."));
    QJsonObject json = job.toJson();
    json.insert(QStringLiteral("event"), QStringLiteral("ended"));
    out.json(json);
    int code = ExitCode::Success;
    if (job.state == JobStatus::State::ServerStopped)
        code = ExitCode::ServerNotRunning;
    else if (job.state != JobStatus::State::Finished)
        code = ExitCode::Failed;
    settleStopToken(job, code, serverGone, 0);
}

void RunCommand::settleStopToken(const JobStatus &job, int code, bool serverGone, int round)
{
    const auto done = [this, job, code, serverGone] {
        if (!m_context.commandLine->isSet(DownloadOption) || serverGone) {
            if (m_context.commandLine->isSet(DownloadOption))
                m_context.output->error(
                    tr("Nothing was downloaded: the server is not running. Start it and use "
                       "“fornax-desktop job fetch %1 OUT-FOLDER”.")
                        .arg(m_request.id));
            Q_EMIT finished(code);
            return;
        }
        downloadOutputs(job, code);
    };
    if (m_request.stopTokenId.isEmpty()) {
        done();
        return;
    }
    // The token is revoked once nothing can use it any more: the server is gone, or the wrapper
    // has used it (or failed to). Never before (the wrapper may be about to stop the server
    // with it), nor when the job handed it over to a job that still runs.
    const QString stop = job.stopResult;
    if (serverGone || stop == QLatin1String("stopped") || stop.startsWith(QLatin1String("failed"))) {
        revokeStopToken(done);
        return;
    }
    if (stop == QLatin1String("handed-over") || stop == QLatin1String("waiting-for-starting-job")
        || round >= 60) {
        m_request.stopTokenId.clear();
        done();
        return;
    }
    QTimer::singleShot(1000, this, [this, job, code, round] {
        jobClient(m_serverUrl)
            ->list(serverStartedEpoch(),
                   [this, job, code, round](const JobClient::Outcome &outcome, const QList<JobStatus> &jobs) {
                       for (const JobStatus &listed : jobs) {
                           if (listed.id == job.id) {
                               settleStopToken(listed, code, false, round + 1);
                               return;
                           }
                       }
                       if (outcome.ok) {
                           settleStopToken(job, code, false, 60);
                           return;
                       }
                       // The server no longer answers: stopped as asked, if the hub says so.
                       HubCall *call = m_context.client->fetchUser(m_context.userName);
                       connect(call, &HubCall::finished, this, [this, call, job, code] {
                           const auto user = HubUser::fromJson(call->json().object());
                           const ServerStatus::State state = user && !call->error().isError()
                               ? ServerStatus::fromUser(*user, {}, m_context.client->hub()).state
                               : ServerStatus::State::Unknown;
                           // Stopping counts as gone: the hub has taken the stop request.
                           const bool running = state != ServerStatus::State::Stopped
                               && state != ServerStatus::State::Stopping;
                           if (!running)
                               m_context.output->line(tr("Your server stopped as asked (--stop-when-done)."));
                           settleStopToken(job, code, !running, 60);
                       });
                   });
    });
}

void RunCommand::downloadOutputs(const JobStatus &job, int code)
{
    auto *download = new JobFetch(m_context, JobScript::workFolder(job.id),
                                  m_context.commandLine->value(DownloadOption), this);
    connect(download, &CliCommand::finished, this, [this, code](int downloadCode) {
        if (!m_context.commandLine->isSet(StopWhenDoneOption)) {
            Q_EMIT finished(downloadCode != ExitCode::Success ? downloadCode : code);
            return;
        }
        // Asked to stop when done: the outputs are here now, so the server goes, unless another job runs.
        jobClient(m_serverUrl)
            ->list(
                serverStartedEpoch(),
                [this, code](const JobClient::Outcome &outcome, const QList<JobStatus> &jobs) {
                    const bool other = std::any_of(jobs.cbegin(), jobs.cend(), [](const JobStatus &listed) {
                        return listed.isActive();
                    });
                    if (!outcome.ok || other) {
                        m_context.output->line(
                            tr("Another job still runs on your server: it keeps running."));
                        Q_EMIT finished(code);
                        return;
                    }
                    jobClient(m_serverUrl)->close();
                    m_controller = new ServerController(m_context.client, m_context.monitor,
                                                        m_context.userName, {}, this);
                    connect(m_controller, &ServerController::serverStopped, this, [this, code] {
                        m_context.output->line(tr("Your server was stopped (--stop-when-done)."));
                        Q_EMIT finished(code);
                    });
                    connect(m_controller, &ServerController::stopFailed, this, [this](const HubError &error) {
                        fail(tr("The server could not be stopped: %1").arg(error.message()));
                    });
                    m_controller->stopServer();
                });
    });
    download->run();
}

void RunCommand::interrupt()
{
    if (!m_submitted || m_cancelling) {
        if (m_upload && !m_upload->isDone()) {
            m_cancelling = true;
            m_upload->cancel(); // then abandon(): the prepared job goes
            return;
        }
        if (m_prepared && !m_submitted && !m_cancelling) {
            m_cancelling = true;
            abandon(tr("Interrupted: nothing was started."), ExitCode::Interrupted);
            return;
        }
        CliCommand::interrupt();
        return;
    }
    // Ctrl+C while waiting: the job goes on on the server (that is the point of a job).
    m_context.output->error(
        tr("The job goes on on your server; see it with “fornax-desktop jobs” (cancel it with "
           "“fornax-desktop job cancel %1”).")
            .arg(m_request.id));
    m_cancelling = true;
    Q_EMIT finished(ExitCode::Interrupted);
}

} // namespace fornax::cli
