// Issue 16, end to end: nothing lost or misplaced, whatever the names, the number of items and
// the answers to conflicts. Every test runs over the contents API and a terminal of the live hub
// (a server running as the unprivileged user "fornax-hub": as root a read-only folder can always
// be renamed) and over SSH (the sshd fixture's unprivileged "fornax-ssh"). The server's home is
// on this machine, so what arrived is checked on disk, byte for byte. tests/README.md has the
// table of which names go through which path.
#include "NameMatrix.h"
#include "TestHub.h"
#include "archive/ArchiveExtractor.h"
#include "hub/HubClient.h"
#include "ssh/SshConfig.h"
#include "ssh/SshSession.h"
#include "transfer/DownloadJob.h"
#include "transfer/RemoteDirectory.h"
#include "transfer/RemoteScript.h"
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
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/stat.h>
#include <unistd.h>

using namespace fornax;
using namespace std::chrono_literals;

namespace {

enum class Way { Terminal, Ssh };
constexpr int JobMs = 240'000;

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

void writeFile(const QString &path, const QByteArray &data, int mode = 0644)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(data), data.size());
    file.close();
    QCOMPARE(::chmod(native(path).constData(), mode_t(mode)), 0);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void setTime(const QString &path, const QDateTime &time)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(time, QFileDevice::FileModificationTime));
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
            value = QStringLiteral("file ") + mode + QLatin1Char(' ')
                + QString::fromLatin1(hash.result().toHex());
        }
        entries.insert(path.mid(root.size() + 1), value);
    }
    return entries;
}

QStringList entries(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

bool run(TransferJob *job, int timeoutMs = JobMs)
{
    QSignalSpy finished(job, &TransferJob::finished);
    job->start();
    if (!finished.wait(timeoutMs))
        return false;
    return job->state() == TransferJob::State::Finished;
}

// The process ids in a session (a terminal's shell and everything it started).
QList<pid_t> sessionMembers(pid_t member)
{
    QList<pid_t> members;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(member));
    if (!stat.open(QIODevice::ReadOnly))
        return members;
    const QList<QByteArray> fields = stat.readAll().split(')').value(1).trimmed().split(' ');
    const QByteArray session = fields.value(3);
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const pid_t pid = entry.toInt(&number);
        QFile other(QStringLiteral("/proc/") + entry + QStringLiteral("/stat"));
        if (number && other.open(QIODevice::ReadOnly)
            && other.readAll().split(')').value(1).trimmed().split(' ').value(3) == session)
            members.append(pid);
    }
    return members;
}

pid_t parentOf(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    return pid_t(stat.readAll().split(')').value(1).trimmed().split(' ').value(1).toInt());
}

} // namespace

Q_DECLARE_METATYPE(Way)

class TestDataSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void nameMatrix_data() { ways(); }
    void nameMatrix();
    void deleteNeverHitsAnotherFolder();
    void thousandLongNamesUpAndDown_data() { ways(); }
    void thousandLongNamesUpAndDown();
    void mergeUnderEveryPolicy_data();
    void mergeUnderEveryPolicy();
    void fileAgainstFolderAsksAndKeeps_data() { ways(); }
    void fileAgainstFolderAsksAndKeeps();
    void readOnlyFolderWithOverwrite_data() { ways(); }
    void readOnlyFolderWithOverwrite();
    void unwritableTargetRefusedBeforeSending_data() { ways(); }
    void unwritableTargetRefusedBeforeSending();
    void linksInsideKeptOutsideNamed_data() { ways(); }
    void linksInsideKeptOutsideNamed();
    void killedMidPlacementHoldsOldOrNew_data() { ways(); }
    void killedMidPlacementHoldsOldOrNew();
    void sweepLeavesALiveJobAlone();

private:
    static void ways();
    QString home(Way way) const;
    QString remote(Way way, const QString &relative) const { return home(way) + QLatin1Char('/') + relative; }
    // Hands what the test wrote into a server's home to the server's (unprivileged) user.
    void giveToServer(Way way, const QString &path) const;
    template<typename Job>
    std::unique_ptr<Job> make(Way way, const QStringList &sources, const QString &target);
    QString local(const QString &relative) const { return m_local.filePath(relative); }
    // Scripts run in the account's home: over SSH that is above the test's folder.
    QString transfers(Way way) const
    {
        return (way == Way::Ssh ? m_sshd.value(QLatin1String("home")).toString() : home(way))
            + QLatin1Char('/') + RemoteScript::transfersFolder();
    }
    // The fault marker of a paused placement, once it is there; its process id.
    pid_t waitForPause(Way way, int step, QString *marker);

    test::TestHub m_hub;
    QString m_user;
    QNetworkAccessManager m_network;
    std::unique_ptr<HubClient> m_client;
    QUrl m_serverUrl;
    QJsonObject m_sshd;
    std::unique_ptr<SshSession> m_session;
    QTemporaryDir m_local;
};

void TestDataSafety::ways()
{
    QTest::addColumn<Way>("way");
    QTest::newRow("contents API and terminal") << Way::Terminal;
    QTest::newRow("ssh") << Way::Ssh;
}

void TestDataSafety::initTestCase()
{
    qRegisterMetaType<HubError>();
    QVERIFY(m_local.isValid());
    ::umask(022);
    QCOMPARE(::chmod(native(m_local.path()).constData(), 0755), 0);
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    m_user = m_hub.unprivilegedUser(QStringLiteral("datasafety"));
    QVERIFY(m_hub.ensureUser(m_user));
    auto ready = [this] {
        return m_hub.call("GET", QStringLiteral("users/") + m_user)
            .json()
            .object()
            .value(QLatin1String("servers"))
            .toObject()
            .value(QString())
            .toObject()
            .value(QLatin1String("ready"))
            .toBool();
    };
    // A fresh server: its home handed over to its user (the spawner does that at start).
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user));
    QTRY_VERIFY_WITH_TIMEOUT(!ready(), 30'000);
    QDir(m_hub.homeOf(m_user)).removeRecursively();
    const int status =
        m_hub.call("POST", QStringLiteral("users/%1/server").arg(m_user), R"({"profile":"small"})").status;
    QVERIFY2(status == 201 || status == 202, qPrintable(QString::number(status)));
    QTRY_VERIFY_WITH_TIMEOUT(ready(), 60'000);
    m_client = std::make_unique<HubClient>(HubUrl(m_hub.url()), &m_network);
    const QByteArray token = m_hub.createToken(m_user);
    m_client->setToken(token);
    m_client->setServerToken(token); // the same token for both: this test is about files
    m_serverUrl = m_hub.url().resolved(QUrl(QStringLiteral("user/") + m_user + QLatin1Char('/')));

    QFile state(qEnvironmentVariable("FORNAX_TEST_SSHD_STATE"));
    QVERIFY2(state.open(QIODevice::ReadOnly), "no sshd fixture: run through ctest");
    m_sshd = QJsonDocument::fromJson(state.readAll()).object();
    SshConfig config(m_sshd.value(QLatin1String("host")).toString(),
                     m_sshd.value(QLatin1String("user")).toString(),
                     m_sshd.value(QLatin1String("port")).toInt());
    config.setAuthMethod(SshAuthMethod::KeyFile);
    config.setKeyPath(m_sshd.value(QLatin1String("key")).toString());
    const QString knownHosts = local(QStringLiteral("known_hosts"));
    writeFile(knownHosts, m_sshd.value(QLatin1String("knownHostsLine")).toString().toUtf8() + '\n');
    m_session = std::make_unique<SshSession>(config);
    m_session->setKnownHostsFiles(knownHosts, knownHosts);
    m_session->setConnectTimeout(10s);
    // Everything of this test lives below one folder of the shared SSH account.
    QProcess::execute(QStringLiteral("chmod"),
                      {QStringLiteral("-R"), QStringLiteral("u+rwX"), home(Way::Ssh)});
    QDir(home(Way::Ssh)).removeRecursively();
    QVERIFY(QDir().mkpath(home(Way::Ssh)));
    giveToServer(Way::Ssh, home(Way::Ssh));
}

void TestDataSafety::cleanupTestCase()
{
    if (m_hub.isValid())
        m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(m_user));
    QProcess::execute(QStringLiteral("chmod"),
                      {QStringLiteral("-R"), QStringLiteral("u+rwX"), m_local.path()});
    if (!m_sshd.isEmpty()) {
        QProcess::execute(QStringLiteral("chmod"),
                          {QStringLiteral("-R"), QStringLiteral("u+rwX"), home(Way::Ssh)});
        QDir(home(Way::Ssh)).removeRecursively();
    }
}

QString TestDataSafety::home(Way way) const
{
    if (way == Way::Terminal)
        return m_hub.homeOf(m_user);
    return m_sshd.value(QLatin1String("home")).toString() + QStringLiteral("/datasafety");
}

void TestDataSafety::giveToServer(Way way, const QString &path) const
{
    if (way == Way::Terminal) {
        m_hub.giveToServer(m_user, path);
        return;
    }
    // -h: a link is handed over itself, never what it points to (a test link to /etc).
    QProcess::execute(QStringLiteral("chown"),
                      {QStringLiteral("-R"), QStringLiteral("-h"),
                       QString::number(m_sshd.value(QLatin1String("uid")).toInt()) + QLatin1Char(':')
                           + QString::number(m_sshd.value(QLatin1String("gid")).toInt()),
                       path});
}

template<typename Job>
std::unique_ptr<Job> TestDataSafety::make(Way way, const QStringList &sources, const QString &target)
{
    // Over SSH the job's paths are below the test's folder of the shared account.
    if (way == Way::Terminal)
        return std::make_unique<Job>(m_client.get(), m_serverUrl, sources, target);
    QStringList mapped = sources;
    QString mappedTarget = target;
    if constexpr (std::is_same_v<Job, DownloadJob>) {
        for (QString &source : mapped)
            source = QStringLiteral("datasafety/") + source;
    } else {
        mappedTarget = QStringLiteral("datasafety/") + target;
    }
    auto job = std::make_unique<Job>(nullptr, QUrl(), mapped, mappedTarget);
    job->setSshSession(m_session.get());
    return job;
}

pid_t TestDataSafety::waitForPause(Way way, int step, QString *marker)
{
    const QString name = QStringLiteral("fault-") + QString::number(step);
    QString found;
    const bool paused = QTest::qWaitFor(
        [&] {
            QDirIterator it(transfers(way), {name}, QDir::Files, QDirIterator::Subdirectories);
            if (it.hasNext())
                found = it.next();
            return !found.isEmpty();
        },
        120'000);
    if (marker)
        *marker = found;
    if (!paused)
        return 0;
    return pid_t(readAll(found).trimmed().toInt());
}

void TestDataSafety::nameMatrix()
{
    // One upload of every hostile name (as files, and as folders holding a file of that name),
    // into a folder whose own name has a "%1" and a trailing space; back down; again with keep
    // both, both ways; a replace; and (through the contents API and a terminal, the app's only
    // way to delete) the deletion of all of it. Folders named like what a bug would make of
    // those names sit beside them and must not change.
    QFETCH(Way, way);
    const QString target = QStringLiteral("matrix%1 up ");
    const QStringList names = test::NameMatrix::all();
    const QString source = local(QStringLiteral("matrix-source"));
    QDir(source).removeRecursively();
    QStringList items;
    for (qsizetype i = 0; i < names.size(); ++i) {
        writeFile(source + QLatin1Char('/') + names[i],
                  "file " + QByteArray::number(i) + ": " + names[i].toUtf8());
        writeFile(source + QStringLiteral("/dirs/") + names[i] + QLatin1Char('/') + names[i],
                  QByteArray::number(i));
        items.append(source + QLatin1Char('/') + names[i]);
    }
    items.append(source + QStringLiteral("/dirs"));
    for (const QString &decoy : {QStringLiteral("matrix%1 up"), QStringLiteral("matrix3 up "),
                                 QStringLiteral("matrix3 up"), QStringLiteral("matrix%1")})
        writeFile(remote(way, decoy + QStringLiteral("/keep.txt")), decoy.toUtf8());
    QDir(remote(way, target)).removeRecursively();
    giveToServer(way, home(way));
    const auto neighbours = [&] {
        QMap<QString, QString> all = manifest(home(way));
        for (auto it = all.begin(); it != all.end();)
            it = it.key().startsWith(target) || it.key().startsWith(RemoteScript::transfersFolder())
                    || it.key().startsWith(QLatin1Char('.'))
                ? all.erase(it)
                : std::next(it);
        return all;
    };
    const QMap<QString, QString> before = neighbours();
    QElapsedTimer timer;
    timer.start();

    // Up, byte for byte (finding 5, 6, 7).
    auto up = make<UploadJob>(way, items, target);
    QVERIFY2(run(up.get()), qPrintable(up->errorString()));
    QCOMPARE(manifest(remote(way, target)), manifest(source));
    QCOMPARE(neighbours(), before);
    QCOMPARE(up->usesSsh(), way == Way::Ssh);

    // Up again, keep both: "name (2).ext" beside every file, the folder merged (finding 1).
    auto again = make<UploadJob>(way, items, target);
    again->setConflictPolicy(ConflictPolicy::KeepBoth);
    QVERIFY2(run(again.get()), qPrintable(again->errorString()));
    QCOMPARE(again->conflicts().size(), 2 * names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString copy = ArchiveExtractor::keptBothName(names[i], 2, false);
        QCOMPARE(readAll(remote(way, target + QLatin1Char('/') + copy)),
                 readAll(source + QLatin1Char('/') + names[i]));
        QCOMPARE(readAll(remote(way, target + QStringLiteral("/dirs/") + names[i] + QLatin1Char('/') + copy)),
                 QByteArray::number(i));
        QCOMPARE(readAll(remote(way, target + QLatin1Char('/') + names[i])),
                 readAll(source + QLatin1Char('/') + names[i]));
    }
    QCOMPARE(neighbours(), before);

    // Down, byte for byte, into a folder with a trailing space.
    QStringList remoteItems;
    for (const QString &name : names)
        remoteItems.append(target + QLatin1Char('/') + name);
    remoteItems.append(target + QStringLiteral("/dirs"));
    const QString back = local(QStringLiteral("back ") + QString::number(int(way)) + QLatin1Char(' '));
    auto down = make<DownloadJob>(way, remoteItems, back);
    QVERIFY2(run(down.get()), qPrintable(down->errorString()));
    QMap<QString, QString> expected = manifest(source);
    for (qsizetype i = 0; i < names.size(); ++i) // what the keep-both upload added inside "dirs"
        expected.insert(
            QStringLiteral("dirs/") + names[i] + QLatin1Char('/')
                + ArchiveExtractor::keptBothName(names[i], 2, false),
            manifest(source).value(QStringLiteral("dirs/") + names[i] + QLatin1Char('/') + names[i]));
    QCOMPARE(manifest(back), expected);

    // Down again, keep both.
    auto downAgain = make<DownloadJob>(way, remoteItems, back);
    downAgain->setConflictPolicy(ConflictPolicy::KeepBoth);
    QVERIFY2(run(downAgain.get()), qPrintable(downAgain->errorString()));
    for (qsizetype i = 0; i < names.size(); ++i)
        QCOMPARE(readAll(back + QLatin1Char('/') + ArchiveExtractor::keptBothName(names[i], 2, false)),
                 readAll(source + QLatin1Char('/') + names[i]));
    QCOMPARE(down->totals().files, names.size() * 3);

    // A folder arrives where a file of a hostile name is: replaced, the old one renamed aside.
    const QString clash = names.at(12); // "it's"
    const QString folder = local(QStringLiteral("clash-source/")) + clash;
    writeFile(folder + QStringLiteral("/inner"), "folder now");
    auto replace = make<UploadJob>(way, {folder}, target);
    replace->setConflictPolicy(ConflictPolicy::Overwrite);
    connect(replace.get(), &TransferJob::conflictsFound, replace.get(),
            [&](const QList<TransferConflict> &asked) {
                QCOMPARE(asked.size(), 1);
                QCOMPARE(asked.first().kind, TransferConflict::Kind::TypeClash);
                replace->resolveConflicts({{asked.first().id, ConflictPolicy::Replace}});
            });
    QVERIFY2(run(replace.get()), qPrintable(replace->errorString()));
    QCOMPARE(replace->replaced().size(), 1);
    const QString kept = replace->replaced().value(clash);
    QVERIFY2(kept.startsWith(clash + QStringLiteral(" (replaced ")), qPrintable(kept));
    QCOMPARE(readAll(remote(way, target + QLatin1Char('/') + kept)),
             readAll(source + QLatin1Char('/') + clash));
    QCOMPARE(readAll(remote(way, target + QLatin1Char('/') + clash + QStringLiteral("/inner"))),
             QByteArray("folder now"));
    QCOMPARE(neighbours(), before);
    qInfo() << "name matrix over" << (way == Way::Ssh ? "SSH" : "the terminal") << "took" << timer.elapsed()
            << "ms";

    if (way == Way::Ssh)
        return; // the app deletes through the contents API and a terminal only
    // Delete every item, the folders through the terminal (the server keeps non-empty ones).
    RemoteDirectory directory(m_client.get(), m_serverUrl);
    QSignalSpy removed(&directory, &RemoteDirectory::removed);
    QSignalSpy failed(&directory, &RemoteDirectory::failed);
    QStringList all;
    for (const QString &name : entries(remote(way, target))) {
        if (name != QLatin1String(".ipynb_checkpoints"))
            all.append(target + QLatin1Char('/') + name);
    }
    directory.remove(all);
    QVERIFY(removed.wait(120'000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(3).toString()));
    // (The notebook server keeps its own checkpoints folder there.)
    QCOMPARE(
        entries(remote(way, target)).filter(QRegularExpression(QStringLiteral("^(?!\\.ipynb_checkpoints$)"))),
        QStringList());
    QCOMPARE(neighbours(), before);
}

void TestDataSafety::deleteNeverHitsAnotherFolder()
{
    // Finding 2: deleting "run%1" removed "run3", "old " removed "old", and said it succeeded.
    const Way way = Way::Terminal;
    for (const QString &name : {QStringLiteral("del/run%1"), QStringLiteral("del/run3"),
                                QStringLiteral("del/old "), QStringLiteral("del/old"),
                                QStringLiteral("del/results%2F2024"), QStringLiteral("del/results3F2024")})
        writeFile(remote(way, name + QStringLiteral("/inside.txt")), name.toUtf8());
    giveToServer(way, remote(way, QStringLiteral("del")));
    RemoteDirectory directory(m_client.get(), m_serverUrl);
    QSignalSpy removed(&directory, &RemoteDirectory::removed);
    directory.remove(
        {QStringLiteral("del/run%1"), QStringLiteral("del/old "), QStringLiteral("del/results%2F2024")});
    QVERIFY(removed.wait(60'000));
    QCOMPARE(removed.first().first().toStringList().size(), 3);
    QCOMPARE(entries(remote(way, QStringLiteral("del"))),
             (QStringList {QStringLiteral("old"), QStringLiteral("results3F2024"), QStringLiteral("run3")}));
    QCOMPARE(readAll(remote(way, QStringLiteral("del/run3/inside.txt"))), QByteArray("del/run3"));
}

void TestDataSafety::thousandLongNamesUpAndDown()
{
    // Finding 6: about 30 items with long names failed after every byte was sent.
    QFETCH(Way, way);
    const QString source = local(QStringLiteral("many-") + QString::number(int(way)));
    QStringList items;
    for (int i = 0; i < 1000; ++i) {
        // 200 bytes: a number, then a long astronomer's name.
        QString name = QString::number(i).rightJustified(4, QLatin1Char('0')) + QLatin1Char('-');
        name += QString(200 - name.size() - 5, QLatin1Char('o')) + QStringLiteral(".fits");
        QCOMPARE(name.toUtf8().size(), 200);
        writeFile(source + QLatin1Char('/') + name, QByteArray::number(i));
        items.append(source + QLatin1Char('/') + name);
    }
    QDir(remote(way, QStringLiteral("many"))).removeRecursively();
    QElapsedTimer timer;
    timer.start();
    auto up = make<UploadJob>(way, items, QStringLiteral("many"));
    QVERIFY2(run(up.get()), qPrintable(up->errorString()));
    const qint64 upMs = timer.restart();
    QCOMPARE(up->placedNames().size(), 1000);
    QCOMPARE(manifest(remote(way, QStringLiteral("many"))), manifest(source));

    QStringList remoteItems;
    for (const QString &item : std::as_const(items))
        remoteItems.append(QStringLiteral("many/") + QFileInfo(item).fileName());
    const QString back = local(QStringLiteral("many-back-") + QString::number(int(way)));
    auto down = make<DownloadJob>(way, remoteItems, back);
    QVERIFY2(run(down.get()), qPrintable(down->errorString()));
    QCOMPARE(manifest(back), manifest(source));
    qInfo() << "1,000 items of 200-byte names over" << (way == Way::Ssh ? "SSH" : "the terminal") << ": up"
            << upMs << "ms, down" << timer.elapsed() << "ms";
}

void TestDataSafety::mergeUnderEveryPolicy_data()
{
    QTest::addColumn<Way>("way");
    QTest::addColumn<bool>("upload");
    QTest::addColumn<ConflictPolicy>("policy");
    for (Way way : {Way::Terminal, Way::Ssh}) {
        for (bool upload : {true, false}) {
            for (ConflictPolicy policy : {ConflictPolicy::Overwrite, ConflictPolicy::Skip,
                                          ConflictPolicy::KeepBoth, ConflictPolicy::SkipIdentical}) {
                const QByteArray name = (way == Way::Ssh ? "ssh " : "terminal ")
                    + QByteArray(upload ? "up " : "down ") + TransferConflict::policyName(policy).toUtf8();
                QTest::newRow(name.constData()) << way << upload << policy;
            }
            // Asked file by file (the window's default), every file answered "overwrite".
            if (way == Way::Ssh)
                QTest::newRow(upload ? "ssh up ask" : "ssh down ask") << way << upload << ConflictPolicy::Ask;
        }
    }
}

void TestDataSafety::mergeUnderEveryPolicy()
{
    // Finding 1: "skip identical" on a folder turned into overwrite, and overwrite deleted what
    // only existed at the destination — the daily `upload project/ . --on-conflict skip-identical`
    // deleted the server's new outputs/. Now folders merge under every policy.
    QFETCH(Way, way);
    QFETCH(bool, upload);
    QFETCH(ConflictPolicy, policy);
    const QString tag =
        QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString here = local(QStringLiteral("merge-") + tag + QStringLiteral("/project"));
    const QString there = remote(way, QStringLiteral("merge-") + tag + QStringLiteral("/project"));
    const QString incoming = upload ? here : there;
    const QString existing = upload ? there : here;
    writeFile(incoming + QStringLiteral("/same.txt"), "same");
    writeFile(incoming + QStringLiteral("/changed.txt"), "new version, longer");
    writeFile(incoming + QStringLiteral("/new.txt"), "brand new");
    writeFile(incoming + QStringLiteral("/sub/new2.txt"), "also new");
    writeFile(existing + QStringLiteral("/same.txt"), "same");
    writeFile(existing + QStringLiteral("/changed.txt"), "old");
    writeFile(existing + QStringLiteral("/outputs/result.dat"), "the server's work");
    writeFile(existing + QStringLiteral("/only-here.txt"), "mine");
    const QDateTime time = QDateTime::currentDateTime().addDays(-1);
    setTime(incoming + QStringLiteral("/same.txt"), time);
    setTime(existing + QStringLiteral("/same.txt"), time);
    giveToServer(way, QFileInfo(there).absolutePath());
    struct stat sameBefore = {};
    ::stat(native(existing + QStringLiteral("/same.txt")).constData(), &sameBefore);

    std::unique_ptr<TransferJob> job;
    if (upload)
        job = make<UploadJob>(way, {here}, QStringLiteral("merge-") + tag);
    else
        job = make<DownloadJob>(way, {QStringLiteral("merge-") + tag + QStringLiteral("/project")},
                                QFileInfo(here).absolutePath());
    job->setConflictPolicy(policy);
    QSignalSpy asked(job.get(), &TransferJob::conflictsFound);
    connect(job.get(), &TransferJob::conflictsFound, job.get(),
            [&](const QList<TransferConflict> &conflicts) {
                QHash<int, ConflictPolicy> answers;
                for (const TransferConflict &conflict : conflicts)
                    answers.insert(conflict.id, ConflictPolicy::Overwrite);
                job->resolveConflicts(answers);
            });
    QVERIFY2(run(job.get()), qPrintable(job->errorString()));
    QCOMPARE(asked.size(), policy == ConflictPolicy::Ask ? 1 : 0);
    if (policy == ConflictPolicy::Ask) // the folder itself is no question, only the two files
        QCOMPARE(asked.first().first().value<QList<TransferConflict>>().size(), 2);
    QCOMPARE(job->conflicts().size(), 2); // same.txt and changed.txt; the folder is no conflict
    QCOMPARE(job->placedNames(), QStringList {QStringLiteral("project")});

    // Never lost: what only exists at the destination, and every new file.
    QCOMPARE(readAll(existing + QStringLiteral("/outputs/result.dat")), QByteArray("the server's work"));
    QCOMPARE(readAll(existing + QStringLiteral("/only-here.txt")), QByteArray("mine"));
    QCOMPARE(readAll(existing + QStringLiteral("/new.txt")), QByteArray("brand new"));
    QCOMPARE(readAll(existing + QStringLiteral("/sub/new2.txt")), QByteArray("also new"));
    const QByteArray changed = readAll(existing + QStringLiteral("/changed.txt"));
    struct stat sameAfter = {};
    ::stat(native(existing + QStringLiteral("/same.txt")).constData(), &sameAfter);
    switch (policy) {
    case ConflictPolicy::Ask:
    case ConflictPolicy::Overwrite:
        QCOMPARE(changed, QByteArray("new version, longer"));
        break;
    case ConflictPolicy::Skip:
        QCOMPARE(changed, QByteArray("old"));
        QCOMPARE(sameAfter.st_ino, sameBefore.st_ino);
        break;
    case ConflictPolicy::KeepBoth:
        QCOMPARE(changed, QByteArray("old"));
        QCOMPARE(readAll(existing + QStringLiteral("/changed (2).txt")), QByteArray("new version, longer"));
        QCOMPARE(readAll(existing + QStringLiteral("/same (2).txt")), QByteArray("same"));
        QCOMPARE(job->renamed().size(), 2);
        break;
    default: // skip identical: the identical file is not even sent
        QCOMPARE(changed, QByteArray("new version, longer"));
        QCOMPARE(sameAfter.st_ino, sameBefore.st_ino);
        QCOMPARE(job->skippedFiles(), 1);
        break;
    }
    QCOMPARE(entries(existing).size(), policy == ConflictPolicy::KeepBoth ? 8 : 6);
}

void TestDataSafety::fileAgainstFolderAsksAndKeeps()
{
    // A file against a folder is always asked (here under a job-wide "overwrite"), never
    // settled by overwriting; replace says how many files the folder holds and keeps it (on the
    // server renamed, here in the trash).
    QFETCH(Way, way);
    const QString folder = QStringLiteral("clash-") + QString::number(int(way));
    writeFile(remote(way, folder + QStringLiteral("/report/a.txt")), "a");
    writeFile(remote(way, folder + QStringLiteral("/report/b.txt")), "b");
    writeFile(remote(way, folder + QStringLiteral("/report/sub/c.txt")), "c");
    giveToServer(way, remote(way, folder));
    writeFile(local(folder + QStringLiteral("/report")), "one file now");

    auto up = make<UploadJob>(way, {local(folder + QStringLiteral("/report"))}, folder);
    up->setConflictPolicy(ConflictPolicy::Overwrite);
    QList<TransferConflict> asked;
    connect(up.get(), &TransferJob::conflictsFound, up.get(), [&](const QList<TransferConflict> &conflicts) {
        asked = conflicts;
        up->resolveConflicts({{conflicts.first().id, ConflictPolicy::Replace}});
    });
    QVERIFY2(run(up.get()), qPrintable(up->errorString()));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().kind, TransferConflict::Kind::TypeClash);
    QCOMPARE(asked.first().existingTotals.files, 3);
    QVERIFY2(asked.first().replaceText(true).contains(QStringLiteral("3 file")),
             qPrintable(asked.first().replaceText(true)));
    QVERIFY(!asked.first().answers().contains(ConflictPolicy::Overwrite));
    QCOMPARE(readAll(remote(way, folder + QStringLiteral("/report"))), QByteArray("one file now"));
    const QString kept =
        remote(way, folder + QLatin1Char('/') + up->replaced().value(QStringLiteral("report")));
    QCOMPARE(entries(kept),
             (QStringList {QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("sub")}));

    // A script (no answer): both kept.
    writeFile(local(folder + QStringLiteral("/x/report/inner")), "a folder again");
    auto script = make<UploadJob>(way, {local(folder + QStringLiteral("/x/report"))}, folder);
    script->setConflictPolicy(ConflictPolicy::KeepBoth);
    QSignalSpy scriptAsked(script.get(), &TransferJob::conflictsFound);
    QVERIFY2(run(script.get()), qPrintable(script->errorString()));
    QVERIFY(scriptAsked.isEmpty());
    QCOMPARE(readAll(remote(way, folder + QStringLiteral("/report (2)/inner"))),
             QByteArray("a folder again"));
    QCOMPARE(readAll(remote(way, folder + QStringLiteral("/report"))), QByteArray("one file now"));

    // Down: a file from the server where a folder is here; replace moves the folder to the trash.
    writeFile(local(folder + QStringLiteral("/down/report/mine.txt")), "mine");
    auto down =
        make<DownloadJob>(way, {folder + QStringLiteral("/report")}, local(folder + QStringLiteral("/down")));
    connect(down.get(), &TransferJob::conflictsFound, down.get(),
            [&](const QList<TransferConflict> &conflicts) {
                QCOMPARE(conflicts.first().existingTotals.files, 1);
                down->resolveConflicts({{conflicts.first().id, ConflictPolicy::Replace}});
            });
    QVERIFY2(run(down.get()), qPrintable(down->errorString()));
    QCOMPARE(readAll(local(folder + QStringLiteral("/down/report"))), QByteArray("one file now"));
    const QString trashed = down->replaced().value(QStringLiteral("report"));
    QCOMPARE(readAll(trashed + QStringLiteral("/mine.txt")), QByteArray("mine"));
    QDir(trashed).removeRecursively();
}

void TestDataSafety::readOnlyFolderWithOverwrite()
{
    // Finding 3: a read-only folder could never be moved into place (EACCES on ".."), and with
    // overwrite the old copy was gone first. Raw data is often write-protected.
    QFETCH(Way, way);
    if (way == Way::Terminal && !m_hub.hasUnprivilegedServers())
        QSKIP("the hub fixture runs no unprivileged servers here (not root)");
    const QString folder = QStringLiteral("ro-") + QString::number(int(way));
    writeFile(remote(way, folder + QStringLiteral("/raw/a.fits")), "old a");
    writeFile(remote(way, folder + QStringLiteral("/raw/only-there.fits")), "keep");
    giveToServer(way, remote(way, folder));
    QCOMPARE(::chmod(native(remote(way, folder + QStringLiteral("/raw"))).constData(), 0555), 0);
    writeFile(local(folder + QStringLiteral("/raw/a.fits")), "new a");
    writeFile(local(folder + QStringLiteral("/raw/b.fits")), "new b");
    writeFile(local(folder + QStringLiteral("/raw/c.fits")), "new c");
    writeFile(local(folder + QStringLiteral("/sealed/s.fits")), "sealed");
    QCOMPARE(::chmod(native(local(folder + QStringLiteral("/sealed"))).constData(), 0555), 0);
    // Read-only here too: unpacked on the server it is, and what merges moves out of it.
    QCOMPARE(::chmod(native(local(folder + QStringLiteral("/raw"))).constData(), 0555), 0);
    auto up = make<UploadJob>(
        way, {local(folder + QStringLiteral("/raw")), local(folder + QStringLiteral("/sealed"))}, folder);
    up->setConflictPolicy(ConflictPolicy::Overwrite);
    QVERIFY2(run(up.get()), qPrintable(up->errorString()));
    QCOMPARE(readAll(remote(way, folder + QStringLiteral("/raw/a.fits"))), QByteArray("new a"));
    QCOMPARE(readAll(remote(way, folder + QStringLiteral("/raw/b.fits"))), QByteArray("new b"));
    QCOMPARE(readAll(remote(way, folder + QStringLiteral("/raw/c.fits"))), QByteArray("new c"));
    QCOMPARE(readAll(remote(way, folder + QStringLiteral("/raw/only-there.fits"))), QByteArray("keep"));
    QCOMPARE(readAll(remote(way, folder + QStringLiteral("/sealed/s.fits"))), QByteArray("sealed"));
    QCOMPARE(manifest(remote(way, folder)).value(QStringLiteral("raw")), QStringLiteral("dir 555"));
    QCOMPARE(manifest(remote(way, folder)).value(QStringLiteral("sealed")), QStringLiteral("dir 555"));
    QVERIFY(!manifest(remote(way, folder)).keys().join(u'|').contains(QStringLiteral(".fornax-")));
    QCOMPARE(::chmod(native(remote(way, folder + QStringLiteral("/raw"))).constData(), 0755), 0);
    QCOMPARE(::chmod(native(remote(way, folder + QStringLiteral("/sealed"))).constData(), 0755), 0);
}

void TestDataSafety::unwritableTargetRefusedBeforeSending()
{
    // A folder of someone else's (here root's) that the user may not write in: the upload stops
    // before a byte moves, with a message that says why, instead of failing after the last byte.
    QFETCH(Way, way);
    if (way == Way::Terminal && !m_hub.hasUnprivilegedServers())
        QSKIP("the hub fixture runs no unprivileged servers here (not root)");
    const QString folder = QStringLiteral("locked-") + QString::number(int(way));
    QVERIFY(QDir().mkpath(remote(way, folder)));
    QCOMPARE(::chmod(native(remote(way, folder)).constData(), 0755), 0); // root's, not the user's
    writeFile(local(folder + QStringLiteral("/data.txt")), "data");
    for (const QString &target : QStringList {folder, folder + QStringLiteral("/new")}) {
        auto up = make<UploadJob>(way, {local(folder + QStringLiteral("/data.txt"))}, target);
        QVERIFY(!run(up.get()));
        QCOMPARE(up->error(), TransferJob::Error::Server);
        QVERIFY2(up->errorString().contains(target == folder ? QStringLiteral("You may not write in")
                                                             : QStringLiteral("you may not create it")),
                 qPrintable(up->errorString()));
        QVERIFY2(up->errorString().contains(QStringLiteral("Nothing was sent")),
                 qPrintable(up->errorString()));
        QCOMPARE(up->bytesDone(), 0);
    }
    QCOMPARE(entries(remote(way, folder)), QStringList());
    QDir(remote(way, folder)).removeRecursively();
}

void TestDataSafety::linksInsideKeptOutsideNamed()
{
    // Finding 8: one absolute link failed the whole download after the egress was spent. Now the
    // size pass lists the links, the ones pointing outside what was chosen are left out and named,
    // the rest arrives; a download of nothing but such a link sends nothing at all.
    QFETCH(Way, way);
    const QString folder = QStringLiteral("links-") + QString::number(int(way));
    writeFile(remote(way, folder + QStringLiteral("/linked/data.txt")), "data");
    writeFile(remote(way, folder + QStringLiteral("/linked-other/x.txt")), "x");
    QVERIFY(QFile::link(QStringLiteral("data.txt"), remote(way, folder + QStringLiteral("/linked/latest"))));
    QVERIFY(QFile::link(QStringLiteral("/etc"), remote(way, folder + QStringLiteral("/linked/shared"))));
    QVERIFY(
        QFile::link(QStringLiteral("../../../outside"), remote(way, folder + QStringLiteral("/linked/up"))));
    QVERIFY(QFile::link(QStringLiteral("../linked-other"),
                        remote(way, folder + QStringLiteral("/linked/sibling"))));
    QVERIFY(QFile::link(QStringLiteral("/usr/share"), remote(way, folder + QStringLiteral("/ext-top"))));
    giveToServer(way, remote(way, folder));
    const QString target = local(folder);
    auto down = make<DownloadJob>(
        way, {folder + QStringLiteral("/linked"), folder + QStringLiteral("/ext-top")}, target);
    QVERIFY2(run(down.get()), qPrintable(down->errorString()));
    QVERIFY(down->completedWithSkips());
    QCOMPARE(down->leftOut(),
             (QStringList {QStringLiteral("ext-top → /usr/share"), QStringLiteral("linked/shared → /etc"),
                           QStringLiteral("linked/sibling → ../linked-other"),
                           QStringLiteral("linked/up → ../../../outside")}));
    QCOMPARE(entries(target), QStringList {QStringLiteral("linked")});
    QCOMPARE(entries(target + QStringLiteral("/linked")),
             (QStringList {QStringLiteral("data.txt"), QStringLiteral("latest")}));
    QCOMPARE(readAll(target + QStringLiteral("/linked/latest")), QByteArray("data"));
    QVERIFY(down->archiveSize() > 0);

    auto nothing =
        make<DownloadJob>(way, {folder + QStringLiteral("/ext-top")}, local(folder + QStringLiteral("-2")));
    nothing->setRequiresApproval(true);
    QSignalSpy approval(nothing.get(), &TransferJob::approvalNeeded);
    QVERIFY2(run(nothing.get()), qPrintable(nothing->errorString()));
    QVERIFY(approval.isEmpty()); // nothing to send, nothing to bill
    QCOMPARE(nothing->archiveSize(), -1);
    QCOMPARE(nothing->leftOut(), QStringList {QStringLiteral("ext-top → /usr/share")});
    QVERIFY(nothing->completedWithSkips());
}

void TestDataSafety::killedMidPlacementHoldsOldOrNew()
{
    // The placement stops at a fault point (FORNAX_TEST_FAULT=place:<step>:pause); then the
    // terminal is killed (its whole session, SIGKILL) or the SSH connection cut (its sshd process
    // killed) for real. Right then every file is complete, old or new; the job fails; and the
    // clean-up (a new terminal), or the next job's sweep once the dead job is a day old (SSH, whose
    // channel took the script's connection with it), puts back exactly what was there.
    QFETCH(Way, way);
    const QString folder = QStringLiteral("killed-") + QString::number(int(way));
    for (const QString &name : {QStringLiteral("a.csv"), QStringLiteral("b.csv"), QStringLiteral("c.csv")}) {
        writeFile(remote(way, folder + QStringLiteral("/project/") + name), "old " + name.toUtf8());
        writeFile(local(folder + QStringLiteral("/project/") + name), "new " + name.toUtf8());
    }
    writeFile(remote(way, folder + QStringLiteral("/project/only-there.txt")), "keep");
    giveToServer(way, remote(way, folder));
    const QMap<QString, QString> before = manifest(remote(way, folder));

    auto up = make<UploadJob>(way, {local(folder + QStringLiteral("/project"))}, folder);
    up->setConflictPolicy(ConflictPolicy::Overwrite);
    QSignalSpy finished(up.get(), &TransferJob::finished);
    qputenv("FORNAX_TEST_FAULT", "place:3:pause"); // a.csv done, b.csv's old copy aside
    up->start();
    QString marker;
    const pid_t script = waitForPause(way, 3, &marker);
    qunsetenv("FORNAX_TEST_FAULT");
    QVERIFY2(script > 0, "the placement did not reach its fault point");
    const QMap<QString, QString> mid = manifest(remote(way, folder));
    QCOMPARE(mid.value(QStringLiteral("project/a.csv")).section(u' ', 0, 1), QStringLiteral("file 644"));
    QCOMPARE(readAll(remote(way, folder + QStringLiteral("/project/a.csv"))), QByteArray("new a.csv"));
    QCOMPARE(readAll(remote(way, folder + QStringLiteral("/project/b.csv"))), QByteArray("old b.csv"));
    QCOMPARE(readAll(remote(way, folder + QStringLiteral("/project/only-there.txt"))), QByteArray("keep"));

    if (way == Way::Terminal) {
        // The terminal dies: its shell and everything it started.
        for (pid_t pid : sessionMembers(script))
            ::kill(pid, SIGKILL);
    } else {
        // The connection breaks: the sshd process of this session goes; the script is orphaned and
        // then dies too, as the server's end of a broken session does.
        pid_t sshd = parentOf(script);
        while (sshd > 1 && !readAll(QStringLiteral("/proc/%1/cmdline").arg(sshd)).startsWith("sshd"))
            sshd = parentOf(sshd);
        QVERIFY(sshd > 1);
        ::kill(sshd, SIGKILL);
        ::kill(script, SIGKILL);
    }
    QVERIFY(finished.wait(120'000));
    QCOMPARE(up->state(), TransferJob::State::Failed);
    if (way == Way::Ssh) {
        // Nobody could clean up over the broken connection: the next job does, once the dead job's
        // folder is a day old (simulated) and nothing holds its lock.
        const QString dead = QFileInfo(marker).absolutePath();
        if (QFileInfo::exists(dead)) {
            QCOMPARE(QProcess::execute(QStringLiteral("touch"),
                                       {QStringLiteral("-d"), QStringLiteral("3 days ago"),
                                        dead + QStringLiteral("/alive"), dead}),
                     0);
            writeFile(local(folder + QStringLiteral("/later.txt")), "later");
            auto next = make<UploadJob>(way, {local(folder + QStringLiteral("/later.txt"))}, folder);
            QVERIFY2(run(next.get()), qPrintable(next->errorString()));
            QFile::remove(remote(way, folder + QStringLiteral("/later.txt")));
            QVERIFY(!QFileInfo::exists(dead));
        }
    }
    QCOMPARE(manifest(remote(way, folder)), before);
}

void TestDataSafety::sweepLeavesALiveJobAlone()
{
    // Finding 10: the sweep deleted every job folder older than a day by its time, including a
    // long upload still streaming into it. A job paused in its placement is alive (its script holds
    // the folder's lock) however old its folder looks; another job's probe leaves it alone, and
    // it then finishes.
    const Way way = Way::Terminal;
    writeFile(local(QStringLiteral("live/data.txt")), "live");
    auto slow = make<UploadJob>(way, {local(QStringLiteral("live/data.txt"))}, QStringLiteral("live"));
    QSignalSpy finished(slow.get(), &TransferJob::finished);
    qputenv("FORNAX_TEST_FAULT", "place:1:pause");
    slow->start();
    QString marker;
    QVERIFY(waitForPause(way, 1, &marker) > 0);
    qunsetenv("FORNAX_TEST_FAULT");
    const QString folder = QFileInfo(marker).absolutePath();
    QCOMPARE(QProcess::execute(QStringLiteral("touch"),
                               {QStringLiteral("-d"), QStringLiteral("3 days ago"),
                                folder + QStringLiteral("/alive"), folder}),
             0);
    writeFile(local(QStringLiteral("live/other.txt")), "other");
    auto other = make<UploadJob>(way, {local(QStringLiteral("live/other.txt"))}, QStringLiteral("live"));
    QVERIFY2(run(other.get()), qPrintable(other->errorString()));
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/plan")));
    QFile::remove(marker); // go on
    QVERIFY(finished.wait(120'000));
    QVERIFY2(slow->state() == TransferJob::State::Finished, qPrintable(slow->errorString()));
    QCOMPARE(readAll(remote(way, QStringLiteral("live/data.txt"))), QByteArray("live"));
}

QTEST_GUILESS_MAIN(TestDataSafety)
#include "tst_datasafety.moc"
