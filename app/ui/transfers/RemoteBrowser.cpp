#include "RemoteBrowser.h"

#include "PlainText.h"

#include "Logging.h"
#include "RemoteFileModel.h"
#include "RemoteMimeData.h"
#include "Settings.h"
#include "hub/HubClient.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace fornax::ui {

namespace {

// Names listed by name in the delete confirmation; more are counted.
constexpr int MaxNamedItems = 8;

QString nameOf(const QString &path)
{
    return path.section(QLatin1Char('/'), -1);
}

} // namespace

RemoteBrowser::RemoteBrowser(HubClient *client, const QUrl &serverUrl, QWidget *parent)
    : QWidget(parent)
    , m_model(new RemoteFileModel(this))
    , m_view(new QTreeView(this))
    , m_pages(new QStackedWidget(this))
    , m_pathBar(new QWidget(this))
    , m_pathLayout(new QHBoxLayout(m_pathBar))
    , m_message(new QLabel(this))
    , m_status(new QLabel(this))
    , m_notRunning(new QLabel(this))
    , m_notRunningPage(new QWidget(this))
{
    setObjectName(QStringLiteral("remoteBrowser"));
    setAccessibleName(tr("Files on your server"));
    setAcceptDrops(true);
    RemoteMimeData::removeOldStagingFolders();

    createActions();
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("remoteBrowserToolBar"));
    toolBar->setAccessibleName(tr("File actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_upAction);
    toolBar->addAction(m_homeAction);
    toolBar->addAction(m_refreshAction);
    toolBar->addSeparator();
    toolBar->addAction(m_newFolderAction);
    toolBar->addAction(m_downloadAction);
    toolBar->addAction(m_deleteAction);

    m_pathBar->setObjectName(QStringLiteral("pathBar"));
    m_pathBar->setAccessibleName(tr("Location on your server"));
    m_pathLayout->setContentsMargins(0, 0, 0, 0);
    m_pathLayout->setSpacing(0);

    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    PlainText::apply({m_message, m_status}); // folder names come from the server
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();

    m_model->setMimeDataFactory({});
    m_view->setObjectName(QStringLiteral("remoteFileView"));
    m_view->setAccessibleName(tr("Files on your server"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RemoteFileModel::NameColumn, Qt::AscendingOrder);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setDragEnabled(false);
    m_view->viewport()->setAcceptDrops(true);
    // Drops are decided here (folder rows vs. the folder shown), not by the view's own handling.
    m_view->viewport()->installEventFilter(this);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(RemoteFileModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(RemoteFileModel::SizeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(RemoteFileModel::ModifiedColumn, QHeaderView::ResizeToContents);
    connect(m_view, &QAbstractItemView::activated, this, &RemoteBrowser::activated);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RemoteBrowser::updateActions);
    // Context menu: the same actions as the tool bar.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_downloadAction, m_deleteAction, m_newFolderAction, m_refreshAction});

    m_notRunningPage->setObjectName(QStringLiteral("notRunningPage"));
    m_notRunning->setObjectName(QStringLiteral("notRunningLabel"));
    m_notRunning->setText(tr("Your server is not running. Start it to see your files; files you drop "
                             "here are uploaded once it runs."));
    m_notRunning->setWordWrap(true);
    m_notRunning->setAlignment(Qt::AlignCenter);
    auto *startButton = new QPushButton(tr("Start server"), m_notRunningPage);
    startButton->setObjectName(QStringLiteral("startServerButton"));
    connect(startButton, &QPushButton::clicked, this, &RemoteBrowser::startServerRequested);
    auto *notRunningLayout = new QVBoxLayout(m_notRunningPage);
    notRunningLayout->addStretch();
    notRunningLayout->addWidget(m_notRunning);
    notRunningLayout->addWidget(startButton, 0, Qt::AlignHCenter);
    notRunningLayout->addStretch();

    m_pages->addWidget(m_view);
    m_pages->addWidget(m_notRunningPage);

    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Status"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_pathBar);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_view);

    rebuildPathBar();
    if (client && serverUrl.isValid())
        setServer(client, serverUrl);
    else
        clear();
}

RemoteBrowser::~RemoteBrowser() = default;

void RemoteBrowser::createActions()
{
    auto make = [this](const QString &name, QStyle::StandardPixmap icon, const QString &text,
                       const QKeySequence &shortcut, void (RemoteBrowser::*slot)()) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        // Active while focus is anywhere in the browser, not elsewhere in the window.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!shortcut.isEmpty())
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_upAction = make(QStringLiteral("upAction"), QStyle::SP_FileDialogToParent, tr("Up"),
                      QKeySequence(Qt::ALT | Qt::Key_Up), &RemoteBrowser::goUp);
    // Backspace goes up too, as in most file managers.
    m_upAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::Key_Backspace)});
    m_homeAction = make(QStringLiteral("homeAction"), QStyle::SP_DirHomeIcon, tr("Home"),
                        QKeySequence(Qt::ALT | Qt::Key_Home), &RemoteBrowser::goHome);
    m_refreshAction = make(QStringLiteral("refreshAction"), QStyle::SP_BrowserReload, tr("Refresh"),
                           QKeySequence(QKeySequence::Refresh), &RemoteBrowser::refresh);
    m_newFolderAction =
        make(QStringLiteral("newFolderAction"), QStyle::SP_FileDialogNewFolder, tr("New folder…"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &RemoteBrowser::createFolder);
    m_downloadAction = make(QStringLiteral("downloadAction"), QStyle::SP_ArrowDown, tr("Download…"),
                            QKeySequence(Qt::CTRL | Qt::Key_D), &RemoteBrowser::downloadSelected);
    m_deleteAction = make(QStringLiteral("deleteAction"), QStyle::SP_TrashIcon, tr("Delete…"),
                          QKeySequence(QKeySequence::Delete), &RemoteBrowser::deleteSelected);
}

bool RemoteBrowser::hasServer() const
{
    return m_directory != nullptr;
}

void RemoteBrowser::setServer(HubClient *client, const QUrl &serverUrl)
{
    if (!client || !serverUrl.isValid()) {
        clear();
        return;
    }
    if (m_directory && client == m_client && serverUrl == m_serverUrl) {
        refresh();
        return;
    }
    delete m_directory;
    m_client = client;
    m_serverUrl = serverUrl;
    m_directory = new RemoteDirectory(client, serverUrl, this);
    m_running = true;
    connect(m_directory, &RemoteDirectory::listed, this, &RemoteBrowser::listed);
    connect(m_directory, &RemoteDirectory::failed, this, &RemoteBrowser::failed);
    connect(m_directory, &RemoteDirectory::removed, this, &RemoteBrowser::removed);
    connect(m_directory, &RemoteDirectory::folderCreated, this, &RemoteBrowser::created);
    m_pages->setCurrentWidget(m_view);
    showMessage({}, false);
    refresh();
}

void RemoteBrowser::clear()
{
    delete m_directory;
    m_client = nullptr;
    m_serverUrl = QUrl();
    showNotRunning();
}

void RemoteBrowser::showNotRunning()
{
    m_running = false;
    m_model->clear();
    m_pages->setCurrentWidget(m_notRunningPage);
    showMessage({}, false);
    setStatus({});
    updateActions();
}

void RemoteBrowser::setCurrentFolder(const QString &folder)
{
    const QString normalized = RemoteDirectory::normalizedPath(folder);
    if (normalized != m_folder) {
        m_folder = normalized;
        showMessage({}, false); // results and errors belong to the folder left
        m_listingFailed = false;
        rebuildPathBar();
        Q_EMIT currentFolderChanged(m_folder);
    }
    refresh();
}

void RemoteBrowser::revealPath(const QString &remotePath)
{
    const QString path = RemoteDirectory::normalizedPath(remotePath);
    m_selectAfterListing = {path};
    setCurrentFolder(RemoteDirectory::parentPath(path));
}

void RemoteBrowser::refresh()
{
    if (!m_directory) {
        updateActions();
        return;
    }
    if (m_selectAfterListing.isEmpty() && m_model->folder() == m_folder)
        m_selectAfterListing = selectedPaths(); // a refresh keeps the selection
    setStatus(tr("Loading…"));
    m_directory->list(m_folder);
    updateActions();
}

void RemoteBrowser::goUp()
{
    if (m_folder.isEmpty())
        return;
    // Back in the parent, the folder just left is selected: Up then Enter returns to it.
    m_selectAfterListing = {m_folder};
    setCurrentFolder(RemoteDirectory::parentPath(m_folder));
}

void RemoteBrowser::goHome()
{
    setCurrentFolder(QString());
}

void RemoteBrowser::activated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const RemoteEntry entry = m_model->entry(index.row());
    if (entry.isFolder)
        setCurrentFolder(entry.path);
}

void RemoteBrowser::listed(const QString &folder, const QList<RemoteEntry> &entries)
{
    if (folder != m_folder)
        return; // an answer for a folder left since
    const QStringList select = m_selectAfterListing;
    m_selectAfterListing.clear();
    m_running = true;
    m_model->setEntries(folder, entries);
    m_pages->setCurrentWidget(m_view);
    // A listing that works again ends the listing's own error; other messages stay.
    if (m_listingFailed)
        showMessage({}, false);
    m_listingFailed = false;
    qsizetype folders = 0;
    for (const RemoteEntry &entry : entries)
        folders += entry.isFolder ? 1 : 0;
    const qsizetype files = entries.size() - folders;
    if (entries.isEmpty())
        setStatus(tr("This folder is empty. Drop files here to upload them."));
    else
        setStatus(tr("%n folder(s)", nullptr, int(folders)) + QStringLiteral(", ")
                  + tr("%n file(s)", nullptr, int(files)));
    selectPaths(select);
    updateActions();
    Q_EMIT folderListed(folder);
}

void RemoteBrowser::selectPaths(const QStringList &paths)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &path : paths) {
        const int row = m_model->rowOf(path);
        if (row < 0)
            continue;
        const QModelIndex index = m_model->index(row, 0);
        if (!first.isValid())
            first = index;
        selection.select(index, m_model->index(row, RemoteFileModel::ColumnCount - 1));
    }
    if (!first.isValid()) {
        if (m_model->rowCount() > 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::NoUpdate);
        return;
    }
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(first);
}

void RemoteBrowser::failed(RemoteDirectory::Operation operation, const QString &path,
                           RemoteDirectory::Error error, const QString &message)
{
    qCInfo(lcUi) << "remote browser:" << operation << path << error;
    if (error == RemoteDirectory::Error::ServerNotRunning) {
        // Not an error the user made: the server stopped (culled, or from elsewhere).
        showNotRunning();
        return;
    }
    if (operation == RemoteDirectory::Operation::List) {
        if (path != m_folder)
            return;
        m_model->setEntries(path, {});
        setStatus({});
        showMessage(message, true);
        m_listingFailed = true;
        updateActions();
        return;
    }
    if (operation == RemoteDirectory::Operation::Remove) {
        // Every item that could not be deleted is named, after the whole removal ended.
        m_removeErrors.append(message);
        return;
    }
    showMessage(message, true);
    updateActions();
}

void RemoteBrowser::removed(const QStringList &paths)
{
    QStringList lines = m_removeErrors;
    m_removeErrors.clear();
    if (!paths.isEmpty()) {
        lines.append(paths.size() == 1 ? tr("Deleted “%1”.").arg(nameOf(paths.first()))
                                       : tr("Deleted %n item(s).", nullptr, int(paths.size())));
    }
    showMessage(lines.join(QLatin1Char('\n')), lines.size() > (paths.isEmpty() ? 0 : 1));
    if (!paths.isEmpty())
        Q_EMIT itemsRemoved(paths);
    refresh();
}

void RemoteBrowser::created(const QString &path)
{
    showMessage(tr("Created the folder “%1”.").arg(nameOf(path)), false);
    if (RemoteDirectory::parentPath(path) == m_folder)
        m_selectAfterListing = {path};
    Q_EMIT folderCreated(path);
    refresh();
}

void RemoteBrowser::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setProperty("isError", isError && !text.isEmpty());
    m_message->setAccessibleName(isError ? tr("Error") : tr("Message"));
    m_message->setForegroundRole(isError ? QPalette::BrightText : QPalette::WindowText);
    m_message->setAutoFillBackground(isError);
    if (isError) {
        QPalette palette = m_message->palette();
        palette.setColor(QPalette::Window, QColor(0xc0, 0x39, 0x2b));
        palette.setColor(QPalette::BrightText, Qt::white);
        m_message->setPalette(palette);
    }
    m_message->setVisible(!text.isEmpty());
}

QString RemoteBrowser::message() const
{
    return m_message->text();
}

bool RemoteBrowser::isLoading() const
{
    return m_directory && m_directory->isListing();
}

QStringList RemoteBrowser::selectedPaths() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList paths;
    for (const int row : std::as_const(rows))
        paths.append(m_model->entry(row).path);
    return paths;
}

void RemoteBrowser::updateActions()
{
    const bool running = m_directory != nullptr && m_running;
    const bool selected = running && m_view->selectionModel()->hasSelection();
    m_upAction->setEnabled(running && !m_folder.isEmpty());
    m_homeAction->setEnabled(running && !m_folder.isEmpty());
    // Refresh also asks again whether a stopped server runs now.
    m_refreshAction->setEnabled(m_directory != nullptr);
    m_newFolderAction->setEnabled(running);
    m_downloadAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    for (QAbstractButton *button : m_pathBar->findChildren<QAbstractButton *>())
        button->setEnabled(running);
}

void RemoteBrowser::rebuildPathBar()
{
    while (QLayoutItem *item = m_pathLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList segments = m_folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    auto addButton = [this](const QString &text, const QString &target, bool current) {
        auto *button = new QToolButton(m_pathBar);
        button->setText(text);
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setChecked(current);
        button->setObjectName(QStringLiteral("pathButton"));
        button->setProperty("remoteFolder", target);
        button->setAccessibleName(target.isEmpty() ? tr("Go to your home folder")
                                                   : tr("Go to %1").arg(target));
        connect(button, &QToolButton::clicked, this, [this, target] {
            // The current folder's button stays checked; clicking it refreshes.
            setCurrentFolder(target);
            rebuildPathBar();
        });
        m_pathLayout->addWidget(button);
    };
    addButton(tr("Home"), QString(), segments.isEmpty());
    QString path;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        auto *separator = new QLabel(QStringLiteral("›"), m_pathBar);
        separator->setAccessibleName(QString());
        m_pathLayout->addWidget(separator);
        path = path.isEmpty() ? segments.at(i) : path + QLatin1Char('/') + segments.at(i);
        addButton(segments.at(i), path, i == segments.size() - 1);
    }
    m_pathLayout->addStretch();
    updateActions();
}

QString RemoteBrowser::uniqueFolderName() const
{
    const QString base = tr("New folder");
    QString name = base;
    for (int n = 2; m_model->rowOf(RemoteDirectory::joinPath(m_folder, name)) >= 0; ++n)
        name = base + QLatin1Char(' ') + QString::number(n);
    return name;
}

void RemoteBrowser::createFolder()
{
    if (!m_directory)
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("newFolderDialog"));
    dialog.setWindowTitle(tr("New folder"));
    dialog.setLabelText(m_folder.isEmpty() ? tr("Name of the new folder in your home folder:")
                                           : tr("Name of the new folder in “%1”:").arg(m_folder));
    dialog.setTextValue(uniqueFolderName());
    dialog.setOkButtonText(tr("Create"));
    if (dialog.exec() != QDialog::Accepted || !m_directory)
        return;
    m_directory->createFolder(m_folder, dialog.textValue());
}

void RemoteBrowser::downloadSelected()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return;
    Settings settings;
    QString start = settings.value(Settings::Key::LastDownloadFolder).toString();
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    QFileDialog dialog(this,
                       paths.size() == 1 ? tr("Download “%1” to").arg(nameOf(paths.first()))
                                         : tr("Download %n item(s) to", nullptr, int(paths.size())),
                       start);
    dialog.setObjectName(QStringLiteral("downloadFolderDialog"));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setLabelText(QFileDialog::Accept, tr("Download here"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString folder = QDir::cleanPath(dialog.selectedFiles().constFirst());
    settings.setValue(Settings::Key::LastDownloadFolder, folder);
    Q_EMIT downloadRequested(paths, folder);
}

void RemoteBrowser::deleteSelected()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty() || !m_directory)
        return;
    bool anyFolder = false;
    for (const QString &path : paths)
        anyFolder = anyFolder || m_model->entry(m_model->rowOf(path)).isFolder;

    QString text;
    if (paths.size() == 1) {
        text = anyFolder
            ? tr("Delete the folder “%1” and everything in it from your server?").arg(nameOf(paths.first()))
            : tr("Delete “%1” from your server?").arg(nameOf(paths.first()));
    } else {
        text = tr("Delete these %n item(s) from your server?", nullptr, int(paths.size()));
        QStringList names;
        for (qsizetype i = 0; i < paths.size() && i < MaxNamedItems; ++i)
            names.append(QStringLiteral("• ") + nameOf(paths.at(i)));
        if (paths.size() > MaxNamedItems)
            names.append(tr("…and %n more", nullptr, int(paths.size() - MaxNamedItems)));
        text += QStringLiteral("\n\n") + names.join(QLatin1Char('\n'));
        if (anyFolder)
            text += QStringLiteral("\n\n") + tr("Folders are deleted with everything in them.");
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete from your server"), text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    box.setTextFormat(Qt::PlainText); // a name must never be read as markup
    box.setInformativeText(tr("This cannot be undone."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != remove || !m_directory)
        return;
    setStatus(tr("Deleting…"));
    m_directory->remove(paths);
}

void RemoteBrowser::setDragDownloader(DragDownloader downloader)
{
    m_dragDownloader = std::move(downloader);
    const bool enabled = bool(m_dragDownloader);
    m_view->setDragEnabled(enabled);
    if (enabled)
        m_model->setMimeDataFactory([this](const QStringList &paths) {
            return createDragData(paths);
        });
    else
        m_model->setMimeDataFactory({});
}

QMimeData *RemoteBrowser::createDragData(const QStringList &remotePaths)
{
    if (!m_dragDownloader)
        return nullptr;
    // The data may outlive the browser (the drop target asks late): it keeps its own copy of
    // the hook, and reports through the browser only while the browser lives.
    auto *dragData = new RemoteMimeData(remotePaths, m_dragDownloader);
    connect(dragData, &RemoteMimeData::fetchFailed, this, [this](const QString &error) {
        showMessage(tr("The items dragged out could not be downloaded: %1").arg(error), true);
    });
    return dragData;
}

// ---- Drops ----

QStringList RemoteBrowser::localPathsOf(const QMimeData *data)
{
    // The browser's own drags carry remote items: asking for their URLs would download them.
    if (!data || data->hasFormat(RemoteMimeData::remotePathsFormat()) || !data->hasUrls())
        return {};
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            paths.append(QDir::cleanPath(url.toLocalFile()));
    }
    return paths;
}

void RemoteBrowser::setDropTarget(std::optional<QString> folder, int row)
{
    m_dropTarget = std::move(folder);
    m_model->setDropTargetRow(row);
    // Dropping into the folder shown (not onto a row) lights up the whole list.
    const bool wholeList = m_dropTarget.has_value() && row < 0;
    if (m_view->property("dropTarget").toBool() != wholeList) {
        m_view->setProperty("dropTarget", wholeList);
        QPalette palette = m_view->palette();
        const QPalette base = QApplication::palette(m_view);
        palette.setColor(QPalette::Base,
                         wholeList ? base.color(QPalette::Highlight).lighter(170)
                                   : base.color(QPalette::Base));
        m_view->setPalette(palette);
        m_notRunningPage->setBackgroundRole(wholeList ? QPalette::Highlight : QPalette::Window);
        m_notRunningPage->setAutoFillBackground(wholeList);
    }
    // The hint replaces the status line while a drag hovers; the status comes back after.
    if (m_dropTarget)
        m_status->setText(m_dropTarget->isEmpty() ? tr("Drop to upload into your home folder")
                                                  : tr("Drop to upload into “%1”").arg(*m_dropTarget));
    else
        m_status->setText(m_statusText);
}

void RemoteBrowser::setStatus(const QString &text)
{
    m_statusText = text;
    if (!m_dropTarget)
        m_status->setText(text);
}

bool RemoteBrowser::handleDragMove(QDropEvent *event, const QPoint &viewportPos, bool overView)
{
    if (localPathsOf(event->mimeData()).isEmpty()) {
        event->ignore();
        if (m_dropTarget)
            setDropTarget(std::nullopt, -1);
        return false;
    }
    int row = -1;
    QString folder = m_folder;
    if (overView && m_directory) {
        const QModelIndex index = m_view->indexAt(viewportPos);
        if (index.isValid() && m_model->entry(index.row()).isFolder) {
            row = index.row();
            folder = m_model->entry(row).path;
        }
    }
    setDropTarget(folder, row);
    event->setDropAction(Qt::CopyAction);
    event->accept();
    return true;
}

void RemoteBrowser::handleDrop(QDropEvent *event, const QPoint &viewportPos, bool overView)
{
    const QStringList paths = localPathsOf(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        setDropTarget(std::nullopt, -1);
        return;
    }
    handleDragMove(event, viewportPos, overView);
    const QString folder = m_dropTarget.value_or(m_folder);
    setDropTarget(std::nullopt, -1);
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (m_directory)
        setStatus({});
    qCInfo(lcUi) << "remote browser: upload of" << paths.size() << "item(s) into" << folder;
    Q_EMIT uploadRequested(paths, folder);
}

bool RemoteBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        // The browser's own items dragged over it: they are on the server already.
        if (drag->mimeData()->hasFormat(RemoteMimeData::remotePathsFormat())) {
            drag->ignore();
            return true;
        }
        handleDragMove(drag, drag->position().toPoint(), true);
        return true;
    }
    case QEvent::DragLeave:
        setDropTarget(std::nullopt, -1);
        return false;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (drop->mimeData()->hasFormat(RemoteMimeData::remotePathsFormat())) {
            drop->ignore();
            return true;
        }
        handleDrop(drop, drop->position().toPoint(), true);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void RemoteBrowser::dragEnterEvent(QDragEnterEvent *event)
{
    handleDragMove(event, {}, false);
}

void RemoteBrowser::dragMoveEvent(QDragMoveEvent *event)
{
    handleDragMove(event, {}, false);
}

void RemoteBrowser::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropTarget(std::nullopt, -1);
    event->accept();
}

void RemoteBrowser::dropEvent(QDropEvent *event)
{
    handleDrop(event, {}, false);
}

} // namespace fornax::ui
