#pragma once

#include "account/CredentialStore.h"
#include "archive/ArchiveTotals.h"
#include "ssh/SshConfig.h"
#include "ssh/SshSession.h"
#include "transfer/MergePlan.h"
#include "transfer/TransferConflict.h"
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

namespace fornax {

class HubClient;
class RemoteShell;
class SshShell;

/**
 * One upload or download between this computer and the user's Jupyter server: the state a
 * transfer panel, the tray and the command line show, and the steps every transfer shares.
 *
 * A job finds every conflict before a byte moves and settles it by its policy (or asks through
 * conflictsFound() and waits for resolveConflicts()). A folder onto a folder is never a conflict:
 * the two merge file by file (MergePlan), and what exists only on the destination side stays. A
 * file against a folder is always asked about (scripts keep both). It refuses up front what would not fit,
 * moves one compressed archive, verifies counts and bytes (and checksums on request) before
 * anything is placed, and leaves nothing behind: the server's part lives in one folder of the home
 * hidden from the file browser, removed after success, failure and cancel. The server-side steps are shell
 * scripts (RemoteScript) run through a terminal (RemoteShell), because the server offers no
 * other API for them. UploadJob and DownloadJob hold the direction-specific steps; this class
 * holds the state machine, progress, rate, the shell and the clean-up. A failed or cancelled
 * job can be started again (retry); it then begins from scratch under a new id.
 *
 * Over SSH: when the hub has SSH access configured (setSshConfig(), or setSshSession()), each
 * run first signs in over SSH. If that works, the whole run goes over it: the scripts run on exec
 * channels (SshShell) and the archive is streamed straight into or out of the server's `tar`
 * (SshTransport), with no archive stored on either side; conflicts, progress, verification,
 * approval and clean-up stay the same. If it does not (no answer, refused, a sign-in or host-key
 * problem), the run logs why (lcTransfer), keeps the reason in sshFallbackReason() and uses the
 * contents API and a terminal; without a HubClient to fall back on it fails with the SSH error.
 * A host key nobody has accepted yet is not asked about here (the job has nobody to ask): accept
 * it once in the hub's SSH settings.
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

    QString id() const { return m_id; }
    Direction direction() const { return m_direction; }
    State state() const { return m_state; }
    bool isActive() const;
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

    // SSH access to the hub's server, e.g. SshConfig::load(settings, hubId); an invalid config
    // (the default) means none. Before start().
    void setSshConfig(const SshConfig &config);
    SshConfig sshConfig() const { return m_sshConfig; }
    // Where the job's own SSH session reads a password or key passphrase (the keychain entry
    // SshConfig::keychainKey()); without it, only the agent or an unprotected key can sign in.
    void setCredentialStore(CredentialStore *store);
    // A session to use instead of one of the job's own (the app's, already signed in, or a
    // test's with its own known-hosts files). Not owned; it must outlive the job. Its config is
    // what counts; setSshConfig() is then not needed.
    void setSshSession(SshSession *session);
    // How long the job's own session may take to connect and sign in before the job falls
    // back (default 10 s).
    void setSshConnectTimeout(std::chrono::milliseconds timeout) { m_sshTimeout = timeout; }
    // Whether this run goes over SSH (known once it is past connecting), and if SSH was
    // configured but not used, why (SshError::message()); empty otherwise.
    bool usesSsh() const { return m_ssh; }
    QString sshFallbackReason() const { return m_sshFallbackReason; }

    // How often the job's terminal says it is in use while a step runs there (RemoteShell::
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
    // For a download: the archive's size on the wire (what egress bills); -1 before it is known.
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
    TransferJob(Direction direction, HubClient *client, const QUrl &serverUrl, const QString &target,
                QObject *parent);

    using ScriptDone = std::function<void(const QByteArray &output)>;
    // Runs a RemoteScript on the server (over SSH when the run uses it); a non-zero exit fails
    // the job with failureText and the script's last output line.
    void runScript(const QString &script, std::chrono::milliseconds timeout, const QString &failureText,
                   const ScriptDone &done);
    // Writes files into the job's remote folder (name -> content, any bytes, any size): through
    // the contents API, or over SSH on a channel's standard input. Never through a command line.
    void writeJobFiles(const QMap<QString, QByteArray> &files, const std::function<void()> &done);
    using LocalTrees = QHash<int, QList<TreeEntry>>;
    // Lists local folders (item index -> path, its entries named below names[index]) off the
    // main thread, for folders that meet folders; then(trees) runs on the job's thread, unless
    // the job was started again or left Preparing meanwhile.
    void walkLocalTrees(const QHash<int, QString> &folders, const QStringList &names,
                        const std::function<void(const LocalTrees &)> &then);
    // Reads a file of the job's remote folder, byte for byte.
    void readJobFile(const QString &name, const std::function<void(const QByteArray &)> &done);
    // Writes a small file in the job's remote folder through the contents API.
    void putRemoteFile(const QString &name, const QByteArray &content, const std::function<void()> &done);
    // The signed-in session while the run uses SSH, else null.
    SshSession *sshSession() const;
    // A failed SSH stream, as the job's error: Cancelled, Server (the remote command failed) or
    // Network.
    static Error errorForSsh(const SshError &error);

    void setState(State state);
    void setProgress(qint64 done, qint64 total);
    void fail(Error error, const QString &message);
    // The end of the happy path: removes the remote folder, then Finished.
    void succeed();
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

    HubClient *client() const;
    QUrl serverUrl() const { return m_serverUrl; }
    QString titleFor(const QStringList &names) const;
    // Fails the job (and returns false) if two items would land on the same name.
    bool checkDistinctNames(const QStringList &names);
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

private:
    bool needsAnswer(const TransferConflict &conflict) const;
    void settlePlan(const QHash<int, ConflictPolicy> &answers);
    void finishRun(State state);
    void cleanUpRemote(const std::function<void()> &then);
    RemoteShell *shell();
    SshShell *sshShell();
    void dropShell();
    // Signs in over SSH, then begin()s over SSH or, failing that, over the contents API.
    void connectSsh();
    void sshAnswered(bool ok, const SshError &error);
    void stopConnectingSsh();
    void onCommandFinished(int exitCode, const QByteArray &output);
    void onCommandFailed(const QString &reason);

    struct Pending
    {
        QString failureText;
        ScriptDone done;
    };

    Direction m_direction;
    QPointer<HubClient> m_client;
    QUrl m_serverUrl;
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
    RemoteShell *m_shell = nullptr;
    SshShell *m_sshShell = nullptr;
    QList<Pending> m_pending;
    bool m_cleaningUp = false;
    bool m_awaitingApproval = false;
    bool m_touchedRemote = false; // this run ran a script: its folder may exist

    SshConfig m_sshConfig;
    QPointer<CredentialStore> m_store;
    QPointer<SshSession> m_sharedSession;
    SshSession *m_ownSession = nullptr;
    std::chrono::milliseconds m_sshTimeout {10'000};
    std::chrono::milliseconds m_heartbeat {0};
    QObject *m_sshWait = nullptr; // connections while signing in
    bool m_ssh = false;
    QString m_sshFallbackReason;
};

} // namespace fornax
