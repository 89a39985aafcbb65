// `fornax-desktop upload` and `download` against the real hub, as a script runs them (no
// terminal): copies arrive byte for byte, a stopped server is named rather than waited for, a
// conflict or an egress warning that nobody can answer stops the command without touching
// anything, --yes accepts a warning but never the budget, and every download is in the usage
// record with the bytes that left the server. After every command the server has exactly the
// terminals it had before (counted with GET api/terminals): success, refusal, failure, Ctrl+C and
// --start alike. A server started and stopped from the command line is in `usage`. Runs the real
// binary; the server's home is on this machine, so the test checks the files there directly.
#include "FaultProxy.h"
#include "Settings.h"
#include "TestHub.h"
#include "cost/RateCard.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString User = fornax::test::TestHub::user(QStringLiteral("cli-transfer"));

// Relative path -> SHA-256 (folders map to "dir"), for comparing two trees.
QMap<QString, QByteArray> treeDigest(const QString &root)
{
    QMap<QString, QByteArray> digest;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            digest.insert(relative, QByteArrayLiteral("dir"));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        digest.insert(relative, hash.result().toHex());
    }
    return digest;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestCliTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void stoppedServerIsNamedUnlessStartIsGiven();
    void conflictWithoutTerminalChangesNothing();
    void unknownAnswerIsAskedAgain();
    void endOfInputCopiesNothing();
    void keepBothPlacesACopy();
    void longSummariesStayReadable();
    void downloadBelowThresholdIsRecorded();
    void warningNeedsYesWithoutTerminal();
    void budgetHoldsEvenWithYes();
    void readOnlyFolderIsRefusedFirst();
    void skipIdenticalKeepsTheServersOutputs();
    void tooLongFolderNameIsRefusedFirst();
    void namedPipeIsLeftOutWithExitSeven();
    void linksOutsideAreLeftOutWithExitSeven();
    void killedDownloadIsUndoneAtTheNextStart();
    void helpSaysWhatConflictsAndSkipsDo();
    void interruptedUploadLeavesNothing_data();
    void interruptedUploadLeavesNothing();
    void tokenWithoutServerAccessIsAPermissionProblem();
    void serverHoursFromTheCommandLineAreInUsage();
    void serverStoppedMidUploadIsNamed();
    void cleanup();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QList<QJsonObject> jsonLines() const;
        QJsonObject event(const QString &name) const;
    };
    Run run(const QStringList &arguments, const QString &fault = {});
    // The command on a terminal, a person typing: each [pattern, typed] pair waits for the
    // pattern in the output, then types (tests/support/pty_dialogue.py). out has all it showed.
    Run runOnTerminal(const QStringList &arguments, const QJsonArray &dialogue);
    QProcessEnvironment environment(const QString &fault) const;
    int recordedDownloads();
    // The terminals on the test user's server now; 0 when it does not run.
    int terminals() const;
    QString remote(const QString &relative) const { return m_hub.homeOf(User) + QLatin1Char('/') + relative; }
    void setThreshold(qint64 bytes);

    fornax::test::TestHub m_hub;
    QByteArray m_token;
    QTemporaryDir m_dir;
    QString m_tree; // local "survey" folder
    QStringList m_terminalsLeft; // commands after which the server's terminals differed
};

QList<QJsonObject> TestCliTransfer::Run::jsonLines() const
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().startsWith('{'))
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

QJsonObject TestCliTransfer::Run::event(const QString &name) const
{
    for (const QJsonObject &line : jsonLines()) {
        if (line.value(QLatin1String("event")).toString() == name)
            return line;
    }
    return {};
}

void TestCliTransfer::initTestCase()
{
    m_hub = fornax::test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_dir.isValid());
    m_token = m_hub.createToken(User);
    QVERIFY(!m_token.isEmpty());
    // A stale server or files of an earlier run would make every check below meaningless.
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
    QTRY_VERIFY_WITH_TIMEOUT(m_hub.call("GET", QStringLiteral("users/") + User)
                                 .json()
                                 .object()
                                 .value(QLatin1String("servers"))
                                 .toObject()
                                 .isEmpty(),
                             60'000);
    QDir(remote(QStringLiteral("inbox"))).removeRecursively();
    // What an earlier run's killed download left on the server (the sweep takes it after a day).
    QDir(remote(QStringLiteral("fornax-transfers~"))).removeRecursively();

    m_tree = m_dir.filePath(QStringLiteral("survey"));
    QVERIFY(writeFile(m_tree + QStringLiteral("/catalog.csv"), QByteArray("ra,dec,mag\n").repeated(5000)));
    QVERIFY(
        writeFile(m_tree + QStringLiteral("/spectra/Ångström λ.txt"), QByteArray("flux\n").repeated(999)));
    QVERIFY(writeFile(m_tree + QStringLiteral("/empty.dat"), {}));
    QVERIFY(QDir().mkpath(m_tree + QStringLiteral("/plots")));
}

void TestCliTransfer::cleanupTestCase()
{
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
}

void TestCliTransfer::cleanup()
{
    // Every command of the test function left the server's terminals as it found them.
    const QStringList left = std::exchange(m_terminalsLeft, {});
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
}

int TestCliTransfer::terminals() const
{
    const bool running = m_hub.call("GET", QStringLiteral("users/") + User)
                             .json()
                             .object()
                             .value(QLatin1String("servers"))
                             .toObject()
                             .value(QLatin1String(""))
                             .toObject()
                             .value(QLatin1String("ready"))
                             .toBool();
    return running ? m_hub.terminalCount(User) : 0;
}

TestCliTransfer::Run TestCliTransfer::run(const QStringList &arguments, const QString &fault)
{
    QProcess process;
    process.setProcessEnvironment(environment(fault));
    // No terminal: stdin is a closed pipe, as under cron or in a pipeline.
    process.setStandardInputFile(QProcess::nullDevice());
    const int terminalsBefore = terminals();
    process.start(QStringLiteral(FORNAX_DESKTOP_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(180'000)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (result.out.contains(m_token) || result.err.contains(m_token))
        result.exitCode = -2; // the token must never be printed
    // The command is over: whatever it opened on the server is gone, not just on its way out.
    // (A command killed by a fault point cannot clean up; the test that kills it does.)
    if (const int after = terminals(); fault.isEmpty() && after != terminalsBefore)
        m_terminalsLeft << QStringLiteral("%1: %2 terminal(s) before, %3 after")
                               .arg(arguments.join(QLatin1Char(' ')))
                               .arg(terminalsBefore)
                               .arg(after);
    return result;
}

QProcessEnvironment TestCliTransfer::environment(const QString &fault) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FORNAX_TOKEN"), QString::fromUtf8(m_token));
    environment.insert(QStringLiteral("FORNAX_HUB"), m_hub.url().toString());
    // Settings and the usage ledger of this test only.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    if (!fault.isEmpty())
        environment.insert(QStringLiteral("FORNAX_TEST_FAULT"), fault);
    return environment;
}

TestCliTransfer::Run TestCliTransfer::runOnTerminal(const QStringList &arguments, const QJsonArray &dialogue)
{
    QProcess process;
    process.setProcessEnvironment(environment({}));
    process.start(QStringLiteral("/usr/bin/python3"),
                  QStringList {QStringLiteral(FORNAX_PTY_DIALOGUE),
                               QString::fromUtf8(QJsonDocument(dialogue).toJson(QJsonDocument::Compact)),
                               QStringLiteral("--"), QStringLiteral(FORNAX_DESKTOP_BINARY)}
                      + arguments);
    Run result;
    if (!process.waitForFinished(180'000)) {
        process.kill();
        process.waitForFinished();
    }
    const QJsonObject said = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    result.out = said.value(QLatin1String("output")).toString().toUtf8();
    result.err = process.readAllStandardError();
    const QString unmatched = said.value(QLatin1String("unmatched")).toString();
    if (!unmatched.isEmpty())
        result.err += "never shown: " + unmatched.toUtf8();
    result.exitCode = unmatched.isEmpty() ? said.value(QLatin1String("exit")).toInt(-1) : -3;
    if (result.out.contains(m_token))
        result.exitCode = -2;
    return result;
}

void TestCliTransfer::setThreshold(qint64 bytes)
{
    fornax::Settings settings(m_dir.filePath(QStringLiteral("config/Fornax/fornax-desktop.conf")));
    settings.setEgressThreshold(bytes);
}

void TestCliTransfer::stoppedServerIsNamedUnlessStartIsGiven()
{
    const QStringList upload {QStringLiteral("upload"), m_tree, QStringLiteral("inbox"),
                              QStringLiteral("--json")};
    Run refused = run(upload);
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains("fornax-desktop start"), refused.err.constData());
    QVERIFY(!QFileInfo::exists(remote(QStringLiteral("inbox"))));

    Run started = run(upload + QStringList {QStringLiteral("--start")});
    QVERIFY2(started.exitCode == 0, started.err.constData());
    const QJsonObject done = started.event(QStringLiteral("done"));
    QCOMPARE(done.value(QLatin1String("direction")).toString(), QStringLiteral("upload"));
    QCOMPARE(done.value(QLatin1String("files")).toInt(), 3);
    QCOMPARE(treeDigest(remote(QStringLiteral("inbox/survey"))), treeDigest(m_tree));
}

void TestCliTransfer::conflictWithoutTerminalChangesNothing()
{
    const QMap<QString, QByteArray> before = treeDigest(remote(QStringLiteral("inbox/survey")));
    QVERIFY(!before.isEmpty());
    // The local copy changed since: an overwrite would show.
    QVERIFY(writeFile(m_tree + QStringLiteral("/catalog.csv"), QByteArray("ra,dec\n")));

    Run asked = run({QStringLiteral("upload"), m_tree, QStringLiteral("inbox")});
    QCOMPARE(asked.exitCode, 1);
    QVERIFY2(asked.err.contains("survey") && asked.err.contains("--on-conflict"), asked.err.constData());
    QCOMPARE(treeDigest(remote(QStringLiteral("inbox/survey"))), before);
    QVERIFY2(!QFileInfo::exists(remote(QStringLiteral("fornax-transfers~")))
                 || QDir(remote(QStringLiteral("fornax-transfers~"))).isEmpty(),
             qPrintable(QDir(remote(QStringLiteral("fornax-transfers~")))
                            .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                            .join(u' ')));

    Run skipped = run({QStringLiteral("upload"), m_tree, QStringLiteral("inbox"),
                       QStringLiteral("--on-conflict"), QStringLiteral("skip"), QStringLiteral("--json")});
    QVERIFY2(skipped.exitCode == 0, skipped.err.constData());
    QCOMPARE(skipped.event(QStringLiteral("done")).value(QLatin1String("skipped")).toArray(),
             QJsonArray {QStringLiteral("survey")});
    QCOMPARE(treeDigest(remote(QStringLiteral("inbox/survey"))), before);
}

void TestCliTransfer::unknownAnswerIsAskedAgain()
{
    // A person at a terminal typed "y": that is no answer to "[o]verwrite, [s]kip, ...", and was
    // taken as skip. It is asked again; "S" then skips this one and all the rest.
    const QMap<QString, QByteArray> before = treeDigest(remote(QStringLiteral("inbox/survey")));
    QVERIFY(writeFile(m_tree + QStringLiteral("/catalog.csv"), QByteArray("ra,dec\n1,2\n")));
    const QString question = QStringLiteral("\\[s\\]: ");
    Run asked =
        runOnTerminal({QStringLiteral("upload"), m_tree, QStringLiteral("inbox")},
                      QJsonArray {QJsonArray {question, QStringLiteral("y\n")},
                                  QJsonArray {QStringLiteral("Please answer o, s, k or i"), QString()},
                                  QJsonArray {question, QStringLiteral("S\n")}});
    QVERIFY2(asked.exitCode == 0, QByteArray(asked.out + asked.err).constData());
    QCOMPARE(treeDigest(remote(QStringLiteral("inbox/survey"))), before);
}

void TestCliTransfer::endOfInputCopiesNothing()
{
    // Ctrl+D at the question used to skip every conflict and copy the rest: input that ends is
    // no answer, so nothing is copied and the command says why.
    const QMap<QString, QByteArray> before = treeDigest(remote(QStringLiteral("inbox/survey")));
    QVERIFY(writeFile(m_tree + QStringLiteral("/new-only-here.txt"), QByteArray("new\n")));
    Run ended =
        runOnTerminal({QStringLiteral("upload"), m_tree, QStringLiteral("inbox")},
                      QJsonArray {QJsonArray {QStringLiteral("\\[s\\]: "), QStringLiteral("\u0004")}});
    QVERIFY2(ended.exitCode == 1, QByteArray(ended.out + ended.err).constData());
    QVERIFY2(ended.out.contains("nothing was copied"), ended.out.constData());
    QCOMPARE(treeDigest(remote(QStringLiteral("inbox/survey"))), before);
    QVERIFY(QFile::remove(m_tree + QStringLiteral("/new-only-here.txt")));
}

void TestCliTransfer::keepBothPlacesACopy()
{
    // The folders merge: each file that exists on both sides gets its new version beside it.
    const QMap<QString, QByteArray> before = treeDigest(remote(QStringLiteral("inbox/survey")));
    Run kept = run({QStringLiteral("upload"), m_tree, QStringLiteral("inbox"),
                    QStringLiteral("--on-conflict"), QStringLiteral("keep-both"), QStringLiteral("--json")});
    QVERIFY2(kept.exitCode == 0, kept.err.constData());
    const QJsonArray placed = kept.event(QStringLiteral("done")).value(QLatin1String("placed")).toArray();
    QCOMPARE(placed, QJsonArray {QStringLiteral("survey")});
    // What crossed the wire, as for a download (it was -1 for every upload).
    QVERIFY(kept.event(QStringLiteral("done")).value(QLatin1String("archive_bytes")).toInteger() > 0);
    const QMap<QString, QByteArray> after = treeDigest(remote(QStringLiteral("inbox/survey")));
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(after.value(it.key()), it.value());
    QCOMPARE(after.value(QStringLiteral("catalog (2).csv")),
             treeDigest(m_tree).value(QStringLiteral("catalog.csv")));
    QCOMPARE(after.value(QStringLiteral("empty (2).dat")),
             treeDigest(m_tree).value(QStringLiteral("empty.dat")));
}

void TestCliTransfer::longSummariesStayReadable()
{
    // A tester's keep-both of 3000 files printed one 193 KB line. Ten of each kind are named,
    // then how many more.
    QStringList files;
    for (int i = 1; i <= 12; ++i) {
        files.append(m_dir.filePath(QStringLiteral("many/f%1.txt").arg(i)));
        QVERIFY(writeFile(files.constLast(), QByteArray::number(i)));
    }
    const QStringList upload =
        QStringList {QStringLiteral("upload")} + files + QStringList {QStringLiteral("inbox/many")};
    const Run first = run(upload);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    // A log (not a terminal) gets each step once: the end of sending and of unpacking both
    // reported 100 %, which printed "[100%]" twice.
    QVERIFY2(first.out.count("[100%]") == 1, first.out.constData());
    Run again = run(upload + QStringList {QStringLiteral("--on-conflict"), QStringLiteral("keep-both")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QByteArray said = again.out + again.err;
    QVERIFY2(said.count("was kept and the new one is") == 10, said.constData());
    QVERIFY2(said.contains("and 2 more"), said.constData());
    QVERIFY(QFileInfo::exists(remote(QStringLiteral("inbox/many/f12 (2).txt"))));
}

void TestCliTransfer::downloadBelowThresholdIsRecorded()
{
    const QString target = m_dir.filePath(QStringLiteral("downloads"));
    Run download =
        run({QStringLiteral("download"), QStringLiteral("inbox/survey"), target, QStringLiteral("--json")});
    QVERIFY2(download.exitCode == 0, download.err.constData());
    // Size and estimate are said before the bytes move.
    const QJsonObject egress = download.event(QStringLiteral("egress"));
    QCOMPARE(egress.value(QLatin1String("verdict")).toString(), QStringLiteral("allow"));
    QVERIFY(download.jsonLines().indexOf(egress)
            < download.jsonLines().indexOf(download.event(QStringLiteral("done"))));
    QCOMPARE(treeDigest(target + QStringLiteral("/survey")),
             treeDigest(remote(QStringLiteral("inbox/survey"))));
    const qint64 archiveBytes =
        download.event(QStringLiteral("done")).value(QLatin1String("archive_bytes")).toInteger();
    QVERIFY(archiveBytes > 0);
    QCOMPARE(egress.value(QLatin1String("bytes")).toInteger(), archiveBytes);

    Run usage = run({QStringLiteral("usage"), QStringLiteral("--json")});
    QVERIFY2(usage.exitCode == 0, usage.err.constData());
    const QJsonArray downloads = usage.jsonLines().value(0).value(QLatin1String("downloads")).toArray();
    QCOMPARE(downloads.size(), 1);
    QCOMPARE(downloads.first().toObject().value(QLatin1String("bytes")).toInteger(), archiveBytes);
    QCOMPARE(downloads.first().toObject().value(QLatin1String("account")).toString(), User);
    QCOMPARE(downloads.first().toObject().value(QLatin1String("what")).toString(),
             QStringLiteral("inbox/survey"));
}

void TestCliTransfer::warningNeedsYesWithoutTerminal()
{
    setThreshold(10); // the test tree packs into a few hundred bytes
    const QString target = m_dir.filePath(QStringLiteral("warned"));
    const QStringList download {QStringLiteral("download"), QStringLiteral("inbox/survey"), target};
    Run refused = run(download);
    QCOMPARE(refused.exitCode, 6);
    QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
    QVERIFY2(!refused.err.contains("you declined"), refused.err.constData());
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("/survey")));

    Run accepted = run(download + QStringList {QStringLiteral("--yes")});
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QVERIFY2(accepted.out.contains("estimated egress cost"), accepted.out.constData());
    QCOMPARE(treeDigest(target + QStringLiteral("/survey")),
             treeDigest(remote(QStringLiteral("inbox/survey"))));

    Run usage = run({QStringLiteral("usage"), QStringLiteral("--json")});
    QCOMPARE(usage.jsonLines().value(0).value(QLatin1String("downloads")).toArray().size(), 2);
    setThreshold(100'000'000);
}

void TestCliTransfer::budgetHoldsEvenWithYes()
{
    // A budget already spent by the two downloads before: nothing more may go, --yes or not.
    fornax::Settings settings(m_dir.filePath(QStringLiteral("config/Fornax/fornax-desktop.conf")));
    const QString hub = fornax::RateCard::hubKey(m_hub.url().toString());
    fornax::RateCard card = fornax::RateCard::load(settings, hub);
    card.setMonthlyBudget(fornax::RateCard::Figure {1e-12, QStringLiteral("test")});
    card.save(settings, hub);

    const QString target = m_dir.filePath(QStringLiteral("over-budget"));
    Run refused =
        run({QStringLiteral("download"), QStringLiteral("inbox/survey"), target, QStringLiteral("--yes")});
    QCOMPARE(refused.exitCode, 6);
    QVERIFY2(refused.err.contains("budget"), refused.err.constData());
    // The budget refused it; the user declined nothing.
    QVERIFY2(!refused.err.contains("you declined"), refused.err.constData());
    // Nor the folder made for it: a refused download leaves no empty folder behind.
    QVERIFY(!QFileInfo::exists(target));
    Run usage = run({QStringLiteral("usage"), QStringLiteral("--json")});
    QCOMPARE(usage.jsonLines().value(0).value(QLatin1String("downloads")).toArray().size(), 2);
}

void TestCliTransfer::readOnlyFolderIsRefusedFirst()
{
    // Found before the server packs anything (it was found only when the archive arrived).
    const QString shelf = m_dir.filePath(QStringLiteral("read-only shelf"));
    QVERIFY(QDir().mkpath(shelf));
    // Permissions do not stop root (CI runs as root): there, a read-only file system does.
    const bool root = ::geteuid() == 0;
    if (root)
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                    QStringLiteral("ro,size=1m"), QStringLiteral("tmpfs"), shelf}),
                 0);
    else
        QVERIFY(QFile::setPermissions(shelf, QFile::ReadOwner | QFile::ExeOwner));
    Run refused = run({QStringLiteral("download"), QStringLiteral("inbox/survey"),
                       shelf + QStringLiteral("/new/deeper"), QStringLiteral("--yes")});
    const bool emptyThere = QDir(shelf).isEmpty();
    if (root)
        QCOMPARE(QProcess::execute(QStringLiteral("umount"), {shelf}), 0);
    else
        QVERIFY(QFile::setPermissions(shelf, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY2(refused.exitCode != 0, refused.out.constData());
    QVERIFY2(refused.err.contains("You may not write in") && refused.err.contains("read-only shelf"),
             refused.err.constData());
    QVERIFY(emptyThere);
    // Nothing was packed on the server: no transfer folder holds an archive.
    QDirIterator packed(remote(QStringLiteral("fornax-transfers~")), QDir::Files,
                        QDirIterator::Subdirectories);
    QVERIFY2(!packed.hasNext(), qPrintable(packed.hasNext() ? packed.next() : QString()));
}

int TestCliTransfer::recordedDownloads()
{
    return int(run({QStringLiteral("usage"), QStringLiteral("--json")})
                   .jsonLines()
                   .value(0)
                   .value(QLatin1String("downloads"))
                   .toArray()
                   .size());
}

void TestCliTransfer::skipIdenticalKeepsTheServersOutputs()
{
    // Finding 1, as a user ran into it: the daily `upload project/ . --on-conflict skip-identical`
    // deleted the server's new outputs/, because the folders' counts differed.
    fornax::Settings settings(m_dir.filePath(QStringLiteral("config/Fornax/fornax-desktop.conf")));
    const QString hub = fornax::RateCard::hubKey(m_hub.url().toString());
    fornax::RateCard card = fornax::RateCard::load(settings, hub);
    card.setMonthlyBudget(std::nullopt); // the budget test before spent it
    card.save(settings, hub);
    const QString project = m_dir.filePath(QStringLiteral("project"));
    QVERIFY(writeFile(project + QStringLiteral("/analysis.py"), "print('v1')\n"));
    QVERIFY(writeFile(project + QStringLiteral("/data.csv"), "1,2,3\n"));
    Run first = run({QStringLiteral("upload"), project, QStringLiteral("."), QStringLiteral("--on-conflict"),
                     QStringLiteral("skip-identical")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    // The server's job writes its results; the next day the analysis changes.
    QVERIFY(writeFile(remote(QStringLiteral("project/outputs/result.fits")), "hours of work"));
    QVERIFY(writeFile(project + QStringLiteral("/analysis.py"), "print('v2, improved')\n"));
    Run daily = run({QStringLiteral("upload"), project, QStringLiteral("."), QStringLiteral("--on-conflict"),
                     QStringLiteral("skip-identical"), QStringLiteral("--json")});
    QVERIFY2(daily.exitCode == 0, daily.err.constData());
    QFile result(remote(QStringLiteral("project/outputs/result.fits")));
    QVERIFY(result.open(QIODevice::ReadOnly));
    QCOMPARE(result.readAll(), QByteArray("hours of work"));
    QFile analysis(remote(QStringLiteral("project/analysis.py")));
    QVERIFY(analysis.open(QIODevice::ReadOnly));
    QCOMPARE(analysis.readAll(), QByteArray("print('v2, improved')\n"));
    // data.csv was identical: not even sent.
    QCOMPARE(daily.event(QStringLiteral("done")).value(QLatin1String("skipped_files")).toInt(), 1);
}

void TestCliTransfer::tooLongFolderNameIsRefusedFirst()
{
    // A folder name of 300 bytes (Linux allows 255) failed only after every byte was sent, with
    // the reason cut off. Now it is refused first, saying why.
    const QString name = QString(300, QLatin1Char('y'));
    Run refused = run({QStringLiteral("upload"), m_tree, QStringLiteral("inbox/") + name});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("longer than the 255 bytes"), refused.err.constData());
    QVERIFY2(refused.err.contains("nothing was sent"), refused.err.constData());
}

void TestCliTransfer::namedPipeIsLeftOutWithExitSeven()
{
    // A folder where a program left a named pipe failed to download at all; the pipe is named,
    // the files arrive, and exit code 7 says something was left out.
    QVERIFY(writeFile(remote(QStringLiteral("piped/log.txt")), "ran\n"));
    QFile::remove(remote(QStringLiteral("piped/control"))); // left by an earlier run on the same hub
    QCOMPARE(::mkfifo(QFile::encodeName(remote(QStringLiteral("piped/control"))).constData(), 0600), 0);
    const QString target = m_dir.filePath(QStringLiteral("pipes"));
    Run down = run({QStringLiteral("download"), QStringLiteral("piped"), target, QStringLiteral("--yes"),
                    QStringLiteral("--json")});
    QVERIFY2(down.exitCode == 7, down.err.constData());
    const QJsonArray left = down.event(QStringLiteral("done")).value(QLatin1String("left_out")).toArray();
    QCOMPARE(left.size(), 1);
    QVERIFY2(left.at(0).toString().startsWith(QLatin1String("piped/control (a named pipe")),
             qPrintable(left.at(0).toString()));
    QVERIFY(QFileInfo::exists(target + QStringLiteral("/piped/log.txt")));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("/piped/control")));
}

void TestCliTransfer::linksOutsideAreLeftOutWithExitSeven()
{
    // Finding 8 through the command line: the download completes, names what it left out, and
    // says so with exit code 7. A download of nothing but such a link sends (and bills) nothing.
    QVERIFY(writeFile(remote(QStringLiteral("linked/data.txt")), "data"));
    QFile::remove(remote(QStringLiteral("linked/shared")));
    QVERIFY(QFile::link(QStringLiteral("/usr/share"), remote(QStringLiteral("linked/shared"))));
    QFile::remove(remote(QStringLiteral("scratch")));
    QVERIFY(QFile::link(QStringLiteral("/tmp"), remote(QStringLiteral("scratch"))));
    const int recorded = recordedDownloads();
    const QString target = m_dir.filePath(QStringLiteral("links"));
    Run down = run({QStringLiteral("download"), QStringLiteral("linked"), target, QStringLiteral("--json")});
    QCOMPARE(down.exitCode, 7);
    QCOMPARE(down.event(QStringLiteral("done")).value(QLatin1String("left_out")).toArray(),
             QJsonArray {QStringLiteral("linked/shared → /usr/share")});
    QVERIFY(QFileInfo::exists(target + QStringLiteral("/linked/data.txt")));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("/linked/shared")));
    QCOMPARE(recordedDownloads(), recorded + 1);

    Run nothing = run({QStringLiteral("download"), QStringLiteral("scratch"), target});
    QCOMPARE(nothing.exitCode, 7);
    QVERIFY2(nothing.out.contains("scratch → /tmp"), nothing.out.constData());
    QCOMPARE(recordedDownloads(), recorded + 1); // nothing left the server, nothing is billed
}

void TestCliTransfer::killedDownloadIsUndoneAtTheNextStart()
{
    // The app is killed (SIGKILL, by the fault point) in the middle of placing a download that
    // overwrites: each file is complete, old or new, and the next start of the app, whatever the
    // command, puts back what was there.
    const QString target = m_dir.filePath(QStringLiteral("killed"));
    QVERIFY(writeFile(target + QStringLiteral("/survey/catalog.csv"), "old catalog"));
    QVERIFY(writeFile(target + QStringLiteral("/survey/empty.dat"), "old empty"));
    QVERIFY(writeFile(target + QStringLiteral("/survey/mine.txt"), "only here"));
    const QMap<QString, QByteArray> before = treeDigest(target);
    const QStringList download {
        QStringLiteral("download"),      QStringLiteral("inbox/survey"), target,
        QStringLiteral("--on-conflict"), QStringLiteral("overwrite"),    QStringLiteral("--yes")};
    Run killed = run(download, QStringLiteral("local-place:2"));
    QCOMPARE(killed.exitCode, -1); // killed by a signal
    const QMap<QString, QByteArray> mid = treeDigest(target);
    const QMap<QString, QByteArray> server = treeDigest(remote(QStringLiteral("inbox/survey")));
    for (const QString &file : {QStringLiteral("catalog.csv"), QStringLiteral("empty.dat")}) {
        const QByteArray now = mid.value(QStringLiteral("survey/") + file);
        QVERIFY2(now == before.value(QStringLiteral("survey/") + file) || now == server.value(file),
                 qPrintable(file));
    }
    QCOMPARE(mid.value(QStringLiteral("survey/mine.txt")), before.value(QStringLiteral("survey/mine.txt")));
    Run next = run({QStringLiteral("usage"), QStringLiteral("--json")});
    QVERIFY2(next.exitCode == 0, next.err.constData());
    QCOMPARE(treeDigest(target), before);
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList {QStringLiteral("survey")});
    Run whole = run(download);
    QVERIFY2(whole.exitCode == 0, whole.err.constData());
    QCOMPARE(treeDigest(target + QStringLiteral("/survey")).value(QStringLiteral("catalog.csv")),
             server.value(QStringLiteral("catalog.csv")));
    // What the killed command left on the server (its terminal, its job folder) cannot be its
    // own clean-up's doing; the terminal cull and the sweep would take them. The tests after this
    // one count terminals and job folders, so they go now.
    const QJsonArray left = m_hub.callServer("GET", User, QStringLiteral("api/terminals")).json().array();
    for (const QJsonValue &terminal : left)
        m_hub.callServer("DELETE", User,
                         QStringLiteral("api/terminals/")
                             + terminal.toObject().value(QLatin1String("name")).toString());
    QDir(remote(QStringLiteral("fornax-transfers~"))).removeRecursively();
}

void TestCliTransfer::helpSaysWhatConflictsAndSkipsDo()
{
    Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out).simplified();
    QVERIFY2(text.contains(QStringLiteral(
                 "Folders that exist on both sides are always merged, file by file; files that "
                 "exist only at the destination are never deleted.")),
             qPrintable(text));
    QVERIFY(text.contains(
        QStringLiteral("moves the old item to the trash (on this computer) or renames it \"NAME "
                       "(replaced DATE)\" (on the server), never deletes it.")));
    QVERIFY(text.contains(QStringLiteral("7 completed with skips")));
}

void TestCliTransfer::interruptedUploadLeavesNothing_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("Ctrl+C") << int(SIGINT);
    QTest::newRow("terminal closed") << int(SIGHUP);
}

void TestCliTransfer::interruptedUploadLeavesNothing()
{
    // Ctrl+C (or the terminal closing) in the middle of a transfer: the job is cancelled, the
    // server's temporary files, its terminal and the token made for the run are removed, then the
    // command ends with 130.
    QFETCH(int, signal);
    const auto tokens = [this] {
        return m_hub.call("GET", QStringLiteral("users/%1/tokens").arg(User))
            .json()
            .object()
            .value(QLatin1String("api_tokens"))
            .toArray()
            .size();
    };
    const qsizetype tokensBefore = tokens();
    const QString big = m_dir.filePath(QStringLiteral("big"));
    QVERIFY(QDir().mkpath(big));
    QFile blob(big + QStringLiteral("/blob.bin"));
    QVERIFY(blob.open(QIODevice::WriteOnly));
    // Random bytes: they do not compress, so the upload takes long enough to be interrupted.
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (int i = 0; i < 100; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        QCOMPARE(blob.write(chunk), chunk.size());
    }
    blob.close();
    const int before = terminals();

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FORNAX_TOKEN"), QString::fromUtf8(m_token));
    environment.insert(QStringLiteral("FORNAX_HUB"), m_hub.url().toString());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(FORNAX_DESKTOP_BINARY),
                  {QStringLiteral("upload"), big, QStringLiteral("interrupted"), QStringLiteral("--json")});
    // Interrupted once bytes are on their way (the job's folder exists on the server by then).
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("\"progress\""), 60'000);
    QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QCOMPARE(terminals(), before);
    QCOMPARE(tokens(), tokensBefore);
    QVERIFY(!QFileInfo::exists(remote(QStringLiteral("interrupted/big"))));
    QVERIFY(!QFileInfo::exists(remote(QStringLiteral("fornax-transfers~")))
            || QDir(remote(QStringLiteral("fornax-transfers~"))).isEmpty());
}

void TestCliTransfer::tokenWithoutServerAccessIsAPermissionProblem()
{
    // A token made without access:servers (JupyterHub 5's token page lets people pick scopes):
    // the hub API works, the server refuses. That is a permission problem (exit 3) with what to
    // do, not "hub unreachable" (4).
    const QByteArray body =
        QJsonDocument(QJsonObject {
                          {QStringLiteral("note"), QStringLiteral("no server access")},
                          {QStringLiteral("scopes"),
                           QJsonArray {QStringLiteral("read:users!user"), QStringLiteral("servers!user")}},
                      })
            .toJson(QJsonDocument::Compact);
    const QByteArray limited = m_hub.call("POST", QStringLiteral("users/%1/tokens").arg(User), body)
                                   .json()
                                   .object()
                                   .value(QLatin1String("token"))
                                   .toString()
                                   .toUtf8();
    QVERIFY(!limited.isEmpty());
    const QByteArray full = std::exchange(m_token, limited);
    // The token goes to the server itself (the hub makes no server token from one that may not
    // make tokens), so the server's own 403 is what the command meets.
    Run refused = run({QStringLiteral("upload"), m_tree, QStringLiteral("elsewhere"),
                       QStringLiteral("--use-token-for-server")});
    m_token = full;
    QVERIFY2(refused.exitCode == 3, refused.err.constData());
    QVERIFY2(refused.err.contains("access:servers") && refused.err.contains("sign in again"),
             refused.err.constData());
    QVERIFY2(!refused.err.contains("try again") && !refused.err.contains("Check the connection"),
             refused.err.constData());
    QVERIFY(!QFileInfo::exists(remote(QStringLiteral("elsewhere"))));
}

void TestCliTransfer::serverHoursFromTheCommandLineAreInUsage()
{
    // Started and stopped from the command line only: the hours are in the usage record, with
    // the hub's own start time and the size, once.
    run({QStringLiteral("stop")});
    Run started = run({QStringLiteral("start"), QStringLiteral("--profile"), QStringLiteral("medium")});
    QVERIFY2(started.exitCode == 0, started.err.constData());
    const QString hubStarted = m_hub.call("GET", QStringLiteral("users/") + User)
                                   .json()
                                   .object()
                                   .value(QLatin1String("servers"))
                                   .toObject()
                                   .value(QLatin1String(""))
                                   .toObject()
                                   .value(QLatin1String("started"))
                                   .toString();
    QVERIFY(!hubStarted.isEmpty());
    Run status = run({QStringLiteral("status")}); // a second watcher of the same session
    QCOMPARE(status.exitCode, 0);
    Run stopped = run({QStringLiteral("stop")});
    QVERIFY2(stopped.exitCode == 0, stopped.err.constData());

    Run usage = run({QStringLiteral("usage"), QStringLiteral("--json")});
    QVERIFY2(usage.exitCode == 0, usage.err.constData());
    // The hub says microseconds, the ledger keeps milliseconds.
    const QDateTime start = QDateTime::fromString(hubStarted.left(23) + QLatin1Char('Z'), Qt::ISODateWithMs);
    QVERIFY2(start.isValid(), qPrintable(hubStarted));
    QJsonArray matching;
    const QJsonArray sessions = usage.jsonLines().value(0).value(QLatin1String("sessions")).toArray();
    for (const QJsonValue session : sessions) {
        const QDateTime recorded = QDateTime::fromString(
            session.toObject().value(QLatin1String("start")).toString(), Qt::ISODateWithMs);
        if (std::abs(recorded.msecsTo(start)) <= 1)
            matching.append(session);
    }
    QVERIFY2(matching.size() == 1,
             qPrintable(hubStarted + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(sessions).toJson())));
    QCOMPARE(matching.size(), 1);
    const QJsonObject session = matching.first().toObject();
    QCOMPARE(session.value(QLatin1String("size")).toString(), QStringLiteral("medium"));
    QCOMPARE(session.value(QLatin1String("account")).toString(), User);
    const QDateTime stop =
        QDateTime::fromString(session.value(QLatin1String("stop")).toString(), Qt::ISODateWithMs);
    QVERIFY(stop > start);
    QVERIFY(stop <= QDateTime::currentDateTimeUtc());
    QVERIFY(session.value(QLatin1String("hours_in_month")).toDouble() > 0);
}

void TestCliTransfer::serverStoppedMidUploadIsNamed()
{
    // The server stops under a transfer (culled, stopped from a browser, out of memory): the
    // command says so and how to go on, and ends with 5 ("server not running"), not with 4 ("hub
    // unreachable"), so a script can tell the two apart. Through a 4 MB/s uplink (a home
    // connection), so that the stop comes while bytes are on their way.
    Run started = run({QStringLiteral("start")});
    QVERIFY2(started.exitCode == 0, started.err.constData());
    const QString folder = m_dir.filePath(QStringLiteral("stopped"));
    QVERIFY(QDir().mkpath(folder));
    QByteArray blob(24 << 20, Qt::Uninitialized); // random: nothing for the archive to squeeze
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(blob.data()), blob.size() / 4);
    QVERIFY(writeFile(folder + QStringLiteral("/blob.bin"), blob));
    fornax::test::FaultProxy proxy(quint16(m_hub.url().port()));
    QVERIFY(proxy.start());
    proxy.setUpstreamRate(4'000'000);
    QUrl viaProxy = m_hub.url();
    viaProxy.setPort(proxy.port());

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FORNAX_TOKEN"), QString::fromUtf8(m_token));
    environment.insert(QStringLiteral("FORNAX_HUB"), viaProxy.toString());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(FORNAX_DESKTOP_BINARY),
                  {QStringLiteral("upload"), folder, QStringLiteral("inbox"), QStringLiteral("--json")});
    QByteArray out;
    // The proxy lives in this thread: wait with the event loop running, never in waitFor*().
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("\"progress\""), 60'000);
    QCOMPARE(m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User)).status / 100, 2);
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 60'000);
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 5, err.constData());
    // A script learns why from a stable word beside the translated message.
    out += process.readAllStandardOutput();
    QString reason;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value(QLatin1String("event")).toString() == QLatin1String("failed"))
            reason = event.value(QLatin1String("reason")).toString();
    }
    QVERIFY2(reason == QLatin1String("network") || reason == QLatin1String("server"), out.constData());
    QVERIFY2(err.contains("Your server stopped during the transfer"), err.constData());
    QVERIFY2(err.contains("fornax-desktop start"), err.constData());
    QVERIFY(!QFileInfo::exists(remote(QStringLiteral("inbox/stopped"))));

    // What the cut upload left on the server (hidden from the lab, counted in the quota) goes with
    // the next transfer once the server runs again, not a day later. Its last sign of life is
    // set five minutes back: a person starts the server again later than this test does.
    const QStringList left =
        QDir(remote(QStringLiteral("fornax-transfers~"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(!left.isEmpty()); // the server went before the upload's clean-up could run
    for (const QString &job : left)
        QCOMPARE(QProcess::execute(QStringLiteral("touch"),
                                   {QStringLiteral("-d"), QStringLiteral("5 minutes ago"),
                                    remote(QStringLiteral("fornax-transfers~/%1/alive").arg(job))}),
                 0);
    Run again = run(
        {QStringLiteral("upload"), m_tree, QStringLiteral("inbox/after-stop"), QStringLiteral("--start")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    for (const QString &job : left)
        QVERIFY2(!QFileInfo::exists(remote(QStringLiteral("fornax-transfers~/") + job)), qPrintable(job));
}

QTEST_GUILESS_MAIN(TestCliTransfer)
#include "tst_clitransfer.moc"
