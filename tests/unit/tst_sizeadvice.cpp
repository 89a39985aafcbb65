// Right size: the peaks of each session written to the usage ledger (older ledgers still read),
// and SizeAdvice naming a smaller size only where the last three sessions say it would do.
#include "cost/SessionRecorder.h"
#include "cost/UsageLedger.h"
#include "health/SizeAdvice.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fornax;

namespace {

const QString Hub = RateCard::hubKey(QStringLiteral("https://daskhub.fornaxdev.mysmce.com/"));
const QString Account = QStringLiteral("astro");
constexpr qint64 GB = 1'000'000'000;

Profile size(const QString &slug, double cores, double memoryGiB)
{
    Profile profile;
    profile.slug = slug;
    profile.displayName = slug.left(1).toUpper() + slug.mid(1);
    profile.cores = cores;
    profile.memoryGiB = memoryGiB;
    return profile;
}

const QList<Profile> Sizes {size(QStringLiteral("small"), 2, 8), size(QStringLiteral("medium"), 4, 16),
                            size(QStringLiteral("large"), 16, 64)};

UsageRecord session(int daysAgo, double cores, qint64 memory, const QString &on = QStringLiteral("large"))
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    UsageRecord record = UsageRecord::session(Hub, Account, on, start, start.addSecs(3600));
    record.peakCores = cores;
    record.peakMemory = memory;
    return record;
}

std::optional<SizeAdvice> advise(const QList<UsageRecord> &records)
{
    return SizeAdvice::advise(records, Hub, Account, QStringLiteral("large"), Sizes, RateCard::fornax());
}

} // namespace

class TestSizeAdvice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void smallerSizeWouldDo();
    void notWhenThePeaksNeedTheSize();
    void notWithFewerThanThreeSessions();
    void notWithUnknownPeaks();
    void peaksReachTheLedgerAndOldLedgersStillRead();
};

void TestSizeAdvice::smallerSizeWouldDo()
{
    // An older, bigger session does not count: only the last three.
    const auto advice = advise({session(9, 12, 50 * GB), session(3, 3.0, 4 * GB), session(2, 2.5, 5 * GB),
                                session(1, 1.0, 3 * GB), session(0, 9, 40 * GB, QStringLiteral("medium"))});
    QVERIFY(advice);
    QCOMPARE(advice->toSize, QStringLiteral("medium")); // small has 2 cores: 3 would not fit
    QCOMPARE(advice->peakMemory, 5 * GB);
    QCOMPARE(advice->peakCores, 3.0);
    QVERIFY(advice->savingPerHour);
    QCOMPARE(qRound(*advice->savingPerHour * 1000), 615); // 0.768 - 0.153 credits per hour
    QCOMPARE(advice->text,
             QStringLiteral("Your last 3 sessions on Large peaked at 5.0 GB and 3.0 CPUs: Medium "
                            "would do, saving 0.615 credits per hour."));
    // Light enough for the smallest: that one is named.
    const auto smallest = advise({session(3, 1.0, 2 * GB), session(2, 1.2, 3 * GB), session(1, 0.5, GB)});
    QVERIFY(smallest);
    QCOMPARE(smallest->toSize, QStringLiteral("small"));
}

void TestSizeAdvice::notWhenThePeaksNeedTheSize()
{
    // 3.3 CPUs is more than 80 % of Medium's 4; 14 GB more than 80 % of its 16 GiB.
    QVERIFY(!advise({session(3, 3.3, 4 * GB), session(2, 1, 4 * GB), session(1, 1, 4 * GB)}));
    QVERIFY(!advise({session(3, 1, 14 * GB), session(2, 1, 4 * GB), session(1, 1, 4 * GB)}));
    // Already the smallest size: nothing smaller to name.
    QVERIFY(!SizeAdvice::advise({session(3, 0.1, GB, QStringLiteral("small")),
                                 session(2, 0.1, GB, QStringLiteral("small")),
                                 session(1, 0.1, GB, QStringLiteral("small"))},
                                Hub, Account, QStringLiteral("small"), Sizes, RateCard::fornax()));
}

void TestSizeAdvice::notWithFewerThanThreeSessions()
{
    QVERIFY(!advise({session(2, 0.5, GB), session(1, 0.5, GB)}));
    // Another account's or another hub's sessions are not this user's.
    UsageRecord other = session(3, 0.5, GB);
    other.account = QStringLiteral("someone-else");
    QVERIFY(!advise({other, session(2, 0.5, GB), session(1, 0.5, GB)}));
}

void TestSizeAdvice::notWithUnknownPeaks()
{
    // A session whose use was never sampled might have needed all of Large.
    QVERIFY(!advise({session(3, -1, -1), session(2, 0.5, GB), session(1, 0.5, GB)}));
    QVERIFY(!advise({session(3, 0.5, -1), session(2, 0.5, GB), session(1, 0.5, GB)}));
}

void TestSizeAdvice::peaksReachTheLedgerAndOldLedgersStillRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usage.jsonl"));
    // A ledger as the previous version wrote it: a session, a storage sample.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"v":1,"hub":")" + Hub.toUtf8()
            + R"(","account":"astro","type":"session","start":"2026-11-01T10:00:00Z","stop":"2026-11-01T12:00:00Z","size":"large"})"
              "\n");
    }
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-600);
    {
        SessionRecorder recorder(Hub, Account, {}, path);
        ServerStatus status;
        status.state = ServerStatus::State::Running;
        status.started = started;
        status.userOptions.insert(QStringLiteral("profile"), QStringLiteral("large"));
        recorder.observe(status);
        ResourceSample sample;
        sample.takenAt = QDateTime::currentDateTimeUtc();
        sample.cpuPercent = 150;
        sample.memoryUsed = 3 * GB;
        recorder.observeResources(sample);
        sample.cpuPercent = 310;
        sample.memoryUsed = 2 * GB;
        recorder.observeResources(sample);
        ServerStatus gone;
        gone.state = ServerStatus::State::Stopped;
        recorder.observe(gone);
    }
    UsageLedger ledger(path);
    const QList<UsageRecord> records = ledger.records();
    QVERIFY2(ledger.warnings().isEmpty(), qPrintable(ledger.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(records.size(), 2); // the peaks merged into their session, never a record of their own
    QCOMPARE(records.at(0).peakCores, -1.0); // the old session: unknown, not zero
    QCOMPARE(records.at(1).time, started);
    QCOMPARE(records.at(1).peakCores, 3.1);
    QCOMPARE(records.at(1).peakMemory, 3 * GB);
    QVERIFY(records.at(1).stop.isValid());
    // The session lines stay version 1, so an older app still counts their hours.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    int peakLines = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        if (json.value(QLatin1String("type")) == QLatin1String("peak")) {
            ++peakLines;
            QCOMPARE(json.value(QLatin1String("v")).toInt(), 3);
        } else if (json.value(QLatin1String("type")) == QLatin1String("session")) {
            QCOMPARE(json.value(QLatin1String("v")).toInt(), 1);
        }
    }
    QCOMPARE(peakLines, 2); // when first known, and grown at the end
}

QTEST_GUILESS_MAIN(TestSizeAdvice)
#include "tst_sizeadvice.moc"
