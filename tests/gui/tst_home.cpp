// The home page and the year's chart against the real hub, with a ledger holding this year's
// history: signed in with the server stopped, the home page comes first with Start; started, the
// server runs in the lab, and Home (Ctrl+Shift+H) shows what a person reads there — state, size,
// this session's credits, the time limit, the year's credits and the forecast the ledger gives,
// the last session; jobs listed through the page's API show, and hide again. The usage page's
// year chart has the ledger's series and says it in words. Screenshots go to the test artifacts
// (home.png is the README's).
#include "GuiApplication.h"
#include "HomePage.h"
#include "LabView.h"
#include "MainWindow.h"
#include "PageScript.h"
#include "ProfilePicker.h"
#include "Settings.h"
#include "TestArtifacts.h"
#include "TestHub.h"
#include "UsageDialog.h"
#include "YearChart.h"
#include "account/HubSession.h"
#include "cost/CreditYear.h"
#include "cost/RateCard.h"
#include "cost/UsageLedger.h"
#include "hub/ServerMonitor.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace fornax;
using fornax::ui::GuiApplication;
using fornax::ui::HomePage;

namespace {

QString text(QWidget *root, const char *name)
{
    auto *label = root->findChild<QLabel *>(QString::fromLatin1(name));
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestHome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void stoppedServerShowsHomeFirst();
    void runningServerAtAGlance();
    void jobsShowOnlyWhileThereAreSome();
    void usagePageChartsTheYear();

private:
    void writeHistory();
    RateCard card() const;

    test::TestHub m_hub;
    const QString m_user = QStringLiteral("home-user");
    std::unique_ptr<GuiApplication> m_gui;
    QDate m_renewal;
    double m_history = 0; // credits of the sessions written before the test
};

RateCard TestHome::card() const
{
    // A card like Fornax's for the fixture's sizes: credits per hour, 1000 a year.
    RateCard card = RateCard::unknownHub();
    card.setUnit(QStringLiteral("credits"));
    const QList<std::pair<QString, double>> rates {{QStringLiteral("small"), 0.25},
                                                   {QStringLiteral("medium"), 0.5},
                                                   {QStringLiteral("large"), 2.0},
                                                   {QStringLiteral("xlarge"), 4.0}};
    for (const auto &[size, rate] : rates)
        card.setHourlyRate(size, {rate, QStringLiteral("test")});
    card.setYearlyAllotment(RateCard::Figure {1000, QStringLiteral("test")});
    card.setAllotmentRenewal(RateCard::YearDay {m_renewal.month(), m_renewal.day(), QStringLiteral("test")});
    return card;
}

void TestHome::writeHistory()
{
    // Renewed about two months ago (a day every year has); Large most days of the last four
    // weeks, Small now and then before: the credits run out before the next renewal.
    const QDate today = QDate::currentDate();
    const QDate back = today.addDays(-60);
    m_renewal = QDate(back.year(), back.month(), std::min(back.day(), 28));
    UsageLedger ledger;
    const QString hub = RateCard::hubKey(m_hub.url().toString());
    for (int daysAgo = 55; daysAgo >= 1; --daysAgo) {
        const QDate day = today.addDays(-daysAgo);
        if (day < m_renewal)
            continue;
        const bool recent = daysAgo <= 28;
        if (!recent && daysAgo % 3 != 0)
            continue;
        const QString size = recent ? QStringLiteral("large") : QStringLiteral("small");
        const int hours = recent ? 6 : 4;
        const QDateTime start(day, QTime(9, 0)); // local: within the day wherever the test runs
        QVERIFY(ledger.append(
            UsageRecord::session(hub, m_user, size, start.toUTC(), start.addSecs(hours * 3600).toUTC())));
        m_history += hours * (recent ? 2.0 : 0.25);
    }
}

void TestHome::initTestCase()
{
    QVERIFY(QGuiApplication::platformName() == QLatin1String("xcb"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_hub.ensureUser(m_user));
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user));
    QVERIFY(QDir::homePath().contains(QLatin1String("test-output")));
    QFile::remove(UsageLedger::defaultFilePath());
    writeHistory();
    m_gui = std::make_unique<GuiApplication>(m_hub.url().toString());
    card().save(*m_gui->settings(), m_hub.url().toString());
    QSignalSpy ready(m_gui.get(), &GuiApplication::hubReady);
    m_gui->start();
    m_gui->mainWindow()->resize(1100, 700);
    QVERIFY(QTest::qWaitForWindowExposed(m_gui->mainWindow()));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30'000);
    // The limits as a user sets them for a hub like Fornax (this fixture's hub says nothing).
    m_gui->settings()->setIdleCullMinutes(m_gui->hubId(), 15);
    m_gui->settings()->setMaxServerHours(m_gui->hubId(), 48);
    // Through the hub's page, as a person does: the app then reads the hub's sizes.
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
                                    .arg(m_user, m_hub.password()));
    QTRY_VERIFY_WITH_TIMEOUT(m_gui->session()->isSignedIn(), 60'000);
}

void TestHome::cleanupTestCase()
{
    m_gui.reset();
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user));
}

void TestHome::stoppedServerShowsHomeFirst()
{
    GuiApplication &gui = *m_gui;
    HomePage *home = gui.homePage();
    QVERIFY(home);
    QTRY_COMPARE_WITH_TIMEOUT(gui.mainWindow()->currentPage(), static_cast<QWidget *>(home), 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(text(home, "homeState"), QStringLiteral("Stopped"), 30'000);
    auto *start = home->findChild<QPushButton *>(QStringLiteral("homeStart"));
    QVERIFY(start && start->isVisible() && !start->accessibleName().isEmpty());
    QVERIFY(!home->findChild<QPushButton *>(QStringLiteral("homeStop"))->isVisible());
    QVERIFY(!home->findChild<QPushButton *>(QStringLiteral("homeOpenLab"))->isVisible());
    // Nothing runs: no time running or limits, and no invented figures.
    QVERIFY(text(home, "homeRunning").isEmpty());
    QVERIFY(text(home, "homeHardLimit").isEmpty());
    // Start leads to the sizes.
    start->click();
    QCOMPARE(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.profilePicker()));
}

void TestHome::runningServerAtAGlance()
{
    GuiApplication &gui = *m_gui;
    ui::ProfilePicker *picker = gui.profilePicker();
    QTRY_COMPARE_WITH_TIMEOUT(picker->profiles().size(), 4, 30'000);
    picker->selectProfile(QStringLiteral("small"));
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("startServerButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.labView()), 60'000);

    // Home from the keyboard.
    gui.raiseWindow();
    QVERIFY(QTest::qWaitForWindowActive(gui.mainWindow()));
    QTest::keyClick(gui.mainWindow(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    HomePage *home = gui.homePage();
    QTRY_COMPARE(gui.mainWindow()->currentPage(), static_cast<QWidget *>(home));
    QTRY_COMPARE(text(home, "homeState"), QStringLiteral("Running"));
    QCOMPARE(text(home, "homeSize"), QStringLiteral("Small"));
    QVERIFY2(text(home, "homeRunning").startsWith(QLatin1String("Running for ")),
             qPrintable(text(home, "homeRunning")));
    QVERIFY2(text(home, "homeSessionCredits").startsWith(QLatin1String("This session so far: "))
                 && text(home, "homeSessionCredits").endsWith(QLatin1String(" credits")),
             qPrintable(text(home, "homeSessionCredits")));
    QVERIFY2(text(home, "homeIdle").startsWith(QLatin1String("Stops when idle at ")),
             qPrintable(text(home, "homeIdle")));
    QVERIFY2(text(home, "homeHardLimit").contains(QLatin1String("(in 47 h")),
             qPrintable(text(home, "homeHardLimit")));

    // The year as the ledger has it: the history and the few minutes running now.
    const auto year = CreditYear(card(), m_hub.url().toString()).summary(gui.usageLedger()->records());
    QVERIFY(year && year->runsOut);
    QVERIFY2(year->used() >= m_history && year->used() < m_history + 0.1,
             qPrintable(QString::number(year->used())));
    const QLocale locale;
    QCOMPARE(text(home, "homeYearUsed"),
             QStringLiteral("%1 of 1,000 credits used since %2")
                 .arg(locale.toString(year->used(), 'f', 1),
                      locale.toString(m_renewal, QStringLiteral("d MMM yyyy"))));
    QCOMPARE(text(home, "homeForecast"),
             QStringLiteral("At this rate they run out on %1.")
                 .arg(locale.toString(*year->runsOut, QStringLiteral("d MMM yyyy"))));
    QVERIFY2(
        text(home, "homeLastSession").startsWith(QLatin1String("Large, 6 h, about 12.00 credits; ended ")),
        qPrintable(text(home, "homeLastSession")));
    QCOMPARE(text(home, "homeTransfers"), QStringLiteral("No transfers running."));
    auto *stop = home->findChild<QPushButton *>(QStringLiteral("homeStop"));
    auto *openLab = home->findChild<QPushButton *>(QStringLiteral("homeOpenLab"));
    QVERIFY(stop->isVisible() && openLab->isVisible());
    QVERIFY(!home->findChild<QPushButton *>(QStringLiteral("homeStart"))->isVisible());
    QVERIFY(!home->findChild<QGroupBox *>(QStringLiteral("homeJobs"))->isVisible());
    // The page has no web view: the widgets' own rendering is what the display shows, once its
    // layout has placed the lines just set.
    auto *sizeLabel = home->findChild<QLabel *>(QStringLiteral("homeSize"));
    QTRY_VERIFY(home->width() > 1000 && sizeLabel->width() > 100 && sizeLabel->height() > 0);
    QVERIFY(!test::TestArtifacts::saveScreenshot(gui.mainWindow()->grab().toImage(), QStringLiteral("home"))
                 .isEmpty());

    // Back to the lab.
    openLab->click();
    QTRY_COMPARE(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.labView()));
}

void TestHome::jobsShowOnlyWhileThereAreSome()
{
    GuiApplication &gui = *m_gui;
    HomePage *home = gui.homePage();
    gui.mainWindow()->showPage(home);
    auto *jobs = home->findChild<QGroupBox *>(QStringLiteral("homeJobs"));
    home->setJobs({{QStringLiteral("fit-spectra.py"), QStringLiteral("running, 12 min")}});
    QVERIFY(jobs->isVisible());
    const QList<QLabel *> lines = jobs->findChildren<QLabel *>();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first()->text(), QStringLiteral("fit-spectra.py — running, 12 min"));
    home->setJobs({});
    QVERIFY(!jobs->isVisible());
}

void TestHome::usagePageChartsTheYear()
{
    GuiApplication &gui = *m_gui;
    gui.showUsage();
    ui::UsageDialog *usage = nullptr;
    QTRY_VERIFY((usage = gui.mainWindow()->findChild<ui::UsageDialog *>()) && usage->isVisible());
    auto *chart = usage->findChild<ui::YearChart *>(QStringLiteral("yearChart"));
    QVERIFY(chart && chart->isVisible());
    QVERIFY(!chart->accessibleName().isEmpty());
    const QString description = chart->accessibleDescription();
    QVERIFY2(description.contains(QLatin1String("of 1,000 credits used"))
                 && description.contains(QLatin1String("at this rate they run out on")),
             qPrintable(description));
    // The series is the ledger's: a point a day since the renewal, the last one the year so far.
    const auto &series = chart->series();
    QVERIFY(series);
    QCOMPARE(series->start, m_renewal);
    QCOMPARE(series->used.size(), m_renewal.daysTo(QDate::currentDate()) + 1);
    const auto year = CreditYear(card(), m_hub.url().toString()).summary(gui.usageLedger()->records());
    QVERIFY(year);
    QVERIFY(qAbs(series->used.constLast().used - year->used()) < 0.05); // minutes apart, at 0.25 an hour
    QVERIFY(qAbs(series->used.at(series->used.size() - 2).used - m_history) < 1e-6); // up to yesterday
    QCOMPARE(series->forecast.size(), 2);
    QCOMPARE(series->forecast.last().day, year->renews);
    QVERIFY(series->forecast.last().used > 1000); // runs out before the renewal
    test::TestArtifacts::saveScreenshot(usage->grab().toImage(), QStringLiteral("usage-year"));
    usage->close();
}

QTEST_MAIN(TestHome)

#include "tst_home.moc"
