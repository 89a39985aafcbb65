// Placing a download on this computer (ArchiveExtractor + LocalPlacement): merges into folders
// without touching what only exists here, overwrites a file atomically, keeps both, moves a
// replaced folder to the trash, places into a read-only folder and gives it its mode back — and
// survives the app being killed (SIGKILL, at the fault point "local-place") after every single
// change: right then each item is its complete old or complete new self, and the next start
// (PartialFolders::cleanOrphans()) finishes or undoes the rest. The kills happen in a child
// process: this test runs itself with --place-worker.
#include "BoundedBuffer.h"
#include "ScriptRunner.h"
#include "archive/ArchiveExtractor.h"
#include "archive/ArchiveWriter.h"
#include "archive/PartialFolders.h"
#include "transfer/MergePlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#include <sys/stat.h>
#include <unistd.h>

using namespace fornax;

namespace {

const char WorkerFlag[] = "--place-worker";

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

bool writeFile(const QString &path, const QByteArray &data, int mode = 0644)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return false;
    file.close();
    return ::chmod(native(path).constData(), mode_t(mode)) == 0;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

QMap<QString, QString> snapshot(const QString &root)
{
    QMap<QString, QString> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st = {};
        ::lstat(native(path).constData(), &st);
        QString value = QString::number(st.st_mode & 07777, 8);
        value += S_ISDIR(st.st_mode) ? QStringLiteral(" dir")
                                     : QStringLiteral(" ") + QString::fromUtf8(readAll(path));
        entries.insert(path.mid(root.size() + 1), value);
    }
    return entries;
}

QList<MergePlan::Operation> sceneOperations()
{
    using K = MergePlan::Operation::Kind;
    return {{K::Overwrite, 0, QStringLiteral("proj/a.csv"), false},
            {K::Overwrite, 0, QStringLiteral("proj/ro/f.txt"), false},
            {K::New, 0, QStringLiteral("proj/newdir"), true},
            {K::Replace, 1, QStringLiteral("clash"), false},
            {K::KeepBoth, 2, QStringLiteral("kb.tar.gz"), false},
            {K::New, 3, QStringLiteral("ronew"), true}};
}

// The worker: extracts archive into target with the scene's operations (and whatever
// FORNAX_TEST_FAULT says); exits 0 on success.
int placeWorker(const QString &target, const QString &archive)
{
    QFile file(archive);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray bytes = file.readAll();
    BoundedBuffer buffer(64 * 1024);
    ArchiveExtractor extractor(&buffer, target);
    extractor.setOperations(sceneOperations());
    extractor.setAllowedNames({QStringLiteral("proj"), QStringLiteral("clash"), QStringLiteral("kb.tar.gz"),
                               QStringLiteral("ronew")});
    extractor.start();
    std::thread feeder([&] {
        if (buffer.write(bytes))
            buffer.closeWriting();
    });
    extractor.wait();
    feeder.join();
    if (extractor.error()) {
        fprintf(stderr, "%s\n", qPrintable(extractor.error().message()));
        return 1;
    }
    return 0;
}

} // namespace

class TestLocalPlacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void placesMergesAndKeepsTheRest();
    void survivesAKillAtEveryStep();
    void liveDownloadIsNotAnOrphan();
    void readOnlyServerFoldersMergeUnprivileged();

private:
    void buildScene();
    // Runs the worker (as user, when given); true if it was killed.
    bool runWorker(int faultStep, int *exitCode = nullptr, const QString &user = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_target;
    QString m_archive;
};

void TestLocalPlacement::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QDir().mkpath(QDir::homePath()));
}

void TestLocalPlacement::init()
{
    // Below the test's home: the same file system as the desktop's trash.
    m_dir = std::make_unique<QTemporaryDir>(QDir::home().filePath(QStringLiteral("placement-XXXXXX")));
    QVERIFY(m_dir->isValid());
    m_target = m_dir->filePath(QStringLiteral("target"));
    m_archive = m_dir->filePath(QStringLiteral("incoming.tar.zst"));
    QDir(PartialFolders::registryFolder()).removeRecursively();
    buildScene();
}

void TestLocalPlacement::cleanup()
{
    QProcess::execute(QStringLiteral("chmod"),
                      {QStringLiteral("-R"), QStringLiteral("u+rwX"), m_dir->path()});
}

void TestLocalPlacement::buildScene()
{
    // Here: a folder the download merges into (with a read-only folder inside, and a file that
    // only exists here), a folder where a file arrives, a name to keep both of.
    QVERIFY(writeFile(m_target + QStringLiteral("/proj/a.csv"), "old a"));
    QVERIFY(writeFile(m_target + QStringLiteral("/proj/ro/f.txt"), "old f"));
    QVERIFY(writeFile(m_target + QStringLiteral("/proj/only-here.txt"), "keep me"));
    QVERIFY(writeFile(m_target + QStringLiteral("/clash/inside.txt"), "old inside"));
    QVERIFY(writeFile(m_target + QStringLiteral("/kb.tar.gz"), "old kb"));
    QCOMPARE(::chmod(native(m_target + QStringLiteral("/proj/ro")).constData(), 0555), 0);
    if (QFileInfo::exists(m_archive))
        return;
    // From the server.
    const QString source = m_dir->filePath(QStringLiteral("source"));
    QVERIFY(writeFile(source + QStringLiteral("/proj/a.csv"), "new a"));
    QVERIFY(writeFile(source + QStringLiteral("/proj/ro/f.txt"), "new f"));
    QVERIFY(writeFile(source + QStringLiteral("/proj/newdir/x/y"), "new y"));
    QVERIFY(writeFile(source + QStringLiteral("/clash"), "new clash"));
    QVERIFY(writeFile(source + QStringLiteral("/kb.tar.gz"), "new kb"));
    QVERIFY(writeFile(source + QStringLiteral("/ronew/z"), "new z"));
    QCOMPARE(::chmod(native(source + QStringLiteral("/ronew")).constData(), 0555), 0);
    // Raw data on the server is often write-protected: the merged folders arrive read-only.
    QCOMPARE(::chmod(native(source + QStringLiteral("/proj/ro")).constData(), 0555), 0);
    QCOMPARE(::chmod(native(source + QStringLiteral("/proj")).constData(), 0555), 0);
    BoundedBuffer buffer(64 << 20);
    ArchiveWriter writer({source + QStringLiteral("/proj"), source + QStringLiteral("/clash"),
                          source + QStringLiteral("/kb.tar.gz"), source + QStringLiteral("/ronew")},
                         ArchiveFormat(), &buffer);
    writer.start();
    QVERIFY(writer.wait(QDeadlineTimer(60'000)));
    QVERIFY2(!writer.error(), qPrintable(writer.error().message()));
    QVERIFY(writeFile(m_archive, buffer.read(buffer.size())));
}

bool TestLocalPlacement::runWorker(int faultStep, int *exitCode, const QString &user)
{
    QProcess worker;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (faultStep > 0)
        env.insert(QStringLiteral("FORNAX_TEST_FAULT"),
                   QStringLiteral("local-place:") + QString::number(faultStep));
    worker.setProcessEnvironment(env);
    worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QStringList arguments {QString::fromLatin1(WorkerFlag), m_target, m_archive};
    if (user.isEmpty())
        worker.start(QCoreApplication::applicationFilePath(), arguments);
    else // its own home (the trash, the registry of partial folders) below the test's folder
        worker.start(QStringLiteral("runuser"),
                     QStringList {QStringLiteral("-u"), user, QStringLiteral("--"), QStringLiteral("env"),
                                  QStringLiteral("HOME=") + m_dir->filePath(QStringLiteral("home")),
                                  QCoreApplication::applicationFilePath()}
                         + arguments);
    if (!worker.waitForFinished(60'000))
        return false;
    if (exitCode)
        *exitCode = worker.exitCode();
    return worker.exitStatus() == QProcess::CrashExit;
}

void TestLocalPlacement::placesMergesAndKeepsTheRest()
{
    int exitCode = -1;
    QVERIFY(!runWorker(0, &exitCode));
    QCOMPARE(exitCode, 0);
    QCOMPARE(readAll(m_target + QStringLiteral("/proj/a.csv")), QByteArray("new a"));
    QCOMPARE(readAll(m_target + QStringLiteral("/proj/ro/f.txt")), QByteArray("new f"));
    QCOMPARE(readAll(m_target + QStringLiteral("/proj/only-here.txt")), QByteArray("keep me"));
    QCOMPARE(readAll(m_target + QStringLiteral("/proj/newdir/x/y")), QByteArray("new y"));
    QCOMPARE(readAll(m_target + QStringLiteral("/clash")), QByteArray("new clash"));
    QCOMPARE(readAll(m_target + QStringLiteral("/kb.tar.gz")), QByteArray("old kb"));
    QCOMPARE(readAll(m_target + QStringLiteral("/kb (2).tar.gz")), QByteArray("new kb"));
    const QMap<QString, QString> after = snapshot(m_target);
    QCOMPARE(after.value(QStringLiteral("proj/ro")), QStringLiteral("555 dir")); // its mode back
    QCOMPARE(after.value(QStringLiteral("ronew")), QStringLiteral("555 dir"));
    // The folder a file replaced is in the trash, whole.
    const QString trash = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Trash/files/clash");
    QCOMPARE(readAll(trash + QStringLiteral("/inside.txt")), QByteArray("old inside"));
    QDir(trash).removeRecursively();
    // Nothing left behind.
    for (const QString &path : after.keys())
        QVERIFY2(!path.contains(QStringLiteral(".fornax-")), qPrintable(path));
    QVERIFY(QDir(PartialFolders::registryFolder()).isEmpty());
}

void TestLocalPlacement::survivesAKillAtEveryStep()
{
    const QMap<QString, QString> before = snapshot(m_target);
    QVERIFY(!runWorker(0));
    const QMap<QString, QString> after = snapshot(m_target);
    const QStringList files {QStringLiteral("proj/a.csv"), QStringLiteral("proj/ro/f.txt"),
                             QStringLiteral("proj/only-here.txt"), QStringLiteral("kb.tar.gz")};
    bool committed = false;
    int steps = 0;
    for (int step = 1; step < 40; ++step) {
        cleanup();
        QDir(m_target).removeRecursively();
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Trash"))
            .removeRecursively();
        buildScene();
        QCOMPARE(snapshot(m_target), before);
        if (!runWorker(step)) {
            steps = step - 1;
            QCOMPARE(snapshot(m_target).value(QStringLiteral("proj/a.csv")),
                     after.value(QStringLiteral("proj/a.csv")));
            break;
        }
        // The app is dead: every item complete, old or new.
        QMap<QString, QString> mid = snapshot(m_target);
        for (const QString &file : files) {
            QVERIFY2(
                mid.value(file) == before.value(file) || mid.value(file) == after.value(file),
                qPrintable(
                    QStringLiteral("step %1: %2 is %3").arg(QString::number(step), file, mid.value(file))));
        }
        // The next start cleans up: back to what was there, or on to what the download made.
        QCOMPARE(PartialFolders::cleanOrphans(), 1);
        const QMap<QString, QString> recovered = snapshot(m_target);
        if (recovered == after) {
            committed = true;
        } else {
            QVERIFY2(!committed, qPrintable(QString::number(step)));
            QCOMPARE(recovered, before);
        }
        QVERIFY(QDir(PartialFolders::registryFolder()).isEmpty());
    }
    QVERIFY2(steps >= 8, qPrintable(QString::number(steps)));
    QVERIFY(committed);
}

void TestLocalPlacement::liveDownloadIsNotAnOrphan()
{
    // A download still running in another process holds its folder's lock: the next start of
    // another app must not touch it.
    QVERIFY(QDir().mkpath(m_target));
    QTemporaryDir live(m_target + QStringLiteral("/.fornax-partial-XXXXXX"));
    QVERIFY(live.isValid());
    QVERIFY(writeFile(live.path() + QStringLiteral("/tree/big.fits"), "streaming"));
    const int lock = PartialFolders::lock(native(live.path()));
    QVERIFY(lock >= 0);
    const QString entry = PartialFolders::add(native(live.path()));
    QVERIFY(!entry.isEmpty());
    QCOMPARE(PartialFolders::cleanOrphans(), 0);
    QVERIFY(QFileInfo::exists(live.path() + QStringLiteral("/tree/big.fits")));
    ::close(lock);
    QCOMPARE(PartialFolders::cleanOrphans(), 1);
    QVERIFY(!QFileInfo::exists(live.path()));
}

void TestLocalPlacement::readOnlyServerFoldersMergeUnprivileged()
{
    // The server's proj/ and proj/ro/ are read-only, so their unpacked copies are too, and the
    // files merged into the folders here move out of them; proj/ro/ here is read-only as well.
    // Root may rename anything: this runs the placement as an unprivileged user.
    const QString user = test::ScriptRunner::unprivilegedUser();
    if (user.isEmpty())
        QSKIP("needs root to run the placement as an unprivileged user");
    cleanup();
    // Where that user can reach it (the test's home is root's).
    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("placement-XXXXXX")));
    QVERIFY(m_dir->isValid());
    QCOMPARE(::chmod(native(m_dir->path()).constData(), 0755), 0);
    m_target = m_dir->filePath(QStringLiteral("target"));
    m_archive = m_dir->filePath(QStringLiteral("incoming.tar.zst"));
    buildScene();
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("home"))));
    QCOMPARE(QProcess::execute(QStringLiteral("chown"),
                               {QStringLiteral("-R"), user + QLatin1Char(':'), m_dir->path()}),
             0);
    int exitCode = -1;
    QVERIFY(!runWorker(0, &exitCode, user));
    QCOMPARE(exitCode, 0);
    QCOMPARE(readAll(m_target + QStringLiteral("/proj/a.csv")), QByteArray("new a"));
    QCOMPARE(readAll(m_target + QStringLiteral("/proj/ro/f.txt")), QByteArray("new f"));
    QCOMPARE(readAll(m_target + QStringLiteral("/proj/only-here.txt")), QByteArray("keep me"));
    QCOMPARE(readAll(m_target + QStringLiteral("/proj/newdir/x/y")), QByteArray("new y"));
    QCOMPARE(readAll(m_target + QStringLiteral("/clash")), QByteArray("new clash"));
    QCOMPARE(readAll(m_target + QStringLiteral("/kb (2).tar.gz")), QByteArray("new kb"));
    const QMap<QString, QString> after = snapshot(m_target);
    QCOMPARE(after.value(QStringLiteral("proj")), QStringLiteral("755 dir")); // merged: its own mode
    QCOMPARE(after.value(QStringLiteral("proj/ro")), QStringLiteral("555 dir"));
    QCOMPARE(after.value(QStringLiteral("ronew")), QStringLiteral("555 dir"));
    for (const QString &path : after.keys())
        QVERIFY2(!path.contains(QStringLiteral(".fornax-")), qPrintable(path));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc == 4 && qstrcmp(argv[1], WorkerFlag) == 0)
        return placeWorker(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestLocalPlacement test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_localplacement.moc"
