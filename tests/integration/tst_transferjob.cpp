// Upload and download jobs through the live hub: a round trip of a tree with every kind of
// entry and a 300 MiB file, each conflict policy, cancel leaving nothing behind, an upload
// refused for lack of space on a small file system, and connections cut mid-way by a proxy.
#include "DataSize.h"
#include "FaultProxy.h"
#include "TestHub.h"
#include "hub/HubClient.h"
#include "transfer/DownloadJob.h"
#include "transfer/TransferQueue.h"
#include "transfer/UploadJob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

using namespace fornax;

namespace {

const QString User = fornax::test::TestHub::user(QStringLiteral("transfer-user"));
constexpr qint64 MiB = 1024 * 1024;

void writeFile(const QString &path, const QByteArray &data, int mode = 0644)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
}

void writeRandomFile(const QString &path, qint64 size)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray block(4 * MiB, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(left, block.size());
        QCOMPARE(file.write(block.constData(), n), n);
        left -= n;
    }
}

// Every entry under root: type, permission bits, and content hash or link target.
QMap<QString, QString> manifest(const QString &root)
{
    QMap<QString, QString> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st = {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
            entries.insert(path, QStringLiteral("unreadable"));
            continue;
        }
        const QString mode = QString::number(st.st_mode & 07777, 8);
        QString value;
        if (S_ISLNK(st.st_mode)) {
            char target[4096] = {};
            const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target, sizeof target - 1);
            value = QStringLiteral("link ") + QString::fromUtf8(target, n > 0 ? n : 0);
        } else if (S_ISDIR(st.st_mode)) {
            value = QStringLiteral("dir ") + mode;
        } else {
            QFile file(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(&file);
            value = QStringLiteral("file ") + mode + QLatin1Char(' ')
                + QString::fromLatin1(hash.result().toHex());
        }
        entries.insert(path.mid(root.size() + 1), value);
    }
    return entries;
}

bool leftovers(const QString &folder)
{
    QDirIterator it(folder, {QStringLiteral(".fornax-partial-*"), QStringLiteral(".fornax-aside-*")},
                    QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    return it.hasNext();
}

} // namespace

class TestTransferJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTripKeepsEveryByteModeAndLink();
    void conflictPolicies_data();
    void conflictPolicies();
    void askWaitsAndCancelChangesNothing();
    void downloadConflictsKeepBoth();
    void directDownloadKeepsTheGuarantees();
    void missingRemoteItemIsNamed();
    void cancelLeavesNothingBehind();
    void uploadTooBigForTheDiskIsRefusedUpFront();
    void cutConnectionsAreResumed();
    void queueRunsJobsInTurn();

private:
    QUrl serverUrl(const QUrl &base) const
    {
        return base.resolved(QUrl(QStringLiteral("user/%1/").arg(User)));
    }
    std::unique_ptr<HubClient> clientFor(const QUrl &base);
    // Runs job to its end; true if it finished.
    bool run(TransferJob *job, int timeoutMs = 240'000);
    QString home() const { return m_hub.homeOf(User); }
    QString remoteTemp() const { return home() + QStringLiteral("/fornax-transfers~"); }

    test::TestHub m_hub;
    QNetworkAccessManager m_network;
    QTemporaryDir m_local;
    std::unique_ptr<HubClient> m_client;
    QString m_mounted;
};

void TestTransferJob::initTestCase()
{
    qRegisterMetaType<HubError>();
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_local.isValid());
    QVERIFY(m_hub.ensureUser(User));
    auto server = [this] {
        return m_hub.call("GET", QStringLiteral("users/") + User)
            .json()
            .object()
            .value(QLatin1String("servers"))
            .toObject()
            .value(QString())
            .toObject();
    };
    if (!server().value(QLatin1String("ready")).toBool()) {
        const int status =
            m_hub.call("POST", QStringLiteral("users/%1/server").arg(User), R"({"profile":"small"})").status;
        QVERIFY2(status == 201 || status == 202, qPrintable(QString::number(status)));
        QTRY_VERIFY_WITH_TIMEOUT(server().value(QLatin1String("ready")).toBool(), 60'000);
    }
    m_client = clientFor(m_hub.url());
    // A run killed earlier may have left its folder behind (the app removes those after a day).
    QDir(remoteTemp()).removeRecursively();
    // And its results: a name that exists would (rightly) make the jobs ask.
    for (const QString &folder :
         {QStringLiteral("roundtrip"), QStringLiteral("cut"), QStringLiteral("direct"),
          QStringLiteral("cancelled"), QStringLiteral("queued")})
        QDir(home() + QLatin1Char('/') + folder).removeRecursively();
}

void TestTransferJob::cleanupTestCase()
{
    if (!m_mounted.isEmpty())
        QProcess::execute(QStringLiteral("umount"), {m_mounted});
    if (m_hub.isValid())
        m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
}

std::unique_ptr<HubClient> TestTransferJob::clientFor(const QUrl &base)
{
    auto client = std::make_unique<HubClient>(HubUrl(base), &m_network);
    const QByteArray token = m_hub.createToken(User);
    client->setToken(token);
    client->setServerToken(token); // the same token for both: these tests are about files
    return client;
}

bool TestTransferJob::run(TransferJob *job, int timeoutMs)
{
    QSignalSpy finished(job, &TransferJob::finished);
    if (job->state() == TransferJob::State::Queued || job->isDone())
        job->start();
    if (!finished.wait(timeoutMs))
        return false;
    return job->state() == TransferJob::State::Finished;
}

void TestTransferJob::roundTripKeepsEveryByteModeAndLink()
{
    const QString tree = m_local.filePath(QStringLiteral("source/tree ünïcode"));
    for (int i = 0; i < 1000; ++i) {
        const QString name =
            QStringLiteral("%1/spectrum-%2-λ-観測.txt").arg(QStringLiteral("band-%1").arg(i % 10)).arg(i);
        writeFile(tree + QLatin1Char('/') + name, QByteArray::number(i).repeated(i % 50 + 1),
                  i % 7 == 0 ? 0600 : 0644);
    }
    writeFile(tree + QStringLiteral("/run.sh"), "#!/bin/sh\necho hi\n", 0755);
    writeFile(tree + QStringLiteral("/empty.dat"), QByteArray());
    QVERIFY(QDir().mkpath(tree + QStringLiteral("/empty folder")));
    QVERIFY(QFile::link(QStringLiteral("band-3/spectrum-3-λ-観測.txt"), tree + QStringLiteral("/latest")));
    const QString big = m_local.filePath(QStringLiteral("source/cube.fits"));
    writeRandomFile(big, 300 * MiB);

    UploadJob upload(m_client.get(), serverUrl(m_hub.url()), {tree, big}, QStringLiteral("roundtrip/in"));
    upload.setVerifyChecksums(true);
    QSignalSpy progressed(&upload, &TransferJob::progressed);
    QVERIFY2(run(&upload), qPrintable(upload.errorString()));
    QCOMPARE(upload.placedNames(),
             QStringList({QStringLiteral("tree ünïcode"), QStringLiteral("cube.fits")}));
    QCOMPARE(upload.totals().files, 1000 + 2 + 1);
    QVERIFY(progressed.size() > 2);
    QCOMPARE(upload.bytesDone(), upload.bytesTotal());

    // Byte for byte on the server's disk, and nothing left in the hidden folder.
    const QString remote = home() + QStringLiteral("/roundtrip/in");
    QCOMPARE(manifest(remote + QStringLiteral("/tree ünïcode")), manifest(tree));
    QCOMPARE(manifest(remote).value(QStringLiteral("cube.fits")),
             manifest(m_local.filePath(QStringLiteral("source"))).value(QStringLiteral("cube.fits")));
    QVERIFY(!QFileInfo::exists(remoteTemp()));

    // And back down into a folder that does not exist yet.
    const QString back = m_local.filePath(QStringLiteral("back/here"));
    DownloadJob download(
        m_client.get(), serverUrl(m_hub.url()),
        {QStringLiteral("roundtrip/in/tree ünïcode"), QStringLiteral("~/roundtrip/in/cube.fits")}, back);
    download.setVerifyChecksums(true);
    QVERIFY2(run(&download), qPrintable(download.errorString()));
    QVERIFY(download.archiveSize() > 300 * MiB); // random data does not compress
    QCOMPARE(manifest(back + QStringLiteral("/tree ünïcode")), manifest(tree));
    QCOMPARE(manifest(back).value(QStringLiteral("cube.fits")),
             manifest(m_local.filePath(QStringLiteral("source"))).value(QStringLiteral("cube.fits")));
    QVERIFY(!leftovers(back));
    QVERIFY(!QFileInfo::exists(remoteTemp()));
    QFile::remove(big);
    QFile::remove(back + QStringLiteral("/cube.fits"));
    QFile::remove(remote + QStringLiteral("/cube.fits"));
}

void TestTransferJob::conflictPolicies_data()
{
    QTest::addColumn<ConflictPolicy>("policy");
    QTest::addColumn<bool>("sameAsRemote"); // the new file equals the remote one (size and time)
    QTest::addColumn<QByteArray>("expectedContent");
    QTest::addColumn<QStringList>("expectedNames");
    QTest::addColumn<bool>("verify");

    QTest::newRow("overwrite") << ConflictPolicy::Overwrite << false << QByteArray("new version")
                               << QStringList {QStringLiteral("notes.txt")} << false;
    QTest::newRow("skip") << ConflictPolicy::Skip << false << QByteArray("old")
                          << QStringList {QStringLiteral("notes.txt")} << false;
    QTest::newRow("keep both") << ConflictPolicy::KeepBoth << false << QByteArray("old")
                               << QStringList {QStringLiteral("notes (2).txt"), QStringLiteral("notes.txt")}
                               << false;
    QTest::newRow("skip identical, same") << ConflictPolicy::SkipIdentical << true << QByteArray("old")
                                          << QStringList {QStringLiteral("notes.txt")} << false;
    QTest::newRow("skip identical, different")
        << ConflictPolicy::SkipIdentical << false << QByteArray("new version")
        << QStringList {QStringLiteral("notes.txt")} << false;
    // Same size and time, different bytes: with --verify the SHA-256 tells them apart.
    QTest::newRow("skip identical, verify, same size and time but different")
        << ConflictPolicy::SkipIdentical << true << QByteArray("new")
        << QStringList {QStringLiteral("notes.txt")} << true;
}

void TestTransferJob::conflictPolicies()
{
    QFETCH(ConflictPolicy, policy);
    QFETCH(bool, sameAsRemote);
    QFETCH(QByteArray, expectedContent);
    QFETCH(QStringList, expectedNames);
    QFETCH(bool, verify);

    const QString remoteDir = home() + QStringLiteral("/conflicts");
    QDir(remoteDir).removeRecursively();
    writeFile(remoteDir + QStringLiteral("/notes.txt"), "old");
    const QString local = m_local.filePath(QStringLiteral("conflict/notes.txt"));
    writeFile(local,
              verify             ? QByteArray("new")
                  : sameAsRemote ? QByteArray("old")
                                 : QByteArray("new version"));
    // Same time to the second as the remote one, or clearly different.
    const QDateTime remoteTime = QFileInfo(remoteDir + QStringLiteral("/notes.txt")).lastModified();
    QFile file(local);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(sameAsRemote ? remoteTime : remoteTime.addSecs(-3600),
                             QFileDevice::FileModificationTime));
    file.close();

    UploadJob job(m_client.get(), serverUrl(m_hub.url()), {local}, QStringLiteral("conflicts"));
    job.setConflictPolicy(policy);
    job.setVerifyChecksums(verify);
    QSignalSpy asked(&job, &TransferJob::conflictsFound);
    QVERIFY2(run(&job), qPrintable(job.errorString()));
    QVERIFY(asked.isEmpty());
    QCOMPARE(job.conflicts().size(), 1);
    QCOMPARE(QDir(remoteDir).entryList(QDir::Files), expectedNames);
    QFile result(remoteDir + QStringLiteral("/notes.txt"));
    QVERIFY(result.open(QIODevice::ReadOnly));
    QCOMPARE(result.readAll(), expectedContent);
    if (policy == ConflictPolicy::KeepBoth) {
        QFile second(remoteDir + QStringLiteral("/notes (2).txt"));
        QVERIFY(second.open(QIODevice::ReadOnly));
        QCOMPARE(second.readAll(), QByteArray("new version"));
    }
    QVERIFY(!QFileInfo::exists(remoteTemp()));
}

void TestTransferJob::askWaitsAndCancelChangesNothing()
{
    const QString remoteDir = home() + QStringLiteral("/asked");
    QDir(remoteDir).removeRecursively();
    writeFile(remoteDir + QStringLiteral("/data/a.csv"), "remote a");
    writeFile(remoteDir + QStringLiteral("/b.csv"), "remote b");
    const QString source = m_local.filePath(QStringLiteral("ask"));
    writeFile(source + QStringLiteral("/data/a.csv"), "local a");
    writeFile(source + QStringLiteral("/b.csv"), "local b");
    writeFile(source + QStringLiteral("/c.csv"), "local c");
    const auto before = manifest(remoteDir);

    const QStringList items = {source + QStringLiteral("/data"), source + QStringLiteral("/b.csv"),
                               source + QStringLiteral("/c.csv")};
    {
        UploadJob job(m_client.get(), serverUrl(m_hub.url()), items, QStringLiteral("asked"));
        QSignalSpy asked(&job, &TransferJob::conflictsFound);
        QSignalSpy finished(&job, &TransferJob::finished);
        job.start();
        QVERIFY(asked.wait(60'000));
        const auto conflicts = asked.first().first().value<QList<TransferConflict>>();
        QCOMPARE(conflicts.size(), 2);
        // The folders merge: the file inside that exists on both sides is the conflict.
        QCOMPARE(conflicts[0].name, QStringLiteral("data/a.csv"));
        QVERIFY(!conflicts[0].existingIsFolder && !conflicts[0].incomingIsFolder);
        QCOMPARE(conflicts[1].name, QStringLiteral("b.csv"));
        QCOMPARE(conflicts[1].existingSize, 8);
        QCOMPARE(conflicts[1].incomingSize, 7);
        QCOMPARE(job.state(), TransferJob::State::WaitingForAnswer);
        // Waiting means waiting: nothing moves until an answer comes.
        QVERIFY(!finished.wait(1500));
        QCOMPARE(manifest(remoteDir), before);
        job.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job.state(), TransferJob::State::Cancelled);
        QCOMPARE(manifest(remoteDir), before);
        QVERIFY(!QFileInfo::exists(remoteTemp()));
    }
    {
        // An answer for one conflict only (by id): the other is skipped, never overwritten.
        UploadJob job(m_client.get(), serverUrl(m_hub.url()), items, QStringLiteral("asked"));
        connect(&job, &TransferJob::conflictsFound, &job, [&job] {
            job.resolveConflicts({{1, ConflictPolicy::Overwrite}});
        });
        QVERIFY2(run(&job), qPrintable(job.errorString()));
        QCOMPARE(job.skippedNames(), QStringList {QStringLiteral("data")});
        QCOMPARE(manifest(remoteDir).value(QStringLiteral("data/a.csv")),
                 before.value(QStringLiteral("data/a.csv")));
        QFile b(remoteDir + QStringLiteral("/b.csv"));
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), QByteArray("local b"));
        QVERIFY(QFileInfo::exists(remoteDir + QStringLiteral("/c.csv")));
    }
}

void TestTransferJob::downloadConflictsKeepBoth()
{
    writeFile(home() + QStringLiteral("/dl/result.csv"), "from the server");
    const QString target = m_local.filePath(QStringLiteral("dl-target"));
    writeFile(target + QStringLiteral("/result.csv"), "local work");
    DownloadJob job(m_client.get(), serverUrl(m_hub.url()), {QStringLiteral("dl/result.csv")}, target);
    QSignalSpy asked(&job, &TransferJob::conflictsFound);
    connect(&job, &TransferJob::conflictsFound, &job, [&job] {
        job.resolveConflicts({{0, ConflictPolicy::KeepBoth}});
    });
    QVERIFY2(run(&job), qPrintable(job.errorString()));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(job.placedNames(), QStringList {QStringLiteral("result (2).csv")});
    QFile mine(target + QStringLiteral("/result.csv"));
    QVERIFY(mine.open(QIODevice::ReadOnly));
    QCOMPARE(mine.readAll(), QByteArray("local work"));
    QFile theirs(target + QStringLiteral("/result (2).csv"));
    QVERIFY(theirs.open(QIODevice::ReadOnly));
    QCOMPARE(theirs.readAll(), QByteArray("from the server"));
}

// A few files go the direct way (GET /files, framed as a tar here), and still: the conflict is
// asked about before a byte moves, the egress approval gets the exact size before any byte
// moves, checksums are compared, a long name (a GNU long-name entry) arrives whole, and nothing
// is left behind on either side. --method archive moves the same files the archive's way.
void TestTransferJob::directDownloadKeepsTheGuarantees()
{
    const QString longName = QString(150, QLatin1Char('l')) + QStringLiteral("-λ.dat");
    QByteArray table;
    for (int i = 0; i < 20'000; ++i)
        table += QByteArray::number(i) + ",12.5,STAR\n";
    writeFile(home() + QStringLiteral("/direct/table.csv"), table);
    writeRandomFile(home() + QStringLiteral("/direct/") + longName, 3 * MiB + 7);
    const QStringList remote {QStringLiteral("direct/table.csv"), QStringLiteral("direct/") + longName};
    for (const auto method : {TransferMethod::Way::Direct, TransferMethod::Way::Archive}) {
        const QString target = m_local.filePath(QStringLiteral("direct-") + TransferMethod::name(method));
        writeFile(target + QStringLiteral("/table.csv"), "local work");
        DownloadJob job(m_client.get(), serverUrl(m_hub.url()), remote, target);
        // Forced both times: on a busy machine the measured round trip could make the choice
        // (unit.transferspeed tests it) go either way.
        job.setMethod(method);
        job.setVerifyChecksums(true);
        job.setRequiresApproval(true);
        QSignalSpy asked(&job, &TransferJob::conflictsFound);
        connect(&job, &TransferJob::conflictsFound, &job, [&job] {
            job.resolveConflicts({{job.conflictsToAnswer().constFirst().id, ConflictPolicy::Overwrite}});
        });
        qint64 approvedBytes = -1;
        connect(&job, &TransferJob::approvalNeeded, &job, [&](qint64 bytes) {
            // Nothing has moved yet: the local file is as it was, nothing else is there.
            QFile mine(target + QStringLiteral("/table.csv"));
            QVERIFY(mine.open(QIODevice::ReadOnly));
            QCOMPARE(mine.readAll(), QByteArray("local work"));
            QVERIFY(!QFileInfo::exists(target + QLatin1Char('/') + longName));
            approvedBytes = bytes;
            job.approve();
        });
        QVERIFY2(run(&job), qPrintable(job.errorString()));
        QCOMPARE(job.methodChoice().way, method);
        QVERIFY(!job.methodChoice().reason.isEmpty());
        QCOMPARE(asked.size(), 1);
        QVERIFY(approvedBytes > 0);
        // The direct way's size is exact, data and tar framing; the archive's is compressed.
        if (method == TransferMethod::Way::Direct)
            QVERIFY(approvedBytes > table.size() + 3 * MiB);
        QCOMPARE(job.archiveSize(), approvedBytes);
        QCOMPARE(manifest(target).value(QStringLiteral("table.csv")),
                 manifest(home() + QStringLiteral("/direct")).value(QStringLiteral("table.csv")));
        QCOMPARE(manifest(target).value(longName).section(QLatin1Char(' '), 2),
                 manifest(home() + QStringLiteral("/direct")).value(longName).section(QLatin1Char(' '), 2));
        QVERIFY(!leftovers(target));
        QVERIFY(!QFileInfo::exists(remoteTemp()));
    }
}

void TestTransferJob::missingRemoteItemIsNamed()
{
    DownloadJob job(m_client.get(), serverUrl(m_hub.url()), {QStringLiteral("no/such/thing.fits")},
                    m_local.filePath(QStringLiteral("missing")));
    QVERIFY(!run(&job));
    QCOMPARE(job.error(), TransferJob::Error::NotFound);
    QVERIFY2(job.errorString().contains(QStringLiteral("no/such/thing.fits")), qPrintable(job.errorString()));
    QVERIFY(!QFileInfo::exists(remoteTemp()));
}

void TestTransferJob::cancelLeavesNothingBehind()
{
    const QString big = m_local.filePath(QStringLiteral("cancel/big.bin"));
    QDir().mkpath(QFileInfo(big).absolutePath());
    writeRandomFile(big, 200 * MiB);
    {
        UploadJob job(m_client.get(), serverUrl(m_hub.url()), {big}, QStringLiteral("cancelled"));
        job.setPartSize(8 * MiB);
        QSignalSpy finished(&job, &TransferJob::finished);
        connect(&job, &TransferJob::progressed, &job, [&job](qint64 done, qint64) {
            if (done > 40 * MiB)
                job.cancel();
        });
        job.start();
        QVERIFY(finished.wait(120'000));
        QCOMPARE(job.state(), TransferJob::State::Cancelled);
        QVERIFY(!QFileInfo::exists(home() + QStringLiteral("/cancelled/big.bin")));
        QVERIFY(!QFileInfo::exists(remoteTemp()));
    }
    QFile::copy(big, home() + QStringLiteral("/big.bin"));
    {
        const QString target = m_local.filePath(QStringLiteral("cancel-down"));
        DownloadJob job(m_client.get(), serverUrl(m_hub.url()), {QStringLiteral("big.bin")}, target);
        QSignalSpy finished(&job, &TransferJob::finished);
        connect(&job, &TransferJob::progressed, &job, [&job](qint64 done, qint64) {
            if (done > 20 * MiB)
                job.cancel();
        });
        job.start();
        QVERIFY(finished.wait(120'000));
        QCOMPARE(job.state(), TransferJob::State::Cancelled);
        QVERIFY(QDir(target).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        QVERIFY(!QFileInfo::exists(remoteTemp()));
    }
    QFile::remove(home() + QStringLiteral("/big.bin"));
}

void TestTransferJob::uploadTooBigForTheDiskIsRefusedUpFront()
{
    // A real small file system: a 16 MiB tmpfs mounted in the user's home.
    const QString disk = home() + QStringLiteral("/small-disk");
    QVERIFY(QDir().mkpath(disk));
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=16m"), QStringLiteral("tmpfs"), disk})
        != 0)
        QSKIP("mounting a small tmpfs needs root (CAP_SYS_ADMIN); not available here");
    m_mounted = disk;
    // Sparse: 64 MiB to send, nothing written locally.
    const QString sparse = m_local.filePath(QStringLiteral("sparse.bin"));
    QFile file(sparse);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(64 * MiB));
    file.close();

    // The home is large, the target is not: the target's own free space decides.
    UploadJob job(m_client.get(), serverUrl(m_hub.url()), {sparse}, QStringLiteral("small-disk/inbox"));
    QVERIFY(!run(&job));
    QCOMPARE(job.error(), TransferJob::Error::NoSpace);
    // In the units the rest of the app uses (decimal, DataSize): what is needed and what is free.
    QVERIFY2(job.errorString().contains(DataSize::format(64 * MiB)), qPrintable(job.errorString()));
    QVERIFY2(!job.errorString().contains(QStringLiteral("MiB")), qPrintable(job.errorString()));
    QCOMPARE(job.bytesDone(), 0);
    QVERIFY(QDir(disk).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    QVERIFY(!QFileInfo::exists(remoteTemp()));
    QCOMPARE(QProcess::execute(QStringLiteral("umount"), {disk}), 0);
    m_mounted.clear();
}

void TestTransferJob::cutConnectionsAreResumed()
{
    test::FaultProxy proxy(quint16(m_hub.url().port()));
    QVERIFY(proxy.start());
    QUrl base = m_hub.url();
    base.setPort(proxy.port());
    auto client = clientFor(base);

    const QString source = m_local.filePath(QStringLiteral("cut/payload.bin"));
    QDir().mkpath(QFileInfo(source).absolutePath());
    writeRandomFile(source, 24 * MiB);

    // Upload: one request cut about half-way through its body, then the cut is lifted.
    {
        UploadJob job(client.get(), serverUrl(base), {source}, QStringLiteral("cut"));
        job.setChunkSize(2 * MiB);
        proxy.setCutAfterUpstreamBytes(MiB); // inside one 2 MiB chunk (about 2.7 MB as base64)
        QTimer lifter;
        connect(&lifter, &QTimer::timeout, &lifter, [&] {
            if (proxy.cuts() > 0)
                proxy.setCutAfterUpstreamBytes(0);
        });
        lifter.start(5);
        QVERIFY2(run(&job), qPrintable(job.errorString()));
        QVERIFY(proxy.cuts() >= 1);
        QCOMPARE(manifest(home() + QStringLiteral("/cut")).value(QStringLiteral("payload.bin")),
                 manifest(QFileInfo(source).absolutePath()).value(QStringLiteral("payload.bin")));
    }
    // Download: every connection cut after 5 MiB; each resume goes on from where it stopped.
    {
        const int cutsBefore = proxy.cuts();
        proxy.setCutAfterDownstreamBytes(5 * MiB);
        const QString target = m_local.filePath(QStringLiteral("cut-back"));
        DownloadJob job(client.get(), serverUrl(base), {QStringLiteral("cut/payload.bin")}, target);
        QVERIFY2(run(&job), qPrintable(job.errorString()));
        proxy.setCutAfterDownstreamBytes(0);
        QVERIFY(proxy.cuts() >= cutsBefore + 2);
        QCOMPARE(manifest(target).value(QStringLiteral("payload.bin")),
                 manifest(QFileInfo(source).absolutePath()).value(QStringLiteral("payload.bin")));
    }
}

void TestTransferJob::queueRunsJobsInTurn()
{
    TransferQueue queue;
    QStringList order;
    for (int i = 0; i < 3; ++i) {
        const QString path = m_local.filePath(QStringLiteral("queue/item%1.txt").arg(i));
        writeFile(path, QByteArray("queued ") + QByteArray::number(i));
        auto *job = new UploadJob(m_client.get(), serverUrl(m_hub.url()), {path}, QStringLiteral("queued"));
        job->setConflictPolicy(ConflictPolicy::Overwrite);
        connect(job, &TransferJob::stateChanged, &queue, [&queue, &order, job](TransferJob::State state) {
            if (state == TransferJob::State::Preparing) {
                int active = 0;
                for (TransferJob *other : queue.jobs())
                    active += other->isActive() ? 1 : 0;
                QCOMPARE(active, 1);
                order.append(job->title());
            }
        });
        queue.add(job);
    }
    QCOMPARE(queue.pendingCount(), 3);
    QVERIFY(!queue.summary().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(queue.pendingCount(), 0, 120'000);
    QCOMPARE(
        order,
        QStringList({QStringLiteral("item0.txt"), QStringLiteral("item1.txt"), QStringLiteral("item2.txt")}));
    for (TransferJob *job : queue.jobs())
        QCOMPARE(job->state(), TransferJob::State::Finished);
    queue.clearFinished();
    QTRY_VERIFY(queue.jobs().isEmpty());
}

QTEST_GUILESS_MAIN(TestTransferJob)
#include "tst_transferjob.moc"
