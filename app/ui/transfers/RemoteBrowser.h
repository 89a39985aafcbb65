#pragma once

#include "transfer/RemoteDirectory.h"

#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QHBoxLayout;
class QLabel;
class QMimeData;
class QStackedWidget;
class QTreeView;

namespace fornax {
class HubClient;
}

namespace fornax::ui {

class RemoteFileModel;

/**
 * The files on the user's Jupyter server, in a panel: one folder at a time (name, size,
 * modified; folders first; sortable), a path bar with Up and Home, New folder, Refresh,
 * Download… and Delete (after a confirmation that names the items), several items at once,
 * all of it by keyboard too.
 *
 * The browser moves no file itself. Local files dropped on it become uploadRequested() (onto a
 * folder row: into that folder; anywhere else: into the folder shown), Download… becomes
 * downloadRequested(); the transfer controller runs both through the queue. Items dragged out to
 * the desktop or a file manager are downloaded when the target asks for them, by the
 * DragDownloader the controller sets (see setDragDownloader()). While the server is stopped
 * (clear(), or a listing answered "not running") the browser says so instead of showing an
 * error; drops are still accepted, so the controller can queue them and offer to start the
 * server.
 */
class RemoteBrowser : public QWidget
{
    Q_OBJECT

public:
    // Called once when the download for a drag out ended: empty errorText means the items are
    // in the local folder; otherwise errorText says why not (failed, declined at the egress
    // check, cancelled).
    using DownloadDone = std::function<void(const QString &errorText)>;
    // The hook that downloads a drag's items: download remotePaths (relative to the server's
    // home) into localFolder, a fresh staging folder, each item under its own name (as
    // DownloadJob places them), then call done exactly once from the GUI thread. The
    // controller runs it as a DownloadJob in the TransferQueue with the egress check
    // (setRequiresApproval), so it shows in the transfer panel and may ask the user. Without a
    // downloader, items cannot be dragged out.
    using DragDownloader =
        std::function<void(const QStringList &remotePaths, const QString &localFolder, DownloadDone done)>;

    // serverUrl is the user's server, `<hub>user/<name>/`; with no client or an invalid URL the
    // browser starts in the "not running" state.
    explicit RemoteBrowser(HubClient *client = nullptr, const QUrl &serverUrl = {},
                           QWidget *parent = nullptr);
    ~RemoteBrowser() override;

    // The server is running at serverUrl: list the current folder there.
    void setServer(HubClient *client, const QUrl &serverUrl);
    // The server stopped: show "Your server is not running" and forget the listing. The current
    // folder is kept for when it runs again.
    void clear();
    bool hasServer() const;
    QUrl serverUrl() const { return m_serverUrl; }

    // Relative to the server's home folder; "" is the home folder.
    QString currentFolder() const { return m_folder; }
    void setCurrentFolder(const QString &folder);
    // Opens the folder that holds remotePath and selects the item once it is listed.
    void revealPath(const QString &remotePath);
    // The selected items' remote paths, in the order shown.
    QStringList selectedPaths() const;

    void setDragDownloader(DragDownloader downloader);
    DragDownloader dragDownloader() const { return m_dragDownloader; }

    QTreeView *view() const { return m_view; }
    RemoteFileModel *model() const { return m_model; }
    // The folder a drag hovering over the browser would drop into; nullopt when none hovers.
    std::optional<QString> dropTargetFolder() const { return m_dropTarget; }
    // The message shown above the list (errors and results); empty when none.
    QString message() const;
    bool isLoading() const;

public Q_SLOTS:
    void refresh();
    void goUp();
    void goHome();
    // Asks for a name, then creates the folder in the current folder.
    void createFolder();
    // Asks for a local folder (starting at the last one chosen), then downloadRequested().
    void downloadSelected();
    // Asks for confirmation naming the items, then deletes them on the server.
    void deleteSelected();

Q_SIGNALS:
    void currentFolderChanged(const QString &folder);
    // Local files and folders were dropped on the browser: upload them into remoteFolder.
    void uploadRequested(const QStringList &localPaths, const QString &remoteFolder);
    // The user chose Download… for these items and this local folder.
    void downloadRequested(const QStringList &remotePaths, const QString &localFolder);
    // The "Start server" button of the "not running" state.
    void startServerRequested();
    // A listing of folder arrived and is shown.
    void folderListed(const QString &folder);
    // Items were deleted, or a folder created: the server's side changed.
    void itemsRemoved(const QStringList &remotePaths);
    void folderCreated(const QString &remotePath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void rebuildPathBar();
    void updateActions();
    void showMessage(const QString &text, bool isError);
    void setStatus(const QString &text);
    void showNotRunning();
    void listed(const QString &folder, const QList<fornax::RemoteEntry> &entries);
    void failed(fornax::RemoteDirectory::Operation operation, const QString &path,
                fornax::RemoteDirectory::Error error, const QString &message);
    void removed(const QStringList &paths);
    void created(const QString &path);
    void activated(const QModelIndex &index);
    void selectPaths(const QStringList &paths);
    QMimeData *createDragData(const QStringList &remotePaths);
    QString uniqueFolderName() const;

    // Drops: from the view's viewport (folder rows) or anywhere else (the folder shown).
    static QStringList localPathsOf(const QMimeData *data);
    bool handleDragMove(QDropEvent *event, const QPoint &viewportPos, bool overView);
    void handleDrop(QDropEvent *event, const QPoint &viewportPos, bool overView);
    void setDropTarget(std::optional<QString> folder, int row);

    QPointer<HubClient> m_client;
    QUrl m_serverUrl;
    QPointer<RemoteDirectory> m_directory;
    bool m_running = false; // the last answer came from the server itself, not the hub
    QString m_folder;
    QStringList m_selectAfterListing;
    QStringList m_removeErrors; // of the removal under way
    bool m_listingFailed = false; // the message shown is the last listing's error
    DragDownloader m_dragDownloader;
    std::optional<QString> m_dropTarget;
    QString m_statusText;

    RemoteFileModel *m_model;
    QTreeView *m_view;
    QStackedWidget *m_pages;
    QWidget *m_pathBar;
    QHBoxLayout *m_pathLayout;
    QLabel *m_message;
    QLabel *m_status;
    QLabel *m_notRunning;
    QWidget *m_notRunningPage;
    QAction *m_upAction;
    QAction *m_homeAction;
    QAction *m_refreshAction;
    QAction *m_newFolderAction;
    QAction *m_downloadAction;
    QAction *m_deleteAction;
};

} // namespace fornax::ui
