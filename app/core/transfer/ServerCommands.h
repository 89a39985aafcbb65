#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace fornax {

class StepTimings;

/**
 * How one step on the server ended: the script ran to its end (exitCode, output), or it could
 * not run or finish (failed: a lost connection, a timeout, output over the limit), or the server
 * refused the sign-in (refused: a permission problem no retry fixes). message, when set, is a
 * whole sentence for the user that replaces the job's own wording (file reads and writes have
 * theirs).
 */
struct CommandOutcome
{
    enum class Status { Finished, Failed, Refused };
    Status status = Status::Finished;
    int exitCode = 0;
    QByteArray output; // what the script printed, or a file's content
    QString reason; // why it failed or was refused
    QString message;

    bool succeeded() const { return status == Status::Finished && exitCode == 0; }
    static CommandOutcome finished(int exitCode, const QByteArray &output);
    static CommandOutcome failed(const QString &reason, const QString &message = {});
    static CommandOutcome refused(const QString &reason);

    // The last non-empty line a failed script printed (usually tar's or the shell's own
    // complaint), at most 300 characters.
    static QString lastLine(const QByteArray &output);
    // Qt's and the servers' reasons often end without a full stop ("The remote host closed the
    // connection"); followed by advice, they need one.
    static QString asSentence(const QString &text);
};

/**
 * Runs a transfer's steps on the server: one of the two things a transfer needs of a transport
 * (the other is ArchiveStream). Implemented by a Jupyter terminal (backends/jupyter), an SSH
 * session (backends/ssh) and a local shell over a local folder (backends/loopback, for tests).
 *
 * Guarantees every implementation keeps: scripts (RemoteScript) run under `sh` in the server's
 * home folder, one at a time, in the order given; each call's done runs exactly once with its
 * outcome, unless release() came first (then never). Files of a job's folder are written and
 * read byte for byte, any size, never through a command line.
 */
class ServerCommands : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const CommandOutcome &)>;

    using QObject::QObject;

    // Runs script (a RemoteScript); the timeout counts from the moment it starts.
    virtual void run(const QString &script, std::chrono::milliseconds timeout, const Done &done) = 0;
    // Writes content into `<job folder>/name`.
    virtual void writeFile(const QString &jobId, const QString &name, const QByteArray &content,
                           const Done &done) = 0;
    // Reads `<job folder>/name`; the outcome's output is its content.
    virtual void readFile(const QString &jobId, const QString &name, const Done &done) = 0;
    // While a step runs, tell the server every interval that it is in use (where the server
    // would otherwise cull an idle terminal); 0: never. Default: nothing to tell.
    virtual void setHeartbeat(std::chrono::milliseconds interval);
    // Where opening the way to the server is timed (a terminal's creation, its websocket); an
    // implementation with nothing to open ignores it.
    virtual void setTimings(const std::shared_ptr<StepTimings> &timings);
    // Whether it can no longer run anything (a terminal the server culled while it sat idle): a
    // fresh one does as well, since nothing was running in it.
    virtual bool isGone() const = 0;
    // Stops the running step (on the server too), drops the queued ones without calling their
    // done, releases what it holds on the server (a terminal) and deletes itself afterwards.
    virtual void release() = 0;
};

} // namespace fornax
