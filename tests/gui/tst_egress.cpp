// The egress guard in the desktop app against the real hub: a download started inside the
// JupyterLab view (here Notebook 6) that is larger than the threshold shows the warning with its
// size, cost and month-to-date; declining leaves no file; accepting downloads it and records it in
// the usage ledger; the server card and the tray show estimates; the usage page has its chart.
#include "GuiApplication.h"
#include "LabView.h"
#include "MainWindow.h"
#include "PageScript.h"
#include "ProfilePicker.h"
#include "RateCardDialog.h"
#include "ServerPanel.h"
#include "Settings.h"
#include "TestArtifacts.h"
#include "TestHub.h"
#include "TrayIcon.h"
#include "UsageDialog.h"
#include "account/HubSession.h"
#include "cost/UsageLedger.h"
#include "hub/ServerMonitor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEngineDownloadRequest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <functional>

using namespace fornax;
using fornax::ui::GuiApplication;

class TestEgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void largeLabDownloadAsksThenRecords();
    void usagePageShowsTheMonth();
    void budgetSetInTheEditorRefuses();

private:
    void signIn(GuiApplication &gui);
    void startSmall(GuiApplication &gui);
    // Runs handler on every modal widget that shows up until it returns true.
    void handleNextModal(const std::function<bool(QWidget *)> &handler);
    void startDownload(GuiApplication &gui, const QString &name);

    test::TestHub m_hub;
    const QString m_user = QStringLiteral("egress-user");
    std::unique_ptr<GuiApplication> m_gui;
    QTemporaryDir m_saveDir;
    // Owns the modal handlers of one test function: a failed one must not leave them running.
    std::unique_ptr<QObject> m_modalScope = std::make_unique<QObject>();
};

void TestEgress::initTestCase()
{
    QVERIFY(QGuiApplication::platformName() == QLatin1String("xcb"));
    QVERIFY(m_saveDir.isValid());
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_hub.ensureUser(m_user));
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user));
    // A fresh ledger each run (in the home ctest gives the test, never a real one).
    QVERIFY(QDir::homePath().contains(QLatin1String("test-output")));
    QFile::remove(UsageLedger::defaultFilePath());
    m_gui = std::make_unique<GuiApplication>(m_hub.url().toString());
    QCOMPARE(m_gui->usageLedger()->filePath(), UsageLedger::defaultFilePath());
    signIn(*m_gui);
    startSmall(*m_gui);
}

void TestEgress::cleanupTestCase()
{
    m_gui.reset();
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user));
}

void TestEgress::cleanup()
{
    m_modalScope = std::make_unique<QObject>();
}

void TestEgress::signIn(GuiApplication &gui)
{
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

void TestEgress::startSmall(GuiApplication &gui)
{
    ui::ProfilePicker *picker = gui.profilePicker();
    QTRY_COMPARE_WITH_TIMEOUT(picker->profiles().size(), 4, 30'000);
    picker->selectProfile(QStringLiteral("small"));
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("startServerButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.labView()), 60'000);
    // The server's page (not the blank one before it) has loaded: it can start a download.
    const QString server = gui.labView()->serverUrl().toString();
    QVERIFY(!server.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        test::evaluateScript(
            gui.labView()->view()->page(),
            QStringLiteral("document.readyState === 'complete' && location.href.startsWith('%1')")
                .arg(server))
            .toBool(),
        30'000);
}

void TestEgress::handleNextModal(const std::function<bool(QWidget *)> &handler)
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

void TestEgress::startDownload(GuiApplication &gui, const QString &name)
{
    // What JupyterLab's "Download" does: open the file's URL with ?download=1, which the server
    // answers as an attachment (with its Content-Length), so the page stays and a download starts.
    const QUrl file =
        gui.labView()->serverUrl().resolved(QUrl(QStringLiteral("files/%1?download=1").arg(name)));
    gui.labView()->view()->page()->runJavaScript(
        QStringLiteral("(function() { const a = document.createElement('a'); a.href = '%1';"
                       " document.body.appendChild(a); a.click(); a.remove(); })();")
            .arg(file.toString()));
}

void TestEgress::largeLabDownloadAsksThenRecords()
{
    GuiApplication &gui = *m_gui;
    // 3 MB on the server, and a threshold of 1 MB: large without making the test slow.
    const QString name = QStringLiteral("egress-large.bin");
    const qint64 size = 3'000'000;
    {
        QFile file(m_hub.homeOf(m_user) + QLatin1Char('/') + name);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.fileName()));
        QVERIFY(file.write(QByteArray(size, 'f')) == size);
    }
    gui.settings()->setEgressThreshold(1'000'000);
    // The server serves it, with its length (what the warning's size comes from). GET, as this
    // Notebook fails HEAD on files.
    const QUrl url = gui.labView()->serverUrl().resolved(QUrl(QStringLiteral("files/") + name));
    const QString head = test::evaluateScript(gui.labView()->view()->page(),
                                              QStringLiteral("(function() { const x = new XMLHttpRequest();"
                                                             " x.open('GET', '%1', false); x.send();"
                                                             " return x.status + ' ' + x.getResponseHeader("
                                                             "'Content-Length'); })()")
                                                  .arg(url.toString()))
                             .toString();
    QCOMPARE(head, QStringLiteral("200 %1").arg(size));
    const QString target = m_saveDir.filePath(name);
    const QString defaultFolder = gui.webProfile()->profile()->downloadPath();
    QList<QPointer<QWebEngineDownloadRequest>> requests;
    QObject scope; // the connection ends with this function, with the list it fills
    connect(gui.webProfile()->profile(), &QWebEngineProfile::downloadRequested, &scope,
            [&requests](QWebEngineDownloadRequest *request) {
                requests << request;
            });

    // 1. Declined: the warning says what it costs; no file anywhere, nothing recorded.
    QString shownSize;
    QString shownCost;
    QString shownMonth;
    QString shownAdvice;
    bool declined = false;
    handleNextModal([&](QWidget *modal) {
        if (modal->objectName() != QLatin1String("egressDialog"))
            return false;
        shownSize = modal->findChild<QLabel *>(QStringLiteral("egressSize"))->text();
        shownCost = modal->findChild<QLabel *>(QStringLiteral("egressCost"))->text();
        shownMonth = modal->findChild<QLabel *>(QStringLiteral("egressMonthToDate"))->text();
        shownAdvice = modal->findChild<QLabel *>(QStringLiteral("egressAdvice"))->text();
        test::TestArtifacts::saveScreenshot(modal->grab().toImage(), QStringLiteral("egress-warning"));
        modal->findChild<QPushButton *>(QStringLiteral("egressCancelButton"))->click();
        declined = true;
        return true;
    });
    startDownload(gui, name);
    QTRY_VERIFY_WITH_TIMEOUT(declined, 30'000);
    QCOMPARE(requests.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!requests.first() || requests.first()->isFinished(), 10'000);
    if (requests.first())
        QCOMPARE(requests.first()->state(), QWebEngineDownloadRequest::DownloadCancelled);
    // QtWebEngine 6.4 often hands the request over before it knows the length; the app then asks
    // the server's contents API, so the size and the cost are shown (3 MB at 0.09 USD per GB).
    QVERIFY2(shownSize == QLatin1String("3.0 MB"), qPrintable(shownSize));
    QVERIFY2(shownCost.contains(QLatin1String("0.00027 USD"))
                 && shownCost.contains(QLatin1String("estimate")),
             qPrintable(shownCost));
    QVERIFY2(shownMonth.contains(QLatin1String("estimate")), qPrintable(shownMonth));
    QVERIFY(shownAdvice.contains(QLatin1String("download only the results")));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(QDir(defaultFolder).filePath(name)));
    const auto recorded = [&] {
        QList<UsageRecord> found;
        for (const UsageRecord &record : gui.usageLedger()->records()) {
            if (record.kind == UsageRecord::Kind::Download && record.what == name)
                found << record;
        }
        return found;
    };
    QVERIFY(recorded().isEmpty());

    // 2. Accepted: saved where the user chose, and recorded with its bytes.
    bool accepted = false;
    bool saved = false;
    handleNextModal([&](QWidget *modal) {
        if (modal->objectName() != QLatin1String("egressDialog"))
            return false;
        modal->findChild<QPushButton *>(QStringLiteral("egressDownloadButton"))->click();
        accepted = true;
        return true;
    });
    handleNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog)
            return false;
        dialog->selectFile(target);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        saved = true;
        return true;
    });
    QSignalSpy recordedSpy(&gui, &GuiApplication::downloadRecorded);
    startDownload(gui, name);
    QTRY_VERIFY_WITH_TIMEOUT(accepted, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(saved, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(recordedSpy.size(), 1, 60'000);
    QCOMPARE(QFileInfo(target).size(), size);
    const QList<UsageRecord> records = recorded();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().bytes, size);
    QCOMPARE(records.first().account, m_user);
    QCOMPARE(records.first().hub, RateCard::hubKey(m_hub.url().toString()));

    // The card and the tray show estimates, and say so.
    const QString card = gui.serverPanel()->costEstimate();
    QVERIFY2(card.contains(QLatin1String("Estimated")), qPrintable(card));
    QVERIFY2(gui.trayIcon()->toolTip().contains(card), qPrintable(gui.trayIcon()->toolTip()));
}

void TestEgress::usagePageShowsTheMonth()
{
    GuiApplication &gui = *m_gui;
    auto *action = gui.mainWindow()->menuBar()->findChild<QAction *>(QStringLiteral("usageAction"));
    QVERIFY(action);
    action->trigger();
    ui::UsageDialog *usage = nullptr;
    QTRY_VERIFY((usage = gui.mainWindow()->findChild<ui::UsageDialog *>()) && usage->isVisible());
    QVERIFY(usage->findChild<QChartView *>(QStringLiteral("usageChart")));
    auto *days = usage->findChild<QTableWidget *>(QStringLiteral("usageDays"));
    QVERIFY(days);
    QCOMPARE(days->rowCount(), QDate::currentDate().day());
    // Today's row holds the download of the test before (3 MB, or more if it ran twice).
    const QString today = days->item(days->rowCount() - 1, 1)->text();
    QVERIFY2(today.endsWith(QLatin1String("MB")) || today.endsWith(QLatin1String("GB")), qPrintable(today));
    const QString csv = usage->csv(true);
    QVERIFY(csv.startsWith(QLatin1String("day,downloads,egress_bytes")));
    const QString path = m_saveDir.filePath(QStringLiteral("usage.csv"));
    QVERIFY(usage->exportCsv(path, false));
    QFile exported(path);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll().contains(UsageLedger::monthKey(QDateTime::currentDateTimeUtc()).toUtf8()));
    test::TestArtifacts::saveScreenshot(usage->grab().toImage(), QStringLiteral("egress-usage-page"));
    usage->close();
}

void TestEgress::budgetSetInTheEditorRefuses()
{
    GuiApplication &gui = *m_gui;
    // Settings ▸ Rates and budget: a budget smaller than what this month already cost.
    gui.mainWindow()->menuBar()->findChild<QAction *>(QStringLiteral("rateCardAction"))->trigger();
    ui::RateCardDialog *editor = nullptr;
    QTRY_VERIFY((editor = gui.mainWindow()->findChild<ui::RateCardDialog *>()) && editor->isVisible());
    QVERIFY(!editor->findChild<QLabel *>(QStringLiteral("egressRateSource"))->text().isEmpty());
    editor->findChild<QCheckBox *>(QStringLiteral("hasMonthlyBudget"))->setChecked(true);
    editor->findChild<QDoubleSpinBox *>(QStringLiteral("monthlyBudget"))->setValue(0.0001);
    editor->findChild<QPushButton *>(QStringLiteral("rateCardOk"))->click();
    const RateCard card = RateCard::load(*gui.settings(), m_hub.url().toString());
    QVERIFY(card.monthlyBudget());
    QCOMPARE(card.monthlyBudget()->value, 0.0001);
    QVERIFY(card.monthlyBudget()->source.contains(QLatin1String("edited by you")));

    // Now even a small download is refused: only Close is offered, and nothing is saved.
    const QString name = QStringLiteral("egress-small.txt");
    {
        QFile file(m_hub.homeOf(m_user) + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a small result\n");
    }
    QList<QPointer<QWebEngineDownloadRequest>> requests;
    QObject scope; // the connection ends with this function, with the list it fills
    connect(gui.webProfile()->profile(), &QWebEngineProfile::downloadRequested, &scope,
            [&requests](QWebEngineDownloadRequest *request) {
                requests << request;
            });
    bool refused = false;
    bool offeredDownload = true;
    QString message;
    handleNextModal([&](QWidget *modal) {
        if (modal->objectName() != QLatin1String("egressDialog"))
            return false;
        offeredDownload = modal->findChild<QPushButton *>(QStringLiteral("egressDownloadButton")) != nullptr;
        message = modal->findChild<QLabel *>(QStringLiteral("egressMessage"))->text();
        modal->findChild<QPushButton *>(QStringLiteral("egressCloseButton"))->click();
        refused = true;
        return true;
    });
    startDownload(gui, name);
    QTRY_VERIFY_WITH_TIMEOUT(refused, 30'000);
    QVERIFY(!offeredDownload);
    QVERIFY2(message.contains(QLatin1String("budget")), qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(requests.size() == 1 && (!requests.first() || requests.first()->isFinished()),
                             10'000);
    if (requests.first())
        QCOMPARE(requests.first()->state(), QWebEngineDownloadRequest::DownloadCancelled);
    QVERIFY(!QFile::exists(m_saveDir.filePath(name)));
    RateCard::reset(*gui.settings(), m_hub.url().toString());
}

QTEST_MAIN(TestEgress)
#include "tst_egress.moc"
