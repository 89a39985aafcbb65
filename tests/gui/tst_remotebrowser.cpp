// The remote file browser on a real single-user server behind the local hub, under Xvfb: it
// lists what the contents API lists (names, sizes, folders first), opens folders by double
// click and Enter and comes back with Backspace, the path bar and Home, creates a folder (seen
// through the API), deletes only after a confirmation that names the items, turns dropped local
// files into uploadRequested() for the folder under the cursor, turns Download… into
// downloadRequested() with the folder chosen (and remembered), downloads items dragged out only
// when the drop target asks for them (through the hook, once), and shows a stopped server as a
// state, not an error.
#include "DataSize.h"
#include "RemoteBrowser.h"
#include "RemoteFileModel.h"
#include "RemoteMimeData.h"
#include "Settings.h"
#include "TestArtifacts.h"
#include "TestHub.h"
#include "hub/HubClient.h"
#include "transfer/DownloadJob.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>

using namespace fornax;
using fornax::ui::RemoteBrowser;
using fornax::ui::RemoteFileModel;
using fornax::ui::RemoteMimeData;

namespace {

const QString User = QStringLiteral("browser-user");

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRemoteBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void listsWhatTheContentsApiLists();
    void navigatesByMouseKeyboardAndPathBar();
    void newFolderCreatesIt();
    void deleteAsksFirstAndDeletes();
    void droppedFilesRequestAnUploadIntoTheFolderUnderTheCursor();
    void downloadAsksForAFolderAndRemembersIt();
    void dragOutDownloadsOnlyWhenAsked();
    void stoppedServerIsAStateNotAnError(); // last: stops the server

private:
    QJsonObject server() const;
    QString home() const { return m_hub.homeOf(User); }
    QString onDisk(const QString &path) const { return home() + QLatin1Char('/') + path; }
    QUrl serverUrl() const { return m_hub.url().resolved(QUrl(QStringLiteral("user/%1/").arg(User))); }
    // GET api/contents/<path> on the server, with the user's token: the API's own view.
    QPair<int, QJsonObject> contents(const QString &path);
    // Opens folder in the browser and waits until it is listed.
    bool open(const QString &folder);
    QModelIndex rowFor(const QString &name) const;
    void select(const QStringList &names);
    // Runs handler on each modal widget that shows up until it returns true.
    void handleNextModal(const std::function<bool(QWidget *)> &handler);
    QAction *action(const char *name) const { return m_browser->findChild<QAction *>(QLatin1String(name)); }

    test::TestHub m_hub;
    QNetworkAccessManager m_network;
    std::unique_ptr<HubClient> m_client;
    std::unique_ptr<RemoteBrowser> m_browser;
    std::unique_ptr<QObject> m_modalScope = std::make_unique<QObject>();
    QTemporaryDir m_local;
};

QJsonObject TestRemoteBrowser::server() const
{
    return m_hub.call("GET", QStringLiteral("users/") + User)
        .json()
        .object()
        .value(QLatin1String("servers"))
        .toObject()
        .value(QString())
        .toObject();
}

void TestRemoteBrowser::initTestCase()
{
    QVERIFY(QGuiApplication::platformName() == QLatin1String("xcb"));
    QCoreApplication::setOrganizationName(QStringLiteral("fornax-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("remotebrowser"));
    // Never the user's real settings or cache: ctest gives the test its own HOME.
    QVERIFY(QDir::homePath().contains(QLatin1String("test-output")));
    QVERIFY(m_local.isValid());
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_hub.ensureUser(User));
    if (!server().value(QLatin1String("ready")).toBool()) {
        const int status =
            m_hub.call("POST", QStringLiteral("users/%1/server").arg(User), R"({"profile":"small"})").status;
        QVERIFY2(status == 201 || status == 202, qPrintable(QString::number(status)));
        QTRY_VERIFY_WITH_TIMEOUT(server().value(QLatin1String("ready")).toBool(), 60'000);
    }
    m_client = std::make_unique<HubClient>(HubUrl(m_hub.url()), &m_network);
    const QByteArray token = m_hub.createToken(User);
    m_client->setToken(token);
    m_client->setServerToken(token); // the same token for both: these tests are about files
}

void TestRemoteBrowser::cleanupTestCase()
{
    m_browser.reset();
    if (m_hub.isValid())
        m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
}

void TestRemoteBrowser::init()
{
    // A fresh tree on the server's disk for every test function.
    QDir(onDisk(QStringLiteral("rb"))).removeRecursively();
    QVERIFY(writeFile(onDisk(QStringLiteral("rb/alpha.txt")), "0123456789"));
    QVERIFY(writeFile(onDisk(QStringLiteral("rb/beta.bin")), QByteArray(3000, 'b')));
    QVERIFY(writeFile(onDisk(QStringLiteral("rb/zeta.dat")), QByteArray(70'000, 'z')));
    QVERIFY(writeFile(onDisk(QStringLiteral("rb/sub/inner.txt")), "inside!"));
    QVERIFY(QDir().mkpath(onDisk(QStringLiteral("rb/Zfolder"))));

    m_browser = std::make_unique<RemoteBrowser>(m_client.get(), serverUrl());
    m_browser->resize(700, 500);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    m_browser->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_browser.get()));
    QVERIFY(open(QStringLiteral("rb")));
}

void TestRemoteBrowser::cleanup()
{
    m_modalScope = std::make_unique<QObject>();
    m_browser.reset();
}

QPair<int, QJsonObject> TestRemoteBrowser::contents(const QString &path)
{
    QUrl url = serverUrl().resolved(QUrl(QStringLiteral("api/contents/") + path));
    url.setQuery(QStringLiteral("content=1"));
    QNetworkReply *reply = m_network.get(m_client->request(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20'000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return {status, body};
}

bool TestRemoteBrowser::open(const QString &folder)
{
    QSignalSpy listed(m_browser.get(), &RemoteBrowser::folderListed);
    m_browser->setCurrentFolder(folder);
    return listed.wait(20'000) && listed.last().first().toString() == folder
        && m_browser->currentFolder() == folder;
}

QModelIndex TestRemoteBrowser::rowFor(const QString &name) const
{
    RemoteFileModel *model = m_browser->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).name == name)
            return model->index(row, 0);
    }
    return {};
}

void TestRemoteBrowser::select(const QStringList &names)
{
    QItemSelectionModel *selection = m_browser->view()->selectionModel();
    selection->clearSelection();
    for (const QString &name : names)
        selection->select(rowFor(name), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TestRemoteBrowser::handleNextModal(const std::function<bool(QWidget *)> &handler)
{
    auto *timer = new QTimer(m_modalScope.get());
    timer->setInterval(50);
    connect(timer, &QTimer::timeout, m_modalScope.get(), [timer, handler] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible() && handler(modal)) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

void TestRemoteBrowser::listsWhatTheContentsApiLists()
{
    const auto [status, listing] = contents(QStringLiteral("rb"));
    QCOMPARE(status, 200);
    const QJsonArray items = listing.value(QLatin1String("content")).toArray();
    RemoteFileModel *model = m_browser->model();
    QCOMPARE(model->rowCount(), items.size());
    QCOMPARE(model->rowCount(), 5);
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QModelIndex index = rowFor(item.value(QLatin1String("name")).toString());
        QVERIFY2(index.isValid(), qPrintable(item.value(QLatin1String("name")).toString()));
        const bool folder = item.value(QLatin1String("type")).toString() == QLatin1String("directory");
        QCOMPARE(index.data(RemoteFileModel::IsFolderRole).toBool(), folder);
        QCOMPARE(index.data(RemoteFileModel::PathRole).toString(),
                 item.value(QLatin1String("path")).toString());
        const QModelIndex size = index.siblingAtColumn(RemoteFileModel::SizeColumn);
        if (folder) {
            QVERIFY(size.data().toString().isEmpty());
        } else {
            const qint64 bytes = qint64(item.value(QLatin1String("size")).toDouble());
            QCOMPARE(model->entry(index.row()).size, bytes);
            QCOMPARE(size.data().toString(), fornax::DataSize::format(bytes)); // one unit system
        }
        QVERIFY(!index.siblingAtColumn(RemoteFileModel::ModifiedColumn).data().toString().isEmpty());
    }
    // Folders first, then files; by name, case-insensitively.
    auto names = [model] {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->entry(row).name);
        return list;
    };
    QCOMPARE(names(),
             (QStringList {QStringLiteral("sub"), QStringLiteral("Zfolder"), QStringLiteral("alpha.txt"),
                           QStringLiteral("beta.bin"), QStringLiteral("zeta.dat")}));
    // Sorting by size, largest first: the folders still come first.
    m_browser->view()->header()->setSortIndicator(RemoteFileModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(names(),
             (QStringList {QStringLiteral("Zfolder"), QStringLiteral("sub"), QStringLiteral("zeta.dat"),
                           QStringLiteral("beta.bin"), QStringLiteral("alpha.txt")}));
    QVERIFY(!m_browser->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().isEmpty());
    test::TestArtifacts::saveScreenshot(m_browser->grab().toImage(), QStringLiteral("remotebrowser-listing"));
    // Every control has a name a screen reader can say.
    QVERIFY(!m_browser->view()->accessibleName().isEmpty());
    for (QAbstractButton *button : m_browser->findChildren<QAbstractButton *>()) {
        if (button->objectName().startsWith(QLatin1String("qt_")))
            continue; // Qt's own (the tool bar's overflow button)
        QVERIFY2(!button->accessibleName().isEmpty() || !button->text().isEmpty()
                     || (qobject_cast<QToolButton *>(button)
                         && qobject_cast<QToolButton *>(button)->defaultAction()),
                 qPrintable(button->objectName()));
    }
}

void TestRemoteBrowser::navigatesByMouseKeyboardAndPathBar()
{
    QSignalSpy changed(m_browser.get(), &RemoteBrowser::currentFolderChanged);
    QSignalSpy listed(m_browser.get(), &RemoteBrowser::folderListed);
    QTreeView *view = m_browser->view();

    // Double click opens a folder.
    const QModelIndex sub = rowFor(QStringLiteral("sub"));
    const QPoint center = view->visualRect(sub).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->model()->folder(), QStringLiteral("rb/sub"), 20'000);
    QCOMPARE(changed.last().first().toString(), QStringLiteral("rb/sub"));
    QCOMPARE(m_browser->model()->rowCount(), 1);
    QCOMPARE(m_browser->model()->entry(0).name, QStringLiteral("inner.txt"));

    // Backspace goes up, and the folder just left is selected: Enter opens it again.
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Backspace);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->model()->folder(), QStringLiteral("rb"), 20'000);
    QCOMPARE(m_browser->selectedPaths(), QStringList {QStringLiteral("rb/sub")});
    QCOMPARE(view->currentIndex().row(), rowFor(QStringLiteral("sub")).row());
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->model()->folder(), QStringLiteral("rb/sub"), 20'000);

    // The path bar: Home, rb, sub; "rb" goes back there.
    QList<QToolButton *> crumbs;
    for (QToolButton *button : m_browser->findChildren<QToolButton *>(QStringLiteral("pathButton")))
        crumbs.append(button);
    QCOMPARE(crumbs.size(), 3);
    QToolButton *rb = nullptr;
    for (QToolButton *button : crumbs) {
        if (button->property("remoteFolder").toString() == QLatin1String("rb"))
            rb = button;
    }
    QVERIFY(rb);
    QVERIFY(!rb->accessibleName().isEmpty());
    QTest::mouseClick(rb, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->model()->folder(), QStringLiteral("rb"), 20'000);

    // Home, by its shortcut.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->model()->folder(), QString(), 20'000);
    QVERIFY(m_browser->currentFolder().isEmpty());
    QVERIFY(!action("upAction")->isEnabled());
    QVERIFY(rowFor(QStringLiteral("rb")).isValid());
    QCOMPARE(changed.last().first().toString(), QString());
}

void TestRemoteBrowser::newFolderCreatesIt()
{
    QCOMPARE(contents(QStringLiteral("rb/made by test")).first, 404);
    QString offered;
    handleNextModal([&offered](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        if (!dialog || dialog->objectName() != QLatin1String("newFolderDialog"))
            return false;
        offered = dialog->textValue();
        dialog->setTextValue(QStringLiteral("made by test"));
        dialog->accept();
        return true;
    });
    QSignalSpy created(m_browser.get(), &RemoteBrowser::folderCreated);
    action("newFolderAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20'000);
    QCOMPARE(offered, QStringLiteral("New folder"));
    QCOMPARE(created.first().first().toString(), QStringLiteral("rb/made by test"));
    // The API sees it, and the browser shows it selected.
    const auto [status, model] = contents(QStringLiteral("rb/made by test"));
    QCOMPARE(status, 200);
    QCOMPARE(model.value(QLatin1String("type")).toString(), QStringLiteral("directory"));
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->selectedPaths(), QStringList {QStringLiteral("rb/made by test")},
                              20'000);

    // The same name again is refused, in words, without a dialog.
    handleNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        if (!dialog)
            return false;
        dialog->setTextValue(QStringLiteral("made by test"));
        dialog->accept();
        return true;
    });
    action("newFolderAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->message().contains(QStringLiteral("already exists")), 20'000);
    QVERIFY(m_browser->message().contains(QStringLiteral("“made by test”")));
}

void TestRemoteBrowser::deleteAsksFirstAndDeletes()
{
    select({QStringLiteral("alpha.txt"), QStringLiteral("sub")});
    QCOMPARE(m_browser->selectedPaths(),
             (QStringList {QStringLiteral("rb/sub"), QStringLiteral("rb/alpha.txt")}));
    QVERIFY(action("deleteAction")->isEnabled());

    // Cancel: nothing is deleted.
    QString question;
    handleNextModal([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box || box->objectName() != QLatin1String("deleteConfirmation"))
            return false;
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
        return true;
    });
    action("deleteAction")->trigger();
    QVERIFY(question.contains(QStringLiteral("alpha.txt")));
    QVERIFY(question.contains(QStringLiteral("sub")));
    QVERIFY(question.contains(QStringLiteral("everything in them")));
    QCOMPARE(contents(QStringLiteral("rb/alpha.txt")).first, 200);
    QCOMPARE(contents(QStringLiteral("rb/sub")).first, 200);

    // Confirmed, by the Delete key: both go, the folder with what is in it.
    handleNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return false;
        box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->click();
        return true;
    });
    QSignalSpy removed(m_browser.get(), &RemoteBrowser::itemsRemoved);
    // Shortcuts need the active window; with no window manager on Xvfb, nobody gives it back
    // to the browser after the message box closed.
    m_browser->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_browser.get()));
    m_browser->view()->setFocus();
    QTest::keyClick(m_browser->view(), Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 30'000);
    QCOMPARE(removed.first().first().toStringList(),
             (QStringList {QStringLiteral("rb/sub"), QStringLiteral("rb/alpha.txt")}));
    QCOMPARE(contents(QStringLiteral("rb/alpha.txt")).first, 404);
    QCOMPARE(contents(QStringLiteral("rb/sub")).first, 404);
    QCOMPARE(contents(QStringLiteral("rb/beta.bin")).first, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!rowFor(QStringLiteral("alpha.txt")).isValid()
                                 && rowFor(QStringLiteral("beta.bin")).isValid(),
                             20'000);

    // Gone behind the browser's back: the item is named, the others still go, and the message
    // outlives the refresh that follows.
    QVERIFY(QFile::remove(onDisk(QStringLiteral("rb/beta.bin"))));
    select({QStringLiteral("beta.bin"), QStringLiteral("zeta.dat")});
    handleNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return false;
        box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->click();
        return true;
    });
    QSignalSpy listed(m_browser.get(), &RemoteBrowser::folderListed);
    action("deleteAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 2, 30'000);
    QCOMPARE(removed.last().first().toStringList(), QStringList {QStringLiteral("rb/zeta.dat")});
    QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 20'000);
    const QString message = m_browser->message();
    QVERIFY2(message.contains(QStringLiteral("“rb/beta.bin” no longer exists")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Deleted “zeta.dat”")), qPrintable(message));
    QCOMPARE(m_browser->model()->rowCount(), 1); // Zfolder
}

void TestRemoteBrowser::droppedFilesRequestAnUploadIntoTheFolderUnderTheCursor()
{
    const QString a = m_local.filePath(QStringLiteral("drop/a.txt"));
    const QString tree = m_local.filePath(QStringLiteral("drop/tree"));
    QVERIFY(writeFile(a, "a"));
    QVERIFY(writeFile(tree + QStringLiteral("/b.txt"), "b"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(tree)});
    QSignalSpy upload(m_browser.get(), &RemoteBrowser::uploadRequested);
    QWidget *viewport = m_browser->view()->viewport();

    // Onto the folder row "sub": it lights up, and the upload goes into it.
    const QModelIndex sub = rowFor(QStringLiteral("sub"));
    const QPoint onSub = m_browser->view()->visualRect(sub).center();
    QDragEnterEvent enter(onSub, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(onSub, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QCOMPARE(m_browser->dropTargetFolder(), std::optional<QString>(QStringLiteral("rb/sub")));
    QVERIFY(sub.data(Qt::BackgroundRole).isValid());
    QVERIFY(!rowFor(QStringLiteral("beta.bin")).data(Qt::BackgroundRole).isValid());
    QDropEvent drop(onSub, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(upload.size(), 1);
    QCOMPARE(upload.first().at(0).toStringList(), (QStringList {a, tree}));
    QCOMPARE(upload.first().at(1).toString(), QStringLiteral("rb/sub"));
    QVERIFY(!m_browser->dropTargetFolder().has_value());
    QVERIFY(!sub.data(Qt::BackgroundRole).isValid());

    // Onto a file row, or below the rows: into the folder shown.
    for (const QPoint &pos : {m_browser->view()->visualRect(rowFor(QStringLiteral("beta.bin"))).center(),
                              QPoint(20, viewport->height() - 5)}) {
        QDragEnterEvent overEnter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &overEnter);
        QDragMoveEvent over(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &over);
        QVERIFY(over.isAccepted());
        QCOMPARE(m_browser->dropTargetFolder(), std::optional<QString>(QStringLiteral("rb")));
        QDropEvent elsewhere(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &elsewhere);
        QCOMPARE(upload.last().at(1).toString(), QStringLiteral("rb"));
    }
    QCOMPARE(upload.size(), 3);

    // Not files: refused. The browser's own items: refused too, and never downloaded for it.
    QMimeData text;
    text.setText(QStringLiteral("just text"));
    QDragEnterEvent textEnter(onSub, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &textEnter);
    QVERIFY(!textEnter.isAccepted());
    int fetches = 0;
    RemoteMimeData own({QStringLiteral("rb/beta.bin")},
                       [&fetches](const QStringList &, const QString &, RemoteMimeData::Done done) {
                           ++fetches;
                           done(QStringLiteral("should not run"));
                       });
    QDragEnterEvent ownEnter(onSub, Qt::CopyAction, &own, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &ownEnter);
    QVERIFY(!ownEnter.isAccepted());
    QDropEvent ownDrop(onSub, Qt::CopyAction, &own, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &ownDrop);
    QCOMPARE(fetches, 0);
    QCOMPARE(upload.size(), 3);
}

void TestRemoteBrowser::downloadAsksForAFolderAndRemembersIt()
{
    const QString first = m_local.filePath(QStringLiteral("downloads-1"));
    const QString second = m_local.filePath(QStringLiteral("downloads-2"));
    QVERIFY(QDir().mkpath(first) && QDir().mkpath(second));
    Settings().setValue(Settings::Key::LastDownloadFolder, first);

    select({QStringLiteral("beta.bin"), QStringLiteral("Zfolder")});
    QSignalSpy download(m_browser.get(), &RemoteBrowser::downloadRequested);
    QString startedIn;
    handleNextModal([&startedIn, second](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog || dialog->objectName() != QLatin1String("downloadFolderDialog"))
            return false;
        startedIn = QDir::cleanPath(dialog->directory().absolutePath());
        dialog->setDirectory(second);
        static_cast<QDialog *>(dialog)->accept(); // public in QDialog, QFileDialog's own runs
        return true;
    });
    action("downloadAction")->trigger();
    QCOMPARE(startedIn, QDir::cleanPath(first));
    QCOMPARE(download.size(), 1);
    QCOMPARE(download.first().at(0).toStringList(),
             (QStringList {QStringLiteral("rb/Zfolder"), QStringLiteral("rb/beta.bin")}));
    QCOMPARE(download.first().at(1).toString(), QDir::cleanPath(second));
    QCOMPARE(Settings().value(Settings::Key::LastDownloadFolder).toString(), QDir::cleanPath(second));

    // Cancelled: nothing requested.
    handleNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog)
            return false;
        dialog->reject();
        return true;
    });
    action("downloadAction")->trigger();
    QCOMPARE(download.size(), 1);
}

void TestRemoteBrowser::dragOutDownloadsOnlyWhenAsked()
{
    // The hook as the controller would run it: a real DownloadJob into the staging folder.
    QStringList askedPaths;
    QString askedFolder;
    int runs = 0;
    m_browser->setDragDownloader(
        [&](const QStringList &paths, const QString &folder, RemoteBrowser::DownloadDone done) {
            ++runs;
            askedPaths = paths;
            askedFolder = folder;
            auto *job = new DownloadJob(m_client.get(), serverUrl(), paths, folder, m_browser.get());
            connect(job, &TransferJob::finished, job, [job, done] {
                done(job->state() == TransferJob::State::Finished ? QString() : job->errorString());
                job->deleteLater();
            });
            job->start();
        });
    QVERIFY(m_browser->view()->dragEnabled());
    select({QStringLiteral("beta.bin"), QStringLiteral("sub")});
    std::unique_ptr<QMimeData> data(
        m_browser->view()->model()->mimeData(m_browser->view()->selectionModel()->selectedIndexes()));
    auto *remote = qobject_cast<RemoteMimeData *>(data.get());
    QVERIFY(remote);
    QCOMPARE(remote->remotePaths(), (QStringList {QStringLiteral("rb/sub"), QStringLiteral("rb/beta.bin")}));
    // Offered as files, but nothing is downloaded until a drop target asks.
    QVERIFY(data->hasUrls());
    QVERIFY(data->formats().contains(QStringLiteral("text/uri-list")));
    QCOMPARE(runs, 0);

    const QList<QUrl> urls = data->urls();
    QCOMPARE(runs, 1);
    QCOMPARE(askedPaths, remote->remotePaths());
    QVERIFY(askedFolder.startsWith(RemoteMimeData::stagingRoot()));
    QVERIFY(askedFolder.startsWith(QDir::homePath())); // the test's cache, not a real one
    QCOMPARE(urls.size(), 2);
    QCOMPARE(urls.at(0), QUrl::fromLocalFile(askedFolder + QStringLiteral("/sub")));
    QCOMPARE(urls.at(1), QUrl::fromLocalFile(askedFolder + QStringLiteral("/beta.bin")));
    QCOMPARE(readFile(urls.at(1).toLocalFile()), readFile(onDisk(QStringLiteral("rb/beta.bin"))));
    QCOMPARE(readFile(urls.at(0).toLocalFile() + QStringLiteral("/inner.txt")), QByteArray("inside!"));
    // What a file manager reads: the same list as bytes. Asked again, nothing downloads again.
    const QByteArray uriList = data->data(QStringLiteral("text/uri-list"));
    QVERIFY(uriList.contains(urls.at(1).toEncoded()));
    QCOMPARE(data->urls(), urls);
    QCOMPARE(runs, 1);

    // A hook that fails (a declined egress check): no URLs, and the browser says why.
    m_browser->setDragDownloader([](const QStringList &, const QString &, RemoteBrowser::DownloadDone done) {
        QTimer::singleShot(10, [done] {
            done(QStringLiteral("You declined the download."));
        });
    });
    std::unique_ptr<QMimeData> declined(
        m_browser->view()->model()->mimeData({rowFor(QStringLiteral("alpha.txt"))}));
    QVERIFY(declined->urls().isEmpty());
    QTRY_VERIFY(m_browser->message().contains(QStringLiteral("You declined the download.")));

    // Without a hook nothing can be dragged out.
    m_browser->setDragDownloader({});
    QVERIFY(!m_browser->view()->dragEnabled());
    QVERIFY(!m_browser->view()->model()->mimeData({rowFor(QStringLiteral("alpha.txt"))}));
}

void TestRemoteBrowser::stoppedServerIsAStateNotAnError()
{
    auto *pages = m_browser->findChild<QStackedWidget *>();
    QWidget *notRunning = m_browser->findChild<QWidget *>(QStringLiteral("notRunningPage"));
    QVERIFY(pages && notRunning);
    QVERIFY(pages->currentWidget() != notRunning);

    // Stopped behind the browser's back: the next listing shows the state, with no dialog.
    QCOMPARE(m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User)).status / 100, 2);
    QTRY_VERIFY_WITH_TIMEOUT(server().isEmpty(), 30'000);
    m_browser->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget(), notRunning, 20'000);
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(m_browser->message().isEmpty());
    QVERIFY(m_browser->findChild<QLabel *>(QStringLiteral("notRunningLabel"))
                ->text()
                .contains(QStringLiteral("not running")));
    QVERIFY(!action("newFolderAction")->isEnabled());
    QVERIFY(!action("deleteAction")->isEnabled());
    QCOMPARE(m_browser->model()->rowCount(), 0);
    QCOMPARE(m_browser->currentFolder(), QStringLiteral("rb")); // kept for when it runs again

    // Drops still go to the controller (which queues them and offers to start the server).
    const QString a = m_local.filePath(QStringLiteral("later.txt"));
    QVERIFY(writeFile(a, "later"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(a)});
    QSignalSpy upload(m_browser.get(), &RemoteBrowser::uploadRequested);
    const QPoint pos = notRunning->mapTo(m_browser.get(), notRunning->rect().center());
    QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_browser.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_browser.get(), &drop);
    QCOMPARE(upload.size(), 1);
    QCOMPARE(upload.first().at(1).toString(), QStringLiteral("rb"));

    QSignalSpy start(m_browser.get(), &RemoteBrowser::startServerRequested);
    QTest::mouseClick(m_browser->findChild<QPushButton *>(QStringLiteral("startServerButton")),
                      Qt::LeftButton);
    QCOMPARE(start.size(), 1);
    test::TestArtifacts::saveScreenshot(m_browser->grab().toImage(),
                                        QStringLiteral("remotebrowser-not-running"));

    // clear() is the same state, without asking the server.
    m_browser->clear();
    QVERIFY(!m_browser->hasServer());
    QCOMPARE(pages->currentWidget(), notRunning);
}

QTEST_MAIN(TestRemoteBrowser)
#include "tst_remotebrowser.moc"
