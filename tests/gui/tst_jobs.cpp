// The Jobs panel of the real window on a real server behind the local hub (Notebook 6 with
// Debian's nbconvert and ipykernel), under Xvfb with a test notification service on the session
// bus, as a person uses it: the panel opens by keyboard; "Run as job…" on a notebook in Files on
// your server asks for the kernel (the server's own list), the job shows running (the tray's
// tooltip and the home page count it) and then finished with its log's end; the desktop is
// told; "Open output" shows the executed notebook, with its output, in the embedded page. A
// script dropped from this computer on Run… runs too, and Cancel, after its confirmation, ends it
// (a job the person cancelled is not announced to the desktop). With "Stop the server when the
// job ends" the server stops by itself and the panel says what that saved.
#include "GuiApplication.h"
#include "HomePage.h"
#include "JobsController.h"
#include "JobsPanel.h"
#include "LabView.h"
#include "MainWindow.h"
#include "NotificationListener.h"
#include "PageScript.h"
#include "RemoteBrowser.h"
#include "RemoteFileModel.h"
#include "RunJobDialog.h"
#include "Settings.h"
#include "SignInPage.h"
#include "TestArtifacts.h"
#include "TestHub.h"
#include "TrayIcon.h"
#include "account/HubSession.h"
#include "cost/RateCard.h"
#include "hub/ServerMonitor.h"
#include "jobs/JobList.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QWebEngineView>

#include <algorithm>
#include <memory>

using namespace fornax;
using namespace fornax::ui;

namespace {

const QString User = test::TestHub::user(QStringLiteral("gui-jobs"));

QByteArray notebook(const QStringList &source)
{
    QJsonArray lines;
    for (const QString &line : source)
        lines.append(QString(line + QLatin1Char('\n')));
    const QJsonObject cell {{QStringLiteral("cell_type"), QStringLiteral("code")},
                            {QStringLiteral("execution_count"), QJsonValue::Null},
                            {QStringLiteral("id"), QStringLiteral("c1")},
                            {QStringLiteral("metadata"), QJsonObject()},
                            {QStringLiteral("outputs"), QJsonArray()},
                            {QStringLiteral("source"), lines}};
    const QJsonObject kernelspec {{QStringLiteral("name"), QStringLiteral("python3")},
                                  {QStringLiteral("display_name"), QStringLiteral("Python 3")},
                                  {QStringLiteral("language"), QStringLiteral("python")}};
    return QJsonDocument(QJsonObject {{QStringLiteral("cells"), QJsonArray {cell}},
                                      {QStringLiteral("metadata"),
                                       QJsonObject {{QStringLiteral("kernelspec"), kernelspec}}},
                                      {QStringLiteral("nbformat"), 4},
                                      {QStringLiteral("nbformat_minor"), 5}})
        .toJson();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestJobsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void runFromRemoteBrowserToFinishedWithNotification();
    void openOutputShowsTheExecutedNotebook();
    void droppedScriptRunsAndCancelAsksFirst();
    void stopWhenDoneStopsTheServerAndSaysWhatItSaved(); // last: stops the server

private:
    QString home() const { return m_hub.homeOf(User); }
    QJsonObject server() const;
    JobsPanel *panel() const { return m_gui->jobsController()->panel(); }
    // The state the panel shows for the job running fileName ("" when it has no row).
    QString shownState(const QString &fileName) const;
    RunJobDialog *waitForDialog();

    test::TestHub m_hub;
    test::NotificationListener m_listener;
    std::unique_ptr<GuiApplication> m_gui;
    QTemporaryDir m_local;
    QString m_jobId;
};

QJsonObject TestJobsGui::server() const
{
    return m_hub.call("GET", QStringLiteral("users/") + User)
        .json()
        .object()
        .value(QLatin1String("servers"))
        .toObject()
        .value(QString())
        .toObject();
}

QString TestJobsGui::shownState(const QString &fileName) const
{
    QTreeWidget *list = panel()->list();
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->text(JobsPanel::FileColumn) == fileName)
            return list->topLevelItem(row)->text(JobsPanel::StateColumn);
    }
    return {};
}

RunJobDialog *TestJobsGui::waitForDialog()
{
    RunJobDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = m_gui->mainWindow()->findChild<RunJobDialog *>();
            return dialog && dialog->isVisible();
        },
        10'000);
    return shown ? dialog : nullptr;
}

void TestJobsGui::initTestCase()
{
    QVERIFY(QGuiApplication::platformName() == QLatin1String("xcb"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(QDir::homePath().contains(QLatin1String("test-output")));
    QVERIFY(m_local.isValid());
    QVERIFY2(m_listener.start(), qPrintable(m_listener.errorString()));
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_hub.ensureUser(User));
    QDir(home() + QStringLiteral("/fornax-jobs~")).removeRecursively();
    // A notebook that prints, writes a file and takes a few seconds, in a folder of the home.
    QVERIFY(writeFile(
        home() + QStringLiteral("/analysis/analysis.ipynb"),
        notebook({QStringLiteral("import time"), QStringLiteral("print('hello from the job', flush=True)"),
                  QStringLiteral("open('result.txt', 'w').write('42')"), QStringLiteral("time.sleep(3)"),
                  QStringLiteral("print('done')")})));
    m_hub.giveToServer(User, home() + QStringLiteral("/analysis"));
    if (!server().value(QLatin1String("ready")).toBool()) {
        const int status =
            m_hub.call("POST", QStringLiteral("users/%1/server").arg(User), R"({"profile":"small"})").status;
        QVERIFY2(status == 201 || status == 202, qPrintable(QString::number(status)));
        QTRY_VERIFY_WITH_TIMEOUT(server().value(QLatin1String("ready")).toBool(), 60'000);
    }
    m_gui = std::make_unique<GuiApplication>(m_hub.url().toString());
    // Rates like Fornax's for the fixture's sizes, so jobs show their cost.
    RateCard card = RateCard::unknownHub();
    card.setUnit(QStringLiteral("credits"));
    card.setHourlyRate(QStringLiteral("small"), {0.25, QStringLiteral("test")});
    card.save(*m_gui->settings(), m_hub.url().toString());
    QSignalSpy ready(m_gui.get(), &GuiApplication::hubReady);
    m_gui->start();
    m_gui->mainWindow()->resize(1200, 800);
    QVERIFY(QTest::qWaitForWindowExposed(m_gui->mainWindow()));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30'000);
    // The hub's idle cull as a user sets it for a hub like Fornax: what a stop saves is priced by it.
    m_gui->settings()->setIdleCullMinutes(m_gui->hubId(), 15);
    // Through the hub's page, as a person does: the embedded page then has the session too.
    m_gui->signIn();
    QWebEngineView *view = m_gui->signInPage()->view();
    QTRY_VERIFY_WITH_TIMEOUT(
        test::evaluateScript(view->page(),
                             QStringLiteral("document.getElementById('password_input') !== null"))
            .toBool(),
        30'000);
    view->page()->runJavaScript(QStringLiteral("document.getElementById('username_input').value = '%1';"
                                               "document.getElementById('password_input').value = '%2';"
                                               "document.getElementById('login_submit').click();")
                                    .arg(User, m_hub.password()));
    QTRY_VERIFY_WITH_TIMEOUT(m_gui->session()->isSignedIn(), 60'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->session()->monitor()->status().state, ServerStatus::State::Running,
                              30'000);
    // Progress is followed sooner than a person needs, so the test is short.
    m_gui->jobsController()->jobs()->setRefreshInterval(500);
}

void TestJobsGui::cleanupTestCase()
{
    m_gui.reset();
    if (m_hub.isValid()) {
        m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
        QDir(home() + QStringLiteral("/fornax-jobs~")).removeRecursively();
    }
}

void TestJobsGui::runFromRemoteBrowserToFinishedWithNotification()
{
    GuiApplication &gui = *m_gui;
    gui.raiseWindow();
    QVERIFY(QTest::qWaitForWindowActive(gui.mainWindow()));
    // The panel by keyboard, with names for every control.
    QTest::keyClick(gui.mainWindow(), Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(gui.jobsDock()->isVisible());
    for (QWidget *control : panel()->findChildren<QWidget *>()) {
        if (control->focusPolicy() != Qt::NoFocus && control->isVisible()
            && qobject_cast<QAbstractButton *>(control))
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    }
    QVERIFY(!panel()->list()->accessibleName().isEmpty());

    // Files on your server: the notebook's context menu offers Run as job….
    QTest::keyClick(gui.mainWindow(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    RemoteBrowser *browser = gui.remoteBrowser();
    QTRY_VERIFY_WITH_TIMEOUT(browser->hasServer(), 30'000);
    QSignalSpy listed(browser, &RemoteBrowser::folderListed);
    browser->setCurrentFolder(QStringLiteral("analysis"));
    QTRY_VERIFY_WITH_TIMEOUT(
        browser->currentFolder() == QStringLiteral("analysis") && browser->model()->rowCount() == 1, 30'000);
    QAction *run = nullptr;
    for (QAction *action : browser->view()->actions()) {
        if (action->objectName() == QLatin1String("runAsJobAction"))
            run = action;
    }
    QVERIFY(run);
    QCOMPARE(run->text(), QStringLiteral("Run as job…"));
    QTRY_VERIFY(!listed.isEmpty() && listed.last().first().toString() == QStringLiteral("analysis"));
    QVERIFY(!run->isEnabled()); // nothing selected yet
    browser->view()->selectionModel()->select(
        browser->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_VERIFY(run->isEnabled());
    run->trigger();

    // The kernel from the server's list, the notebook's own preselected.
    RunJobDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    auto *kernels = dialog->findChild<QComboBox *>(QStringLiteral("kernelCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(kernels->count() > 0, 30'000);
    QCOMPARE(kernels->currentData().toString(), QStringLiteral("python3"));
    for (const char *name : {"kernelCombo", "stopWhenDoneCheck", "maxHoursSpin"})
        QVERIFY(!dialog->findChild<QWidget *>(QLatin1String(name))->accessibleName().isEmpty());
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("stopWhenDoneCheck"))->isChecked());
    QSignalSpy submitted(gui.jobsController(), &JobsController::submitted);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startJobButton")), Qt::LeftButton);
    QVERIFY(submitted.wait(60'000));
    m_jobId = submitted.first().first().toString();

    // Running: the panel, the tray's tooltip and the home page say so.
    QTRY_COMPARE_WITH_TIMEOUT(shownState(QStringLiteral("analysis.ipynb")), QStringLiteral("running"),
                              10'000);
    // (English's plural comes with its translation; the untranslated text says "job(s)".)
    static const QRegularExpression oneRunning(QStringLiteral("\\b1 job(\\(s\\))? running"));
    QTRY_VERIFY2_WITH_TIMEOUT(gui.trayIcon()->toolTip().contains(oneRunning),
                              qPrintable(gui.trayIcon()->toolTip()), 10'000);
    QCOMPARE(gui.homePage()->jobs().size(), 1);
    QCOMPARE(gui.homePage()->jobs().first().name, QStringLiteral("analysis.ipynb"));
    test::TestArtifacts::saveWindowScreenshot(gui.mainWindow()->windowHandle(),
                                              QStringLiteral("jobs-running"));

    // Finished, with the end of its log, and the desktop told once.
    QTRY_COMPARE_WITH_TIMEOUT(shownState(QStringLiteral("analysis.ipynb")), QStringLiteral("finished"),
                              60'000);
    panel()->selectJob(m_jobId);
    QTRY_VERIFY2_WITH_TIMEOUT(
        panel()->logView()->toPlainText().contains(QStringLiteral("hello from the job")),
        qPrintable(panel()->logView()->toPlainText()), 10'000);
    const QString me = QDBusConnection::sessionBus().baseService();
    QTRY_COMPARE_WITH_TIMEOUT(m_listener.received(me).size(), 1, 10'000);
    QCOMPARE(m_listener.received(me).first().summary, QStringLiteral("Job “analysis.ipynb” finished"));
    QVERIFY2(m_listener.received(me).first().body.startsWith(QStringLiteral("It ran for 0:00:")),
             qPrintable(m_listener.received(me).first().body));
    QTRY_VERIFY(!gui.trayIcon()->toolTip().contains(QStringLiteral("running")));
    QVERIFY(gui.homePage()->jobs().isEmpty());
    // On the server: what the notebook wrote, beside the executed notebook.
    const QString work = home() + QStringLiteral("/fornax-jobs~/%1/%1/").arg(m_jobId);
    QVERIFY(QFile::exists(work + QStringLiteral("result.txt")));
    QVERIFY(QFile::exists(work + QStringLiteral("analysis-executed.ipynb")));
    test::TestArtifacts::saveWindowScreenshot(gui.mainWindow()->windowHandle(),
                                              QStringLiteral("jobs-finished"));
}

void TestJobsGui::openOutputShowsTheExecutedNotebook()
{
    QVERIFY(!m_jobId.isEmpty());
    GuiApplication &gui = *m_gui;
    panel()->selectJob(m_jobId);
    QTest::mouseClick(panel()->findChild<QPushButton *>(QStringLiteral("openOutputButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.labView()), 10'000);
    QWebEngineView *view = gui.labView()->view();
    // The classic Notebook's page of the executed notebook: its title, and the cell's output.
    QTRY_VERIFY2_WITH_TIMEOUT(
        view->url().path().endsWith(
            QStringLiteral("/notebooks/fornax-jobs~/%1/%1/analysis-executed.ipynb").arg(m_jobId)),
        qPrintable(view->url().toString()), 10'000);
    QTRY_VERIFY2_WITH_TIMEOUT(view->title().startsWith(QStringLiteral("analysis-executed")),
                              qPrintable(view->title()), 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        test::evaluateScript(view->page(),
                             QStringLiteral("document.body.innerText.includes('hello from the job')"))
            .toBool(),
        30'000);
    test::TestArtifacts::saveWindowScreenshot(gui.mainWindow()->windowHandle(),
                                              QStringLiteral("jobs-output"));
}

void TestJobsGui::droppedScriptRunsAndCancelAsksFirst()
{
    GuiApplication &gui = *m_gui;
    const QString script = m_local.filePath(QStringLiteral("long run.sh"));
    QVERIFY(writeFile(script, "echo started\nsleep 120\necho never\n"));
    gui.jobsDock()->show();
    auto *run = panel()->findChild<QPushButton *>(QStringLiteral("runJobButton"));
    QVERIFY(run);
    // A local script dropped on Run…, as from a file manager.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(script)});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(run, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(run, &drop);
    RunJobDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("kernelCombo"))->isVisible()); // a script
    QSignalSpy submitted(gui.jobsController(), &JobsController::submitted);
    dialog->accept();
    QVERIFY(submitted.wait(60'000));
    const QString id = submitted.first().first().toString();
    QTRY_COMPARE_WITH_TIMEOUT(shownState(QStringLiteral("long run.sh")), QStringLiteral("running"), 10'000);

    // Cancel asks first; keeping it running changes nothing.
    panel()->selectJob(id);
    auto *cancel = panel()->findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QMessageBox *question = nullptr;
    QTRY_VERIFY(
        (question = gui.mainWindow()->findChild<QMessageBox *>(QStringLiteral("cancelJobConfirmation")))
        && question->isVisible());
    QVERIFY(question->text().contains(QStringLiteral("long run.sh")));
    question->reject();
    QTRY_VERIFY(!gui.mainWindow()->findChild<QMessageBox *>(QStringLiteral("cancelJobConfirmation")));
    QCOMPARE(shownState(QStringLiteral("long run.sh")), QStringLiteral("running"));
    cancel->click();
    QTRY_VERIFY(
        (question = gui.mainWindow()->findChild<QMessageBox *>(QStringLiteral("cancelJobConfirmation")))
        && question->isVisible());
    question->findChild<QPushButton *>(QStringLiteral("confirmCancelJob"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(shownState(QStringLiteral("long run.sh")), QStringLiteral("cancelled"), 30'000);
    QVERIFY(!cancel->isEnabled());
}

void TestJobsGui::stopWhenDoneStopsTheServerAndSaysWhatItSaved()
{
    GuiApplication &gui = *m_gui;
    const QString script = m_local.filePath(QStringLiteral("quick.py"));
    QVERIFY(writeFile(script, "print('quick one')\n"));
    gui.jobsController()->runLocal(script);
    RunJobDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    dialog->findChild<QCheckBox *>(QStringLiteral("stopWhenDoneCheck"))->setChecked(true);
    QSignalSpy submitted(gui.jobsController(), &JobsController::submitted);
    dialog->accept();
    QVERIFY(submitted.wait(60'000));
    const QString id = submitted.first().first().toString();
    // The server stops by itself when the job ends; the panel says what that saved.
    QTRY_VERIFY_WITH_TIMEOUT(server().isEmpty(), 60'000);
    // It ended a moment before the server went: finished, or, read too late, as the hub tells it.
    QTRY_VERIFY2_WITH_TIMEOUT(shownState(QStringLiteral("quick.py")) == QStringLiteral("finished")
                                  || shownState(QStringLiteral("quick.py"))
                                      == QStringLiteral("ended and stopped the server"),
                              qPrintable(shownState(QStringLiteral("quick.py"))),
                              30'000); // the app sees the server gone at its next poll
    panel()->selectJob(id);
    // 15 idle minutes of a Small server at 0.25 credits an hour.
    QTRY_VERIFY2_WITH_TIMEOUT(
        panel()->savedLabel()->isVisible()
            && panel()->savedLabel()->text().contains(QStringLiteral("saved about 0.063 credits")),
        qPrintable(panel()->savedLabel()->text()), 30'000); // once the app sees the server stopped
    test::TestArtifacts::saveWindowScreenshot(gui.mainWindow()->windowHandle(), QStringLiteral("jobs-saved"));
    // Its stop token is revoked on the hub once the job has ended (SECURITY.md).
    const auto stopTokens = [this] {
        int count = 0;
        const QJsonArray tokens = m_hub.call("GET", QStringLiteral("users/%1/tokens").arg(User))
                                      .json()
                                      .object()
                                      .value(QLatin1String("api_tokens"))
                                      .toArray();
        for (const auto &token : tokens)
            count += token.toObject()
                         .value(QLatin1String("note"))
                         .toString()
                         .contains(QLatin1String("stops the server"));
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(stopTokens(), 0, 10'000);
    const QString me = QDBusConnection::sessionBus().baseService();
    // The job's end is announced (whether the stop is in it depends on when the end was read;
    // beside it the app may say the server stopped).
    const auto jobAnnounced = [this, &me] {
        const QList<test::NotificationListener::Received> received = m_listener.received(me);
        return std::any_of(received.cbegin(), received.cend(), [](const auto &notification) {
            return notification.summary.contains(QLatin1String("quick.py"));
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(jobAnnounced(), 10'000);
}

QTEST_MAIN(TestJobsGui)
#include "tst_jobs.moc"
