#pragma once

#include "CommandSpec.h"
#include "JobBaseCommand.h"
#include "jobs/JobRequest.h"

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
    void mintStopToken(const std::function<void()> &next);
    void uploadInputs(const std::function<void()> &next);
    void submit();
    void started();
    void waitForEnd();
    void ended(const JobStatus &job);
    void fail(const QString &message, int exitCode = 1);

    JobRequest m_request;
    QUrl m_serverUrl;
    QPointer<ServerController> m_controller;
    QPointer<KeepAlive> m_keepAlive;
    QPointer<TransferJob> m_upload;
    bool m_submitted = false;
    bool m_cancelling = false;
};

} // namespace fornax::cli
