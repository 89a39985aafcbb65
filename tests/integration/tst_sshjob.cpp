// UploadJob and DownloadJob over SSH, against a real OpenSSH sshd (tests/fixtures/sshd) and, for
// the fall-back to the contents API, the live hub: the transfer engine's test tree there and back
// byte for byte, conflicts, the egress approval before any byte streams, cancel, a server killed
// mid-stream, and what a job does with an unknown or changed host key, a wrong key or password,
// and an SSH server that does not answer.
#include "TestHub.h"
#include "hub/HubClient.h"
#include "ssh/SshConfig.h"
#include "ssh/SshSession.h"
#include "transfer/DownloadJob.h"
#include "transfer/StreamScript.h"
#include "transfer/UploadJob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using namespace fornax;
using namespace std::chrono_literals;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr int JobMs = 240'000;
const QString HubUser = QStringLiteral("ssh-fallback-user");

struct Sshd
{
    QString host;
    int port = 0;
    QString user;
    QString home;
    uint uid = 0;
    uint gid = 0;
    QString password;
    QString key;
    QString strangerKey;
    QString knownHostsLine;

    static Sshd fromFile(const QString &path)
    {
        QFile file(path);
        Sshd s;
        if (!file.open(QIODevice::ReadOnly))
            return s;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        s.host = o.value(QLatin1String("host")).toString();
        s.port = o.value(QLatin1String("port")).toInt();
        s.user = o.value(QLatin1String("user")).toString();
        s.home = o.value(QLatin1String("home")).toString();
        s.uid = uint(o.value(QLatin1String("uid")).toInt());
        s.gid = uint(o.value(QLatin1String("gid")).toInt());
        s.password = o.value(QLatin1String("password")).toString();
        s.key = o.value(QLatin1String("key")).toString();
        s.strangerKey = o.value(QLatin1String("strangerKey")).toString();
        s.knownHostsLine = o.value(QLatin1String("knownHostsLine")).toString();
        return s;
    }
    bool isValid() const { return port > 0 && !user.isEmpty(); }
};

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

void writeFile(const QString &path, const QByteArray &data, int mode = 0644)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
    file.close();
    QCOMPARE(::chmod(native(path).constData(), mode_t(mode)), 0);
}

void writeRandomFile(const QString &path, qint64 size)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
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
        if (::lstat(native(path).constData(), &st) != 0) {
            entries.insert(path, QStringLiteral("unreadable"));
            continue;
        }
        const QString mode = QString::number(st.st_mode & 07777, 8);
        QString value;
        if (S_ISLNK(st.st_mode)) {
            char target[4096] = {};
            const ssize_t n = ::readlink(native(path).constData(), target, sizeof target - 1);
            value = QStringLiteral("link ") + QString::fromUtf8(target, n > 0 ? n : 0);
        } else if (S_ISDIR(st.st_mode)) {
            value = QStringLiteral("dir ") + mode;
        } else {
            QFile file(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(&file);
            value = QStringLiteral("file ") + mode + QLatin1Char(' ') + QString::number(st.st_size)
                + QLatin1Char(' ') + QString::fromLatin1(hash.result().toHex());
        }
        entries.insert(path.mid(root.size() + 1), value);
    }
    return entries;
}

QStringList entries(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

bool runFixture(const QStringList &arguments, QString *output = nullptr)
{
    QProcess fixture;
    fixture.setProcessChannelMode(QProcess::MergedChannels);
    fixture.start(QStringLiteral("/usr/bin/python3"),
                  QStringList {qEnvironmentVariable("FORNAX_SSHD_FIXTURE")} + arguments);
    const bool ok = fixture.waitForFinished(60'000) && fixture.exitStatus() == QProcess::NormalExit
        && fixture.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(fixture.readAll());
    return ok;
}

// Runs job to its end; true if it finished.
bool run(TransferJob *job, int timeoutMs = JobMs)
{
    QSignalSpy finished(job, &TransferJob::finished);
    job->start();
    if (!finished.wait(timeoutMs))
        return false;
    return job->state() == TransferJob::State::Finished;
}

} // namespace

class TestSshJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void roundTripOverSsh();
    void conflictsOverSsh();
    void cancelOverSshLeavesNothing();
    void serverKilledMidDownloadFailsCleanly();
    void unknownHostKeyFallsBackToTheContentsApi();
    void changedHostKeyIsRefused();
    void signInFailuresAreClear_data();
    void signInFailuresAreClear();
    void silentSshFallsBackToTheContentsApi();

private:
    SshConfig keyConfig() const;
    // A session that trusts the fixture's host key (through its own known-hosts files).
    std::unique_ptr<SshSession> trustedSession(const SshConfig &config);
    QString remote(const QString &relative) const { return m_sshd.home + QLatin1Char('/') + relative; }
    QString remoteTransfers() const { return remote(QStringLiteral("fornax-transfers~")); }
    // The hub's user and its server, for the fall-back to the contents API.
    bool prepareHub();
    QUrl hubServerUrl() const { return m_hub.url().resolved(QUrl(QStringLiteral("user/%1/").arg(HubUser))); }

    Sshd m_sshd;
    QTemporaryDir m_local;
    QString m_knownHosts;
    QStringList m_remoteFolders;
    test::TestHub m_hub;
    QNetworkAccessManager m_network;
    std::unique_ptr<HubClient> m_client;
    int m_counter = 0;
};

void TestSshJob::initTestCase()
{
    qRegisterMetaType<HubError>();
    qRegisterMetaType<SshError>();
    m_sshd = Sshd::fromFile(qEnvironmentVariable("FORNAX_TEST_SSHD_STATE"));
    QVERIFY2(m_sshd.isValid(), "no sshd fixture: run through ctest (FORNAX_TEST_SSHD_STATE)");
    QVERIFY(m_local.isValid());
    // sshd reads the fixture's files as the test user; the tree's modes go through the umask.
    QVERIFY(QFile::setPermissions(m_local.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    ::umask(022);
    for (const QString &folder : {QStringLiteral("roundtrip"), QStringLiteral("conflicts"),
                                  QStringLiteral("cancelled"), QStringLiteral("fornax-transfers~")})
        QDir(remote(folder)).removeRecursively();
}

void TestSshJob::init()
{
    m_knownHosts = m_local.filePath(QStringLiteral("known_hosts-%1").arg(++m_counter));
    QFile file(m_knownHosts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_sshd.knownHostsLine.toUtf8() + '\n');
}

void TestSshJob::cleanupTestCase()
{
    for (const QString &path : std::as_const(m_remoteFolders)) {
        if (QFileInfo(path).isDir())
            QDir(path).removeRecursively();
        else
            QFile::remove(path);
    }
    if (m_client)
        m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(HubUser));
}

SshConfig TestSshJob::keyConfig() const
{
    SshConfig config(m_sshd.host, m_sshd.user, m_sshd.port);
    config.setAuthMethod(SshAuthMethod::KeyFile);
    config.setKeyPath(m_sshd.key);
    return config;
}

std::unique_ptr<SshSession> TestSshJob::trustedSession(const SshConfig &config)
{
    auto session = std::make_unique<SshSession>(config);
    session->setKnownHostsFiles(m_knownHosts, m_knownHosts);
    session->setConnectTimeout(10s);
    return session;
}

bool TestSshJob::prepareHub()
{
    if (m_client)
        return true;
    m_hub = test::TestHub::fromEnvironment();
    if (!m_hub.isValid() || !m_hub.ensureUser(HubUser)) {
        qWarning() << "no hub:" << m_hub.errorString();
        return false;
    }
    auto ready = [this] {
        return m_hub.call("GET", QStringLiteral("users/") + HubUser)
            .json()
            .object()
            .value(QLatin1String("servers"))
            .toObject()
            .value(QString())
            .toObject()
            .value(QLatin1String("ready"))
            .toBool();
    };
    if (!ready()) {
        const int status =
            m_hub.call("POST", QStringLiteral("users/%1/server").arg(HubUser), R"({"profile":"small"})")
                .status;
        if (status != 201 && status != 202)
            return false;
        if (!QTest::qWaitFor(ready, 60'000))
            return false;
    }
    m_client = std::make_unique<HubClient>(HubUrl(m_hub.url()), &m_network);
    const QByteArray token = m_hub.createToken(HubUser);
    m_client->setToken(token);
    m_client->setServerToken(token); // the same token for both: these tests are about files
    return true;
}

void TestSshJob::roundTripOverSsh()
{
    // The transfer engine's test tree: UTF-8 names, modes, a 0-byte file, an empty folder, a
    // link, and a big file.
    const QString tree = m_local.filePath(QStringLiteral("source/tree ünïcode"));
    for (int i = 0; i < 300; ++i) {
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
    writeRandomFile(big, 96 * MiB);
    if (QTest::currentTestFailed())
        return;

    auto session = trustedSession(keyConfig());
    // No hub at all: everything must go over SSH.
    UploadJob upload(nullptr, QUrl(), {tree, big}, QStringLiteral("roundtrip/in"));
    upload.setSshSession(session.get());
    upload.setVerifyChecksums(true);
    QSignalSpy progressed(&upload, &TransferJob::progressed);
    QVERIFY2(run(&upload), qPrintable(upload.errorString()));
    QVERIFY(upload.usesSsh());
    QCOMPARE(upload.placedNames(),
             QStringList({QStringLiteral("tree ünïcode"), QStringLiteral("cube.fits")}));
    QCOMPARE(upload.totals().files, 300 + 2 + 1);
    QVERIFY(progressed.size() > 2);
    QCOMPARE(upload.bytesDone(), upload.bytesTotal());
    m_remoteFolders << remote(QStringLiteral("roundtrip"));
    const QString remoteIn = remote(QStringLiteral("roundtrip/in"));
    QCOMPARE(manifest(remoteIn + QStringLiteral("/tree ünïcode")), manifest(tree));
    QCOMPARE(manifest(remoteIn).value(QStringLiteral("cube.fits")),
             manifest(m_local.filePath(QStringLiteral("source"))).value(QStringLiteral("cube.fits")));
    QVERIFY(!QFileInfo::exists(remoteTransfers()));

    // And back, with the egress approval: asked before a single byte streams.
    const QString back = m_local.filePath(QStringLiteral("back/here"));
    DownloadJob download(
        nullptr, QUrl(),
        {QStringLiteral("roundtrip/in/tree ünïcode"), QStringLiteral("~/roundtrip/in/cube.fits")}, back);
    download.setSshSession(session.get());
    download.setVerifyChecksums(true);
    download.setRequiresApproval(true);
    QSignalSpy approval(&download, &TransferJob::approvalNeeded);
    QSignalSpy finished(&download, &TransferJob::finished);
    download.start();
    QVERIFY(approval.wait(JobMs));
    QVERIFY(download.usesSsh());
    const qint64 asked = approval.at(0).at(0).toLongLong();
    QCOMPARE(asked, download.archiveSize());
    QCOMPARE(asked, StreamScript::streamBound(download.remoteTotals()));
    QVERIFY(asked > 96 * MiB);
    QCOMPARE(download.state(), TransferJob::State::WaitingForAnswer);
    QCOMPARE(download.bytesDone(), 0);
    QVERIFY(!QFileInfo::exists(back) || entries(back).isEmpty());
    download.approve();
    QVERIFY(finished.wait(JobMs));
    QVERIFY2(download.state() == TransferJob::State::Finished, qPrintable(download.errorString()));
    // What crossed the wire, within what was approved: random data does not compress.
    QVERIFY(download.archiveSize() > 96 * MiB);
    QVERIFY2(download.archiveSize() <= asked,
             qPrintable(QStringLiteral("%1 > %2").arg(download.archiveSize()).arg(asked)));
    QCOMPARE(download.totals(), download.remoteTotals());
    QCOMPARE(manifest(back + QStringLiteral("/tree ünïcode")), manifest(tree));
    QCOMPARE(manifest(back).value(QStringLiteral("cube.fits")),
             manifest(m_local.filePath(QStringLiteral("source"))).value(QStringLiteral("cube.fits")));
    QCOMPARE(entries(back), QStringList({QStringLiteral("cube.fits"), QStringLiteral("tree ünïcode")}));
    QVERIFY(!QFileInfo::exists(remoteTransfers()));
    QFile::remove(big);
    QFile::remove(back + QStringLiteral("/cube.fits"));
}

void TestSshJob::conflictsOverSsh()
{
    const QString remoteDir = remote(QStringLiteral("conflicts"));
    m_remoteFolders << remoteDir;
    writeFile(remoteDir + QStringLiteral("/notes.txt"), "old");
    QCOMPARE(::chown(native(remoteDir).constData(), m_sshd.uid, m_sshd.gid), 0);
    QCOMPARE(::chown(native(remoteDir + QStringLiteral("/notes.txt")).constData(), m_sshd.uid, m_sshd.gid),
             0);
    const QString local = m_local.filePath(QStringLiteral("conflict/notes.txt"));
    writeFile(local, "new version");

    auto session = trustedSession(keyConfig());
    UploadJob job(nullptr, QUrl(), {local}, QStringLiteral("conflicts"));
    job.setSshSession(session.get());
    QSignalSpy asked(&job, &TransferJob::conflictsFound);
    connect(&job, &TransferJob::conflictsFound, &job, [&job] {
        job.resolveConflicts({{0, ConflictPolicy::KeepBoth}});
    });
    QVERIFY2(run(&job), qPrintable(job.errorString()));
    QVERIFY(job.usesSsh());
    QCOMPARE(asked.size(), 1);
    const auto conflicts = asked.at(0).at(0).value<QList<TransferConflict>>();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.at(0).existingSize, 3);
    QCOMPARE(conflicts.at(0).incomingSize, 11);
    QCOMPARE(job.placedNames(), QStringList {QStringLiteral("notes (2).txt")});
    QCOMPARE(QDir(remoteDir).entryList(QDir::Files),
             QStringList({QStringLiteral("notes (2).txt"), QStringLiteral("notes.txt")}));
    QFile old(remoteDir + QStringLiteral("/notes.txt"));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old"));
}

void TestSshJob::cancelOverSshLeavesNothing()
{
    const QString big = m_local.filePath(QStringLiteral("cancel/big.bin"));
    writeRandomFile(big, 256 * MiB);
    auto session = trustedSession(keyConfig());
    {
        UploadJob job(nullptr, QUrl(), {big}, QStringLiteral("cancelled"));
        job.setSshSession(session.get());
        job.setCompression(Compression::None);
        QSignalSpy finished(&job, &TransferJob::finished);
        QElapsedTimer sinceCancel;
        connect(&job, &TransferJob::progressed, &job, [&](qint64 done, qint64) {
            if (done > 16 * MiB && !sinceCancel.isValid()) {
                sinceCancel.start();
                job.cancel();
            }
        });
        job.start();
        QVERIFY(finished.wait(JobMs));
        QCOMPARE(job.state(), TransferJob::State::Cancelled);
        QVERIFY(job.usesSsh());
        QVERIFY2(sinceCancel.elapsed() < 5000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(!QFileInfo::exists(remote(QStringLiteral("cancelled/big.bin"))));
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(remoteTransfers()), 10'000);
    }
    const QString remoteBig = remote(QStringLiteral("cancel-source.bin"));
    m_remoteFolders << remoteBig;
    QVERIFY(QFile::copy(big, remoteBig));
    QFile::remove(big);
    {
        const QString target = m_local.filePath(QStringLiteral("cancel-down"));
        QVERIFY(QDir().mkpath(target));
        DownloadJob job(nullptr, QUrl(), {QStringLiteral("cancel-source.bin")}, target);
        job.setSshSession(session.get());
        job.setCompression(Compression::None);
        QSignalSpy finished(&job, &TransferJob::finished);
        connect(&job, &TransferJob::progressed, &job, [&job](qint64 done, qint64) {
            if (done > 16 * MiB)
                job.cancel();
        });
        job.start();
        QVERIFY(finished.wait(JobMs));
        QCOMPARE(job.state(), TransferJob::State::Cancelled);
        QCOMPARE(entries(target), QStringList()); // not even a hidden partial folder
        QVERIFY(!QFileInfo::exists(remoteTransfers()));
    }
}

void TestSshJob::serverKilledMidDownloadFailsCleanly()
{
    // An sshd of this test's own, so killing it leaves the shared one alone.
    const QString stateDir = m_local.filePath(QStringLiteral("own-sshd"));
    QString log;
    QVERIFY2(runFixture({QStringLiteral("start"), QStringLiteral("--keep-password"),
                         QStringLiteral("--state-dir"), stateDir},
                        &log),
             qPrintable(log));
    auto stop = qScopeGuard([&] {
        runFixture({QStringLiteral("stop"), QStringLiteral("--state-dir"), stateDir});
    });
    const Sshd own = Sshd::fromFile(stateDir + QStringLiteral("/state.json"));
    QVERIFY(own.isValid());
    const QString remoteBig = remote(QStringLiteral("killed-source.bin"));
    m_remoteFolders << remoteBig;
    writeRandomFile(remoteBig, 256 * MiB);

    SshConfig config(own.host, own.user, own.port);
    config.setAuthMethod(SshAuthMethod::KeyFile);
    config.setKeyPath(own.key);
    auto session = std::make_unique<SshSession>(config);
    QFile known(m_knownHosts);
    QVERIFY(known.open(QIODevice::WriteOnly));
    known.write(own.knownHostsLine.toUtf8() + '\n');
    known.close();
    session->setKnownHostsFiles(m_knownHosts, m_knownHosts);

    const QString target = m_local.filePath(QStringLiteral("killed-down"));
    QVERIFY(QDir().mkpath(target));
    DownloadJob job(nullptr, QUrl(), {QStringLiteral("killed-source.bin")}, target);
    job.setSshSession(session.get());
    job.setCompression(Compression::None);
    QSignalSpy finished(&job, &TransferJob::finished);
    bool killed = false;
    connect(&job, &TransferJob::progressed, &job, [&](qint64 done, qint64) {
        if (done > 16 * MiB && !killed) {
            killed = true;
            runFixture({QStringLiteral("stop"), QStringLiteral("--state-dir"), stateDir});
        }
    });
    job.start();
    QVERIFY(finished.wait(JobMs));
    QVERIFY(killed);
    QCOMPARE(job.state(), TransferJob::State::Failed);
    QCOMPARE(job.error(), TransferJob::Error::Network);
    QVERIFY(job.isRetryable());
    QVERIFY2(job.errorString().contains(QLatin1String("was lost")), qPrintable(job.errorString()));
    QCOMPARE(entries(target), QStringList()); // nothing half-extracted
    // The job could not remove its folder from a dead server (the next job's probe does, a day
    // later); the test does not wait for that.
    QDir(remoteTransfers()).removeRecursively();
}

void TestSshJob::unknownHostKeyFallsBackToTheContentsApi()
{
    QVERIFY(prepareHub());
    // The job's own session, whose known-hosts files (~/.ssh, the app's) do not know the key.
    QFile::remove(SshSession::defaultAppKnownHostsFile());
    const QString local = m_local.filePath(QStringLiteral("fallback/unknown.txt"));
    writeFile(local, "over the contents API");
    UploadJob job(m_client.get(), hubServerUrl(), {local}, QStringLiteral("ssh-fallback"));
    job.setSshConfig(keyConfig());
    job.setConflictPolicy(ConflictPolicy::Overwrite);
    QVERIFY2(run(&job), qPrintable(job.errorString()));
    QVERIFY(!job.usesSsh());
    QVERIFY2(job.sshFallbackReason().contains(QLatin1String("host key")),
             qPrintable(job.sshFallbackReason()));
    QFile arrived(m_hub.homeOf(HubUser) + QStringLiteral("/ssh-fallback/unknown.txt"));
    QVERIFY(arrived.open(QIODevice::ReadOnly));
    QCOMPARE(arrived.readAll(), QByteArray("over the contents API"));
    // Nothing was accepted behind the user's back.
    QVERIFY(!QFileInfo::exists(SshSession::defaultAppKnownHostsFile()));
}

void TestSshJob::changedHostKeyIsRefused()
{
    // Another key recorded for this host and port in the app's own file.
    QFile pub(m_sshd.strangerKey + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = pub.readAll().split(' ');
    const QString appFile = SshSession::defaultAppKnownHostsFile();
    QVERIFY(QDir().mkpath(QFileInfo(appFile).absolutePath()));
    QFile known(appFile);
    QVERIFY(known.open(QIODevice::WriteOnly));
    known.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd.port).toUtf8() + fields.value(0) + ' '
                + fields.value(1) + '\n');
    known.close();
    auto removeFile = qScopeGuard([&] {
        QFile::remove(appFile);
    });
    const QString local = m_local.filePath(QStringLiteral("changed/file.txt"));
    writeFile(local, "x");

    // Without a hub to fall back on, the job fails with the warning, in plain words.
    UploadJob job(nullptr, QUrl(), {local}, QStringLiteral("changed"));
    job.setSshConfig(keyConfig());
    QVERIFY(!run(&job));
    QVERIFY(!job.usesSsh());
    QVERIFY2(job.errorString().contains(QLatin1String("WARNING")) && job.errorString().contains(appFile),
             qPrintable(job.errorString()));
    QCOMPARE(job.sshFallbackReason(), job.errorString());
    QVERIFY(!QFileInfo::exists(remote(QStringLiteral("changed"))));
}

void TestSshJob::signInFailuresAreClear_data()
{
    QTest::addColumn<SshAuthMethod>("method");
    QTest::addColumn<bool>("strangerKey");
    QTest::addColumn<QString>("advice");
    QTest::newRow("key not authorised")
        << SshAuthMethod::KeyFile << true << QStringLiteral("authorized_keys");
    QTest::newRow("wrong password") << SshAuthMethod::Password << false
                                    << QStringLiteral("enter the password again");
}

void TestSshJob::signInFailuresAreClear()
{
    QFETCH(SshAuthMethod, method);
    QFETCH(bool, strangerKey);
    QFETCH(QString, advice);
    SshConfig config(m_sshd.host, m_sshd.user, m_sshd.port);
    config.setAuthMethod(method);
    config.setKeyPath(strangerKey ? m_sshd.strangerKey : m_sshd.key);
    auto session = trustedSession(config);
    if (method == SshAuthMethod::Password)
        session->setSecret("not-the-password");
    const QString local = m_local.filePath(QStringLiteral("signin/file.txt"));
    writeFile(local, "x");
    DownloadJob job(nullptr, QUrl(), {QStringLiteral("anything")},
                    m_local.filePath(QStringLiteral("signin-down")));
    job.setSshSession(session.get());
    QVERIFY(!run(&job));
    QVERIFY(!job.usesSsh());
    QVERIFY2(job.errorString().contains(advice), qPrintable(job.errorString()));
    QVERIFY(!job.errorString().contains(QLatin1String("not-the-password")));
}

void TestSshJob::silentSshFallsBackToTheContentsApi()
{
    QVERIFY(prepareHub());
    // Nothing listens on the configured port: the job says why in the log and uses the hub.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    SshConfig config = keyConfig();
    config.setPort(probe.serverPort());
    probe.close();
    const QString remoteFile = m_hub.homeOf(HubUser) + QStringLiteral("/ssh-fallback/down.txt");
    writeFile(remoteFile, "from the hub");
    const QString target = m_local.filePath(QStringLiteral("fallback-down"));
    DownloadJob job(m_client.get(), hubServerUrl(), {QStringLiteral("ssh-fallback/down.txt")}, target);
    job.setSshConfig(config);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("uses the contents API: SSH did not work")));
    QVERIFY2(run(&job), qPrintable(job.errorString()));
    QVERIFY(!job.usesSsh());
    QVERIFY2(job.sshFallbackReason().contains(QLatin1String("Check the port")),
             qPrintable(job.sshFallbackReason()));
    QFile arrived(target + QStringLiteral("/down.txt"));
    QVERIFY(arrived.open(QIODevice::ReadOnly));
    QCOMPARE(arrived.readAll(), QByteArray("from the hub"));
}

QTEST_GUILESS_MAIN(TestSshJob)
#include "tst_sshjob.moc"
