#pragma once

#include "archive/ArchiveTotals.h"
#include "transfer/ArchiveStream.h"
#include "transfer/MergePlan.h"
#include "transfer/TransferConflict.h"
#include "transfer/TransferMethod.h"
#include "transfer/TransferRate.h"
#include "transfer/TreeListing.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace fornax {

class CredentialStore;
class HubBackend;
class HubClient;
class ServerCommands;
class SshConfig;
class SshSession;
class StepTimings;
class TransferBackend;
struct CommandOutcome;

/**
 * One upload or download between this computer and the user's Jupyter server: the state a
 * transfer panel, the tray and the command line show, and the steps every transfer shares.
 *
 * A job finds every conflict before a byte moves and settles it by its policy (or asks through
 * conflictsFound() and waits for resolveConflicts()). A folder onto a folder is never a conflict:
 * the two merge file by file (MergePlan), and what exists only on the destination side stays. A
 * file against a folder is always asked about (scripts keep both). It refuses up front what would
 * not fit, moves one compressed archive, verifies counts and bytes (and checksums on request)
 * before anything is placed, and leaves nothing behind: the server's part lives in one folder of
 * the home hidden from the file browser, removed after success, failure and cancel. The
 * server-side steps are shell scripts (RemoteScript), because the server offers no other API for
 * them. UploadJob and DownloadJob hold the direction-specific steps; this class holds the state
 * machine, progress, rate, the steps' runner and the clean-up. A failed or cancelled job can be
 * started again (retry); it then begins from scratch under a new id.
 *
 * The server is reached through a TransferBackend chosen when the job is made: its
 * ServerCommands run the steps and its ArchiveStream moves the archive, so this code holds no
 * branch for any transport. Made with a HubClient, a job reaches the real server (HubBackend:
 * the Jupyter way, or SSH first when setSshConfig() or setSshSession() says so, falling back
 * to the Jupyter way, see HubBackend); made with another backend (the loopback of the unit
 * tests), it uses that one.
 */
class TransferJob : public QObject
{
    Q_OBJECT

public:
    enum class Direction { Upload, Download };
    Q_ENUM(Direction)
    enum class State {
        Queued,
        Preparing, // probing the server, counting, finding conflicts
        WaitingForAnswer, // conflicts or a download's size need the user's answer
        Transferring,
        Finishing, // unpacking, verifying, placing, cleaning up
        Finished,
        Failed,
        Cancelled,
    };
    Q_ENUM(State)
    enum class Error {
        None,
        Cancelled,
        Network, // the connection to the server failed (worth retrying)
        Server, // a step on the server failed
        NotFound, // a chosen item does not exist
        NoSpace, // it would not fit where it goes
        Archive, // packing or extracting failed (unreadable file, hostile archive)
        Verification, // what arrived differs from what was sent
        Declined, // the user said no (conflicts or download size)
        Forbidden, // the server refused the sign-in (a token without access to it): sign in again
    };
    Q_ENUM(Error)

    ~TransferJob() override;

    // A stable word for scripts and logs: "none", "cancelled", "network", "server", "not-found",
    // "no-space", "archive", "verification", "declined", "forbidden".
    static QString errorName(Error error);

    QString id() const { return m_id; }
    Direction direction() const { return m_direction; }
    State state() const { return m_state; }
    bool isActive() const;
    // Whether cancel() can still stop it: not once it is cleaning up (after its items were
    // placed, or after a failure).
    bool isCancellable() const { return !isDone() && !m_cleaningUp; }
    bool isDone() const
    {
        return m_state == State::Finished || m_state == State::Failed || m_state == State::Cancelled;
    }
    // "results.csv", "data and 2 more": for a row in a list.
    virtual QString title() const = 0;
    // Where the items go: a remote folder (upload) or a local one (download).
    QString target() const { return m_target; }

    void setConflictPolicy(ConflictPolicy policy) { m_policy = policy; }
    ConflictPolicy conflictPolicy() const { return m_policy; }
    void setVerifyChecksums(bool verify) { m_verifyChecksums = verify; }
    // When the hub says the server started (ServerStatus::started): other jobs' folders on the
    // server from before it are swept as dead (RemoteScript::probe). Null: only after a day.
    void setServerStarted(const QDateTime &started) { m_serverStarted = started; }
    QDateTime serverStarted() const { return m_serverStarted; }
    bool verifiesChecksums() const { return m_verifyChecksums; }
    // Downloads: wait in WaitingForAnswer for approve() once the archive's exact size is known
    // (the egress check). Off by default.
    void setRequiresApproval(bool required) { m_requiresApproval = required; }
    bool requiresApproval() const { return m_requiresApproval; }

    // For a job made with a HubClient (HubBackend; other backends ignore them), before start():
    // SSH access to the hub's server, e.g. SshConfig::load(settings, hubId) (an invalid config,
    // the default, means none); where its own SSH session reads a password or key passphrase;
    // a session to use instead of its own (not owned, it must outlive the job; its config is
    // what counts); how long its own session may take to sign in before the job falls back
    // (default 10 s).
    void setSshConfig(const SshConfig &config);
    void setCredentialStore(CredentialStore *store);
    void setSshSession(SshSession *session);
    void setSshConnectTimeout(std::chrono::milliseconds timeout);
    TransferBackend *backend() const { return m_backend; }
    // Whether this run goes over SSH (known once it is past connecting), and if SSH was
    // configured but not used, why (SshError::message()); empty otherwise.
    bool usesSsh() const;
    QString sshFallbackReason() const;

    // --method: the way this job must go (TransferMethod; honoured where it can be), or nullopt
    // (the default) to choose per job from its shape.
    void setMethod(std::optional<TransferMethod::Way> method) { m_forcedMethod = method; }
    std::optional<TransferMethod::Way> forcedMethod() const { return m_forcedMethod; }
    // The way this run took and why; valid once its bytes began to move.
    TransferMethod::Choice methodChoice() const { return m_methodChoice; }

    // Where a run's time goes (StepTimings): a command line's own, so that one line covers the
    // whole process; without one, each run gets its own, logged when it ends.
    void setTimings(std::shared_ptr<StepTimings> timings);
    std::shared_ptr<StepTimings> timings() const { return m_timings; }

    // How often the job's terminal says it is in use while a step runs there (ServerCommands::
    // setHeartbeat): set while the server is kept alive for the job (TransferHolds); 0: never.
    void setTerminalHeartbeat(std::chrono::milliseconds interval);

    // Bytes of file data: done and total (-1 while unknown). Uploads count what was packed,
    // downloads what arrived (compressed), or over SSH the file data extracted so far.
    qint64 bytesDone() const { return m_bytesDone; }
    qint64 bytesTotal() const { return m_bytesTotal; }
    double bytesPerSecond() const { return m_rate.bytesPerSecond(); }
    qint64 secondsLeft() const;
    // What was transferred and verified; valid when finished.
    ArchiveTotals totals() const { return m_totals; }
    // The archive's size on the wire; -1 before it is known. An upload knows it once all of it
    // was sent. For a download it is what egress bills, known before approval.
    // Over SSH the archive is packed while it streams: until it has arrived this is the most
    // the stream can carry (StreamScript::streamBound() of the measured items, what approval
    // was asked for), then the bytes that really crossed the wire.
    qint64 archiveSize() const { return m_archiveSize; }
    // The names the items got on arrival (keep both may rename) and the items not sent at all.
    QStringList placedNames() const { return m_placed; }
    QStringList skippedNames() const { return m_skipped; }
    // Files inside merged folders that were not sent (skipped, or identical).
    qint64 skippedFiles() const { return m_skippedFiles; }
    // "data/a.csv" -> "data/a (2).csv": paths that arrived under another name (keep both).
    QMap<QString, QString> renamed() const { return m_renamed; }
    // "notes" -> where the item it replaced went ("notes (replaced 2026-12-07 0831)", or a path
    // in the desktop's trash).
    QMap<QString, QString> replaced() const { return m_replaced; }
    // What the job left out on its own, named: symbolic links that point outside what was chosen
    // (downloads), sockets, fifos and devices (uploads). A finished job with any of these
    // "completed with skips".
    QStringList leftOut() const { return m_leftOut; }
    bool completedWithSkips() const { return m_state == State::Finished && !m_leftOut.isEmpty(); }

    // Every conflict found; conflictsFound() carries the ones that need an answer.
    QList<TransferConflict> conflicts() const { return m_conflicts; }
    QList<TransferConflict> conflictsToAnswer() const;
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // Failures that another attempt may fix (a cut connection, a stopped terminal).
    bool isRetryable() const { return m_error == Error::Network || m_error == Error::Server; }
    int attempt() const { return m_attempt; }

public Q_SLOTS:
    // Starts, or starts again after a failure or cancel (a retry, from scratch).
    void start();
    // Puts an ended job back to Queued, for a queue to start again in its turn.
    void requeue();
    // Stops at once; the job ends Cancelled once its temporary files are removed.
    void cancel();
    // Answers to conflictsFound(), by TransferConflict::id. An unanswered conflict is skipped:
    // nothing is ever overwritten without an answer.
    void resolveConflicts(const QHash<int, ConflictPolicy> &answers);
    // Answers approvalNeeded(): go on with the download.
    void approve();
    // Answers approvalNeeded(): do not download; the job ends with Error::Declined and why as
    // its message (empty: the user declined it).
    void decline(const QString &why = {});

Q_SIGNALS:
    void stateChanged(fornax::TransferJob::State state);
    void progressed(qint64 bytesDone, qint64 bytesTotal);
    // These paths exist on the other side and need an answer (the policy is Ask, or a file meets
    // a folder); answer with resolveConflicts() (or cancel()).
    void conflictsFound(const QList<fornax::TransferConflict> &conflicts);
    // A download's archive is packed: archiveBytes will leave the server. approve() or decline().
    void approvalNeeded(qint64 archiveBytes);
    // Once per run, in Finished, Failed or Cancelled.
    void finished();

protected:
    // The real server (HubBackend).
    TransferJob(Direction direction, HubClient *client, const QUrl &serverUrl, const QString &target,
                QObject *parent);
    // Through backend, which the job takes over.
    TransferJob(Direction direction, TransferBackend *backend, const QString &target, QObject *parent);

    using ScriptDone = std::function<void(const QByteArray &output)>;
    // Runs a RemoteScript on the server through the run's ServerCommands; a non-zero exit fails
    // the job with failureText and the script's last output line.
    void runScript(const QString &script, std::chrono::milliseconds timeout, const QString &failureText,
                   const ScriptDone &done);
    // Writes files into the job's remote folder (name -> content, any bytes, any size), never
    // through a command line.
    void writeJobFiles(const QMap<QString, QByteArray> &files, const std::function<void()> &done);
    using LocalTrees = QHash<int, QList<TreeEntry>>;
    // Lists local folders (item index -> path, its entries named below names[index]) off the
    // main thread, for folders that meet folders; then(trees) runs on the job's thread, unless
    // the job was started again or left Preparing meanwhile.
    void walkLocalTrees(const QHash<int, QString> &folders, const QStringList &names,
                        const std::function<void(const LocalTrees &)> &then);
    // Runs work on a thread of its own (reading or hashing local files never blocks the job's
    // thread), then then on the job's thread, unless the job was started again or ended
    // meanwhile. What work produces goes through what both capture (a shared_ptr).
    void offThread(const std::function<void()> &work, const std::function<void()> &then);
    // Reads a file of the job's remote folder, byte for byte.
    void readJobFile(const QString &name, const std::function<void(const QByteArray &)> &done);
    // The run's archive stream (ArchiveStream::Context: this run's id, the format, the archive's
    // name in the job folder, and the job's own way of running steps), a child of the job.
    ArchiveStream *newStream(const ArchiveFormat &format, const QString &archiveName, qint64 partSize = 0,
                             qint64 chunkSize = 0);
    // The run's stream for the direct way: files fetched as they are (ArchiveStream::DirectFile).
    ArchiveStream *newDirectStream(const QList<ArchiveStream::DirectFile> &files);
    // Records the run's way (methodChoice()) and says it in the log (--verbose).
    void chooseMethod(const TransferMethod::Facts &facts);
    // A failed stream, as the job's error.
    static Error errorFor(ArchiveStream::Failure failure);

    // Marks the start and end of one of this run's steps (StepTimings).
    void stepBegins(const QString &step);
    void stepEnds(const QString &step);

    void setState(State state);
    void setProgress(qint64 done, qint64 total);
    void fail(Error error, const QString &message);
    // The end of the happy path: removes the remote folder, then Finished.
    void succeed();
    // The last step removed the job's folder on the server itself (placement and clean-up in
    // one script): succeed() has nothing left to remove there.
    void remoteFolderRemoved() { m_remoteRemoved = true; }
    // Runs after the user answered the conflicts (or the policy did).
    virtual void conflictsResolved() = 0;
    virtual void approved() { }
    // Downloads: waits for approve() (or decline()) when approval is required, else goes on.
    void requestApproval(qint64 archiveBytes);

    // m_plan knows both sides: asks about what needs an answer (conflictsFound(), the job waits),
    // else settles every conflict and goes on to conflictsResolved().
    void planReady();
    // --verify and "skip identical": whether files of the same size and time have the same
    // contents. Calls done with the ids of those that differ.
    virtual void compareIdentical(const QList<TransferConflict> &candidates,
                                  const std::function<void(const QSet<int> &differing)> &done);

    // The direction-specific work: begin() starts a fresh run, stopWork() halts every worker
    // and transport at once (no signals may follow from them).
    virtual void begin() = 0;
    virtual void stopWork() = 0;

    QString titleFor(const QStringList &names) const;
    // Fails the job (and returns false) if two items would land on the same name.
    bool checkDistinctNames(const QStringList &names);
    // Fails the job (and returns false) for a server path that climbs out with "..", or that lies
    // in the transfers' own folder (RemoteScript::transfersFolder(), emptied by the app itself).
    bool checkRemotePath(const QString &remotePath);
    static QString sizeText(qint64 bytes);

    QString m_target;
    MergePlan m_plan;
    QList<TransferConflict> m_conflicts;
    QStringList m_placed;
    QStringList m_skipped;
    qint64 m_skippedFiles = 0;
    QMap<QString, QString> m_renamed;
    QMap<QString, QString> m_replaced;
    QStringList m_leftOut;
    ArchiveTotals m_totals;
    qint64 m_archiveSize = -1;
    std::optional<TransferMethod::Way> m_forcedMethod;
    TransferMethod::Choice m_methodChoice;

private:
    bool needsAnswer(const TransferConflict &conflict) const;
    void settlePlan(const QHash<int, ConflictPolicy> &answers);
    void finishRun(State state);
    void cleanUpRemote(const std::function<void()> &then);
    ServerCommands *commands();
    void dropShell();
    void backendReady();
    void backendUnavailable(ArchiveStream::Failure failure, const QString &message);
    // What a step's outcome means for the job; done runs when it succeeded (or while cleaning up).
    void stepEnded(const CommandOutcome &outcome, const QString &failureText, const ScriptDone &done);
    // A write or read of a job file that failed.
    void fileStepFailed(const CommandOutcome &outcome, const QString &failureText);
    bool checkReachable();

    Direction m_direction;
    TransferBackend *m_backend;
    HubBackend *m_hub = nullptr; // m_backend, when it is the real server
    QString m_id;
    State m_state = State::Queued;
    ConflictPolicy m_policy = ConflictPolicy::Ask;
    bool m_verifyChecksums = false;
    QDateTime m_serverStarted;
    bool m_requiresApproval = false;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = -1;
    TransferRate m_rate;
    Error m_error = Error::None;
    QString m_errorString;
    int m_attempt = 0;
    ServerCommands *m_commands = nullptr;
    int m_stepsRunning = 0; // steps given to m_commands that have not ended
    bool m_cleaningUp = false;
    bool m_awaitingApproval = false;
    bool m_touchedRemote = false; // this run ran a script: its folder may exist
    bool m_remoteRemoved = false;
    std::chrono::milliseconds m_heartbeat {0};
    bool m_connecting = false;
    std::shared_ptr<StepTimings> m_timings;
    bool m_ownTimings = true;
};

} // namespace fornax
