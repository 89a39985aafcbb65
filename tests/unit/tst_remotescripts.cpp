// The server-side scripts of the transfer engine, run here with dash and GNU tar exactly as they
// reach a server (RemoteScript::sshCommand() and command()), as the unprivileged user
// "fornax-ssh" when the test runs as root: no length limit (finding 6), names byte for byte
// (findings 5 and 7), atomic placement with every fault point killed in turn (finding 3),
// read-only folders placed, the sweep that removes only dead jobs (finding 10), keep-both names
// equal on both sides, and extraction that drops group/other write and setuid/setgid (issue 17).
#include "NameMatrix.h"
#include "ScriptRunner.h"
#include "archive/ArchiveExtractor.h"
#include "transfer/MergePlan.h"
#include "transfer/NameList.h"
#include "transfer/RemotePacking.h"
#include "transfer/RemotePlacement.h"
#include "transfer/RemoteScript.h"
#include "transfer/StreamScript.h"
#include "transfer/TreeListing.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace fornax;
using test::ScriptRunner;

namespace {

const QString Job = QStringLiteral("0a00000000000001");

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

// Every entry under root: path, type, mode and content (files) or target (links).
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
        if (S_ISDIR(st.st_mode))
            value += QStringLiteral(" dir");
        else if (S_ISLNK(st.st_mode))
            value += QStringLiteral(" link ") + QFile::symLinkTarget(path);
        else
            value += QStringLiteral(" file ") + QString::fromUtf8(readAll(path).toHex());
        entries.insert(path.mid(root.size() + 1), value);
    }
    return entries;
}

QString jobFolder(const QString &home)
{
    return home + QLatin1Char('/') + RemoteScript::jobFolder(Job);
}

QStringList entries(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

MergePlan::Operation op(MergePlan::Operation::Kind kind, const QString &path, bool isFolder = false)
{
    return {kind, 0, path, isFolder};
}

} // namespace

class TestRemoteScripts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scriptsOfAnyLengthRunBothWays();
    void incompleteScriptIsNotRun();
    void keepBothNamesMatchTheApp();
    void longNamesKeepBothWithinTheLimit();
    void namesArriveByteForByte();
    void placementSurvivesAKillAtEveryStep();
    void placementFailureRollsBack();
    void manyNewItemsMoveTogether();
    void sweepRemovesOnlyDeadJobs();
    void sweepTakesJobsOfAnEarlierServer();
    void probeSaysWhetherTheTargetIsWritable();
    void extractionMasksPermissions();

private:
    // A placement scene: the destination before, the staged new items, the plan.
    void buildScene(const QString &home);
    QList<MergePlan::Operation> sceneOperations() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScriptRunner> m_runner;
    QString m_home;
};

void TestRemoteScripts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // /tmp/... is searchable by everyone: the unprivileged user reaches its home below it.
    QCOMPARE(::chmod(native(m_dir->path()).constData(), 0755), 0);
    m_home = m_dir->filePath(QStringLiteral("home"));
    m_runner = std::make_unique<ScriptRunner>(m_home);
    qunsetenv("FORNAX_TEST_FAULT");
}

void TestRemoteScripts::cleanup()
{
    qunsetenv("FORNAX_TEST_FAULT");
    // Read-only folders the scenes made: the temporary folder must be able to go.
    QProcess::execute(QStringLiteral("chmod"),
                      {QStringLiteral("-R"), QStringLiteral("u+rwX"), m_dir->path()});
}

void TestRemoteScripts::scriptsOfAnyLengthRunBothWays()
{
    // Finding 6: 60 long names used to pass Linux's 128 KiB limit of one argument. A script of
    // 1 MiB (four times the limit over SSH, where the whole command is one argument) runs.
    const QString filler = QStringLiteral("# ") + QString(1 << 20, QLatin1Char('x')) + QLatin1Char('\n');
    const QString script = filler + QStringLiteral("printf '%s\\n' \"$PWD\"; exit 3\n");
    const ScriptRunner::Result ssh = m_runner->run(script);
    QCOMPARE(ssh.exitCode, 3); // the script's own status, not the end marker's
    QCOMPARE(ssh.output, native(m_home) + '\n'); // run in the home folder
    const ScriptRunner::Result terminal = m_runner->runTerminalForm(script);
    QCOMPARE(terminal.exitCode, 3);
    QCOMPARE(terminal.output, native(m_home) + '\n');

    // What follows the script on standard input is the script's own input (a file, a stream).
    const ScriptRunner::Result input =
        m_runner->run(QStringLiteral("cat | od -An -c | tr -s ' '\n"), QByteArray("a\0b\nc", 5));
    QCOMPARE(input.output.trimmed(), QByteArray("a \\0 b \\n c"));
}

void TestRemoteScripts::incompleteScriptIsNotRun()
{
    const QString script = QStringLiteral("printf ran\n");
    QByteArray cut = RemoteScript::sshInput(script);
    cut.chop(5);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), RemoteScript::sshCommand(script)});
    QVERIFY(process.waitForStarted());
    process.write(cut);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 97);
    QVERIFY(!process.readAllStandardOutput().contains("ran"));
    QVERIFY(process.readAllStandardError().contains("did not arrive whole"));
}

void TestRemoteScripts::keepBothNamesMatchTheApp()
{
    // The server names "keep both" copies itself (no list of 99 candidates per item any more);
    // the app must predict the same name.
    QStringList names = test::NameMatrix::all();
    names << QStringLiteral("data.tar.gz") << QStringLiteral("x.TAR.ZST") << QStringLiteral(".bashrc")
          << QStringLiteral("name.") << QStringLiteral("v1.2.txt") << QStringLiteral(".tar.gz")
          << QStringLiteral("a.tar.bz2") << QStringLiteral("no suffix") << QStringLiteral(".config.json");
    NameList list;
    for (const QString &name : std::as_const(names)) {
        for (const QString &folder : {QStringLiteral("0"), QStringLiteral("1")})
            list.add(QStringLiteral("show"), {name, folder});
    }
    const QString script = RemotePlacement::library()
        + QStringLiteral("show() { kb_name \"$1\" 2 \"$2\"; printf '%s\\0' \"$KB\"; kb_name \"$1\" "
                         "\"replaced 2026-01-02 0304 2\" "
                         "\"$2\"; printf '%s\\0' \"$KB\"; }\n"
                         ". ./names\n");
    writeFile(m_home + QStringLiteral("/names"), list.shellText());
    m_runner->giveHomeToUser();
    const ScriptRunner::Result result = m_runner->run(script);
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> shown = result.output.split('\0');
    qsizetype i = 0;
    for (const QString &name : std::as_const(names)) {
        for (bool folder : {false, true}) {
            QCOMPARE(QString::fromUtf8(shown.value(i++)), ArchiveExtractor::keepBothName(name, 2, folder));
            QCOMPARE(
                QString::fromUtf8(shown.value(i++)),
                ArchiveExtractor::keepBothName(name, QStringLiteral("replaced 2026-01-02 0304 2"), folder));
        }
    }
}

void TestRemoteScripts::longNamesKeepBothWithinTheLimit()
{
    // A 255-byte name has no room for " (2)": the copy's stem is shortened, its suffix kept, and
    // it still fits with the longest label (the plan hands the server the shortened name).
    const QString longest = test::NameMatrix::all().at(21);
    QCOMPARE(longest.toUtf8().size(), 255);
    const QString copy = ArchiveExtractor::keptBothName(longest, 99999, false);
    QVERIFY(copy.endsWith(QStringLiteral(" (99999).txt")));
    QVERIFY(copy.toUtf8().size() <= 255);
    QVERIFY(RemotePlacement::backupName(longest, QStringLiteral("2026-01-02 0304"), 99, false).toUtf8().size()
            <= 255);
    const QString wide = QString(120, QChar(0x89B3)); // 360 bytes of 観
    QVERIFY(ArchiveExtractor::keptBothName(wide, 2, true).toUtf8().size() <= 255);
    QCOMPARE(ArchiveExtractor::keepBothBase(QStringLiteral("short.txt"), false), QStringLiteral("short.txt"));
}

void TestRemoteScripts::namesArriveByteForByte()
{
    // Every hostile name as a file and as a folder holding a file of the same name, in a folder
    // with a trailing space ("Project " must not become "Project", finding 7).
    const QStringList names = test::NameMatrix::all();
    const QString folder = QStringLiteral("Project ");
    const QString root = m_home + QLatin1Char('/') + folder;
    writeFile(m_home + QStringLiteral("/Project/decoy"), "never touched");
    for (qsizetype i = 0; i < names.size(); ++i) {
        writeFile(root + QLatin1Char('/') + names[i], names[i].toUtf8());
        writeFile(root + QStringLiteral("/dirs/") + names[i] + QLatin1Char('/') + names[i],
                  QByteArray::number(i));
    }
    QVERIFY(QDir().mkpath(jobFolder(m_home)));
    // The size pass: every name measured, the folder's tree listed back byte for byte.
    QStringList paths;
    QStringList itemNames = names;
    QHash<QString, int> startPoints;
    for (qsizetype i = 0; i < names.size(); ++i)
        paths.append(QStringLiteral("./") + names[i]);
    paths.append(QStringLiteral("./dirs"));
    itemNames.append(QStringLiteral("dirs"));
    paths.append(QStringLiteral("./not there"));
    itemNames.append(QStringLiteral("not there"));
    for (qsizetype i = 0; i < paths.size(); ++i)
        startPoints.insert(paths[i], int(i));
    const QMap<QString, QByteArray> statFiles = RemoteScript::statFiles(paths, {QStringLiteral("./dirs")});
    for (auto it = statFiles.cbegin(); it != statFiles.cend(); ++it)
        writeFile(jobFolder(m_home) + QLatin1Char('/') + it.key(), it.value());
    m_runner->giveHomeToUser();
    const ScriptRunner::Result stat = m_runner->run(RemoteScript::statItems(Job, folder));
    QVERIFY2(stat.exitCode == 0, stat.errors.constData());
    const TreeListing::Found found = TreeListing::parseFound(
        readAll(jobFolder(m_home) + QLatin1Char('/') + RemoteScript::foundFile()), startPoints, itemNames);
    QCOMPARE(found.items.size(), names.size() + 1); // "not there" is missing
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(found.items.value(int(i)).type, RemoteScript::ItemType::File);
        QCOMPARE(found.items.value(int(i)).size, names[i].toUtf8().size());
    }
    QCOMPARE(found.items.value(int(names.size())).type, RemoteScript::ItemType::Folder);
    QCOMPARE(found.items.value(int(names.size())).totals.files, names.size());
    QCOMPARE(found.items.value(int(names.size())).totals.folders, names.size() + 1);
    QSet<QString> listed;
    for (const TreeEntry &entry : found.trees.value(int(names.size())))
        listed.insert(entry.path);
    QCOMPARE(listed.size(), 2 * names.size() + 1);
    for (const QString &name : names) {
        QVERIFY2(listed.contains(QStringLiteral("dirs/") + name + QLatin1Char('/') + name), qPrintable(name));
        QVERIFY(listed.contains(QStringLiteral("dirs/") + name));
    }
    // Packing: tar reads the names from a NUL list and never unquotes them (finding 5).
    RemotePacking packing;
    for (const QString &name : names)
        packing.addWhole(folder + QLatin1Char('/') + name);
    packing.addWhole(folder + QStringLiteral("/dirs"));
    const QMap<QString, QByteArray> files = packing.files();
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        writeFile(jobFolder(m_home) + QLatin1Char('/') + it.key(), it.value());
    m_runner->giveHomeToUser();
    const ScriptRunner::Result packed =
        m_runner->run(StreamScript::pack(Job, ArchiveFormat(Compression::None)));
    QVERIFY2(packed.exitCode == 0, packed.errors.constData());
    writeFile(m_dir->filePath(QStringLiteral("out.tar")), packed.output);
    QProcess list2;
    list2.start(QStringLiteral("tar"),
                {QStringLiteral("-t"), QStringLiteral("--null"), QStringLiteral("--no-unquote"),
                 QStringLiteral("--quoting-style=literal"), QStringLiteral("-f"),
                 m_dir->filePath(QStringLiteral("out.tar"))});
    QVERIFY(list2.waitForFinished());
    // tar -t ends names with newlines; compare as a set of the names without the "./".
    const QByteArray listing = list2.readAllStandardOutput();
    for (const QString &name : names)
        QVERIFY2(listing.contains(QByteArray("./" + name.toUtf8() + '\n')), qPrintable(name));
    QCOMPARE(readAll(m_home + QStringLiteral("/Project/decoy")), QByteArray("never touched"));
}

void TestRemoteScripts::buildScene(const QString &home)
{
    // The destination: a merge target with a read-only folder, a name with a newline, a file
    // that only exists here, and a file where a folder arrives.
    const QString dest = home + QStringLiteral("/dest");
    writeFile(dest + QStringLiteral("/proj/a.csv"), "old a");
    writeFile(dest + QStringLiteral("/proj/ro/f.txt"), "old f");
    writeFile(dest + QStringLiteral("/proj/only-here.txt"), "keep me");
    writeFile(dest + QStringLiteral("/proj/sub/n\nl"), "old n");
    writeFile(dest + QStringLiteral("/clash"), "old clash");
    writeFile(dest + QStringLiteral("/kb.tar.gz"), "old kb");
    QCOMPARE(::chmod(native(dest + QStringLiteral("/proj/ro")).constData(), 0555), 0);
    // The staged upload.
    const QString staged = jobFolder(home) + QStringLiteral("/staged");
    writeFile(staged + QStringLiteral("/proj/a.csv"), "new a");
    writeFile(staged + QStringLiteral("/proj/ro/f.txt"), "new f");
    writeFile(staged + QStringLiteral("/proj/newdir/x/y"), "new y");
    writeFile(staged + QStringLiteral("/proj/sub/n\nl"), "new n");
    writeFile(staged + QStringLiteral("/clash/inner"), "new inner");
    writeFile(staged + QStringLiteral("/kb.tar.gz"), "new kb");
    writeFile(staged + QStringLiteral("/ronew/z"), "new z");
    QCOMPARE(::chmod(native(staged + QStringLiteral("/ronew")).constData(), 0555), 0);
    // Read-only folders merged into existing ones (tar gives them the uploaded folders' modes):
    // what moves out of them needs their write bit.
    QCOMPARE(::chmod(native(staged + QStringLiteral("/proj/ro")).constData(), 0555), 0);
    QCOMPARE(::chmod(native(staged + QStringLiteral("/proj")).constData(), 0555), 0);
    const QMap<QString, QByteArray> plan =
        RemotePlacement::planFiles(Job, QStringLiteral("dest"), sceneOperations(), QStringLiteral("STAMP"));
    for (auto it = plan.cbegin(); it != plan.cend(); ++it)
        writeFile(jobFolder(home) + QLatin1Char('/') + it.key(), it.value());
}

QList<MergePlan::Operation> TestRemoteScripts::sceneOperations() const
{
    using K = MergePlan::Operation::Kind;
    return {
        op(K::Overwrite, QStringLiteral("proj/a.csv")),  op(K::Overwrite, QStringLiteral("proj/ro/f.txt")),
        op(K::New, QStringLiteral("proj/newdir"), true), op(K::Overwrite, QStringLiteral("proj/sub/n\nl")),
        op(K::Replace, QStringLiteral("clash"), true),   op(K::KeepBoth, QStringLiteral("kb.tar.gz")),
        op(K::New, QStringLiteral("ronew"), true)};
}

void TestRemoteScripts::placementSurvivesAKillAtEveryStep()
{
    // Finding 3. The placement is killed (SIGKILL: no trap runs, as when the terminal, the SSH
    // channel or the app dies) after each of its changes in turn. Right then every item holds
    // its complete old or its complete new content, and what only existed here is still here;
    // after the clean-up that follows a failed job, the whole destination is exactly as before —
    // or, killed after the commit record, exactly as a finished placement leaves it.
    if (!m_runner->isUnprivileged())
        qWarning("not root: the read-only folder cannot be tested for real");
    QMap<QString, QString> before;
    QMap<QString, QString> after;
    {
        buildScene(m_home);
        m_runner->giveHomeToUser();
        before = snapshot(m_home + QStringLiteral("/dest"));
        const ScriptRunner::Result placed = m_runner->run(RemotePlacement::placeScript(Job));
        QVERIFY2(placed.exitCode == 0, placed.errors.constData());
        const RemotePlacement::Result result = RemotePlacement::parse(placed.output);
        QCOMPARE(result.placed.size(), sceneOperations().size());
        QCOMPARE(result.placed.value(5), 2); // kb (2).tar.gz
        QCOMPARE(result.backups.value(4), 1);
        after = snapshot(m_home + QStringLiteral("/dest"));
        QCOMPARE(readAll(m_home + QStringLiteral("/dest/proj/a.csv")), QByteArray("new a"));
        QCOMPARE(readAll(m_home + QStringLiteral("/dest/proj/only-here.txt")), QByteArray("keep me"));
        QCOMPARE(readAll(m_home + QStringLiteral("/dest/kb (2).tar.gz")), QByteArray("new kb"));
        QCOMPARE(readAll(m_home + QStringLiteral("/dest/clash (replaced STAMP)")), QByteArray("old clash"));
        QCOMPARE(before.value(QStringLiteral("proj/ro")),
                 after.value(QStringLiteral("proj/ro"))); // mode back
        QCOMPARE(after.value(QStringLiteral("ronew")).left(3), QStringLiteral("555"));
        QVERIFY(!after.keys().join(u'|').contains(QStringLiteral(".fornax-aside")));
    }
    const QStringList files {QStringLiteral("proj/a.csv"), QStringLiteral("proj/ro/f.txt"),
                             QStringLiteral("proj/sub/n\nl"), QStringLiteral("kb.tar.gz"),
                             QStringLiteral("proj/only-here.txt")};
    bool committed = false;
    int steps = 0;
    for (int step = 1; step < 40; ++step) {
        QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+rwX"), m_home});
        QDir(m_home).removeRecursively();
        QVERIFY(QDir().mkpath(m_home));
        buildScene(m_home);
        m_runner->giveHomeToUser();
        qputenv("FORNAX_TEST_FAULT", "place:" + QByteArray::number(step));
        const ScriptRunner::Result run = m_runner->run(RemotePlacement::placeScript(Job));
        qunsetenv("FORNAX_TEST_FAULT");
        if (!run.killed) {
            QCOMPARE(run.exitCode, 0); // past the last step: it simply finished
            steps = step - 1;
            break;
        }
        // Right after the kill: complete old or complete new, per item.
        const QMap<QString, QString> mid = snapshot(m_home + QStringLiteral("/dest"));
        for (const QString &file : files) {
            const QString now = mid.value(file);
            QVERIFY2(now == before.value(file) || now == after.value(file),
                     qPrintable(QStringLiteral("step %1: %2 is %3").arg(QString::number(step), file, now)));
        }
        // The folder arriving in place of a file: the old file is under its backup name or back.
        QVERIFY(mid.contains(QStringLiteral("clash"))
                || mid.contains(QStringLiteral("clash (replaced STAMP)")));
        // The job's clean-up finishes or undoes it.
        const ScriptRunner::Result cleaned = m_runner->run(RemoteScript::cleanup(Job));
        QVERIFY2(cleaned.exitCode == 0, cleaned.errors.constData());
        const QMap<QString, QString> recovered = snapshot(m_home + QStringLiteral("/dest"));
        if (recovered == after) {
            committed = true;
        } else {
            QVERIFY2(!committed,
                     qPrintable(QStringLiteral("step %1 went back after a later one went forward")
                                    .arg(QString::number(step))));
            QCOMPARE(recovered, before);
        }
        QVERIFY(!QFileInfo::exists(jobFolder(m_home)));
    }
    QVERIFY2(steps >= 10, qPrintable(QString::number(steps))); // every change had its fault point
    QVERIFY(committed);
}

void TestRemoteScripts::placementFailureRollsBack()
{
    // A step that fails (the destination folder cannot be written, not even by its owner after
    // chmod: it is not theirs) undoes everything before it, and says so.
    if (!m_runner->isUnprivileged())
        QSKIP("needs root to make a folder the unprivileged user cannot change");
    buildScene(m_home);
    m_runner->giveHomeToUser();
    // kb.tar.gz lies in dest itself; make dest root's and read-only for the user.
    QProcess::execute(QStringLiteral("chown"), {QStringLiteral("root:"), m_home + QStringLiteral("/dest")});
    QCOMPARE(::chmod(native(m_home + QStringLiteral("/dest")).constData(), 0755), 0);
    const QMap<QString, QString> before = snapshot(m_home + QStringLiteral("/dest"));
    const ScriptRunner::Result run = m_runner->run(RemotePlacement::placeScript(Job));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.errors.contains("nothing in the destination folder was changed"), run.errors.constData());
    QVERIFY(RemotePlacement::parse(run.output).failed >= 0);
    QCOMPARE(snapshot(m_home + QStringLiteral("/dest")), before);
}

void TestRemoteScripts::manyNewItemsMoveTogether()
{
    // 300 new items in one folder move with one `mv -n -t`, a name taken meanwhile is kept
    // beside (never over), and a kill right after the move is undone item by item.
    using K = MergePlan::Operation::Kind;
    const auto scene = [&] {
        writeFile(m_home + QStringLiteral("/many/item-7"), "was already here");
        QList<MergePlan::Operation> operations;
        for (int i = 0; i < 300; ++i) {
            const QString name = QStringLiteral("item-") + QString::number(i);
            writeFile(jobFolder(m_home) + QStringLiteral("/staged/") + name, name.toUtf8());
            operations.append(op(K::New, name));
        }
        const QMap<QString, QByteArray> plan =
            RemotePlacement::planFiles(Job, QStringLiteral("many"), operations, QStringLiteral("STAMP"));
        QCOMPARE(plan.size(), 2); // the plan and one batch
        for (auto it = plan.cbegin(); it != plan.cend(); ++it)
            writeFile(jobFolder(m_home) + QLatin1Char('/') + it.key(), it.value());
        m_runner->giveHomeToUser();
    };
    scene();
    const QMap<QString, QString> before = snapshot(m_home + QStringLiteral("/many"));
    const ScriptRunner::Result placed = m_runner->run(RemotePlacement::placeScript(Job));
    QVERIFY2(placed.exitCode == 0, placed.errors.constData());
    const RemotePlacement::Result result = RemotePlacement::parse(placed.output);
    QCOMPARE(result.placed.size(), 300);
    QCOMPARE(result.placed.value(7), 2);
    QCOMPARE(readAll(m_home + QStringLiteral("/many/item-7")), QByteArray("was already here"));
    QCOMPARE(readAll(m_home + QStringLiteral("/many/item-7 (2)")), QByteArray("item-7"));
    QCOMPARE(readAll(m_home + QStringLiteral("/many/item-299")), QByteArray("item-299"));
    QCOMPARE(entries(m_home + QStringLiteral("/many")).size(), 301);

    QDir(m_home).removeRecursively();
    QVERIFY(QDir().mkpath(m_home));
    scene();
    qputenv("FORNAX_TEST_FAULT", "place:1");
    QVERIFY(m_runner->run(RemotePlacement::placeScript(Job)).killed);
    qunsetenv("FORNAX_TEST_FAULT");
    QCOMPARE(entries(m_home + QStringLiteral("/many")).size(), 300); // moved, item-7 still waiting
    QCOMPARE(m_runner->run(RemoteScript::cleanup(Job)).exitCode, 0);
    QCOMPARE(snapshot(m_home + QStringLiteral("/many")), before);
}

void TestRemoteScripts::sweepRemovesOnlyDeadJobs()
{
    // Finding 10: a folder older than a day was deleted even while its upload still streamed.
    // Now: dead (nobody holds the lock, not marked alive for a day) goes, after its interrupted
    // placement is undone; a job whose process holds the lock stays, whatever its age.
    const QString transfers = m_home + QLatin1Char('/') + RemoteScript::transfersFolder();
    buildScene(m_home); // 0a00000000000001: interrupted below, then left for dead
    m_runner->giveHomeToUser();
    const QMap<QString, QString> before = snapshot(m_home + QStringLiteral("/dest"));
    qputenv("FORNAX_TEST_FAULT", "place:3");
    QVERIFY(m_runner->run(RemotePlacement::placeScript(Job)).killed);
    qunsetenv("FORNAX_TEST_FAULT");
    QVERIFY(snapshot(m_home + QStringLiteral("/dest")) != before);
    writeFile(transfers + QStringLiteral("/0b00000000000002/staged/big.part"), "streaming");
    writeFile(transfers + QStringLiteral("/0c00000000000003/alive"), "1");
    // Not a job's: something a person put there (the app refuses to, but a terminal does not).
    writeFile(transfers + QStringLiteral("/my-important/thesis.tex"), "years of work");
    m_runner->giveHomeToUser();
    const QString old = QStringLiteral("touch -d '3 days ago' ");
    QCOMPARE(m_runner
                 ->shell(old
                         + QStringLiteral("fornax-transfers~/my-important/thesis.tex "
                                          "fornax-transfers~/my-important"))
                 .exitCode,
             0);
    QCOMPARE(
        m_runner
            ->shell(
                old
                + QStringLiteral(
                    "fornax-transfers~/0a00000000000001/alive fornax-transfers~/0a00000000000001 "
                    "fornax-transfers~/0b00000000000002 fornax-transfers~/0b00000000000002/staged/big.part"))
            .exitCode,
        0);
    // A long upload: its process holds the lock (as every script of a job does while it runs).
    QCOMPARE(m_runner->shell(QStringLiteral(": > fornax-transfers~/0b00000000000002/lock")).exitCode, 0);
    const int holder =
        ::open(native(transfers + QStringLiteral("/0b00000000000002/lock")).constData(), O_RDWR | O_CLOEXEC);
    QVERIFY(holder >= 0);
    QCOMPARE(::flock(holder, LOCK_SH), 0);
    QCOMPARE(m_runner
                 ->shell(QStringLiteral("touch -d '3 days ago' fornax-transfers~/0b00000000000002 "
                                        "fornax-transfers~/0b00000000000002/lock"))
                 .exitCode,
             0);

    const ScriptRunner::Result probe =
        m_runner->run(RemoteScript::probe(QStringLiteral("newjob"), QString()));
    QVERIFY2(probe.exitCode == 0, probe.errors.constData());
    QVERIFY(!QFileInfo::exists(transfers + QStringLiteral("/0a00000000000001")));
    QCOMPARE(snapshot(m_home + QStringLiteral("/dest")), before); // its half-done placement undone
    QVERIFY(QFileInfo::exists(transfers + QStringLiteral("/0b00000000000002/staged/big.part")));
    QVERIFY(QFileInfo::exists(transfers + QStringLiteral("/0c00000000000003/alive")));
    QVERIFY(QFileInfo::exists(transfers + QStringLiteral("/newjob")));
    ::close(holder);
    // Once nothing holds it, the old folder goes with the next probe.
    QVERIFY(m_runner->run(RemoteScript::probe(QStringLiteral("third"), QString())).exitCode == 0);
    QVERIFY(!QFileInfo::exists(transfers + QStringLiteral("/0b00000000000002")));
    QCOMPARE(readAll(transfers + QStringLiteral("/my-important/thesis.tex")), QByteArray("years of work"));
}

void TestRemoteScripts::sweepTakesJobsOfAnEarlierServer()
{
    // A transfer cut by the server stopping (culled, stopped from a browser) left its folder;
    // its processes went with that server. Once the server runs again, the next transfer takes
    // the folder (not a day later: it counts against the user's quota, hidden from the lab),
    // while a folder marked alive since this server started stays.
    const QString transfers = m_home + QLatin1Char('/') + RemoteScript::transfersFolder();
    writeFile(transfers + QStringLiteral("/0d00000000000004/staged/upload.part"), "half an upload");
    writeFile(transfers + QStringLiteral("/0d00000000000004/alive"), "1");
    writeFile(transfers + QStringLiteral("/0e00000000000005/alive"), "1");
    m_runner->giveHomeToUser();
    QCOMPARE(
        m_runner->shell(QStringLiteral("touch -d '2 hours ago' fornax-transfers~/0d00000000000004/alive"))
            .exitCode,
        0);
    QCOMPARE(
        m_runner->shell(QStringLiteral("touch -d '10 minutes ago' fornax-transfers~/0e00000000000005/alive"))
            .exitCode,
        0);
    const QDateTime serverStarted = QDateTime::currentDateTimeUtc().addSecs(-3600);

    // Without the server's start, an hour-old folder is not provably dead.
    QCOMPARE(m_runner->run(RemoteScript::probe(QStringLiteral("first"), QString())).exitCode, 0);
    QVERIFY(QFileInfo::exists(transfers + QStringLiteral("/0d00000000000004/staged/upload.part")));
    const ScriptRunner::Result probe =
        m_runner->run(RemoteScript::probe(QStringLiteral("second"), QString(), serverStarted));
    QVERIFY2(probe.exitCode == 0, probe.errors.constData());
    QVERIFY(!QFileInfo::exists(transfers + QStringLiteral("/0d00000000000004")));
    QVERIFY(QFileInfo::exists(transfers + QStringLiteral("/0e00000000000005/alive")));
}

void TestRemoteScripts::probeSaysWhetherTheTargetIsWritable()
{
    // An upload into a folder the user may not write in (nor make writable) could only fail at
    // the very end, after every byte was sent: the probe says so first. A read-only folder of
    // the user's own is fine (the placement adds the write bit for its renames), a folder still
    // to be made below it is not.
    if (!m_runner->isUnprivileged())
        QSKIP("needs root to make a folder the script's user does not own");
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/mine ro")));
    m_runner->giveHomeToUser();
    QCOMPARE(::chmod(native(m_home + QStringLiteral("/mine ro")).constData(), 0555), 0);
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/roots")));
    QCOMPARE(::chmod(native(m_home + QStringLiteral("/roots")).constData(), 0755), 0); // root's
    const QList<std::pair<QString, bool>> targets {
        {QString(), true},
        {QStringLiteral("mine ro"), true},
        {QStringLiteral("mine ro/new/deeper"), false}, // mkdir -p could not make it
        {QStringLiteral("new/deeper"), true},
        {QStringLiteral("roots"), false},
        {QStringLiteral("roots/new"), false},
        {QStringLiteral("/"), false},
    };
    for (const auto &[target, writable] : targets) {
        const ScriptRunner::Result result = m_runner->run(RemoteScript::probe(QStringLiteral("p1"), target));
        QVERIFY2(result.exitCode == 0, result.errors.constData());
        const RemoteScript::Probe probe = RemoteScript::parseProbe(result.output);
        QVERIFY(probe.ok);
        QVERIFY2(probe.targetWritable == writable, qPrintable(target));
    }
}

void TestRemoteScripts::extractionMasksPermissions()
{
    // Issue 17: what arrives on the server from someone's archive keeps no setuid/setgid bit and
    // no group or other write, also where the server's tar runs as root.
    const QString source = m_dir->filePath(QStringLiteral("src"));
    writeFile(source + QStringLiteral("/suid"), "#!/bin/sh\n", 04777);
    writeFile(source + QStringLiteral("/sgid"), "#!/bin/sh\n", 02755);
    writeFile(source + QStringLiteral("/open"), "x", 0666);
    writeFile(source + QStringLiteral("/private"), "x", 0600);
    writeFile(source + QStringLiteral("/shared/inner"), "x", 0664);
    QCOMPARE(::chmod(native(source + QStringLiteral("/shared")).constData(), 02777), 0);
    QProcess tar;
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("-c"), QStringLiteral("-C"), source, QStringLiteral("-f"), QStringLiteral("-"),
               QStringLiteral(".")});
    QVERIFY(tar.waitForFinished());
    const QByteArray archive = tar.readAllStandardOutput();
    for (bool asRoot : {false, true}) {
        if (asRoot && ::geteuid() != 0)
            continue;
        QVERIFY(QDir().mkpath(jobFolder(m_home)));
        m_runner->giveHomeToUser();
        ScriptRunner::Result result;
        if (asRoot) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), m_home);
            process.setProcessEnvironment(env);
            const QString script = StreamScript::unpack(Job, ArchiveFormat(Compression::None));
            process.start(QStringLiteral("/bin/sh"),
                          {QStringLiteral("-c"), RemoteScript::sshCommand(script)});
            QVERIFY(process.waitForStarted());
            process.write(RemoteScript::sshInput(script) + archive);
            process.closeWriteChannel();
            QVERIFY(process.waitForFinished());
            result.exitCode = process.exitCode();
            result.errors = process.readAllStandardError();
        } else {
            result = m_runner->run(StreamScript::unpack(Job, ArchiveFormat(Compression::None)), archive);
        }
        QVERIFY2(result.exitCode == 0, result.errors.constData());
        const QMap<QString, QString> staged = snapshot(jobFolder(m_home) + QStringLiteral("/staged"));
        QCOMPARE(staged.value(QStringLiteral("suid")).section(u' ', 0, 0), QStringLiteral("755"));
        QCOMPARE(staged.value(QStringLiteral("sgid")).section(u' ', 0, 0), QStringLiteral("755"));
        QCOMPARE(staged.value(QStringLiteral("open")).section(u' ', 0, 0), QStringLiteral("644"));
        QCOMPARE(staged.value(QStringLiteral("private")).section(u' ', 0, 0), QStringLiteral("600"));
        QCOMPARE(staged.value(QStringLiteral("shared")).section(u' ', 0, 0), QStringLiteral("755"));
        QCOMPARE(staged.value(QStringLiteral("shared/inner")).section(u' ', 0, 0), QStringLiteral("644"));
        QDir(jobFolder(m_home)).removeRecursively();
    }
}

QTEST_GUILESS_MAIN(TestRemoteScripts)
#include "tst_remotescripts.moc"
