// UsageLedger on real files: two processes appending at once lose nothing, a write cut short is
// dropped with a warning, a corrupt file is set aside, sessions merge, months follow the local zone.
#include "cost/CostMeter.h"
#include "cost/RateCard.h"
#include "cost/UsageLedger.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace fornax;

namespace {

const QString Hub = QStringLiteral("https://hub.example.org/hub/");
const char WorkerFlag[] = "--append-worker";

// Run as a child process: appends count downloads tagged with tag, as fast as it can.
int appendWorker(const QString &path, const QString &tag, int count)
{
    UsageLedger ledger(path);
    // Long lines make an interleaving of two writers far more likely to show.
    const QString padding(2'000, QLatin1Char('x'));
    for (int i = 0; i < count; ++i) {
        if (!ledger.recordDownload(Hub, tag, QStringLiteral("%1-%2-%3").arg(tag).arg(i).arg(padding), i + 1))
            return 1;
    }
    return 0;
}

} // namespace

class TestUsageLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripAndSessionsMerge();
    void twoProcessesAppendingLoseNothing();
    void truncatedLastRecordIsDroppedWithWarning();
    void nulTailAndFutureRecordsKeepTheMonth();
    void corruptFileIsSetAside_data();
    void corruptFileIsSetAside();
    void unwritableLedgerSaysWhy();
    void monthFollowsLocalTimeZone();
    void monthFollowsTzEnvironment();

private:
    QString ledgerPath() const { return m_dir->filePath(QStringLiteral("usage.jsonl")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUsageLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestUsageLedger::roundTripAndSessionsMerge()
{
    UsageLedger ledger(ledgerPath());
    QVERIFY(ledger.records().isEmpty());
    QVERIFY(ledger.warnings().isEmpty());
    const QDateTime start(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc());
    QVERIFY(ledger.recordSessionStart(Hub, QStringLiteral("ann"), QStringLiteral("small"), start));
    QVERIFY(ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("result.csv"), 1234,
                                  start.addSecs(60)));
    QVERIFY(ledger.recordSessionStop(Hub, QStringLiteral("ann"), QStringLiteral("small"), start,
                                     start.addSecs(3600)));

    const QList<UsageRecord> records = UsageLedger(ledgerPath()).records();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).kind, UsageRecord::Kind::Session);
    QCOMPARE(records.at(0).hub, RateCard::hubKey(Hub));
    QCOMPARE(records.at(0).size, QStringLiteral("small"));
    QCOMPARE(records.at(0).time, start);
    QCOMPARE(records.at(0).stop, start.addSecs(3600));
    QCOMPARE(records.at(1).kind, UsageRecord::Kind::Download);
    QCOMPARE(records.at(1).bytes, qint64(1234));
    QCOMPARE(records.at(1).what, QStringLiteral("result.csv"));
    QCOMPARE(records.at(1).account, QStringLiteral("ann"));
}

void TestUsageLedger::twoProcessesAppendingLoseNothing()
{
    const int perProcess = 1'000;
    QProcess first;
    QProcess second;
    const QString self = QCoreApplication::applicationFilePath();
    first.start(
        self,
        {QString::fromLatin1(WorkerFlag), ledgerPath(), QStringLiteral("gui"), QString::number(perProcess)});
    second.start(
        self,
        {QString::fromLatin1(WorkerFlag), ledgerPath(), QStringLiteral("cli"), QString::number(perProcess)});
    QVERIFY(first.waitForFinished(60'000));
    QVERIFY(second.waitForFinished(60'000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);

    UsageLedger ledger(ledgerPath());
    const QList<UsageRecord> records = ledger.records();
    QVERIFY2(ledger.warnings().isEmpty(), qPrintable(ledger.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(records.size(), 2 * perProcess);
    QSet<QString> seen;
    for (const UsageRecord &record : records)
        seen.insert(record.what.section(QLatin1Char('-'), 0, 1));
    QCOMPARE(seen.size(), 2 * perProcess);
    QVERIFY(seen.contains(QStringLiteral("gui-999")) && seen.contains(QStringLiteral("cli-0")));
}

void TestUsageLedger::truncatedLastRecordIsDroppedWithWarning()
{
    UsageLedger ledger(ledgerPath());
    for (int i = 0; i < 3; ++i)
        QVERIFY(ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("f%1").arg(i), 100 + i));
    // A crash half-way through the third write: cut the file in the middle of its last line.
    QFile file(ledgerPath());
    const qint64 size = file.size();
    QVERIFY(file.resize(size - 25));

    QList<UsageRecord> records = ledger.records();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.last().what, QStringLiteral("f1"));
    QCOMPARE(ledger.warnings().size(), 1);
    QVERIFY(ledger.warnings().first().contains(QLatin1String("cut short")));
    QVERIFY(ledger.setAsidePath().isEmpty());

    // The next record starts on a line of its own and is kept.
    QVERIFY(ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("after"), 7));
    records = ledger.records();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.last().what, QStringLiteral("after"));
    QCOMPARE(records.last().bytes, qint64(7));
    QVERIFY(ledger.setAsidePath().isEmpty());

    // A crash during the very first write: nothing to read, nothing set aside.
    QFile first(m_dir->filePath(QStringLiteral("first.jsonl")));
    QVERIFY(first.open(QIODevice::WriteOnly));
    first.write("{\"v\":1,\"type\":\"downl");
    first.close();
    UsageLedger fresh(first.fileName());
    QVERIFY(fresh.records().isEmpty());
    QCOMPARE(fresh.warnings().size(), 1);
    QVERIFY(fresh.setAsidePath().isEmpty());
}

void TestUsageLedger::nulTailAndFutureRecordsKeepTheMonth()
{
    // Finding 9: one NUL byte at the end (a crash on ext4/XFS) or a record from a newer version
    // used to set the whole ledger aside: month-to-date egress fell to 0 and the budget stopped.
    UsageLedger ledger(ledgerPath());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 3; ++i)
        QVERIFY(ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("f") + QString::number(i),
                                      1'000'000'000, now.addSecs(-60 * (i + 1))));
    const CostMeter meter(RateCard::fornax(), Hub);
    const CostMeter::Estimate before = meter.monthToDate(ledger.records(), now);
    QCOMPARE(before.egressBytes, qint64(3'000'000'000));
    {
        QFile file(ledgerPath());
        QVERIFY(file.open(QIODevice::Append));
        // A record of a future version in the middle, another good record, then NUL padding.
        file.write("{\"v\":7,\"type\":\"download\",\"hub\":\"x\",\"bytes\":5,\"units\":\"new\"}\n");
        file.write(QByteArray(4096, '\0'));
    }
    QList<UsageRecord> records = ledger.records();
    QCOMPARE(records.size(), 3);
    QVERIFY(ledger.setAsidePath().isEmpty());
    QVERIFY(QFile::exists(ledgerPath()));
    const CostMeter::Estimate after = meter.monthToDate(records, now);
    QCOMPARE(after.egressBytes, before.egressBytes);
    QCOMPARE(after.egressCost, before.egressCost);
    QCOMPARE(ledger.warnings().size(), 2);
    QVERIFY(ledger.warnings().join(u' ').contains(QLatin1String("cut short")));
    QVERIFY(ledger.warnings().join(u' ').contains(QLatin1String("newer version")));

    // The future record stays in the file; the next record starts on a line of its own.
    QVERIFY(ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("after"), 1'000'000'000, now));
    records = ledger.records();
    QCOMPARE(records.size(), 4);
    QCOMPARE(meter.monthToDate(records, now.addSecs(1)).egressBytes, qint64(4'000'000'000));
    QFile file(ledgerPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"v\":7"));

    // A NUL-damaged line in the middle loses only itself.
    {
        QFile damaged(ledgerPath());
        QVERIFY(damaged.open(QIODevice::Append));
        damaged.write("{\"v\":1,\"ty\0\0\0\n");
    }
    QVERIFY(ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("later"), 1, now));
    QCOMPARE(ledger.records().size(), 5);
}

void TestUsageLedger::corruptFileIsSetAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("garbage") << QByteArray("this is not a ledger\nnor is this\n");
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\0\0\0\x01\x02\n{}\n",
                                          12);
    QTest::newRow("wrong json") << QByteArray("{\"v\":1,\"type\":\"coffee\"}\n[1,2,3]\n");
}

void TestUsageLedger::corruptFileIsSetAside()
{
    QFETCH(QByteArray, content);
    {
        QFile file(ledgerPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    UsageLedger ledger(ledgerPath());
    QVERIFY(ledger.records().isEmpty()); // and no crash
    QCOMPARE(ledger.warnings().size(), 1);
    QVERIFY(ledger.warnings().first().contains(QLatin1String("set aside")));
    const QString backup = ledger.setAsidePath();
    QVERIFY(backup.startsWith(ledgerPath() + QLatin1String(".corrupt-")));
    QFile kept(backup);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content);
    QVERIFY(!QFile::exists(ledgerPath()));

    // Life goes on in a fresh file.
    QVERIFY(ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("new"), 1));
    QCOMPARE(ledger.records().size(), 1);
    QVERIFY(ledger.warnings().isEmpty());
}

void TestUsageLedger::unwritableLedgerSaysWhy()
{
    // A folder where the file should be: the write fails with a message, not a crash.
    QVERIFY(QDir().mkpath(ledgerPath()));
    UsageLedger ledger(ledgerPath());
    QVERIFY(!ledger.recordDownload(Hub, QStringLiteral("ann"), QStringLiteral("x"), 1));
    QVERIFY(ledger.errorString().contains(ledgerPath()));
}

void TestUsageLedger::monthFollowsLocalTimeZone()
{
    // 03:30 UTC on 1 March is still February in New York (UTC-5) and already March in Auckland.
    const QDateTime time(QDate(2026, 3, 1), QTime(3, 30), QTimeZone::utc());
    QCOMPARE(UsageLedger::monthKey(time, QTimeZone("America/New_York")), QStringLiteral("2026-02"));
    QCOMPARE(UsageLedger::monthKey(time, QTimeZone::utc()), QStringLiteral("2026-03"));
    QCOMPARE(UsageLedger::monthKey(time.addSecs(-4 * 3600), QTimeZone("Pacific/Auckland")),
             QStringLiteral("2026-03"));
    QCOMPARE(UsageLedger::monthKey(time.addSecs(-4 * 3600), QTimeZone::utc()), QStringLiteral("2026-02"));
    // New Year's Eve.
    const QDateTime newYear(QDate(2027, 1, 1), QTime(2, 0), QTimeZone::utc());
    QCOMPARE(UsageLedger::monthKey(newYear, QTimeZone("America/Los_Angeles")), QStringLiteral("2026-12"));
}

void TestUsageLedger::monthFollowsTzEnvironment()
{
    // The default is the system's zone, which the user sets with TZ.
    const QByteArray saved = qgetenv("TZ");
    qputenv("TZ", "America/New_York");
    tzset();
    const QDateTime time(QDate(2026, 3, 1), QTime(3, 30), QTimeZone::utc());
    const QString month = UsageLedger::monthKey(time);
    if (saved.isEmpty())
        qunsetenv("TZ");
    else
        qputenv("TZ", saved);
    tzset();
    QCOMPARE(month, QStringLiteral("2026-02"));
}

int main(int argc, char *argv[])
{
    if (argc == 5 && qstrcmp(argv[1], WorkerFlag) == 0)
        return appendWorker(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                            std::atoi(argv[4]));
    QCoreApplication app(argc, argv);
    TestUsageLedger test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_usageledger.moc"
