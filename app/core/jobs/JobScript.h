#pragma once

#include "jobs/JobRequest.h"
#include "jobs/JobStatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fornax {

/**
 * The POSIX `sh` scripts that run, list, read and cancel jobs on the user's server, and the
 * readers of what they print. They run through ServerCommands (a Jupyter terminal), like the
 * transfer engine's RemoteScript, whose quoting and guarantees they share: no length limits,
 * names byte for byte, `sh` rather than the user's shell.
 *
 * Everything of a job lives in `fornax-jobs~/<id>/` under the home folder (hidden from
 * JupyterLab's file browser by the contents manager's default hide_globs, as the transfer
 * folders are, while the contents API and /files still reach it): `status` (key=value lines,
 * JobStatus), `manifest` (the inputs), `log` (the job's stdout and stderr), `run.sh` (the
 * wrapper), `<id>/` (workFolder(): the inputs, the executed notebook and whatever the job writes). Nothing
 * about a job exists only in the app: the folders are the truth, so a job started by one run
 * of the app (or the command line) is seen by every later one.
 *
 * The wrapper runs in a session of its own (`setsid`), so it outlives the terminal that started
 * it and the app; every process of the job carries FORNAX_JOB=<id> in its environment (kernels
 * start in sessions of their own, so a process group alone does not find them), which is how
 * cancel() and the wrapper's own end find what is left. Parameters, kernel and limits travel
 * in files of the job folder, never on a command line another user could read in `ps`.
 */
class JobScript
{
public:
    // The hidden folder of all jobs, relative to the home folder.
    static QString jobsFolder();
    static QString jobFolder(const QString &jobId);
    // Where the job runs: its inputs, the executed notebook and what the job writes. Named after
    // the job, so that a download of it (`job fetch`) lands as a folder of that name.
    static QString workFolder(const QString &jobId);
    // A new id: UTC date and time and 4 random hex digits, e.g. "20261207-215501-3fa2". Sorts
    // by submission time; only [0-9a-z-].
    static QString newId(const QDateTime &now = QDateTime::currentDateTimeUtc());
    static bool isValidId(const QString &id);

    // prepare() then start() in one script, for a job that needs nothing in between.
    static QString submit(const JobRequest &request);
    // Creates the job's folder (0700), writes the file to run, the spec, the manifest and a
    // status "starting", and checks that the server can run it (setsid, nbconvert, papermill).
    // Nothing runs yet; from now on a stop-when-done of another job waits for this one (for
    // StartingSeconds after its status was last written or refreshed by keepStarting()).
    // Prints "P prepared". Exit codes: see SubmitExit; on failure nothing is left.
    static QString prepare(const JobRequest &request);
    // Starts a prepared job: writes the stop token (0600) and the status, makes the inputs
    // private (0700/0600), starts the wrapper detached and waits (up to ten seconds) until it
    // runs. Prints "S <state>". Exit 8: no prepared job of that id.
    static QString start(const JobRequest &request);
    // Refreshes a prepared job's status while its inputs upload (exit 8: not prepared).
    static QString keepStarting(const QString &jobId);
    // Removes a prepared job that never started (exit 8: none, or it runs).
    static QString discard(const QString &jobId);
    // How long a prepared job counts as running without being refreshed.
    static constexpr int StartingSeconds = 120;
    enum SubmitExit {
        NoSetsid = 21, // the server has no setsid
        NoNbconvert = 22, // no Python there can import nbconvert
        NoPapermill = 23, // --param given, papermill missing
        MissingInput = 24, // the file to run is not in the job's work folder
        Exists = 25, // a job of that id exists already
    };

    // Prints every job's status (newest first) as "@ <id>" followed by its status in base64 on
    // one line. Jobs whose status says running but whose wrapper is gone, or that ran on a server
    // other than the one started at serverStarted (epoch seconds, 0 = unknown), are marked
    // "server-stopped" first (and anything of them still running is ended).
    static QString list(qint64 serverStarted);
    struct Listed
    {
        QList<JobStatus> jobs;
        bool ok = false;
    };
    static Listed parseList(const QByteArray &output);

    // The log from byte offset (at most maxBytes; offset < 0: its last -offset bytes), as "L <size of the
    // whole log>", "T <state>" and "D <base64 of the bytes>". Exit 8: no such job.
    static QString readLog(const QString &jobId, qint64 offset, qint64 maxBytes);
    struct LogChunk
    {
        qint64 total = 0;
        QByteArray bytes;
        QString state;
        bool ok = false;
    };
    static LogChunk parseLog(const QByteArray &output);

    // Ends every process of the job (TERM to its process group, then, through the wrapper or
    // itself, KILL to everything carrying its id, in its sessions or descending from those;
    // never another process) and marks it cancelled; prints "K <state>" (the state it ended in). Exit 8: no
    // such job.
    static QString cancel(const QString &jobId);

    // The wrapper that runs the job (run.sh) and the notebook driver it uses (run-notebook.py).
    static QString wrapper();
    static QString notebookDriver();
    // The wrapper's end: others_active, the end lock, settle (the stop handed over to the last
    // job out), stop_with (the hub call), end_keepalive.
    static QString endLibrary();
    // The lines of the `spec` file the wrapper reads.
    static QString spec(const JobRequest &request);

    // Exit code of every job script whose job folder is missing.
    static constexpr int NoSuchJob = 8;
};

} // namespace fornax
