// Measuring the home folder through a real jupyter_server single-user server (what Fornax runs),
// with the contents API only (StorageWalk, StorageMeter).
//
// The promises: the walk does not count as the server's activity (its own last_activity, what
// a self-culling server and jupyterhub-singleuser's activity report go by, does not move); its
// total matches `du -sb` of the home folder once what the server does not show is taken out
// (hidden entries, the folder it may not read, the other volume s3-storage) and ~/scratch (summed
// apart), within 4 KiB per folder (du counts each folder's own size, which the API does not report) — and it
// is never above it; hostile names (%, #, ?, spaces, a newline, a tab, non-ASCII) are walked; links back to a
// folder above are not followed; the caps on listings, depth and time hold and say "at least"; a measure goes
// into the usage ledger (a lower bound marked as such) and is not due again until
// StorageWalk::MinimumInterval has passed.
//
// The server runs as an unprivileged user (so "locked", mode 000, really cannot be read).
#include "TestHub.h"
#include "cost/RateCard.h"
#include "cost/UsageLedger.h"
#include "health/StorageMeter.h"
#include "health/StorageWalk.h"
#include "hub/HubClient.h"
#include "hub/HubUrl.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace fornax;
using namespace std::chrono_literals;

namespace {

constexpr qint64 FolderSlack = 4096; // what du -sb counts for each folder on ext4 and tmpfs
const int DataFolders = 20;
const int FilesPerFolder = 50;
const int DeepLevels = 12;
const QStringList HostileNames {QStringLiteral("100% sure"),   QStringLiteral("a b  c"),
                                QStringLiteral("new\nline"),   QStringLiteral("tab\tname"),
                                QStringLiteral("ünïcødé 星"),  QStringLiteral("q?x"),
                                QStringLiteral("h#sh"),        QStringLiteral("%2e%2e"),
                                QStringLiteral("back\\slash"), QStringLiteral("semi;colon")};

void write(const QString &path, qint64 bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(QByteArray(bytes, 'x')), bytes);
}

qint64 duBytes(const QString &path)
{
    QProcess du;
    du.start(QStringLiteral("du"), {QStringLiteral("-sb"), path});
    if (!du.waitForFinished(30'000) || du.exitCode() != 0)
        return -1;
    return du.readAllStandardOutput().split('\t').value(0).toLongLong();
}

} // namespace

class TestStorageWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void walkMatchesDuAndIsNotActivity();
    void capsHoldAndSayAtLeast();
    void measureGoesIntoTheLedger();

private:
    StorageWalk::Result walk(const StorageWalk::Limits &limits);

    test::TestHub m_hub;
    QString m_user;
    QString m_home;
    QUrl m_serverUrl;
    QNetworkAccessManager m_network;
    std::unique_ptr<HubClient> m_client;
    int m_expectedFiles = 0;
};

void TestStorageWalk::initTestCase()
{
    qRegisterMetaType<StorageWalk::Result>();
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    m_user = m_hub.unprivilegedUser(QStringLiteral("storagewalk"));
    QVERIFY(m_hub.setUserVariant(
        m_user, QJsonObject {{QStringLiteral("flavour"), QStringLiteral("jupyter_server")}}));
    QVERIFY(m_hub.ensureUser(m_user));
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user));

    // The home, afresh: a thousand files, a deep tree, hostile names, links that loop, and what
    // the server will not show.
    m_home = m_hub.homeOf(m_user);
    QDir(m_home).removeRecursively();
    QVERIFY(QDir().mkpath(m_home));
    for (int d = 0; d < DataFolders; ++d) {
        const QString folder = m_home + QStringLiteral("/data/run %1").arg(d, 2, 10, QLatin1Char('0'));
        QVERIFY(QDir().mkpath(folder));
        for (int f = 0; f < FilesPerFolder; ++f)
            write(folder + QStringLiteral("/f%1.dat").arg(f), (d * 7919 + f * 104729) % 5000);
    }
    m_expectedFiles = DataFolders * FilesPerFolder;
    QString deep = m_home + QStringLiteral("/deep");
    for (int level = 0; level < DeepLevels; ++level)
        deep += QStringLiteral("/level%1").arg(level);
    QVERIFY(QDir().mkpath(deep));
    write(deep + QStringLiteral("/bottom.txt"), 1234);
    ++m_expectedFiles;
    for (const QString &name : HostileNames) {
        const QString folder = m_home + QStringLiteral("/odd names/") + name;
        QVERIFY(QDir().mkpath(folder));
        write(folder + QLatin1Char('/') + name + QStringLiteral(".txt"), 777);
        ++m_expectedFiles;
    }
    const QString loops = m_home + QStringLiteral("/loops");
    QVERIFY(QDir().mkpath(loops));
    QVERIFY(QFile::link(QStringLiteral(".."), loops + QStringLiteral("/up"))); // back to home
    QVERIFY(QFile::link(QStringLiteral("self"), loops + QStringLiteral("/self"))); // ELOOP: not listed
    QVERIFY(
        QFile::link(QStringLiteral("/nonexistent/x"), loops + QStringLiteral("/dangling"))); // a link file
    ++m_expectedFiles;
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/.hidden")));
    write(m_home + QStringLiteral("/.hidden/big"), 100'000);
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/scratch")));
    write(m_home + QStringLiteral("/scratch/big"), 200'000);
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/s3-storage")));
    write(m_home + QStringLiteral("/s3-storage/object"), 300'000);
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/locked")));
    write(m_home + QStringLiteral("/locked/inside.bin"), 5'000);
    m_hub.giveToServer(m_user, m_home);

    const int status =
        m_hub.call("POST", QStringLiteral("users/%1/server").arg(m_user), R"({"profile":"small"})").status;
    QVERIFY2(status == 201 || status == 202, qPrintable(QString::number(status)));
    QTRY_VERIFY_WITH_TIMEOUT(m_hub.serverOwnActivity(m_user).isValid(), 60'000);
    // Only now: the spawner hands the home to the server's user on its way up.
    if (m_hub.hasUnprivilegedServers())
        QCOMPARE(::chmod(QFile::encodeName(m_home + QStringLiteral("/locked")).constData(), 0), 0);
    m_serverUrl = m_hub.url().resolved(QUrl(QStringLiteral("user/%1/").arg(m_user)));
    m_client = std::make_unique<HubClient>(HubUrl(m_hub.url()), &m_network);
    const QByteArray token = m_hub.createToken(m_user);
    m_client->setToken(token);
    m_client->setServerToken(token);
}

void TestStorageWalk::cleanupTestCase()
{
    if (!m_hub.isValid())
        return;
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user));
    ::chmod(QFile::encodeName(m_home + QStringLiteral("/locked")).constData(), 0755);
}

StorageWalk::Result TestStorageWalk::walk(const StorageWalk::Limits &limits)
{
    StorageWalk walker(m_client.get());
    walker.setLimits(limits);
    QSignalSpy finished(&walker, &StorageWalk::finished);
    if (!walker.start(m_serverUrl))
        return {};
    if (!finished.wait(60'000))
        return {};
    return finished.constFirst().constFirst().value<StorageWalk::Result>();
}

void TestStorageWalk::walkMatchesDuAndIsNotActivity()
{
    const QDateTime before = m_hub.serverOwnActivity(m_user);
    QVERIFY(before.isValid());
    QElapsedTimer clock;
    clock.start();
    const StorageWalk::Result result = walk({});
    qInfo() << "walked" << result.folders << "folders," << result.files << "files," << result.bytes
            << "bytes in" << clock.elapsed() << "ms";
    QVERIFY2(result.isValid(), qPrintable(result.error.message()));
    // Reading is not using: the server's own clock of activity did not move.
    QCOMPARE(m_hub.serverOwnActivity(m_user), before);

    QVERIFY(result.complete);
    QCOMPARE(result.files, qint64(m_expectedFiles));
    QCOMPARE(result.loops, 1); // loops/up
    QCOMPARE(result.otherVolumes, QStringList {QStringLiteral("s3-storage")}); // never walked
    QCOMPARE(result.scratchBytes.value_or(-1), qint64(200'000)); // ~/scratch: summed apart
    // du -sb of home, less what the server does not show; the walk misses only each folder's
    // own size (and the few bytes of the links it does not list or follows as folders).
    // (hidden: ours, the fixture's record of the spawn options, and what the server itself made)
    qint64 visible = duBytes(m_home);
    for (const QString &name :
         QDir(m_home).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (name.startsWith(QLatin1Char('.')) || name == QLatin1String("scratch")
            || name == QLatin1String("s3-storage") || name == QLatin1String("locked"))
            visible -= duBytes(m_home + QLatin1Char('/') + name);
    }
    const qint64 tolerance = FolderSlack * (result.folders + result.loops) + 1024;
    qInfo() << "du -sb less the unseen:" << visible << "walked:" << result.bytes << "tolerance:" << tolerance;
    QVERIFY2(result.bytes <= visible, qPrintable(QString::number(visible - result.bytes)));
    QVERIFY2(visible - result.bytes <= tolerance, qPrintable(QString::number(visible - result.bytes)));
}

void TestStorageWalk::capsHoldAndSayAtLeast()
{
    const StorageWalk::Result full = walk({});
    StorageWalk::Limits few;
    few.maxListings = 5;
    const StorageWalk::Result listings = walk(few);
    QVERIFY(listings.isValid());
    QVERIFY(!listings.complete && listings.stoppedByListings);
    QVERIFY(listings.folders <= 5);
    QVERIFY(listings.bytes < full.bytes);
    QVERIFY2(listings.summary().startsWith(QLatin1String("at least")), qPrintable(listings.summary()));

    StorageWalk::Limits shallow;
    shallow.maxDepth = 3;
    const StorageWalk::Result depth = walk(shallow);
    QVERIFY(!depth.complete);
    QVERIFY(depth.tooDeep > 0);
    QCOMPARE(depth.files, full.files - 1); // only deep/.../bottom.txt is below level 3

    StorageWalk::Limits hurried;
    hurried.maxTime = 1ms;
    hurried.parallel = 1;
    const StorageWalk::Result time = walk(hurried);
    QVERIFY(!time.complete && time.stoppedByTime);
}

void TestStorageWalk::measureGoesIntoTheLedger()
{
    QTemporaryDir dir;
    const QString ledgerPath = dir.filePath(QStringLiteral("usage.jsonl"));
    StorageMeter meter(m_client.get());
    meter.setLedgerPath(ledgerPath);
    meter.setTarget(m_hub.url().toString(), m_user, m_serverUrl);
    StorageWalk::Limits few;
    few.maxListings = 3;
    meter.walk()->setLimits(few);
    QSignalSpy measured(&meter, &StorageMeter::measured);
    QVERIFY(meter.measureIfDue()); // nothing in the ledger: due
    QVERIFY(measured.wait(30'000));
    QVERIFY(measured.constFirst().at(1).toBool());
    const QList<UsageRecord> records = UsageLedger(ledgerPath).records();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.constFirst().kind, UsageRecord::Kind::Storage);
    QCOMPARE(records.constFirst().what, UsageRecord::homeVolume());
    QVERIFY(records.constFirst().atLeast); // cut short at 3 listings: a lower bound
    QVERIFY(records.constFirst().bytes > 0);
    QVERIFY(!meter.measureIfDue()); // measured a moment ago
    QVERIFY(StorageWalk::isDue(records, RateCard::hubKey(m_hub.url().toString()), m_user,
                               QDateTime::currentDateTimeUtc().addSecs(13 * 3600)));
}

QTEST_GUILESS_MAIN(TestStorageWalk)
#include "tst_storagewalk.moc"
