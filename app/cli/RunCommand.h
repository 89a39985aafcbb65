#pragma once

#include "CommandSpec.h"
#include "JobBaseCommand.h"
#include "jobs/JobRequest.h"

#include <QDateTime>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace fornax {
class KeepAlive;
class ServerController;
class TransferJob;
} // namespace fornax

namespace fornax::cli {

/**
 * `run FILE`: runs a notebook (.ipynb), a Python script (.py) or a shell script (.sh) on the
 * server as a job that needs neither this command nor the app once it runs (JobScript).
 *
 * In order: the server (started when it is not running, with --profile), the kernel (checked
 * against the server's list), the keep-alive mechanism, a token for --stop-when-done, the
 * --upload items (the transfer engine's upload, into the job's folder), then the job. Without
 * --wait it returns as soon as the job runs and prints its id; with --wait it prints the log as
 * it grows and ends with the job's outcome (then --download fetches the outputs).
 */
class RunCommand : public JobBaseCommand
{
    Q_OBJECT

public:
    using JobBaseCommand::JobBaseCommand;
    ~RunCommand() override;
    static CommandSpec spec();
    void run() override;
    void interrupt() override;

    static constexpr QLatin1String ProfileOption {"profile"};
    static constexpr QLatin1String KernelOption {"kernel"};
    static constexpr QLatin1String UploadOption {"upload"};
    static constexpr QLatin1String ParamOption {"param"};
    static constexpr QLatin1String StopWhenDoneOption {"stop-when-done"};
    static constexpr QLatin1String DownloadOption {"download"};
    static constexpr QLatin1String WaitOption {"wait"};
    static constexpr QLatin1String MaxTimeOption {"max-time"};

private:
    static QString check(const CommandLine &commandLine);

    void haveServer(const QUrl &serverUrl);
    void chooseKernel(const std::function<void()> &next);
    void checkKeepAlive(const std::function<void()> &next);
    void prepare(const std::function<void()> &next);
    void uploadInputs(const std::function<void()> &next);
    void mintStopToken(const std::function<void()> &next);
    void submit();
    void started();
    void waitForEnd();
    // The log could not be read any more: the server stopped under the job, or it is unreachable.
    void logLost();
    void ended(const JobStatus &job, bool serverGone = false);
    // Revokes the stop token once nothing can use it any more (watching the job's status for a
    // minute at most while the wrapper is still deciding), then finishes or downloads.
    void settleStopToken(const JobStatus &job, int code, bool serverGone, int round);
    void downloadOutputs(const JobStatus &job, int code);
    void fail(const QString &message, int exitCode = 1);
    // A prepared job that will not run: its folder goes from the server and its stop token (if
    // one was minted) is revoked, then fail(message, exitCode).
    void abandon(const QString &message, int exitCode = 1);
    // Revokes the job's stop token on the hub (with the app's token), then done().
    void revokeStopToken(const std::function<void()> &done);
    // Checked before anything is submitted: a folder that can be written, or made.
    static QString downloadFolderProblem(const QString &path);

    JobRequest m_request;
    QUrl m_serverUrl;
    QPointer<ServerController> m_controller;
    QPointer<KeepAlive> m_keepAlive;
    QPointer<TransferJob> m_upload;
    QDateTime m_startedAt; // when the job was seen running, for an end the server cannot tell
    bool m_prepared = false;
    bool m_endHandled = false; // the job's end (or its server's) is being reported
    bool m_abandoning = false;
    bool m_submitted = false;
    bool m_cancelling = false;
};

} // namespace fornax::cli
