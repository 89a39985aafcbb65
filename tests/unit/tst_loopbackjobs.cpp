// The transfer jobs' own logic (conflicts, merging, placement, verification, clean-up, a
// fault point in the placement) run against the loopback backend: a local folder standing in
// for the server, the jobs' real scripts run by a local sh. No hub, no network; the same jobs
// run against a real hub in the integration tests (transferjob, datasafety, sshjob).

#include "transfer/DownloadJob.h"
#include "transfer/UploadJob.h"
#include "transfer/backends/loopback/LoopbackBackend.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fornax;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

// Every file below folder, relative path -> content.
QMap<QString, QByteArray> contents(const QString &folder)
{
    QMap<QString, QByteArray> found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        found.insert(QDir(folder).relativeFilePath(path), readAll(path));
    }
    return found;
}

} // namespace

class TestLoopbackJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void uploadPlacesEveryFileExactly();
    void downloadPlacesEveryFileExactly();
    void uploadAsksAndKeepsWhatIsThere();
    void folderMergeKeepsServerOnlyFiles();
    void downloadKeepsBoth();
    void placementKilledMidwayPutsBackWhatWasThere();
    void unreachableServerFailsClearly();
    void pathsOutsideTheHomeOrInTheAppsFolderAreRefused();

private:
    QString home(const QString &path = {}) const { return m_dir->filePath(QStringLiteral("home/") + path); }
    QString local(const QString &path) const { return m_dir->filePath(QStringLiteral("local/") + path); }
    template<typename Job>
    std::unique_ptr<Job> make(const QStringList &items, const QString &target)
    {
        return std::make_unique<Job>(new LoopbackBackend(home()), items, target);
    }
    static bool run(TransferJob *job);
    // Nothing of a finished job stays in the server's transfers folder.
    bool leftNothing() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

bool TestLoopbackJobs::run(TransferJob *job)
{
    QSignalSpy finished(job, &TransferJob::finished);
    job->start();
    // A job that cannot even begin ends inside start().
    return (!finished.isEmpty() || finished.wait(60'000)) && job->state() == TransferJob::State::Finished;
}

bool TestLoopbackJobs::leftNothing() const
{
    return QDir(home(QStringLiteral("fornax-transfers~")))
        .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
        .isEmpty();
}

void TestLoopbackJobs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(home()));
    QVERIFY(QDir().mkpath(local(QString())));
}

void TestLoopbackJobs::uploadPlacesEveryFileExactly()
{
    // Names people use: spaces at the ends, %, quotes, backslashes, a newline, non-ASCII.
    const QStringList names {QStringLiteral(" padded .csv"), QStringLiteral("100% done.txt"),
                             QStringLiteral("it's \"quoted\" \\ here"), QStringLiteral("two\nlines"),
                             QStringLiteral("Ångström données.fits")};
    for (int i = 0; i < names.size(); ++i)
        writeFile(local(QStringLiteral("obs/") + names.at(i)), QByteArray(1000 + i * 777, char('a' + i)));
    for (int i = 0; i < 200; ++i)
        writeFile(local(QStringLiteral("obs/many/file-%1.dat").arg(i)), QByteArray::number(i * 31));

    auto up = make<UploadJob>({local(QStringLiteral("obs"))}, QStringLiteral("projects/run 1"));
    QVERIFY2(run(up.get()), qPrintable(up->errorString()));
    QCOMPARE(contents(home(QStringLiteral("projects/run 1/obs"))), contents(local(QStringLiteral("obs"))));
    QCOMPARE(up->totals().files, 205);
    QCOMPARE(up->placedNames(), QStringList {QStringLiteral("obs")});
    QVERIFY(!up->usesSsh());
    QCOMPARE(up->backend()->way(), TransferBackend::Way::Loopback);
    QVERIFY(leftNothing());
}

void TestLoopbackJobs::downloadPlacesEveryFileExactly()
{
    writeFile(home(QStringLiteral("results/table.csv")), "a,b\n1,2\n");
    writeFile(home(QStringLiteral("results/deep/er/image 1.fits")), QByteArray(70'000, 'x'));
    writeFile(home(QStringLiteral("notes.txt")), "notes");

    auto down = make<DownloadJob>({QStringLiteral("results"), QStringLiteral("notes.txt")},
                                  local(QStringLiteral("in")));
    down->setRequiresApproval(true);
    QSignalSpy approval(down.get(), &TransferJob::approvalNeeded);
    QSignalSpy finished(down.get(), &TransferJob::finished);
    down->start();
    QVERIFY(approval.wait(30'000));
    // Packed while it streams: approval is asked for the most the stream can carry.
    QVERIFY(approval.constFirst().constFirst().toLongLong() >= 70'000);
    down->approve();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(down->state(), TransferJob::State::Finished);
    QCOMPARE(contents(local(QStringLiteral("in/results"))), contents(home(QStringLiteral("results"))));
    QCOMPARE(readAll(local(QStringLiteral("in/notes.txt"))), QByteArray("notes"));
    // What crossed the "wire" is what the ledger is told.
    QVERIFY(down->archiveSize() > 0);
    QVERIFY(down->archiveSize() < approval.constFirst().constFirst().toLongLong());
    QVERIFY(leftNothing());
}

void TestLoopbackJobs::uploadAsksAndKeepsWhatIsThere()
{
    writeFile(home(QStringLiteral("data/a.txt")), "old a");
    writeFile(local(QStringLiteral("a.txt")), "new a");
    writeFile(local(QStringLiteral("b.txt")), "new b");

    auto up = make<UploadJob>({local(QStringLiteral("a.txt")), local(QStringLiteral("b.txt"))},
                              QStringLiteral("data"));
    QSignalSpy asked(up.get(), &TransferJob::conflictsFound);
    QSignalSpy finished(up.get(), &TransferJob::finished);
    up->start();
    QVERIFY(asked.wait(30'000));
    const auto conflicts = asked.constFirst().constFirst().value<QList<TransferConflict>>();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.constFirst().name, QStringLiteral("a.txt"));
    up->resolveConflicts({}); // no answer: skipped, never overwritten
    QVERIFY(finished.wait(30'000));
    QCOMPARE(up->state(), TransferJob::State::Finished);
    QCOMPARE(readAll(home(QStringLiteral("data/a.txt"))), QByteArray("old a"));
    QCOMPARE(readAll(home(QStringLiteral("data/b.txt"))), QByteArray("new b"));
    QCOMPARE(up->skippedNames(), QStringList {QStringLiteral("a.txt")});
}

void TestLoopbackJobs::folderMergeKeepsServerOnlyFiles()
{
    // The report that started the data-safety work: a folder upload with "skip identical"
    // deleted a file only the server had.
    writeFile(home(QStringLiteral("proj/only-on-server.txt")), "keep me");
    writeFile(home(QStringLiteral("proj/changed.txt")), "old");
    writeFile(local(QStringLiteral("proj/changed.txt")), "new!");
    writeFile(local(QStringLiteral("proj/added.txt")), "added");

    auto up = make<UploadJob>({local(QStringLiteral("proj"))}, QString());
    up->setConflictPolicy(ConflictPolicy::SkipIdentical);
    QVERIFY2(run(up.get()), qPrintable(up->errorString()));
    QCOMPARE(readAll(home(QStringLiteral("proj/only-on-server.txt"))), QByteArray("keep me"));
    QCOMPARE(readAll(home(QStringLiteral("proj/changed.txt"))), QByteArray("new!"));
    QCOMPARE(readAll(home(QStringLiteral("proj/added.txt"))), QByteArray("added"));
    QVERIFY(leftNothing());
}

void TestLoopbackJobs::downloadKeepsBoth()
{
    writeFile(home(QStringLiteral("report.pdf")), "server copy");
    writeFile(local(QStringLiteral("in/report.pdf")), "my copy");

    auto down = make<DownloadJob>({QStringLiteral("report.pdf")}, local(QStringLiteral("in")));
    down->setConflictPolicy(ConflictPolicy::KeepBoth);
    QVERIFY2(run(down.get()), qPrintable(down->errorString()));
    QCOMPARE(readAll(local(QStringLiteral("in/report.pdf"))), QByteArray("my copy"));
    QCOMPARE(readAll(local(QStringLiteral("in/report (2).pdf"))), QByteArray("server copy"));
    QCOMPARE(down->renamed().value(QStringLiteral("report.pdf")), QStringLiteral("report (2).pdf"));
}

void TestLoopbackJobs::placementKilledMidwayPutsBackWhatWasThere()
{
    // The server's placement dies at its third step (SIGKILL, as a dead terminal or channel
    // leaves it: no trap runs). The job fails, and its clean-up puts back exactly what was there.
    for (const QString &name : {QStringLiteral("a.csv"), QStringLiteral("b.csv"), QStringLiteral("c.csv")}) {
        writeFile(home(QStringLiteral("project/") + name), "old " + name.toUtf8());
        writeFile(local(QStringLiteral("project/") + name), "new " + name.toUtf8());
    }
    writeFile(home(QStringLiteral("project/only-there.txt")), "keep");
    const QMap<QString, QByteArray> before = contents(home(QStringLiteral("project")));

    auto up = make<UploadJob>({local(QStringLiteral("project"))}, QString());
    up->setConflictPolicy(ConflictPolicy::Overwrite);
    qputenv("FORNAX_TEST_FAULT", "place:3");
    const bool finished = run(up.get());
    qunsetenv("FORNAX_TEST_FAULT");
    QVERIFY(!finished);
    QCOMPARE(up->state(), TransferJob::State::Failed);
    QCOMPARE(up->error(), TransferJob::Error::Server);
    QCOMPARE(contents(home(QStringLiteral("project"))), before);

    // Run again without the fault: the new files arrive, the server-only file stays.
    QVERIFY2(run(up.get()), qPrintable(up->errorString()));
    QCOMPARE(readAll(home(QStringLiteral("project/b.csv"))), QByteArray("new b.csv"));
    QCOMPARE(readAll(home(QStringLiteral("project/only-there.txt"))), QByteArray("keep"));
    QVERIFY(leftNothing());
}

void TestLoopbackJobs::unreachableServerFailsClearly()
{
    writeFile(local(QStringLiteral("x.txt")), "x");
    auto *backend = new LoopbackBackend(home());
    backend->setReachable(false);
    UploadJob up(backend, {local(QStringLiteral("x.txt"))}, QString());
    QVERIFY(!run(&up));
    QCOMPARE(up.error(), TransferJob::Error::Network);
    QCOMPARE(up.errorString(), backend->unreachableReason());
    QVERIFY(up.isRetryable());
    QVERIFY(!QFileInfo::exists(home(QStringLiteral("x.txt"))));
}

void TestLoopbackJobs::pathsOutsideTheHomeOrInTheAppsFolderAreRefused()
{
    // A user's tester put data into the app's own folder on the server, and the next transfer's
    // clean-up swept it away; "../x" wrote beside the home folder.
    writeFile(local(QStringLiteral("thesis.tex")), "years of work");
    writeFile(m_dir->filePath(QStringLiteral("secret")), "not yours");
    const QStringList uploads {QStringLiteral("fornax-transfers~"),
                               QStringLiteral("~/fornax-transfers~/mine"), QStringLiteral("../escape"),
                               QStringLiteral("data/../../escape")};
    for (const QString &target : uploads) {
        auto up = make<UploadJob>({local(QStringLiteral("thesis.tex"))}, target);
        QVERIFY2(!run(up.get()), qPrintable(target));
        QCOMPARE(up->error(), TransferJob::Error::NotFound);
        QVERIFY2(up->errorString().contains(target.contains(QLatin1String(".."))
                                                ? QStringLiteral("“..”")
                                                : QStringLiteral("temporary files")),
                 qPrintable(up->errorString()));
    }
    auto down = make<DownloadJob>({QStringLiteral("../secret")}, local(QStringLiteral("in")));
    QVERIFY(!run(down.get()));
    QCOMPARE(down->error(), TransferJob::Error::NotFound);
    QVERIFY(!QFileInfo::exists(local(QStringLiteral("in/secret"))));
    // Nothing arrived anywhere, and the app's folder holds nothing of the user's.
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("escape"))));
    QVERIFY(!QFileInfo::exists(home(QStringLiteral("fornax-transfers~/mine"))));
    QVERIFY(!QFileInfo::exists(home(QStringLiteral("fornax-transfers~/thesis.tex"))));
}

QTEST_GUILESS_MAIN(TestLoopbackJobs)
#include "tst_loopbackjobs.moc"
