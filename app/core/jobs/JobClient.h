#pragma once

#include "jobs/JobRequest.h"
#include "jobs/JobScript.h"
#include "jobs/JobStatus.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace fornax {

class ServerCommands;
class TransferBackend;

/**
 * Runs, lists, reads and cancels jobs on the user's server (JobScript) through the transfer
 * engine's way of running commands there (TransferBackend -> ServerCommands: a Jupyter
 * terminal), so jobs need no client of their own and no server extension.
 *
 * Calls are queued and answered in order, each exactly once, with a sentence for the user when
 * they fail. The connection (a terminal) is opened at the first call and kept until the object
 * is destroyed or close() is called. The backend is not owned.
 */
class JobClient : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        QString error; // a sentence for the user when !ok
        bool noSuchJob = false;
    };
    using SubmitDone = std::function<void(const Outcome &, const QString &state)>;
    using ListDone = std::function<void(const Outcome &, const QList<JobStatus> &)>;
    using LogDone = std::function<void(const Outcome &, const JobScript::LogChunk &)>;
    using CancelDone = std::function<void(const Outcome &, const QString &state)>;

    explicit JobClient(TransferBackend *backend, QObject *parent = nullptr);
    ~JobClient() override;

    void submit(const JobRequest &request, const SubmitDone &done);
    // The two halves of submit() (JobScript::prepare, start), for a caller that does something
    // between them (uploads the inputs, mints a stop token only once the job will run). done's
    // state is "prepared" for prepare().
    void prepare(const JobRequest &request, const SubmitDone &done);
    void start(const JobRequest &request, const SubmitDone &done);
    // Keeps a prepared job counted as starting (every minute while its inputs upload), and
    // removes one that will not start. done may be empty.
    void keepStarting(const QString &jobId);
    void discard(const QString &jobId, const std::function<void()> &done);
    // serverStarted: the hub's `started` of the running server, so jobs of an earlier server
    // show as "server stopped during the job".
    void list(qint64 serverStarted, const ListDone &done);
    // From offset on (at most 1 MiB a call); offset < 0: the last -offset bytes.
    void readLog(const QString &jobId, qint64 offset, const LogDone &done);
    void cancel(const QString &jobId, const CancelDone &done);
    // Releases the terminal on the server.
    void close();

private:
    using Step = std::function<void(ServerCommands *)>;
    using Fail = std::function<void(const QString &message)>;
    // Runs step once connected, or fail with the reason when the server cannot be reached.
    void enqueue(const Fail &fail, const Step &step);
    void connected();
    void unavailable(const QString &message);
    // Runs script and answers with the text after "<tag> " on its last such line.
    void runTagged(const QString &script, char tag, const SubmitDone &done);
    // The sentence for a script that failed; script-specific exit codes first.
    static Outcome failure(int exitCode, const QByteArray &output, const QString &reason);

    QPointer<TransferBackend> m_backend;
    ServerCommands *m_commands = nullptr;
    QList<Step> m_waiting;
    QList<Fail> m_failWaiting;
    bool m_connecting = false;
};

} // namespace fornax
