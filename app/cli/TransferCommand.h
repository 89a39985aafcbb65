#pragma once

#include "CliCommand.h"
#include "CommandSpec.h"
#include "transfer/TransferJob.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QUrl>

#include <optional>

class QTextStream;

namespace fornax {
class KeepAlive;
class ServerController;
} // namespace fornax

namespace fornax::cli {

/**
 * What `upload` and `download` share: a running server (or --start), the job's progress as a
 * bar on a terminal and as sparse lines otherwise, conflicts asked about on a terminal (and
 * refused without one unless --on-conflict says what to do), Ctrl-C cancelling cleanly (the
 * server's temporary files are removed before the command exits), and a closing summary.
 */
class TransferCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit TransferCommand(const CliContext &context, QObject *parent = nullptr);
    ~TransferCommand() override;

    void run() final;
    // Ctrl-C: cancels the job, so the server's temporary files and terminal go, then finishes.
    void interrupt() final;

    static constexpr QLatin1String OnConflictOption {"on-conflict"};
    static constexpr QLatin1String YesOption {"yes"};
    static constexpr QLatin1String StartOption {"start"};
    static constexpr QLatin1String VerifyOption {"verify"};
    static constexpr QLatin1String MethodOption {"method"};

protected:
    // What upload and download share: their options, what they need and their arguments' check;
    // the caller adds the name, the help texts, the check and the factory.
    static CommandSpec transferSpec();
    // The check of both: what to copy and, last, where to; a known --on-conflict. The example
    // shows the command's arguments in the error.
    static QString checkTransfer(const CommandLine &commandLine, const QString &example);

    // Upload or download: the job is made from the sources and the destination.
    virtual TransferJob::Direction direction() const = 0;
    // Downloads: the packed size is known; call job->approve() or decline() (or finish).
    virtual void confirmDownload(TransferJob *job, qint64 archiveBytes);
    // "Uploaded 3 files, 1.2 MB, into “results”": the first sentence of the summary.
    virtual QString doneHeadline(const TransferJob *job) const = 0;
    // After the job ended, well or not (cancelled, failed), before the summary.
    virtual void jobEnded(const TransferJob *job);
    // The exit code of a job that failed or was cancelled.
    virtual int failureExitCode(const TransferJob *job) const;
    // What to copy and where to: the command's arguments (`job fetch` names them itself).
    virtual QStringList sources() const;
    virtual QString destination() const;
    bool stdinIsTerminal() const;

private:
    void runJob(const QUrl &serverUrl);
    // The job for the running server at serverUrl; the command owns it.
    TransferJob *createJob(const QUrl &serverUrl);
    void holdServer(const QUrl &serverUrl);
    void finishWith(int exitCode);
    void askAboutConflicts();
    struct Answer
    {
        ConflictPolicy policy;
        bool forAll; // a capital letter: the same for every later conflict it fits
    };
    // One conflict's question until it gets a known answer (Enter: skip); nullopt when the
    // input ended.
    std::optional<Answer> ask(QTextStream &in, QTextStream &tty, bool clash,
                              const QString &replaceText) const;
    void showProgress(qint64 done, qint64 total);
    void jobFinished();
    void finishFailed();
    void finishAfterServerCheck();
    QString doneText(const TransferJob *job) const;

    QPointer<ServerController> m_controller;
    QPointer<KeepAlive> m_keepAlive;
    TransferJob *m_job = nullptr;
    QElapsedTimer m_sinceLine;
    QElapsedTimer m_elapsed;
    int m_lastPercent = -1;
};

} // namespace fornax::cli
