#pragma once

#include "transfer/TransferJob.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <QStringList>
#include <QUrl>
#include <chrono>

#include <functional>

class QMessageBox;

namespace fornax {
class ServerStatus;
class TransferQueue;
} // namespace fornax

namespace fornax::ui {

class ConflictsDialog;
class TransferHost;

/**
 * The app's uploads and downloads: makes the jobs for the signed-in user's server, keeps them
 * in one queue (which the transfer panel, the tray and the notifications show), and answers
 * what a job asks on the way — the conflicts dialog, the egress check before a download.
 *
 * A transfer asked for while the server is stopped is not refused: it waits in the held queue,
 * the user is asked whether to start the server (through the app's own start flow, with its
 * size confirmations), and the queue is released once the server is ready. Declining, or a
 * start that fails, cancels the waiting jobs with a state that says why.
 */
class TransferController : public QObject
{
    Q_OBJECT

public:
    // host: what the controller asks of the app around it (GuiApplication); outlives it.
    explicit TransferController(TransferHost *host, QObject *parent = nullptr);
    ~TransferController() override;

    TransferQueue *queue() const { return m_queue; }

    // Uploads local files and folders into remoteFolder ("" is the home folder). Returns the
    // queued job, or nullptr (with a notice in the window) when nobody is signed in.
    TransferJob *upload(const QStringList &localPaths, const QString &remoteFolder);
    // Downloads remote paths (relative to the home folder) into localFolder, after the egress
    // check. Returns the queued job, or nullptr when nobody is signed in.
    TransferJob *download(const QStringList &remotePaths, const QString &localFolder);
    // A download whose end someone waits for (items dragged out of the remote browser): done
    // is called once, from the event loop, with "" when the items arrived, else the reason.
    void download(const QStringList &remotePaths, const QString &localFolder,
                  const std::function<void(const QString &errorText)> &done);

    void retry(TransferJob *job);
    void cancel(TransferJob *job);
    void cancelAll();
    void clearFinished();

    // The job waits in the held queue for the server to start.
    bool isWaitingForServer(const TransferJob *job) const;
    // The state as a row shows it ("Uploading", "Failed: …", "Waiting for your server to start").
    QString stateText(const TransferJob *job) const;
    // The folder on this computer the job reads from or writes to.
    static QString localFolder(const TransferJob *job);
    // The folder on the server the job writes to or reads from ("" is the home folder).
    static QString remoteFolder(const TransferJob *job);

Q_SIGNALS:
    // A transfer failed while the window was not active: the app tells the desktop.
    void notificationRequested(const QString &title, const QString &body);
    // A transfer finished while the window was not active, `took` after it was asked for (or
    // retried): NotificationCenter::notifyTransferDone() says it when that was long.
    void transferDone(const QString &transferId, const QString &title, const QString &body,
                      std::chrono::milliseconds took);
    // An upload placed its items in remoteFolder (a file browser showing it should refresh).
    void uploadFinished(const QString &remoteFolder);
    void conflictsDialogOpened(fornax::ui::ConflictsDialog *dialog);

private:
    TransferJob *createJob(TransferJob::Direction direction, const QUrl &serverUrl, const QStringList &items,
                           const QString &target);
    TransferJob *enqueue(TransferJob::Direction direction, const QStringList &items, const QString &target);
    void wire(TransferJob *job);
    void showConflicts(TransferJob *job);
    void approveDownload(TransferJob *job, qint64 archiveBytes);
    void runEnded(TransferJob *job);
    void jobFinished(TransferJob *job);
    void forget(TransferJob *job);
    void updateSummary();

    // The server-start flow for the jobs in m_waiting.
    void waitForServer();
    void serverStatusChanged(const ServerStatus &status);
    void askToStart();
    void releaseWaiting(const QUrl &serverUrl);
    void cancelWaiting(const QString &reason);
    void stopWatching();

    struct Request
    {
        TransferJob::Direction direction;
        QStringList items;
        QString target;
        QUrl serverUrl;
    };

    TransferHost *m_host;
    TransferQueue *m_queue;
    QHash<const TransferJob *, Request> m_requests;
    QHash<const TransferJob *, QElapsedTimer> m_asked; // since the user asked for each run
    QHash<const TransferJob *, QString> m_notes; // why a job ended, when the job's own text is not enough
    QSet<const TransferJob *> m_waiting;
    QSet<const TransferJob *> m_approved; // downloads approved in their current run
    QPointer<QObject> m_serverWatch;
    QPointer<QMessageBox> m_question;
    bool m_startRequested = false;
};

} // namespace fornax::ui
