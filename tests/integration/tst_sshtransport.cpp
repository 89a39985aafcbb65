// SshSession, SshShell and SshTransport against a real OpenSSH sshd (tests/fixtures/sshd):
// archive round trips in both directions, byte for byte; host keys unknown, accepted, rejected
// and changed; every sign-in method and its clear failures; a server killed mid-stream; cancel.
#include "BoundedBuffer.h"
#include "Settings.h"
#include "account/CredentialStore.h"
#include "archive/ArchiveExtractor.h"
#include "archive/ArchiveWriter.h"
#include "ssh/SshConfig.h"
#include "ssh/SshSession.h"
#include "ssh/SshShell.h"
#include "ssh/SshTransport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using namespace fornax;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(fornax::SshAuthMethod)
Q_DECLARE_METATYPE(fornax::SshError::Kind)
Q_DECLARE_METATYPE(fornax::Compression)

namespace {

constexpr int WaitMs = 60'000;

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
    QString protectedKey;
    QString passphrase;
    QString strangerKey;
    QString hostKeyPub;
    QString knownHostsLine;
    qint64 pid = 0; // the listening sshd

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
        s.protectedKey = o.value(QLatin1String("protectedKey")).toString();
        s.passphrase = o.value(QLatin1String("passphrase")).toString();
        s.strangerKey = o.value(QLatin1String("strangerKey")).toString();
        s.hostKeyPub = o.value(QLatin1String("hostKeyPub")).toString();
        s.knownHostsLine = o.value(QLatin1String("knownHostsLine")).toString();
        s.pid = o.value(QLatin1String("pid")).toInteger();
        return s;
    }
    bool isValid() const { return port > 0 && !user.isEmpty(); }
};

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

bool writeFile(const QString &path, const QByteArray &data, mode_t mode = 0644)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return false;
    file.close();
    return ::chmod(native(path).constData(), mode) == 0;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray data((size + 3) / 4 * 4, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    data.truncate(size);
    return data;
}

// Type, mode, size, content hash or link target, file mtime: what a round trip must keep.
QMap<QString, QString> snapshot(const QString &root)
{
    QMap<QString, QString> result;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st = {};
        if (::lstat(native(path).constData(), &st) != 0) {
            result.insert(path, QStringLiteral("lstat failed"));
            continue;
        }
        QString description;
        if (S_ISLNK(st.st_mode)) {
            char target[4096];
            const ssize_t n = ::readlink(native(path).constData(), target, sizeof target);
            description = QStringLiteral("link -> ") + QFile::decodeName(QByteArray(target, int(n)));
        } else if (S_ISDIR(st.st_mode)) {
            description = QStringLiteral("dir %1").arg(st.st_mode & 07777, 0, 8);
        } else {
            QFile file(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(&file);
            description = QStringLiteral("file %1 %2 %3 mtime %4")
                              .arg(st.st_mode & 07777, 0, 8)
                              .arg(st.st_size)
                              .arg(QString::fromLatin1(hash.result().toHex()))
                              .arg(st.st_mtim.tv_sec);
        }
        result.insert(path.mid(root.size() + 1), description);
    }
    return result;
}

QStringList entries(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// The host key's fingerprint as OpenSSH computes it, independently of libssh.
QString opensshFingerprint(const QString &publicKeyFile)
{
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                  publicKeyFile});
    keygen.waitForFinished(10'000);
    return QString::fromLatin1(keygen.readAllStandardOutput()).split(QLatin1Char(' ')).value(1);
}

// The sshd processes below root (root included): the listener, and per connection its monitor and
// the session process; not the commands they run.
QList<pid_t> sshdProcesses(pid_t root)
{
    QMultiHash<pid_t, pid_t> children;
    QHash<pid_t, QByteArray> names;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : pids) {
        bool ok = false;
        const pid_t pid = entry.toInt(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        children.insert(pid_t(fields.value(1).toInt()), pid);
        names.insert(pid, text.mid(text.indexOf('(') + 1, close - text.indexOf('(') - 1));
    }
    QList<pid_t> found {root};
    for (qsizetype i = 0; i < found.size(); ++i) {
        const QList<pid_t> below = children.values(found[i]);
        for (pid_t child : below) {
            if (names.value(child).startsWith("sshd"))
                found.append(child);
        }
    }
    return found;
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

} // namespace

class TestSshTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void configRoundTripsThroughSettings();
    void shellRunsCommands();
    void shellTimeoutStopsTheCommand();
    void roundTrip_data();
    void roundTrip();
    void remoteFailureIsReported();
    void unknownHostKeyIsShownAndCanBeRejected();
    void acceptedHostKeyIsRemembered();
    void userKnownHostsAreTrusted();
    void changedHostKeyIsRefused_data();
    void changedHostKeyIsRefused();
    void signsIn_data();
    void signsIn();
    void signInFailuresAreClear_data();
    void signInFailuresAreClear();
    void passwordFromTheKeychain();
    void refusedAndSilentServers();
    void serverKilledMidDownloadLeavesNothing_data();
    void serverKilledMidDownloadLeavesNothing();
    void serverKilledMidUploadStopsThePacker();
    void cancelClosesTheChannelPromptly();

private:
    SshConfig keyConfig() const;
    std::unique_ptr<SshSession> newSession(const SshConfig &config, bool trusted = true);
    // Runs command on the server as the test user: its exit code and output.
    bool runRemote(SshSession *session, const QString &command, int *exitCode, QByteArray *output);
    QString newRemoteFolder();
    void makeTree(const QString &root);

    Sshd m_sshd;
    QTemporaryDir m_temp;
    QString m_userKnownHosts;
    QString m_appKnownHosts;
    QStringList m_remoteFolders;
    int m_counter = 0;
};

void TestSshTransport::initTestCase()
{
    qRegisterMetaType<HubError>();
    qRegisterMetaType<SshError>();
    m_sshd = Sshd::fromFile(qEnvironmentVariable("FORNAX_TEST_SSHD_STATE"));
    QVERIFY2(m_sshd.isValid(), "no sshd fixture: run through ctest (FORNAX_TEST_SSHD_STATE)");
    QVERIFY(m_temp.isValid());
    // A private sshd's state lives in here, and sshd reads its authorized_keys as the test user.
    QVERIFY(QFile::setPermissions(m_temp.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    // The process's umask shapes extracted modes; make it the usual one.
    ::umask(022);
}

void TestSshTransport::init()
{
    // Fresh known-hosts files for every test: the app's one trusts the fixture's key.
    const QString dir = m_temp.filePath(QStringLiteral("hosts-%1").arg(++m_counter));
    QDir().mkpath(dir);
    m_userKnownHosts = dir + QStringLiteral("/user_known_hosts");
    m_appKnownHosts = dir + QStringLiteral("/app/known_hosts");
}

void TestSshTransport::cleanupTestCase()
{
    for (const QString &folder : std::as_const(m_remoteFolders))
        QDir(folder).removeRecursively();
}

SshConfig TestSshTransport::keyConfig() const
{
    SshConfig config(m_sshd.host, m_sshd.user, m_sshd.port);
    config.setAuthMethod(SshAuthMethod::KeyFile);
    config.setKeyPath(m_sshd.key);
    return config;
}

std::unique_ptr<SshSession> TestSshTransport::newSession(const SshConfig &config, bool trusted)
{
    if (trusted) {
        QDir().mkpath(QFileInfo(m_appKnownHosts).absolutePath());
        QFile file(m_appKnownHosts);
        if (file.open(QIODevice::WriteOnly))
            file.write(m_sshd.knownHostsLine.toUtf8() + '\n');
    }
    auto session = std::make_unique<SshSession>(config);
    session->setKnownHostsFiles(m_userKnownHosts, m_appKnownHosts);
    session->setConnectTimeout(10s);
    return session;
}

bool TestSshTransport::runRemote(SshSession *session, const QString &command, int *exitCode,
                                 QByteArray *output)
{
    SshShell shell(session);
    QSignalSpy finished(&shell, &SshShell::commandFinished);
    QSignalSpy failed(&shell, &SshShell::commandFailed);
    shell.run(command, 30s);
    if (!QTest::qWaitFor(
            [&] {
                return !finished.isEmpty() || !failed.isEmpty();
            },
            WaitMs)
        || finished.isEmpty()) {
        qWarning() << "remote command failed:" << command << failed;
        return false;
    }
    *exitCode = finished.at(0).at(0).toInt();
    *output = finished.at(0).at(1).toByteArray();
    return true;
}

// A folder in the test user's home, for the remote side of a transfer.
QString TestSshTransport::newRemoteFolder()
{
    const QString path = m_sshd.home + QStringLiteral("/tst-%1-%2").arg(::getpid()).arg(++m_counter);
    QDir().mkpath(path);
    if (::chown(native(path).constData(), m_sshd.uid, m_sshd.gid) != 0)
        qWarning() << "chown failed for" << path;
    m_remoteFolders << path;
    return path;
}

// Nested folders, UTF-8 names, an empty folder, a 0-byte file, a symbolic link inside the
// tree, a few MiB of random data, and modes other than 0644.
void TestSshTransport::makeTree(const QString &root)
{
    QVERIFY(QDir().mkpath(root + QStringLiteral("/a/b/c")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/empty folder")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/Spektren – Ångström ✓")));
    QVERIFY(writeFile(root + QStringLiteral("/a/b/c/deep.txt"), "deep\n"));
    QVERIFY(writeFile(root + QStringLiteral("/a/zero"), {}));
    QVERIFY(writeFile(root + QStringLiteral("/a/run.sh"), "#!/bin/sh\necho hi\n", 0755));
    QVERIFY(writeFile(root + QStringLiteral("/a/private.cfg"), "secret=no\n", 0600));
    QVERIFY(writeFile(root + QStringLiteral("/Spektren – Ångström ✓/Größe µm.fits"),
                      randomBytes(3 * 1024 * 1024 + 17)));
    QVERIFY(writeFile(root + QStringLiteral("/Spektren – Ångström ✓/日本語.txt"), "こんにちは\n", 0640));
    QVERIFY(QFile::link(QStringLiteral("../b/c/deep.txt"), root + QStringLiteral("/a/b/link-to-deep")));
    QVERIFY(::chmod(native(root + QStringLiteral("/a/b")).constData(), 0750) == 0);
}

void TestSshTransport::configRoundTripsThroughSettings()
{
    Settings settings(m_temp.filePath(QStringLiteral("settings.ini")));
    const QString hub = QStringLiteral("tljh-example");
    QVERIFY(!SshConfig::load(settings, hub).isValid());
    SshConfig config(QStringLiteral("login.example.org"), QStringLiteral("ada"), 2222);
    config.setAuthMethod(SshAuthMethod::KeyFile);
    config.setKeyPath(QStringLiteral("/home/ada/.ssh/id_ed25519"));
    config.save(settings, hub);
    QCOMPARE(SshConfig::load(settings, hub), config);
    QCOMPARE(config.keychainKey(), QStringLiteral("fornax-desktop-ssh:ada@login.example.org:2222"));
    config.setAuthMethod(SshAuthMethod::Password);
    config.save(settings, hub);
    QCOMPARE(SshConfig::load(settings, hub).authMethod(), SshAuthMethod::Password);
    SshConfig::remove(settings, hub);
    QVERIFY(!SshConfig::load(settings, hub).isValid());
    SshConfig keyless(QStringLiteral("h"), QStringLiteral("u"));
    keyless.setAuthMethod(SshAuthMethod::KeyFile);
    QVERIFY(!keyless.isValid());
    QVERIFY(!keyless.validationMessage().isEmpty());
}

void TestSshTransport::shellRunsCommands()
{
    auto session = newSession(keyConfig());
    SshShell shell(session.get());
    QSignalSpy ready(&shell, &SshShell::ready);
    QSignalSpy finished(&shell, &SshShell::commandFinished);
    QSignalSpy failed(&shell, &SshShell::commandFailed);
    shell.open();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, WaitMs);
    shell.run(QStringLiteral("id -un; echo to-stderr >&2; exit 3"), 10s);
    shell.run(QStringLiteral("printf %s ") + SshShell::quoted(QStringLiteral("it's ✓")), 10s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, WaitMs);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.at(0).at(0).toInt(), 3);
    const QByteArray first = finished.at(0).at(1).toByteArray();
    QVERIFY2(first.startsWith(QByteArray(m_sshd.user.toUtf8() + '\n')) && first.contains("to-stderr"),
             first.constData());
    QCOMPARE(finished.at(1).at(0).toInt(), 0);
    QCOMPARE(QString::fromUtf8(finished.at(1).at(1).toByteArray()), QStringLiteral("it's ✓"));
}

void TestSshTransport::shellTimeoutStopsTheCommand()
{
    auto session = newSession(keyConfig());
    const QString pidFile = newRemoteFolder() + QStringLiteral("/pid");
    SshShell shell(session.get());
    QSignalSpy finished(&shell, &SshShell::commandFinished);
    QSignalSpy failed(&shell, &SshShell::commandFailed);
    shell.run(QStringLiteral("echo $$ > %1; exec sleep 120").arg(pidFile), 1500ms);
    shell.run(QStringLiteral("echo next"), 10s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, WaitMs);
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("did not finish in time")),
             qPrintable(failed.at(0).at(0).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);
    QCOMPARE(finished.at(0).at(1).toByteArray(), QByteArray("next\n"));
    // The remote sleep was stopped, not left behind.
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const pid_t pid = file.readAll().trimmed().toInt();
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 10'000);
}

void TestSshTransport::roundTrip_data()
{
    QTest::addColumn<Compression>("compression");
    QTest::newRow("zstd") << Compression::Zstd;
    QTest::newRow("gzip") << Compression::Gzip;
    QTest::newRow("none") << Compression::None;
}

void TestSshTransport::roundTrip()
{
    QFETCH(Compression, compression);
    const ArchiveFormat format(compression);
    const QString source = m_temp.filePath(QStringLiteral("tree-%1").arg(++m_counter));
    makeTree(source);
    if (QTest::currentTestFailed())
        return;
    auto session = newSession(keyConfig());

    // Up: ArchiveWriter -> SshTransport -> remote tar -x.
    const QString remote = newRemoteFolder();
    {
        BoundedBuffer buffer(256 * 1024);
        ArchiveWriter writer({source}, format, &buffer);
        QVERIFY(!writer.scan());
        SshTransport transport(session.get());
        QSignalSpy done(&transport, &SshTransport::uploadFinished);
        QSignalSpy failed(&transport, &SshTransport::transferFailed);
        QSignalSpy progressed(&transport, &SshTransport::progressed);
        const QString command = QStringLiteral("tar -x %1 --no-same-owner -C %2 -f -")
                                    .arg(format.tarFlags().join(QLatin1Char(' ')), SshShell::quoted(remote));
        transport.upload(&buffer, command);
        writer.start();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), WaitMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
        QVERIFY(!writer.error());
        QCOMPARE(done.at(0).at(0).toLongLong(), buffer.bytesWritten());
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(0).toLongLong(), buffer.bytesWritten());
        QCOMPARE(transport.exitStatus(), 0);
    }
    const QString name = QFileInfo(source).fileName();
    QCOMPARE(snapshot(remote + u'/' + name), snapshot(source));

    // Down: remote tar -c -> SshTransport -> ArchiveExtractor.
    const QString target = m_temp.filePath(QStringLiteral("download-%1").arg(m_counter));
    QVERIFY(QDir().mkpath(target));
    {
        BoundedBuffer buffer(256 * 1024);
        ArchiveExtractor extractor(&buffer, target);
        SshTransport transport(session.get());
        QSignalSpy done(&transport, &SshTransport::downloadFinished);
        QSignalSpy failed(&transport, &SshTransport::transferFailed);
        const QString command = QStringLiteral("tar -c %1 -C %2 -f - %3")
                                    .arg(format.tarFlags().join(QLatin1Char(' ')), SshShell::quoted(remote),
                                         SshShell::quoted(name));
        extractor.start();
        transport.download(command, &buffer);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), WaitMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QVERIFY(extractor.wait(QDeadlineTimer(WaitMs)));
        QVERIFY2(!extractor.error(), qPrintable(extractor.error().message()));
        QCOMPARE(done.at(0).at(0).toLongLong(), buffer.bytesWritten());
    }
    QCOMPARE(snapshot(target + u'/' + name), snapshot(source));
}

void TestSshTransport::remoteFailureIsReported()
{
    auto session = newSession(keyConfig());
    const QString source = m_temp.filePath(QStringLiteral("small-%1").arg(++m_counter));
    QVERIFY(QDir().mkpath(source));
    QVERIFY(
        writeFile(source + QStringLiteral("/x"), randomBytes(16 * 1024 * 1024))); // more than the SSH window
    BoundedBuffer buffer(256 * 1024);
    ArchiveWriter writer({source}, ArchiveFormat(Compression::Gzip), &buffer);
    SshTransport transport(session.get());
    QSignalSpy failed(&transport, &SshTransport::transferFailed);
    transport.upload(&buffer, QStringLiteral("tar -x -z -C /nonexistent/folder -f -"));
    writer.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, WaitMs);
    QCOMPARE(failed.at(0).at(0).value<HubError>().kind(), HubError::Kind::ServerError);
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.contains(QLatin1String("exit status 2"))
                 && message.contains(QLatin1String("/nonexistent/folder")),
             qPrintable(message));
    QCOMPARE(transport.exitStatus(), 2);
    QVERIFY(transport.remoteErrorOutput().contains("Cannot"));
    // The packer learns it too, and stops.
    QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
    QVERIFY(writer.error());
}

void TestSshTransport::unknownHostKeyIsShownAndCanBeRejected()
{
    auto session = newSession(keyConfig(), false);
    QSignalSpy unknown(session.get(), &SshSession::hostKeyUnknown);
    QSignalSpy opened(session.get(), &SshSession::opened);
    QSignalSpy failed(session.get(), &SshSession::failed);
    session->open();
    QTRY_COMPARE_WITH_TIMEOUT(unknown.size(), 1, WaitMs);
    const QString expected = opensshFingerprint(m_sshd.hostKeyPub);
    QVERIFY(expected.startsWith(QLatin1String("SHA256:")));
    QCOMPARE(unknown.at(0).at(0).toString(), expected);
    QCOMPARE(unknown.at(0).at(1).toString(), QStringLiteral("ssh-ed25519"));
    QCOMPARE(session->state(), SshSession::State::AwaitingHostKey);
    QCOMPARE(session->hostKeyFingerprint(), expected);

    // A channel asked for meanwhile waits, then fails with the same reason.
    SshShell shell(session.get());
    QSignalSpy commandFailed(&shell, &SshShell::commandFailed);
    shell.run(QStringLiteral("true"), 10s);
    session->rejectHostKey();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, WaitMs);
    QCOMPARE(failed.at(0).at(0).value<SshError>().kind(), SshError::Kind::HostKeyRejected);
    QTRY_COMPARE_WITH_TIMEOUT(commandFailed.size(), 1, WaitMs);
    QCOMPARE(opened.size(), 0);
    QVERIFY(!session->isConnected());
    QVERIFY(!QFile::exists(m_appKnownHosts));
}

void TestSshTransport::acceptedHostKeyIsRemembered()
{
    {
        auto session = newSession(keyConfig(), false);
        QSignalSpy unknown(session.get(), &SshSession::hostKeyUnknown);
        QSignalSpy opened(session.get(), &SshSession::opened);
        session->open();
        QTRY_COMPARE_WITH_TIMEOUT(unknown.size(), 1, WaitMs);
        session->acceptHostKey();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, WaitMs);
    }
    QFile file(m_appKnownHosts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port).toUtf8()));
    QVERIFY(!QFile::exists(m_userKnownHosts)); // the user's own file is never written

    auto again = newSession(keyConfig(), false);
    QSignalSpy unknown(again.get(), &SshSession::hostKeyUnknown);
    QSignalSpy opened(again.get(), &SshSession::opened);
    again->open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, WaitMs);
    QCOMPARE(unknown.size(), 0);
}

void TestSshTransport::userKnownHostsAreTrusted()
{
    QFile file(m_userKnownHosts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# OpenSSH's file\n" + m_sshd.knownHostsLine.toUtf8() + '\n');
    file.close();
    auto session = newSession(keyConfig(), false);
    QSignalSpy unknown(session.get(), &SshSession::hostKeyUnknown);
    QSignalSpy opened(session.get(), &SshSession::opened);
    session->open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, WaitMs);
    QCOMPARE(unknown.size(), 0);
}

void TestSshTransport::changedHostKeyIsRefused_data()
{
    QTest::addColumn<bool>("inUserFile");
    QTest::addColumn<bool>("otherType");
    QTest::newRow("in ~/.ssh/known_hosts") << true << false;
    QTest::newRow("in the app's file") << false << false;
    // Known only with a key of another type (libssh: SSH_KNOWN_HOSTS_OTHER): refused just the same.
    QTest::newRow("another key type, in ~/.ssh/known_hosts") << true << true;
    QTest::newRow("another key type, in the app's file") << false << true;
}

void TestSshTransport::changedHostKeyIsRefused()
{
    QFETCH(bool, inUserFile);
    QFETCH(bool, otherType);
    // Another ed25519 key recorded for this host and port: what a reinstall or an attack looks
    // like; or an ECDSA key where the server offers ed25519 only.
    QString otherKey = m_sshd.strangerKey;
    if (otherType) {
        otherKey = m_temp.filePath(QStringLiteral("ecdsa-host-key"));
        QFile::remove(otherKey);
        QFile::remove(otherKey + QStringLiteral(".pub"));
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                                   {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ecdsa"),
                                    QStringLiteral("-N"), QString(), QStringLiteral("-f"), otherKey}),
                 0);
    }
    QFile pub(otherKey + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = pub.readAll().split(' ');
    const QByteArray line = QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd.port).toUtf8() + fields.value(0)
        + ' ' + fields.value(1) + '\n';
    const QString file = inUserFile ? m_userKnownHosts : m_appKnownHosts;
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile known(file);
    QVERIFY(known.open(QIODevice::WriteOnly));
    known.write(line);
    known.close();
    if (inUserFile) { // the app's file trusting the real key must not override the warning
        QFile app(m_appKnownHosts);
        QDir().mkpath(QFileInfo(m_appKnownHosts).absolutePath());
        QVERIFY(app.open(QIODevice::WriteOnly));
        app.write(m_sshd.knownHostsLine.toUtf8() + '\n');
    }

    auto session = newSession(keyConfig(), false);
    QSignalSpy unknown(session.get(), &SshSession::hostKeyUnknown);
    QSignalSpy opened(session.get(), &SshSession::opened);
    QSignalSpy failed(session.get(), &SshSession::failed);
    session->open();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, WaitMs);
    const SshError error = failed.at(0).at(0).value<SshError>();
    QCOMPARE(error.kind(), otherType ? SshError::Kind::HostKeyTypeChanged : SshError::Kind::HostKeyChanged);
    QVERIFY2(error.message().contains(QLatin1String("WARNING")) && error.message().contains(file),
             qPrintable(error.message()));
    if (otherType)
        QVERIFY2(error.message().contains(QLatin1String("another type")), qPrintable(error.message()));
    QCOMPARE(unknown.size(), 0);
    QCOMPARE(opened.size(), 0);
    // Nothing can be accepted now.
    session->acceptHostKey();
    QVERIFY(!opened.wait(500));
}

void TestSshTransport::signsIn_data()
{
    QTest::addColumn<SshAuthMethod>("method");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QString>("secret");
    QTest::newRow("key file") << SshAuthMethod::KeyFile << m_sshd.key << QString();
    QTest::newRow("key file with passphrase")
        << SshAuthMethod::KeyFile << m_sshd.protectedKey << m_sshd.passphrase;
    QTest::newRow("password") << SshAuthMethod::Password << QString() << m_sshd.password;
    QTest::newRow("agent") << SshAuthMethod::Agent << m_sshd.key << QString();
}

void TestSshTransport::signsIn()
{
    QFETCH(SshAuthMethod, method);
    QFETCH(QString, keyFile);
    QFETCH(QString, secret);
    QProcess agent;
    const QByteArray savedSocket = qgetenv("SSH_AUTH_SOCK");
    auto restore = qScopeGuard([&] {
        qputenv("SSH_AUTH_SOCK", savedSocket);
        if (agent.state() != QProcess::NotRunning) {
            agent.terminate();
            agent.waitForFinished(5000);
        }
    });
    if (method == SshAuthMethod::Agent) {
        // A real ssh-agent of our own, holding the test key.
        const QString socket = m_temp.filePath(QStringLiteral("agent-%1.sock").arg(++m_counter));
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QVERIFY(agent.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 10'000);
        qputenv("SSH_AUTH_SOCK", native(socket));
        QProcess add;
        add.start(QStringLiteral("ssh-add"), {keyFile});
        QVERIFY(add.waitForFinished(10'000));
        QCOMPARE(add.exitCode(), 0);
    }
    SshConfig config(m_sshd.host, m_sshd.user, m_sshd.port);
    config.setAuthMethod(method);
    if (method == SshAuthMethod::KeyFile)
        config.setKeyPath(keyFile);
    auto session = newSession(config);
    if (!secret.isEmpty())
        session->setSecret(secret.toUtf8());
    QSignalSpy opened(session.get(), &SshSession::opened);
    QSignalSpy failed(session.get(), &SshSession::failed);
    session->open();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), WaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<SshError>().message()));
    int exitCode = -1;
    QByteArray output;
    QVERIFY(runRemote(session.get(), QStringLiteral("id -un"), &exitCode, &output));
    QCOMPARE(output.trimmed(), m_sshd.user.toUtf8());
}

void TestSshTransport::signInFailuresAreClear_data()
{
    QTest::addColumn<SshAuthMethod>("method");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<SshError::Kind>("kind");
    QTest::addColumn<QString>("advice"); // part of what the message tells the user to do
    using K = SshError::Kind;
    QTest::newRow("key not authorised") << SshAuthMethod::KeyFile << m_sshd.strangerKey << QString()
                                        << K::KeyRejected << QStringLiteral("authorized_keys");
    QTest::newRow("wrong password") << SshAuthMethod::Password << QString()
                                    << QStringLiteral("not-the-password") << K::PasswordRejected
                                    << QStringLiteral("enter the password again");
    QTest::newRow("no password") << SshAuthMethod::Password << QString() << QString() << K::PasswordNeeded
                                 << QStringLiteral("Enter it");
    QTest::newRow("passphrase missing") << SshAuthMethod::KeyFile << m_sshd.protectedKey << QString()
                                        << K::PassphraseNeeded << QStringLiteral("Enter the passphrase");
    QTest::newRow("wrong passphrase")
        << SshAuthMethod::KeyFile << m_sshd.protectedKey << QStringLiteral("nope") << K::PassphraseWrong
        << QStringLiteral("Enter it again");
    QTest::newRow("missing key file")
        << SshAuthMethod::KeyFile << m_temp.filePath(QStringLiteral("no-such-key")) << QString()
        << K::KeyFileUnreadable << QStringLiteral("Check the path");
    QTest::newRow("public key instead of private")
        << SshAuthMethod::KeyFile << m_sshd.key + QStringLiteral(".pub") << QString() << K::KeyFileInvalid
        << QStringLiteral("not the .pub file");
    QTest::newRow("no agent") << SshAuthMethod::Agent << QString() << QString() << K::AgentUnavailable
                              << QStringLiteral("ssh-add");
}

void TestSshTransport::signInFailuresAreClear()
{
    QFETCH(SshAuthMethod, method);
    QFETCH(QString, keyFile);
    QFETCH(QString, secret);
    QFETCH(SshError::Kind, kind);
    QFETCH(QString, advice);
    const QByteArray savedSocket = qgetenv("SSH_AUTH_SOCK");
    qunsetenv("SSH_AUTH_SOCK");
    auto restore = qScopeGuard([&] {
        if (!savedSocket.isEmpty())
            qputenv("SSH_AUTH_SOCK", savedSocket);
    });
    SshConfig config(m_sshd.host, m_sshd.user, m_sshd.port);
    config.setAuthMethod(method);
    config.setKeyPath(keyFile);
    auto session = newSession(config);
    if (!secret.isEmpty())
        session->setSecret(secret.toUtf8());
    QSignalSpy opened(session.get(), &SshSession::opened);
    QSignalSpy failed(session.get(), &SshSession::failed);
    session->open();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, WaitMs);
    const SshError error = failed.at(0).at(0).value<SshError>();
    QCOMPARE(error.kind(), kind);
    QVERIFY2(error.message().contains(advice), qPrintable(error.message()));
    QCOMPARE(error.toHubError().kind(), HubError::Kind::Forbidden);
    // Never the secret itself.
    if (!secret.isEmpty())
        QVERIFY(!error.message().contains(secret));
    QCOMPARE(opened.size(), 0);
}

void TestSshTransport::passwordFromTheKeychain()
{
    SshConfig config(m_sshd.host, m_sshd.user, m_sshd.port);
    config.setAuthMethod(SshAuthMethod::Password);
    CredentialStore store;
    QSignalSpy written(&store, &CredentialStore::tokenWritten);
    store.writeSecret(config.keychainKey(), m_sshd.password.toUtf8());
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, WaitMs);

    auto session = newSession(config);
    session->setCredentialStore(&store);
    QSignalSpy opened(session.get(), &SshSession::opened);
    QSignalSpy failed(session.get(), &SshSession::failed);
    session->open();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), WaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<SshError>().message()));

    QSignalSpy deleted(&store, &CredentialStore::tokenDeleted);
    store.deleteSecret(config.keychainKey());
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, WaitMs);
    // Without it the sign-in asks for it.
    auto without = newSession(config);
    without->setCredentialStore(&store);
    QSignalSpy failedWithout(without.get(), &SshSession::failed);
    without->open();
    QTRY_COMPARE_WITH_TIMEOUT(failedWithout.size(), 1, WaitMs);
    QCOMPARE(failedWithout.at(0).at(0).value<SshError>().kind(), SshError::Kind::PasswordNeeded);
}

void TestSshTransport::refusedAndSilentServers()
{
    // Nothing listens: refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int closedPort = probe.serverPort();
    probe.close();
    SshConfig config = keyConfig();
    config.setPort(closedPort);
    auto refused = newSession(config, false);
    QSignalSpy refusedFailed(refused.get(), &SshSession::failed);
    refused->open();
    QTRY_COMPARE_WITH_TIMEOUT(refusedFailed.size(), 1, WaitMs);
    const SshError refusedError = refusedFailed.at(0).at(0).value<SshError>();
    QCOMPARE(refusedError.kind(), SshError::Kind::Refused);
    QVERIFY2(refusedError.message().contains(QLatin1String("Check the port")),
             qPrintable(refusedError.message()));

    // A server that accepts and never speaks (a fault no sshd produces): timeout, in time.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    config.setPort(silent.serverPort());
    auto quiet = newSession(config, false);
    quiet->setConnectTimeout(1500ms);
    QSignalSpy quietFailed(quiet.get(), &SshSession::failed);
    QElapsedTimer timer;
    timer.start();
    quiet->open();
    QTRY_COMPARE_WITH_TIMEOUT(quietFailed.size(), 1, WaitMs);
    QCOMPARE(quietFailed.at(0).at(0).value<SshError>().kind(), SshError::Kind::Timeout);
    QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
}

void TestSshTransport::serverKilledMidDownloadLeavesNothing_data()
{
    // A server going down kills the command and sshd at nearly the same moment, in either order.
    // When the command dies first, sshd reports its end (killed by SIGTERM) a moment before the
    // connection breaks; the user must still be told that the connection was lost.
    QTest::addColumn<bool>("commandFirst");
    QTest::newRow("sshd killed first") << false;
    QTest::newRow("command killed first") << true;
}

void TestSshTransport::serverKilledMidDownloadLeavesNothing()
{
    QFETCH(bool, commandFirst);
    // An sshd of this test's own, so killing it leaves the shared one alone.
    const QString stateDir = m_temp.filePath(QStringLiteral("own-sshd"));
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
    const Sshd shared = std::exchange(m_sshd, own);
    auto restore = qScopeGuard([&] {
        m_sshd = shared;
    });

    const QString remote = newRemoteFolder();
    QVERIFY(writeFile(remote + QStringLiteral("/big.bin"), randomBytes(8 * 1024 * 1024)));
    const QString pidFile = remote + QStringLiteral("/pid");
    auto session = newSession(keyConfig());
    const QString target = m_temp.filePath(QStringLiteral("killed-download-%1").arg(++m_counter));
    QVERIFY(QDir().mkpath(target));
    BoundedBuffer buffer(256 * 1024);
    ArchiveExtractor extractor(&buffer, target);
    SshTransport transport(session.get());
    QSignalSpy failed(&transport, &SshTransport::transferFailed);
    QSignalSpy done(&transport, &SshTransport::downloadFinished);
    QSignalSpy progressed(&transport, &SshTransport::progressed);
    // Half the stream, then the server stalls: the kill lands mid-stream for sure.
    extractor.start();
    // sshd runs the command as the leader of a process group of its own: $$ names the group.
    transport.download(
        QStringLiteral("echo $$ > %2; tar -c -C %1 -f - big.bin | { head -c 2097152; sleep 60; cat; }")
            .arg(SshShell::quoted(remote), SshShell::quoted(pidFile)),
        &buffer);
    QTRY_VERIFY_WITH_TIMEOUT(
        !failed.isEmpty() || (!progressed.isEmpty() && progressed.last().at(0).toLongLong() >= 2097152),
        WaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    QFile pid(pidFile);
    QVERIFY(pid.open(QIODevice::ReadOnly));
    const pid_t group = pid_t(pid.readAll().trimmed().toInt());
    QVERIFY(group > 0);
    const QList<pid_t> sshd = sshdProcesses(pid_t(own.pid));
    QVERIFY2(sshd.size() >= 3, "no sshd processes for the connection"); // listener, monitor, session
    // Both within microseconds, as a shutdown does; then the fixture makes sure all is gone.
    if (commandFirst)
        QCOMPARE(::kill(-group, SIGTERM), 0);
    for (pid_t process : sshd)
        ::kill(process, SIGTERM);
    if (!commandFirst)
        ::kill(-group, SIGTERM);
    QVERIFY(runFixture({QStringLiteral("stop"), QStringLiteral("--state-dir"), stateDir}));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, WaitMs);
    QCOMPARE(done.size(), 0);
    QCOMPARE(failed.at(0).at(0).value<HubError>().kind(), HubError::Kind::Unreachable);
    QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("was lost")),
             qPrintable(failed.at(0).at(1).toString()));
    QVERIFY(extractor.wait(QDeadlineTimer(WaitMs)));
    QVERIFY(extractor.error());
    QCOMPARE(entries(target), QStringList());
}

void TestSshTransport::serverKilledMidUploadStopsThePacker()
{
    const QString stateDir = m_temp.filePath(QStringLiteral("own-sshd-up"));
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
    const Sshd shared = std::exchange(m_sshd, own);
    auto restore = qScopeGuard([&] {
        m_sshd = shared;
    });

    const QString source = m_temp.filePath(QStringLiteral("upload-big"));
    QVERIFY(QDir().mkpath(source));
    QVERIFY(writeFile(source + QStringLiteral("/big.bin"), randomBytes(16 * 1024 * 1024)));
    auto session = newSession(keyConfig());
    BoundedBuffer buffer(256 * 1024);
    ArchiveWriter writer({source}, ArchiveFormat(Compression::None), &buffer);
    SshTransport transport(session.get());
    QSignalSpy failed(&transport, &SshTransport::transferFailed);
    QSignalSpy progressed(&transport, &SshTransport::progressed);
    // A reader that takes 1 MiB and then stops reading.
    transport.upload(&buffer, QStringLiteral("head -c 1048576 > /dev/null; sleep 60"));
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        !failed.isEmpty() || (!progressed.isEmpty() && progressed.last().at(0).toLongLong() >= 1048576),
        WaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    QVERIFY(runFixture({QStringLiteral("stop"), QStringLiteral("--state-dir"), stateDir}));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, WaitMs);
    QCOMPARE(failed.at(0).at(0).value<HubError>().kind(), HubError::Kind::Unreachable);
    QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
    QCOMPARE(writer.error().kind(), ArchiveError::Kind::StreamFailed);
}

void TestSshTransport::cancelClosesTheChannelPromptly()
{
    auto session = newSession(keyConfig());
    const QString pidFile = newRemoteFolder() + QStringLiteral("/pid");
    BoundedBuffer sink(256 * 1024);
    SshTransport transport(session.get());
    QSignalSpy failed(&transport, &SshTransport::transferFailed);
    QSignalSpy progressed(&transport, &SshTransport::progressed);
    // An endless stream nobody reads: the sink fills and the channel stalls.
    transport.download(QStringLiteral("echo $$ > %1; exec cat /dev/zero").arg(pidFile), &sink);
    QTRY_VERIFY_WITH_TIMEOUT(sink.size() == sink.capacity(), WaitMs);
    QElapsedTimer timer;
    timer.start();
    transport.cancel();
    QCOMPARE(failed.size(), 1);
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(failed.at(0).at(0).value<HubError>().kind(), HubError::Kind::Cancelled);
    QVERIFY(sink.isAborted());
    QVERIFY(!transport.isActive());
    // The remote command is gone soon after, and the session still serves the next command.
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const pid_t pid = file.readAll().trimmed().toInt();
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 10'000);
    int exitCode = -1;
    QByteArray output;
    QVERIFY(runRemote(session.get(), QStringLiteral("echo still-here"), &exitCode, &output));
    QCOMPARE(output, QByteArray("still-here\n"));

    // Cancelling an upload stops the packer at once.
    const QString source = m_temp.filePath(QStringLiteral("cancel-up"));
    QVERIFY(QDir().mkpath(source));
    QVERIFY(writeFile(source + QStringLiteral("/big.bin"), randomBytes(8 * 1024 * 1024)));
    BoundedBuffer buffer(256 * 1024);
    ArchiveWriter writer({source}, ArchiveFormat(Compression::None), &buffer);
    SshTransport upload(session.get());
    QSignalSpy uploadFailed(&upload, &SshTransport::transferFailed);
    upload.upload(&buffer, QStringLiteral("sleep 60"));
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(buffer.size() == buffer.capacity(), WaitMs);
    upload.cancel();
    QCOMPARE(uploadFailed.size(), 1);
    QVERIFY(writer.wait(QDeadlineTimer(2000)));
    QCOMPARE(writer.error().kind(), ArchiveError::Kind::StreamFailed);
}

QTEST_GUILESS_MAIN(TestSshTransport)
#include "tst_sshtransport.moc"
