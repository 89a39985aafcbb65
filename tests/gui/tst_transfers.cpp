// Drag-and-drop transfers in the desktop app against the real hub: a folder tree dropped on the
// main window is uploaded (the hub's contents API and the remote browser list it, the panel and
// the tray show it mid-way), downloaded back byte for byte, dropped again into the conflicts
// dialog (Cancel changes nothing on the server, "keep both" makes a renamed copy), and dropped
// while the server is stopped (declined: cancelled with the reason; accepted: the server starts
// through the app's own start flow and the upload runs).
#include "ConflictsDialog.h"
#include "DataSize.h"
#include "DropZone.h"
#include "GuiApplication.h"
#include "MainWindow.h"
#include "PageScript.h"
#include "ProfilePicker.h"
#include "RemoteBrowser.h"
#include "RemoteFileModel.h"
#include "SignInPage.h"
#include "TestArtifacts.h"
#include "TestHub.h"
#include "TransferController.h"
#include "TransferListModel.h"
#include "TransferPanel.h"
#include "TrayIcon.h"
#include "account/HubSession.h"
#include "archive/ArchiveExtractor.h"
#include "health/NotificationCenter.h"
#include "hub/ServerMonitor.h"
#include "transfer/TransferQueue.h"
#include "transfer/UploadJob.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

using namespace fornax;
using fornax::ui::GuiApplication;

namespace {

constexpr qint64 MiB = 1024 * 1024;

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(data), data.size());
}

QByteArray randomBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    return data;
}

// Every file under root: relative path -> SHA-256.
QMap<QString, QByteArray> checksums(const QString &root)
{
    QMap<QString, QByteArray> sums;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
        sums.insert(path.mid(root.size() + 1), hash.result().toHex());
    }
    return sums;
}

// Every file under root: relative path -> size.
QMap<QString, qint64> sizes(const QString &root)
{
    QMap<QString, qint64> result;
    QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        result.insert(path.mid(root.size() + 1), QFileInfo(path).size());
    }
    return result;
}

} // namespace

class TestTransfers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void dropOnWindowUploadsTree();
    void browserDownloadWritesSameBytes();
    void dropAgainAsksAndCancelChangesNothing();
    void keepBothMakesRenamedCopy();
    void dropWhileStoppedDeclinedIsCancelled();
    void dropWhileStoppedStartsServerThenRuns();

private:
    void signIn();
    void startSmall();
    void stopServerBehindTheApp();
    // What a file manager's drop does: enter, move, drop at a point of the window's header,
    // delivered where Qt delivers it (the first widget there that takes drops).
    void dropOnWindow(const QStringList &paths, const QString &screenshot = {});
    void waitForConflictsDialog(ui::ConflictsDialog *&dialog);
    ui::TransferController *transfers() const { return m_gui->transferController(); }
    TransferJob *lastJob() const
    {
        return transfers()->queue()->jobs().value(transfers()->queue()->jobs().size() - 1);
    }
    QUrl serverUrl() const { return m_gui->session()->monitor()->status().url; }
    QString remoteHome() const { return m_hub.homeOf(m_user); }
    // The hub's contents API: every file below folder (relative path -> size).
    QMap<QString, qint64> remoteSizes(const QString &folder);
    QJsonObject contents(const QString &path);

    test::TestHub m_hub;
    const QString m_user = QStringLiteral("transfers-user");
    QByteArray m_token;
    QNetworkAccessManager m_network;
    QTemporaryDir m_local;
    QString m_tree; // the local tree that is dropped
    std::unique_ptr<GuiApplication> m_gui;
};

void TestTransfers::initTestCase()
{
    QVERIFY(QGuiApplication::platformName() == QLatin1String("xcb"));
    QVERIFY(m_local.isValid());
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_hub.ensureUser(m_user));
    m_token = m_hub.createToken(m_user);
    QVERIFY(!m_token.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user));
            return m_hub.call("GET", QStringLiteral("users/") + m_user)
                .json()
                .object()
                .value(QLatin1String("servers"))
                .toObject()
                .isEmpty();
        }(),
        60'000);
    // What an earlier run left on the server would (rightly) make the first drop ask.
    for (const QString &name :
         {QStringLiteral("drop-tree"), QStringLiteral("drop-tree (2)"), QStringLiteral("stopped-tree"),
          QStringLiteral("declined-tree"), QStringLiteral("fornax-transfers~")})
        QDir(remoteHome() + QLatin1Char('/') + name).removeRecursively();

    // The tree: a large incompressible file (so the panel can be seen mid-way), a few small
    // ones, nested folders, and names with spaces and non-ASCII letters.
    m_tree = m_local.filePath(QStringLiteral("drop-tree"));
    writeFile(m_tree + QStringLiteral("/big.bin"), randomBytes(48 * MiB));
    writeFile(m_tree + QStringLiteral("/notes.txt"), "first light\n");
    writeFile(m_tree + QStringLiteral("/spectra/spectrum λ 1.csv"),
              QByteArray("wavelength,flux\n").repeated(500));
    writeFile(m_tree + QStringLiteral("/spectra/deep/観測.dat"), randomBytes(3 * MiB + 17));

    m_gui = std::make_unique<GuiApplication>(m_hub.url().toString());
    signIn();
    startSmall();
}

void TestTransfers::cleanupTestCase()
{
    m_gui.reset();
    if (m_hub.isValid())
        m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user));
}

void TestTransfers::cleanup()
{
    // A failed test function must not leave a dialog waiting for the next one.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<ui::ConflictsDialog *>(widget)
            || widget->objectName() == QLatin1String("startServerQuestion"))
            widget->close();
    }
}

void TestTransfers::signIn()
{
    GuiApplication &gui = *m_gui;
    QSignalSpy ready(&gui, &GuiApplication::hubReady);
    gui.start();
    QVERIFY(QTest::qWaitForWindowExposed(gui.mainWindow()));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30'000);
    QSignalSpy signedIn(gui.session(), &HubSession::signedIn);
    if (gui.session()->isSignedIn() || signedIn.wait(5'000))
        return;
    gui.signIn();
    QWebEngineView *view = gui.signInPage()->view();
    QTRY_VERIFY_WITH_TIMEOUT(
        gui.session()->isSignedIn()
            || test::evaluateScript(view->page(),
                                    QStringLiteral("document.getElementById('password_input') !== null"))
                   .toBool(),
        30'000);
    if (!gui.session()->isSignedIn())
        view->page()->runJavaScript(QStringLiteral("document.getElementById('username_input').value = '%1';"
                                                   "document.getElementById('password_input').value = '%2';"
                                                   "document.getElementById('login_submit').click();")
                                        .arg(m_user, m_hub.password()));
    QTRY_VERIFY_WITH_TIMEOUT(gui.session()->isSignedIn(), 60'000);
}

void TestTransfers::startSmall()
{
    GuiApplication &gui = *m_gui;
    ui::ProfilePicker *picker = gui.profilePicker();
    QTRY_COMPARE_WITH_TIMEOUT(picker->profiles().size(), 4, 30'000);
    picker->selectProfile(QStringLiteral("small"));
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("startServerButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.labView()), 60'000);
    QVERIFY(serverUrl().isValid());
}

void TestTransfers::stopServerBehindTheApp()
{
    GuiApplication &gui = *m_gui;
    gui.session()->monitor()->setIntervals(std::chrono::milliseconds(1000), std::chrono::milliseconds(300),
                                           std::chrono::milliseconds(2000));
    QCOMPARE(m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user)).status / 100, 2);
    gui.session()->monitor()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.profilePicker()),
                              30'000);
    QCOMPARE(gui.session()->monitor()->status().state, ServerStatus::State::Stopped);
}

void TestTransfers::dropOnWindow(const QStringList &paths, const QString &screenshot)
{
    ui::MainWindow *window = m_gui->mainWindow();
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    // A point on the window's header (the hub's name), outside the web page.
    auto *hubName = window->findChild<QLabel *>(QStringLiteral("hubName"));
    QVERIFY(hubName);
    const QPoint pos = hubName->mapTo(window, hubName->rect().center());
    QWidget *target = window->childAt(pos);
    while (target && !target->acceptDrops() && !target->isWindow())
        target = target->parentWidget();
    QCOMPARE(target, static_cast<QWidget *>(window));
    const QPoint local = target->mapFrom(window, pos);

    QDragEnterEvent enter(local, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    ui::DropZone *zone = m_gui->windowDropZone();
    QVERIFY(zone->isHighlighted());
    QVERIFY(zone->overlay()->isVisible());
    if (!screenshot.isEmpty())
        test::TestArtifacts::saveScreenshot(window->grab().toImage(), screenshot);
    QVERIFY2(zone->overlay()->text().startsWith(QLatin1String("Drop to upload to")),
             qPrintable(zone->overlay()->text()));
    QDragMoveEvent move(local, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QVERIFY(move.isAccepted());
    QCOMPARE(move.dropAction(), Qt::CopyAction);
    QDropEvent drop(QPointF(local), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(!zone->isHighlighted());
}

void TestTransfers::waitForConflictsDialog(ui::ConflictsDialog *&dialog)
{
    dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = m_gui->mainWindow()->findChild<ui::ConflictsDialog *>()) && dialog->isVisible(), 60'000);
}

QJsonObject TestTransfers::contents(const QString &path)
{
    QUrl url = serverUrl().resolved(QUrl(QStringLiteral("api/contents/")));
    url.setPath(url.path() + path);
    url.setQuery(QStringLiteral("content=1"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "token " + m_token);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(30'000)) {
        reply->deleteLater();
        return {};
    }
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QMap<QString, qint64> TestTransfers::remoteSizes(const QString &folder)
{
    QMap<QString, qint64> result;
    const QJsonObject model = contents(folder);
    for (const QJsonValue &value : model.value(QLatin1String("content")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString path = entry.value(QLatin1String("path")).toString();
        if (entry.value(QLatin1String("type")).toString() == QLatin1String("directory")) {
            const QMap<QString, qint64> below = remoteSizes(path);
            for (auto it = below.cbegin(); it != below.cend(); ++it)
                result.insert(it.key(), it.value());
        } else {
            // contents=1 on a folder lists its files with their sizes.
            result.insert(path, entry.value(QLatin1String("size")).toInteger(-1));
        }
    }
    return result;
}

void TestTransfers::dropOnWindowUploadsTree()
{
    GuiApplication &gui = *m_gui;
    QCOMPARE(gui.remoteFolder(), QString()); // the browser shows the home folder
    gui.remoteBrowserDock()->show();
    QTRY_VERIFY_WITH_TIMEOUT(gui.remoteBrowser()->hasServer() && !gui.remoteBrowser()->isLoading(), 30'000);
    QCOMPARE(gui.remoteBrowser()->model()->rowOf(QStringLiteral("drop-tree")), -1);

    QSignalSpy added(transfers()->queue(), &TransferQueue::jobAdded);
    // A link is no file: refused at once, no highlight.
    {
        QMimeData link;
        link.setUrls({QUrl(QStringLiteral("https://example.org/data.csv"))});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &link, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(gui.mainWindow(), &enter);
        QVERIFY(!enter.isAccepted());
        QVERIFY(!gui.windowDropZone()->isHighlighted());
    }
    // Mid-way (a quarter to three quarters of the bytes), the panel and the tray show it.
    QString totalsMidway;
    QString trayMidway;
    QString rowMidway;
    bool trayEntryShown = false;
    QObject scope;
    connect(transfers()->queue(), &TransferQueue::jobAdded, &scope, [&](TransferJob *job) {
        connect(job, &TransferJob::progressed, &scope, [&, job](qint64 done, qint64 total) {
            if (!totalsMidway.isEmpty() || total <= 0 || done < total / 4 || done > total * 3 / 4
                || job->state() != TransferJob::State::Transferring)
                return;
            ui::TransferPanel *panel = gui.transferPanel();
            totalsMidway = panel->totalsText();
            trayMidway = gui.trayIcon()->toolTip();
            const int row = panel->model()->rowOf(job);
            rowMidway =
                QStringList {panel->model()->index(row, ui::TransferListModel::BytesColumn).data().toString(),
                             panel->model()->index(row, ui::TransferListModel::StateColumn).data().toString()}
                    .join(QLatin1Char('|'));
            auto *entry = gui.trayIcon()->menu()->findChild<QAction *>(QStringLiteral("trayTransfers"));
            trayEntryShown = entry && entry->isVisible() && !entry->text().isEmpty();
            test::TestArtifacts::saveScreenshot(gui.transferDock()->grab().toImage(),
                                                QStringLiteral("transfers-panel-mid-transfer"));
            test::TestArtifacts::saveScreenshot(gui.mainWindow()->grab().toImage(),
                                                QStringLiteral("transfers-window-mid-transfer"));
        });
    });
    dropOnWindow({m_tree}, QStringLiteral("transfers-drop-highlight"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(added.size(), 1);
    auto *job = qobject_cast<UploadJob *>(added.first().first().value<TransferJob *>());
    QVERIFY(job);
    QCOMPARE(job->localPaths(), QStringList {m_tree});
    QCOMPARE(job->target(), QString());
    QVERIFY(gui.transferDock()->isVisible());
    QSignalSpy finished(job, &TransferJob::finished);
    QVERIFY(finished.wait(180'000));
    QVERIFY2(job->state() == TransferJob::State::Finished, qPrintable(job->errorString()));

    // The panel, its totals and the tray said what was going on, with numbers.
    // "1 transfer, 20 MiB of 51 MiB, less than a minute left" (the queue's own words).
    QVERIFY2(totalsMidway.startsWith(QLatin1String("1 transfer"))
                 && totalsMidway.contains(QLatin1String(" of ")),
             qPrintable(totalsMidway));
    QVERIFY2(trayMidway.contains(QLatin1String("Transfers: 1 transfer")), qPrintable(trayMidway));
    QVERIFY2(rowMidway.contains(QLatin1String(" of ")) && rowMidway.endsWith(QLatin1String("|Uploading")),
             qPrintable(rowMidway));
    QVERIFY(trayEntryShown);
    // Done: the row stays, the tray forgets it.
    const int row = gui.transferPanel()->model()->rowOf(job);
    QVERIFY(row >= 0);
    QCOMPARE(gui.transferPanel()->model()->index(row, ui::TransferListModel::StateColumn).data().toString(),
             QStringLiteral("Done"));
    QCOMPARE(gui.transferPanel()
                 ->model()
                 ->index(row, ui::TransferListModel::ProgressColumn)
                 .data(ui::TransferListModel::PercentRole)
                 .toInt(),
             100);
    QVERIFY(!gui.trayIcon()->toolTip().contains(QLatin1String("Transfers:")));

    // The hub's contents API has every name with its size.
    QMap<QString, qint64> expected;
    const QMap<QString, qint64> local = sizes(m_tree);
    for (auto it = local.cbegin(); it != local.cend(); ++it)
        expected.insert(QStringLiteral("drop-tree/") + it.key(), it.value());
    QCOMPARE(remoteSizes(QStringLiteral("drop-tree")), expected);
    // And the remote browser, showing the home folder, lists it.
    QTRY_VERIFY_WITH_TIMEOUT(gui.remoteBrowser()->model()->rowOf(QStringLiteral("drop-tree")) >= 0, 30'000);
}

void TestTransfers::browserDownloadWritesSameBytes()
{
    GuiApplication &gui = *m_gui;
    QTemporaryDir target;
    QVERIFY(target.isValid());
    // The window is not the active one: the end is told in the tray.
    QWidget elsewhere;
    elsewhere.setWindowTitle(QStringLiteral("another application"));
    elsewhere.resize(200, 100);
    elsewhere.show();
    elsewhere.activateWindow();
    QTRY_VERIFY_WITH_TIMEOUT(elsewhere.isActiveWindow() && !gui.mainWindow()->isActiveWindow(), 10'000);

    QSignalSpy added(transfers()->queue(), &TransferQueue::jobAdded);
    QSignalSpy notified(&gui, &GuiApplication::notified);
    QSignalSpy recorded(&gui, &GuiApplication::downloadRecorded);
    // Only a long transfer is told (30 s); this one is short, so "long" is made shorter here.
    gui.notifications()->setLongTransfer(std::chrono::milliseconds(0));
    // Download… in the browser ends in this signal (after its folder dialog).
    Q_EMIT gui.remoteBrowser()->downloadRequested({QStringLiteral("drop-tree")}, target.path());
    QCOMPARE(added.size(), 1);
    TransferJob *job = added.first().first().value<TransferJob *>();
    QCOMPARE(job->direction(), TransferJob::Direction::Download);
    QVERIFY(job->requiresApproval());
    QSignalSpy finished(job, &TransferJob::finished);
    QVERIFY(finished.wait(180'000));
    QVERIFY2(job->state() == TransferJob::State::Finished, qPrintable(job->errorString()));

    QCOMPARE(checksums(target.filePath(QStringLiteral("drop-tree"))), checksums(m_tree));
    // The egress it caused is in the usage ledger, with the archive's size.
    QTRY_COMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().at(1).toLongLong(), job->archiveSize());
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.first().first().toString(), QStringLiteral("Download finished"));
    QVERIFY(notified.first().at(1).toString().contains(target.path()));
    // Open folder would open the folder it went to.
    gui.transferPanel()->selectJob(job);
    QCOMPARE(ui::TransferController::localFolder(job), target.path());
    QVERIFY(gui.transferPanel()
                ->findChild<QPushButton *>(QStringLiteral("transferOpenFolderButton"))
                ->isEnabled());

    gui.notifications()->setLongTransfer(fornax::NotificationCenter::LongTransfer);
    elsewhere.close();
    gui.raiseWindow();
    QTRY_VERIFY_WITH_TIMEOUT(gui.mainWindow()->isActiveWindow(), 10'000);
}

void TestTransfers::dropAgainAsksAndCancelChangesNothing()
{
    GuiApplication &gui = *m_gui;
    const QString remote = remoteHome() + QStringLiteral("/drop-tree");
    const QMap<QString, QByteArray> before = checksums(remote);
    QVERIFY(!before.isEmpty());
    // The local copy changed since: an overwrite would change the server's files. One file grows
    // by 11 bytes only: rounded, both sizes look the same.
    writeFile(m_tree + QStringLiteral("/notes.txt"), "first light, corrected\n");
    QFile grown(m_tree + QStringLiteral("/spectra/deep/観測.dat"));
    QVERIFY(grown.open(QIODevice::Append));
    QCOMPARE(grown.write("eleven more"), 11);
    grown.close();
    QVERIFY(checksums(m_tree) != before);

    QSignalSpy added(transfers()->queue(), &TransferQueue::jobAdded);
    dropOnWindow({m_tree});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(added.size(), 1);
    TransferJob *job = added.first().first().value<TransferJob *>();
    ui::ConflictsDialog *dialog = nullptr;
    waitForConflictsDialog(dialog);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(job->state(), TransferJob::State::WaitingForAnswer);
    // The folders merge: a row per file that exists on both sides, with both sizes and dates.
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflictsTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("drop-tree/big.bin"));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("drop-tree/spectra/deep/観測.dat"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("conflictsIntro"))
                ->text()
                .contains(QStringLiteral("merged")));
    const TransferConflict conflict = dialog->conflicts().at(2);
    QVERIFY(!conflict.existingIsFolder && !conflict.incomingIsFolder);
    QCOMPARE(conflict.incomingSize, QFileInfo(m_tree + QStringLiteral("/spectra/deep/観測.dat")).size());
    QCOMPARE(conflict.existingSize, QFileInfo(remote + QStringLiteral("/spectra/deep/観測.dat")).size());
    QCOMPARE(conflict.incomingSize, conflict.existingSize + 11);
    const QLocale locale;
    QVERIFY2(table->item(2, 1)->text().contains(fornax::DataSize::format(conflict.existingSize)),
             qPrintable(table->item(2, 1)->text()));
    // 11 bytes apart: rounded they look the same, so both give their bytes.
    QVERIFY2(
        table->item(2, 1)->text().contains(locale.toString(conflict.existingSize) + QLatin1String(" bytes")),
        qPrintable(table->item(2, 1)->text()));
    QVERIFY(
        table->item(2, 2)->text().contains(locale.toString(conflict.incomingSize) + QLatin1String(" bytes")));
    QVERIFY(conflict.existingModified.isValid());
    QVERIFY(table->item(2, 1)->text().contains(
        locale.toString(conflict.existingModified.toLocalTime(), QLocale::ShortFormat)));
    for (int row = 0; row < 4; ++row)
        QCOMPARE(dialog->choice(row), ConflictPolicy::Skip); // nothing is overwritten by default
    test::TestArtifacts::saveScreenshot(dialog->grab().toImage(),
                                        QStringLiteral("transfers-conflicts-dialog"));

    // Even with Overwrite chosen, Cancel cancels the whole transfer.
    dialog->setChoice(1, ConflictPolicy::Overwrite);
    QSignalSpy finished(job, &TransferJob::finished);
    dialog->findChild<QPushButton *>(QStringLiteral("conflictsCancelButton"))->click();
    QVERIFY(finished.wait(60'000));
    QCOMPARE(job->state(), TransferJob::State::Cancelled);
    QCOMPARE(transfers()->stateText(job), QStringLiteral("Cancelled"));
    QCOMPARE(checksums(remote), before);
    QVERIFY(!QFileInfo::exists(remoteHome() + QStringLiteral("/drop-tree (2)")));
    // Retry is offered for it.
    gui.transferPanel()->selectJob(job);
    QVERIFY(
        gui.transferPanel()->findChild<QPushButton *>(QStringLiteral("transferRetryButton"))->isEnabled());
    QVERIFY(
        !gui.transferPanel()->findChild<QPushButton *>(QStringLiteral("transferCancelButton"))->isEnabled());
}

void TestTransfers::keepBothMakesRenamedCopy()
{
    GuiApplication &gui = *m_gui;
    const QString remote = remoteHome() + QStringLiteral("/drop-tree");
    const QMap<QString, QByteArray> before = checksums(remote);

    QSignalSpy added(transfers()->queue(), &TransferQueue::jobAdded);
    // This time onto the transfers panel.
    ui::TransferPanel *panel = gui.transferPanel();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_tree)});
    const QPoint pos = panel->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("dropOverlay"))->isVisible());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(added.size(), 1);
    TransferJob *job = added.first().first().value<TransferJob *>();

    ui::ConflictsDialog *dialog = nullptr;
    waitForConflictsDialog(dialog);
    if (QTest::currentTestFailed())
        return;
    // "Keep both" for all, by the dialog's own controls.
    auto *all = dialog->findChild<QComboBox *>(QStringLiteral("conflictsAllChoice"));
    all->setCurrentIndex(all->findData(int(ConflictPolicy::KeepBoth)));
    dialog->findChild<QPushButton *>(QStringLiteral("conflictsApplyAllButton"))->click();
    QCOMPARE(dialog->choice(0), ConflictPolicy::KeepBoth);
    QSignalSpy finished(job, &TransferJob::finished);
    dialog->findChild<QPushButton *>(QStringLiteral("conflictsContinueButton"))->click();
    QVERIFY(finished.wait(180'000));
    QVERIFY2(job->state() == TransferJob::State::Finished, qPrintable(job->errorString()));
    // The folders merged: every file kept, each new version beside it as "name (2).ext".
    QCOMPARE(job->placedNames(), QStringList {QStringLiteral("drop-tree")});
    QCOMPARE(job->renamed().size(), 4);
    QMap<QString, QByteArray> expected = before;
    const QMap<QString, QByteArray> local = checksums(m_tree);
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        const qsizetype slash = it.key().lastIndexOf(QLatin1Char('/'));
        expected.insert(it.key().left(slash + 1)
                            + ArchiveExtractor::keepBothName(it.key().mid(slash + 1), 2, false),
                        it.value());
    }
    QCOMPARE(checksums(remote), expected);

    // Show in browser opens the folder it went to; Clear finished empties the list.
    panel->selectJob(job);
    panel->findChild<QPushButton *>(QStringLiteral("transferShowInBrowserButton"))->click();
    QCOMPARE(gui.remoteBrowser()->currentFolder(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(gui.remoteBrowser()->model()->rowOf(QStringLiteral("drop-tree")) >= 0, 30'000);
    panel->findChild<QPushButton *>(QStringLiteral("transferClearButton"))->click();
    QTRY_COMPARE(panel->model()->rowCount(), 0);
    QVERIFY(transfers()->queue()->jobs().isEmpty());
}

void TestTransfers::dropWhileStoppedDeclinedIsCancelled()
{
    GuiApplication &gui = *m_gui;
    stopServerBehindTheApp();
    const QString tree = m_local.filePath(QStringLiteral("declined-tree"));
    writeFile(tree + QStringLiteral("/a.txt"), "declined\n");

    QSignalSpy added(transfers()->queue(), &TransferQueue::jobAdded);
    dropOnWindow({tree});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(added.size(), 1);
    TransferJob *job = added.first().first().value<TransferJob *>();
    QMessageBox *question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (question = gui.mainWindow()->findChild<QMessageBox *>(QStringLiteral("startServerQuestion")))
            && question->isVisible(),
        10'000);
    QCOMPARE(job->state(), TransferJob::State::Queued);
    QVERIFY(transfers()->queue()->isHeld());
    QCOMPARE(transfers()->stateText(job), QStringLiteral("Waiting for your server to start"));
    QSignalSpy finished(job, &TransferJob::finished);
    question->findChild<QPushButton *>(QStringLiteral("notNowButton"))->click();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(job->state(), TransferJob::State::Cancelled);
    QVERIFY2(transfers()->stateText(job).contains(QLatin1String("server is stopped")),
             qPrintable(transfers()->stateText(job)));
    QVERIFY(!transfers()->queue()->isHeld());
    QCOMPARE(gui.session()->monitor()->status().state, ServerStatus::State::Stopped);
    QVERIFY(!QFileInfo::exists(remoteHome() + QStringLiteral("/declined-tree")));
}

void TestTransfers::dropWhileStoppedStartsServerThenRuns()
{
    GuiApplication &gui = *m_gui;
    if (gui.session()->monitor()->status().state != ServerStatus::State::Stopped)
        stopServerBehindTheApp();
    const QString tree = m_local.filePath(QStringLiteral("stopped-tree"));
    writeFile(tree + QStringLiteral("/result.fits"), randomBytes(MiB));
    writeFile(tree + QStringLiteral("/log/run.txt"), "ok\n");

    QSignalSpy added(transfers()->queue(), &TransferQueue::jobAdded);
    dropOnWindow({tree});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(added.size(), 1);
    TransferJob *job = added.first().first().value<TransferJob *>();
    QMessageBox *question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (question = gui.mainWindow()->findChild<QMessageBox *>(QStringLiteral("startServerQuestion")))
            && question->isVisible(),
        10'000);
    test::TestArtifacts::saveScreenshot(question->grab().toImage(),
                                        QStringLiteral("transfers-start-server-question"));
    // Nothing moves while the server is stopped: the job waits in the held queue.
    QCOMPARE(job->state(), TransferJob::State::Queued);
    QVERIFY(transfers()->queue()->isHeld());
    QSignalSpy finished(job, &TransferJob::finished);
    question->findChild<QPushButton *>(QStringLiteral("startForTransfersButton"))->click();
    // The app's own start flow: the picker's Start with the size chosen last.
    QTRY_COMPARE_WITH_TIMEOUT(gui.session()->monitor()->status().state, ServerStatus::State::Running, 90'000);
    QVERIFY(finished.wait(180'000));
    QVERIFY2(job->state() == TransferJob::State::Finished, qPrintable(job->errorString()));
    QCOMPARE(job->attempt(), 1);
    QVERIFY(!transfers()->queue()->isHeld());
    QCOMPARE(checksums(remoteHome() + QStringLiteral("/stopped-tree")), checksums(tree));
    QMap<QString, qint64> expected;
    const QMap<QString, qint64> local = sizes(tree);
    for (auto it = local.cbegin(); it != local.cend(); ++it)
        expected.insert(QStringLiteral("stopped-tree/") + it.key(), it.value());
    QCOMPARE(remoteSizes(QStringLiteral("stopped-tree")), expected);
}

QTEST_MAIN(TestTransfers)
#include "tst_transfers.moc"
