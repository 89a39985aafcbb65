#pragma once

#include "jobs/JobRequest.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>

class QDockWidget;
class QWidget;

namespace fornax {
class JobClient;
class JobList;
class JobReader;
class KeepAlive;
class NotificationCenter;
class TransferBackend;
} // namespace fornax

namespace fornax::ui {

class HubContext;
class JobsPanel;
class TransferController;

/**
 * The window's jobs (issue 21): keeps the list of the jobs on the user's server (JobList,
 * read through the contents API by a JobReader, never through a terminal, so watching jobs
 * never keeps an idle server alive) and carries out what the Jobs panel and the remote
 * browser ask:
 *
 * - run a notebook or script — one on the server (its bytes are read and sent with the job) or
 *   one from this computer — after RunJobDialog (kernel from the server's api/kernelspecs,
 *   "stop the server when done" with a token minted for that only, the time limit);
 * - open the output (the executed notebook, else the job's folder) in the embedded JupyterLab;
 * - download the outputs through the transfer queue and its egress check;
 * - cancel, after a confirmation.
 *
 * Submitting and cancelling are the user's own acts and go through a terminal (JobClient),
 * released as soon as the act is done. While a job it started runs, the server is kept alive
 * through KeepAlive (the server's own keep-alive where present), released when the job ends.
 * When a job ends it notifies (NotificationCenter::notifyJobEnded) and runningChanged() tells
 * the tray and the home page.
 */
class JobsController : public QObject
{
    Q_OBJECT

public:
    using LabOpener = std::function<void(const QString &remotePath, bool isFolder)>;
    using KeepAliveSource = std::function<fornax::KeepAlive *()>;

    JobsController(const HubContext &hub, TransferController *transfers, QWidget *window,
                   QObject *parent = nullptr);
    ~JobsController() override;

    fornax::JobList *jobs() const { return m_jobs; }
    JobsPanel *panel() const { return m_panel; }
    void setDock(QDockWidget *dock);
    void setNotifications(fornax::NotificationCenter *notifications);
    void setLabOpener(LabOpener opener) { m_openLab = std::move(opener); }
    void setKeepAliveSource(KeepAliveSource source) { m_keepAlive = std::move(source); }

    // The server runs at serverUrl: read its jobs (now, and while one runs).
    void serverRunning(const QUrl &serverUrl);
    // The server stopped or nobody is signed in: nothing can be read or run.
    void serverStopped();

    // "Run as job…" on a file of the server (relative to the home folder).
    void runRemote(const QString &remotePath);
    // Run… (asks for a file) and a local file dropped on it.
    void chooseLocalFile();
    void runLocal(const QString &localPath);
    void openOutput(const QString &jobId);
    void downloadOutputs(const QString &jobId);
    void cancel(const QString &jobId);
    // "3 jobs running"; empty when none runs.
    QString runningSummary() const;

Q_SIGNALS:
    // The number of running jobs changed (the tray's tooltip, the home page).
    void runningChanged();
    // A job was submitted (the tests wait for it): its id.
    void submitted(const QString &jobId);
    // A run could not start, or a cancel failed: the sentence shown in the panel.
    void failed(const QString &message);

private:
    // Asks how to run fileName (content: its bytes), then submits.
    void askAndRun(const QString &fileName, const QByteArray &content);
    void submit(fornax::JobRequest request);
    void send(const fornax::JobRequest &request);
    void fail(const QString &message);
    void jobEnded(const QString &jobId, const QString &stateName);
    void showPanel();
    // After the server stopped: which running stop-when-done jobs stopped it (their tokens).
    void checkStopTokens();
    // The stop tokens of ended jobs are revoked on the hub (SECURITY.md): once per token a run.
    void revokeEndedTokens();
    // A job submitted here that ended before the list ever saw it run ends here too.
    void catchQuickEnds();
    // A terminal for one act (submit, cancel), released when the act is done.
    fornax::JobClient *newClient();
    void releaseClient(fornax::JobClient *client);
    qint64 serverStarted() const;
    QString userName() const;

    const HubContext &m_hub;
    QPointer<TransferController> m_transfers;
    QPointer<QWidget> m_window;
    fornax::JobList *m_jobs;
    QPointer<JobsPanel> m_panel;
    QPointer<QDockWidget> m_dock;
    QPointer<fornax::JobReader> m_reader;
    QPointer<fornax::NotificationCenter> m_notifications;
    LabOpener m_openLab;
    KeepAliveSource m_keepAlive;
    QUrl m_serverUrl;
    QSet<QString> m_cancelled; // by the user here: their end needs no notification
    QSet<QString> m_revoked; // stop token ids asked to be revoked in this run
    QSet<QString> m_started; // submitted here and not yet seen ending
    bool m_busy = false; // a run is being prepared (one at a time)
};

} // namespace fornax::ui
