// `fornax-desktop usage` (the real binary, no hub needed) over a real ledger, and EgressPrompt's
// answers for a terminal, a script, and --yes.
#include "CliOutput.h"
#include "EgressPrompt.h"
#include "ExitCode.h"
#include "Settings.h"
#include "cost/CreditYear.h"
#include "cost/EgressPolicy.h"
#include "cost/UsageLedger.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace fornax;

namespace {

const QString Hub = QStringLiteral("http://127.0.0.1:8765/");
const QString OtherHub = QStringLiteral("https://other.example.org/");

} // namespace

class TestUsageCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonListsDownloadsWithBytes();
    void otherMonthAndHub();
    void forPeople();
    void yearOfCredits();
    void badMonthIsUsageError_data();
    void badMonthIsUsageError();
    void promptAnswers_data();
    void promptAnswers();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments, const QString &hub = {});
    QJsonObject runJson(const QStringList &arguments);

    QDateTime m_now;
    QDateTime m_lastMonth;
    QDate m_renewal;
};

void TestUsageCommand::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(FORNAX_DESKTOP_BINARY)));
    // The app's identity, so the ledger here is the one the binary reads.
    QCoreApplication::setOrganizationName(QStringLiteral("Fornax"));
    QCoreApplication::setApplicationName(QStringLiteral("fornax-desktop"));
    const QString path = UsageLedger::defaultFilePath();
    // The binary reads the ledger in $HOME: only ever the throw-away home ctest gives the test.
    QVERIFY2(QDir::homePath().contains(QLatin1String("test-output")),
             "run this test through ctest, which gives it a home of its own");
    QVERIFY(path.startsWith(QDir::homePath()));
    QFile::remove(path);
    UsageLedger ledger;
    m_now = QDateTime::currentDateTimeUtc();
    // Two days back can be last month; a moment ago cannot.
    m_lastMonth = m_now.addMonths(-1);
    QVERIFY(ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("results.fits"), 123'456'789,
                                  m_now.addSecs(-2)));
    QVERIFY(
        ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("plot.png"), 42, m_now.addSecs(-1)));
    QVERIFY(ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("old.tar"), 7'000'000'000,
                                  m_lastMonth));
    QVERIFY(ledger.recordDownload(OtherHub, QStringLiteral("bob"), QStringLiteral("elsewhere.csv"), 1'000,
                                  m_now.addSecs(-1)));
    QVERIFY(
        ledger.recordSessionStart(Hub, QStringLiteral("ann"), QStringLiteral("small"), m_now.addSecs(-3600)));

    // The local hub grants 100 a year, renewed yesterday: last month's download is last year's.
    QDate renewal = m_now.toLocalTime().date().addDays(-1);
    if (renewal.month() == 2 && renewal.day() == 29)
        renewal = renewal.addDays(-1);
    RateCard card = RateCard::unknownHub();
    card.setUnit(QStringLiteral("credits"));
    card.setHourlyRate(QStringLiteral("small"), {1.0, QStringLiteral("test")});
    card.setYearlyAllotment(RateCard::Figure {100, QStringLiteral("test")});
    card.setAllotmentRenewal(RateCard::YearDay {renewal.month(), renewal.day(), QStringLiteral("test")});
    Settings settings;
    card.save(settings, Hub);
    m_renewal = renewal;
}

TestUsageCommand::Run TestUsageCommand::run(const QStringList &arguments, const QString &hub)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FORNAX_HUB"));
    if (!hub.isEmpty())
        environment.insert(QStringLiteral("FORNAX_HUB"), hub);
    environment.remove(QStringLiteral("FORNAX_TOKEN"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FORNAX_DESKTOP_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonObject TestUsageCommand::runJson(const QStringList &arguments)
{
    const Run result = run(arguments);
    if (result.exitCode != 0)
        qWarning() << result.err;
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    if (result.exitCode != 0 || lines.size() != 1)
        return {};
    return QJsonDocument::fromJson(lines.first()).object();
}

void TestUsageCommand::jsonListsDownloadsWithBytes()
{
    const QJsonObject usage = runJson({QStringLiteral("usage"), QStringLiteral("--json")});
    QVERIFY(!usage.isEmpty());
    QCOMPARE(usage.value(QLatin1String("month")).toString(), UsageLedger::monthKey(m_now));
    QVERIFY(usage.value(QLatin1String("estimate")).toBool());
    QMap<QString, qint64> bytes;
    for (const QJsonValue &download : usage.value(QLatin1String("downloads")).toArray())
        bytes.insert(download[QLatin1String("what")].toString(),
                     download[QLatin1String("bytes")].toInteger());
    QCOMPARE(bytes.size(), 3);
    QCOMPARE(bytes.value(QStringLiteral("results.fits")), qint64(123'456'789));
    QCOMPARE(bytes.value(QStringLiteral("plot.png")), qint64(42));
    QCOMPARE(bytes.value(QStringLiteral("elsewhere.csv")), qint64(1'000));
    QCOMPARE(usage.value(QLatin1String("sessions")).toArray().size(), 1);
    // A session recorded without resource samples: its peaks are unknown (null), never 0.
    const QJsonObject session = usage.value(QLatin1String("sessions")).toArray().first().toObject();
    QVERIFY(session.contains(QLatin1String("peak_cpu")) && session.value(QLatin1String("peak_cpu")).isNull());
    QVERIFY(session.contains(QLatin1String("peak_memory"))
            && session.value(QLatin1String("peak_memory")).isNull());
    // This hub's egress: 123,456,831 bytes at the unknown-hub rate of 0.09 per GB.
    int found = 0;
    for (const QJsonValue &hub : usage.value(QLatin1String("hubs")).toArray()) {
        if (hub[QLatin1String("hub")].toString() == RateCard::hubKey(Hub)) {
            ++found;
            QCOMPARE(hub[QLatin1String("egress_bytes")].toInteger(), qint64(123'456'831));
            QVERIFY(qAbs(hub[QLatin1String("egress_cost")].toDouble() - 0.123456831 * 0.09) < 1e-12);
            QVERIFY(hub[QLatin1String("server_hours")].toDouble() >= 1.0);
        }
    }
    QCOMPARE(found, 1);
}

void TestUsageCommand::otherMonthAndHub()
{
    const QString lastMonth = UsageLedger::monthKey(m_lastMonth);
    const QJsonObject old =
        runJson({QStringLiteral("usage"), QStringLiteral("--month"), lastMonth, QStringLiteral("--json")});
    const QJsonArray downloads = old.value(QLatin1String("downloads")).toArray();
    QCOMPARE(downloads.size(), 1);
    QCOMPARE(downloads.at(0)[QLatin1String("bytes")].toInteger(), qint64(7'000'000'000));

    const QJsonObject other =
        runJson({QStringLiteral("usage"), QStringLiteral("--hub"), OtherHub, QStringLiteral("--json")});
    QCOMPARE(other.value(QLatin1String("downloads")).toArray().size(), 1);
    QCOMPARE(other.value(QLatin1String("hubs")).toArray().size(), 1);

    // $FORNAX_HUB narrows it too, and a hub nobody answers at is never contacted.
    const Run closed =
        run({QStringLiteral("usage"), QStringLiteral("--json")}, QStringLiteral("http://127.0.0.1:1/"));
    QCOMPARE(closed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(closed.out).object().value(QLatin1String("downloads")).toArray().size(),
             0);
    const Run local = run({QStringLiteral("usage"), QStringLiteral("--json")}, Hub);
    QCOMPARE(local.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(local.out).object().value(QLatin1String("downloads")).toArray().size(),
             2);
}

void TestUsageCommand::forPeople()
{
    const Run result = run({QStringLiteral("usage")});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(QLatin1String("estimate")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("results.fits")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("123.5 MB")), qPrintable(text));
}

void TestUsageCommand::yearOfCredits()
{
    const QJsonObject usage = runJson({QStringLiteral("usage"), QStringLiteral("--json")});
    QJsonObject year;
    for (const QJsonValue &hub : usage.value(QLatin1String("hubs")).toArray()) {
        if (hub[QLatin1String("hub")].toString() == RateCard::hubKey(Hub))
            year = hub[QLatin1String("year")].toObject();
        else // a hub without an allotment has no year
            QVERIFY(!hub.toObject().contains(QLatin1String("year")));
    }
    QVERIFY(!year.isEmpty());
    QCOMPARE(year.value(QLatin1String("start")).toString(), m_renewal.toString(Qt::ISODate));
    QCOMPARE(year.value(QLatin1String("renews")).toString(), m_renewal.addYears(1).toString(Qt::ISODate));
    QCOMPARE(year.value(QLatin1String("allotment")).toDouble(), 100.0);
    // The hour of Small at 1 credit and this month's 0.123 GB at 0.09; not last month's 7 GB.
    const QJsonObject kinds = year.value(QLatin1String("used_by_kind")).toObject();
    const double compute = kinds.value(QLatin1String("compute")).toDouble();
    QVERIFY2(compute >= 1.0 && compute < 1.01, qPrintable(QString::number(compute)));
    QVERIFY(qAbs(kinds.value(QLatin1String("egress")).toDouble() - 0.123456831 * 0.09) < 1e-9);
    QCOMPARE(kinds.value(QLatin1String("storage")).toDouble(), 0.0);
    const double used = year.value(QLatin1String("used")).toDouble();
    QVERIFY(qAbs(used - compute - kinds.value(QLatin1String("egress")).toDouble()) < 1e-9);
    QVERIFY(qAbs(year.value(QLatin1String("left")).toDouble() - (100 - used)) < 1e-9);
    // About 1 credit spent in a year one or two days old: at that rate the 100 run out well before
    // the renewal.
    QVERIFY(year.value(QLatin1String("burn_per_day")).toDouble() > 0.4);
    const QDate runsOut = QDate::fromString(year.value(QLatin1String("runs_out")).toString(), Qt::ISODate);
    QVERIFY(runsOut > m_now.toLocalTime().date() && runsOut < m_renewal.addYears(1));
    QCOMPARE(year.value(QLatin1String("alerts")).toArray(), QJsonArray());

    const Run people = run({QStringLiteral("usage")});
    const QString text = QString::fromUtf8(people.out);
    QCOMPARE(text.count(QLatin1String("This year (since ")), 1);
    QVERIFY2(text.contains(QLatin1String("of 100 credits used; at this rate they run out on")),
             qPrintable(text));
}

void TestUsageCommand::badMonthIsUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("month 13") << QStringList {QStringLiteral("usage"), QStringLiteral("--month"),
                                              QStringLiteral("2026-13")};
    QTest::newRow("not a month") << QStringList {QStringLiteral("usage"), QStringLiteral("--month"),
                                                 QStringLiteral("March")};
    QTest::newRow("month on status") << QStringList {QStringLiteral("status"), QStringLiteral("--month"),
                                                     QStringLiteral("2026-03")};
}

void TestUsageCommand::badMonthIsUsageError()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, int(cli::ExitCode::UsageError));
    QVERIFY(result.err.contains("--month"));
}

void TestUsageCommand::promptAnswers_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<double>("budget"); // < 0: none
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("yes");
    QTest::addColumn<bool>("approved");
    const qint64 big = 2'000'000'000;
    QTest::newRow("small goes") << qint64(1'000) << -1.0 << false << QByteArray() << false << true;
    QTest::newRow("terminal, yes") << big << -1.0 << true << QByteArray("y\n") << false << true;
    QTest::newRow("terminal, YES") << big << -1.0 << true << QByteArray("YES\n") << false << true;
    QTest::newRow("terminal, no") << big << -1.0 << true << QByteArray("n\n") << false << false;
    QTest::newRow("terminal, enter") << big << -1.0 << true << QByteArray("\n") << false << false;
    QTest::newRow("terminal, end of input") << big << -1.0 << true << QByteArray() << false << false;
    QTest::newRow("script refused") << big << -1.0 << false << QByteArray("y\n") << false << false;
    QTest::newRow("script --yes") << big << -1.0 << false << QByteArray() << true << true;
    QTest::newRow("unknown size, script") << qint64(-1) << -1.0 << false << QByteArray() << false << false;
    QTest::newRow("budget, --yes") << big << 0.01 << false << QByteArray() << true << false;
    QTest::newRow("budget, terminal yes") << big << 0.01 << true << QByteArray("y\n") << false << false;
}

void TestUsageCommand::promptAnswers()
{
    QFETCH(qint64, bytes);
    QFETCH(double, budget);
    QFETCH(bool, terminal);
    QFETCH(QByteArray, answer);
    QFETCH(bool, yes);
    QFETCH(bool, approved);
    RateCard card = RateCard::unknownHub();
    if (budget >= 0)
        card.setMonthlyBudget(RateCard::Figure {budget, QStringLiteral("test")});
    const EgressDecision decision = EgressPolicy(card, 100'000'000, 0).decide(bytes, QStringLiteral("x.tar"));
    cli::CliOutput output(false);
    cli::EgressPrompt prompt(output, yes);
    QBuffer input(&answer);
    QVERIFY(input.open(QIODevice::ReadOnly));
    prompt.setInput(&input, terminal);
    QCOMPARE(prompt.approve(decision), approved);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestUsageCommand test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_usagecommand.moc"
