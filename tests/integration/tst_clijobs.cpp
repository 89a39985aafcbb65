// `fornax-desktop run`, `jobs` and `job` against the real hub, as a script runs them: a notebook
// runs on the server detached from the command (nbconvert and ipykernel from Debian), its
// executed notebook, its files and its log are there afterwards; a raising cell fails the job
// with the traceback's tail in the log; cancel leaves no process of the job; a server stopped
// under a job shows it as "server-stopped", not running forever; and with --stop-when-done the
// command returns at once and the server stops itself when the job ends. Runs the real binary;
// the server's home is on this machine, so the test checks the job folders there directly.
#include "Settings.h"
#include "TestHub.h"
#include "cost/RateCard.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const QString User = fornax::test::TestHub::user(QStringLiteral("cli-jobs"));

QByteArray notebook(const QStringList &source)
{
    QJsonArray lines;
    for (const QString &line : source)
        lines.append(QString(line + QLatin1Char('\n')));
    const QJsonObject cell {{QStringLiteral("cell_type"), QStringLiteral("code")},
                            {QStringLiteral("execution_count"), QJsonValue::Null},
                            {QStringLiteral("id"), QStringLiteral("c1")},
                            {QStringLiteral("metadata"), QJsonObject()},
                            {QStringLiteral("outputs"), QJsonArray()},
                            {QStringLiteral("source"), lines}};
    const QJsonObject kernelspec {{QStringLiteral("name"), QStringLiteral("python3")},
                                  {QStringLiteral("display_name"), QStringLiteral("Python 3")},
                                  {QStringLiteral("language"), QStringLiteral("python")}};
    return QJsonDocument(QJsonObject {{QStringLiteral("cells"), QJsonArray {cell}},
                                      {QStringLiteral("metadata"),
                                       QJsonObject {{QStringLiteral("kernelspec"), kernelspec}}},
                                      {QStringLiteral("nbformat"), 4},
                                      {QStringLiteral("nbformat_minor"), 5}})
        .toJson();
}

// The processes on this machine whose environment says they belong to the job.
int processesOf(const QString &jobId)
{
    const QByteArray tag = "FORNAX_JOB=" + jobId.toUtf8();
    int count = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        entry.toInt(&number);
        if (!number)
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(entry));
        if (environ.open(QIODevice::ReadOnly) && environ.readAll().split('\0').contains(tag))
            ++count;
    }
    return count;
}

} // namespace

class TestCliJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void notebookRunsToTheEndWithWait();
    void raisingCellFailsWithTracebackInLog();
    void cancelLeavesNoProcess();
    void serverStoppedMidJobIsNamed();
    void failedSubmissionLeavesNoToken();
    void stopWhenDoneStopsTheServerWithoutTheClient();
    void downloadFolderIsCheckedFirst();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &content);
    QString jobFolder(const QString &id) const
    {
        return m_hub.homeOf(User) + QStringLiteral("/fornax-jobs~/") + id;
    }
    QByteArray status(const QString &id) const;
    // The tokens of the test user whose note says they stop a job's server.
    int stopTokens() const;
    QJsonObject listed(const QString &id);
    bool serverRunning() const;
    // Starts a long job without --wait and waits until its cell has begun; returns its id.
    QString startLongJob();

    fornax::test::TestHub m_hub;
    QByteArray m_token;
    QTemporaryDir m_dir;
};

void TestCliJobs::initTestCase()
{
    m_hub = fornax::test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_hub.ensureUser(User));
    m_token = m_hub.createToken(User);
    QVERIFY(!m_token.isEmpty());
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
    QTRY_VERIFY_WITH_TIMEOUT(!serverRunning(), 60'000);
    QDir(m_hub.homeOf(User) + QStringLiteral("/fornax-jobs~")).removeRecursively();
    // A rate for the test hub's "small", as a user would set one (the hub is not Fornax).
    fornax::Settings settings(m_dir.filePath(QStringLiteral("config/Fornax/fornax-desktop.conf")));
    fornax::RateCard card = fornax::RateCard::unknownHub();
    card.setHourlyRate(QStringLiteral("small"), {0.5, QStringLiteral("test")});
    card.save(settings, m_hub.url().toString());
}

void TestCliJobs::cleanupTestCase()
{
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
}

TestCliJobs::Run TestCliJobs::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FORNAX_TOKEN"), QString::fromUtf8(m_token));
    environment.insert(QStringLiteral("FORNAX_HUB"), m_hub.url().toString());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(FORNAX_DESKTOP_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(150'000)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (result.out.contains(m_token) || result.err.contains(m_token))
        result.exitCode = -2; // the token must never be printed
    return result;
}

QString TestCliJobs::write(const QString &name, const QByteArray &content)
{
    QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QByteArray TestCliJobs::status(const QString &id) const
{
    QFile file(jobFolder(id) + QStringLiteral("/status"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int TestCliJobs::stopTokens() const
{
    const QJsonArray tokens = m_hub.call("GET", QStringLiteral("users/%1/tokens").arg(User))
                                  .json()
                                  .object()
                                  .value(QLatin1String("api_tokens"))
                                  .toArray();
    return int(std::count_if(tokens.cbegin(), tokens.cend(), [](const QJsonValue &token) {
        return token.toObject()
            .value(QLatin1String("note"))
            .toString()
            .contains(QLatin1String("stops the server"));
    }));
}

QJsonObject TestCliJobs::listed(const QString &id)
{
    const Run jobs = run({QStringLiteral("jobs"), QStringLiteral("--json")});
    if (jobs.exitCode != 0)
        qWarning("jobs: %s", jobs.err.constData());
    for (const QByteArray &line : jobs.out.split('\n')) {
        QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QLatin1String("id")).toString() == id)
            return object;
    }
    return {};
}

bool TestCliJobs::serverRunning() const
{
    return !m_hub.call("GET", QStringLiteral("users/") + User)
                .json()
                .object()
                .value(QLatin1String("servers"))
                .toObject()
                .isEmpty();
}

QString TestCliJobs::startLongJob()
{
    const QString path =
        write(QStringLiteral("long.ipynb"),
              notebook({QStringLiteral("import time"), QStringLiteral("print('cell begins', flush=True)"),
                        QStringLiteral("time.sleep(600)")}));
    const Run started = run({QStringLiteral("run"), path});
    if (started.exitCode != 0) {
        qWarning("run: %s", started.err.constData());
        return {};
    }
    QString id = QString::fromUtf8(started.out.trimmed().split('\n').constLast());
    const QString logPath = jobFolder(id) + QStringLiteral("/log");
    const bool begun = QTest::qWaitFor(
        [&logPath] {
            QFile log(logPath);
            return log.open(QIODevice::ReadOnly) && log.readAll().contains("cell begins");
        },
        60'000);
    if (!begun) {
        qWarning("the job's cell did not begin within a minute");
        return {};
    }
    return id;
}

void TestCliJobs::notebookRunsToTheEndWithWait()
{
    const QString path = write(QStringLiteral("hello job.ipynb"),
                               notebook({QStringLiteral("print('hello from the job')"),
                                         QStringLiteral("open('made-by-job.txt', 'w').write('42\\n')")}));
    // An input folder as a user's often is (0755): private on the server, as the job's folder.
    const QString data = m_dir.filePath(QStringLiteral("input data"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(!write(QStringLiteral("input data/values.csv"), "1,2\n").isEmpty());
    QVERIFY(QFile::setPermissions(data,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
                                      | QFile::WriteUser | QFile::ExeUser | QFile::ReadGroup | QFile::ExeGroup
                                      | QFile::ReadOther | QFile::ExeOther));
    // The server is not running: run starts it.
    const Run done = run({QStringLiteral("run"), path, QStringLiteral("--wait"), QStringLiteral("--max-time"),
                          QStringLiteral("10m"), QStringLiteral("--profile"), QStringLiteral("small"),
                          QStringLiteral("--upload"), data});
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QVERIFY2(done.out.contains("hello from the job"), done.out.constData());
    const QByteArray idLine = done.out.mid(done.out.indexOf("Job ") + 4);
    const QString id = QString::fromUtf8(idLine.left(idLine.indexOf(' ')));
    const QString work = jobFolder(id) + QLatin1Char('/') + id;
    QVERIFY2(QFileInfo::exists(work + QStringLiteral("/hello job-executed.ipynb")), qPrintable(work));
    QFile made(work + QStringLiteral("/made-by-job.txt"));
    QVERIFY(made.open(QIODevice::ReadOnly));
    QCOMPARE(made.readAll(), QByteArray("42\n"));
    QFile executed(work + QStringLiteral("/hello job-executed.ipynb"));
    QVERIFY(executed.open(QIODevice::ReadOnly));
    QVERIFY(executed.readAll().contains("hello from the job")); // the outputs are in the notebook
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QVERIFY(QFileInfo::exists(work + QStringLiteral("/input data/values.csv")));
    QCOMPARE(QFile::permissions(work + QStringLiteral("/input data")) & others, QFile::Permissions());
    QCOMPARE(QFile::permissions(work + QStringLiteral("/input data/values.csv")) & others,
             QFile::Permissions());

    const Run log = run({QStringLiteral("job"), QStringLiteral("log"), id});
    QCOMPARE(log.exitCode, 0);
    QVERIFY2(log.out.contains("hello from the job"), log.out.constData());

    const QJsonObject job = listed(id);
    QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("finished"));
    QCOMPARE(job.value(QLatin1String("exit_code")).toInt(), 0);
    QCOMPARE(job.value(QLatin1String("file")).toString(), QStringLiteral("hello job.ipynb"));
    QVERIFY(job.value(QLatin1String("elapsed_seconds")).toInt() >= 0);
    // Its size and what its server time cost (the rate set in initTestCase).
    QCOMPARE(job.value(QLatin1String("size")).toString(), QStringLiteral("small"));
    QVERIFY2(job.value(QLatin1String("estimated_cost")).isDouble(), QJsonDocument(job).toJson().constData());
    QVERIFY(job.value(QLatin1String("estimated_cost")).toDouble() >= 0);
    const Run text = run({QStringLiteral("jobs")});
    QVERIFY2(text.out.contains("size small") && text.out.contains(" in all"), text.out.constData());

    // A kernel the server does not have is refused before anything runs.
    const Run wrongKernel =
        run({QStringLiteral("run"), path, QStringLiteral("--kernel"), QStringLiteral("heasoft")});
    QCOMPARE(wrongKernel.exitCode, 2);
    QVERIFY2(wrongKernel.err.contains("python3"), wrongKernel.err.constData());
}

void TestCliJobs::raisingCellFailsWithTracebackInLog()
{
    const QString path = write(
        QStringLiteral("fails.ipynb"),
        notebook({QStringLiteral("print('before the error')"), QStringLiteral("def inner():"),
                  QStringLiteral("    raise ValueError('the data is bad')"), QStringLiteral("inner()")}));
    const Run failed = run({QStringLiteral("run"), path, QStringLiteral("--wait"), QStringLiteral("--json")});
    QCOMPARE(failed.exitCode, 1);
    QString id;
    for (const QByteArray &line : failed.out.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QLatin1String("event")).toString() == QLatin1String("ended")) {
            id = object.value(QLatin1String("id")).toString();
            QCOMPARE(object.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
        }
    }
    QVERIFY2(!id.isEmpty(), failed.out.constData());
    const Run log = run({QStringLiteral("job"), QStringLiteral("log"), id});
    QVERIFY2(log.out.contains("before the error"), log.out.constData());
    QVERIFY2(log.out.contains("raise ValueError('the data is bad')"), log.out.constData()); // the traceback
    QVERIFY2(log.out.contains("ValueError: the data is bad"), log.out.constData());
}

void TestCliJobs::cancelLeavesNoProcess()
{
    const QString id = startLongJob();
    QVERIFY(!id.isEmpty());
    QVERIFY(processesOf(id) > 0);
    const Run cancelled = run({QStringLiteral("job"), QStringLiteral("cancel"), id});
    QVERIFY2(cancelled.exitCode == 0, cancelled.err.constData());
    QVERIFY2(cancelled.out.contains("cancelled"), cancelled.out.constData());
    QTRY_COMPARE_WITH_TIMEOUT(processesOf(id), 0, 10'000); // the kernel too (a session of its own)
    QVERIFY2(status(id).contains("state=cancelled"), status(id).constData());
    QCOMPARE(listed(id).value(QLatin1String("state")).toString(), QStringLiteral("cancelled"));
}

void TestCliJobs::serverStoppedMidJobIsNamed()
{
    // `run --wait` follows the job when its server is stopped: it says so, with exit code 5.
    const QString path =
        write(QStringLiteral("long wait.ipynb"),
              notebook({QStringLiteral("import time"), QStringLiteral("print('cell begins', flush=True)"),
                        QStringLiteral("time.sleep(600)")}));
    QProcess waiting;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FORNAX_TOKEN"), QString::fromUtf8(m_token));
    environment.insert(QStringLiteral("FORNAX_HUB"), m_hub.url().toString());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    waiting.setProcessEnvironment(environment);
    waiting.setStandardInputFile(QProcess::nullDevice());
    waiting.start(QStringLiteral(FORNAX_DESKTOP_BINARY),
                  {QStringLiteral("run"), path, QStringLiteral("--wait")});
    QVERIFY(waiting.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += waiting.readAllStandardOutput()).contains("cell begins")
                                 || waiting.state() != QProcess::Running,
                             90'000);
    QCOMPARE(waiting.state(), QProcess::Running);
    QDir jobs(m_hub.homeOf(User) + QStringLiteral("/fornax-jobs~"));
    QString id;
    for (const QString &entry : jobs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (QFile::exists(jobFolder(entry) + QLatin1Char('/') + entry + QStringLiteral("/long wait.ipynb")))
            id = entry;
    }
    QVERIFY(!id.isEmpty());
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
    QTRY_VERIFY_WITH_TIMEOUT(!serverRunning(), 60'000);
    QTRY_COMPARE_WITH_TIMEOUT(waiting.state(), QProcess::NotRunning, 60'000);
    said += waiting.readAllStandardOutput() + waiting.readAllStandardError();
    QCOMPARE(waiting.exitCode(), 5);
    QVERIFY2(said.contains("server stopped during the job"), said.constData());
    const Run stopped = run({QStringLiteral("jobs")});
    QCOMPARE(stopped.exitCode, 5); // nothing to read the folders with: said so
    QVERIFY2(stopped.err.contains("fornax-desktop start"), stopped.err.constData());

    QCOMPARE(run({QStringLiteral("start")}).exitCode, 0);
    const QJsonObject job = listed(id);
    QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("server-stopped"));
    const Run text = run({QStringLiteral("jobs")});
    QVERIFY2(text.out.contains("server stopped during the job"), text.out.constData());
    // On this machine the old server's processes outlive it (on Fornax the pod goes): the list
    // ended what was left, and a later wrapper never turns the state back into "failed".
    QTRY_COMPARE_WITH_TIMEOUT(processesOf(id), 0, 10'000);
    QVERIFY2(status(id).contains("state=server-stopped"), status(id).constData());
}

void TestCliJobs::failedSubmissionLeavesNoToken()
{
    // The job cannot run here (--param needs papermill, which this server lacks): no stop
    // token may be left on the hub (it used to be minted first and never revoked).
    if (!serverRunning())
        QCOMPARE(run({QStringLiteral("start")}).exitCode, 0);
    const QString path = write(QStringLiteral("params.ipynb"), notebook({QStringLiteral("x = 0")}));
    const int before = stopTokens();
    const Run refused = run({QStringLiteral("run"), path, QStringLiteral("--param"), QStringLiteral("x=1"),
                             QStringLiteral("--stop-when-done")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("papermill") && refused.err.contains("Nothing was started"),
             refused.err.constData());
    QCOMPARE(stopTokens(), before);
}

void TestCliJobs::stopWhenDoneStopsTheServerWithoutTheClient()
{
    if (!serverRunning())
        QCOMPARE(run({QStringLiteral("start")}).exitCode, 0);
    // Another job (no --stop-when-done) runs until the test lets it end; the --stop-when-done
    // job ends first: its stop is handed over, and the last job out stops the server with it.
    const QString otherPath =
        write(QStringLiteral("other job.sh"), "while [ ! -f go ]; do sleep 0.2; done\necho other done\n");
    const Run other =
        run({QStringLiteral("run"), otherPath, QStringLiteral("--max-time"), QStringLiteral("5m")});
    QVERIFY2(other.exitCode == 0, other.err.constData());
    const QString otherId = QString::fromUtf8(other.out.trimmed().split('\n').constLast());
    const QString path = write(QStringLiteral("short.ipynb"),
                               notebook({QStringLiteral("import time"), QStringLiteral("time.sleep(3)"),
                                         QStringLiteral("print('done sleeping')")}));
    const Run started = run({QStringLiteral("run"), path, QStringLiteral("--stop-when-done"),
                             QStringLiteral("--max-time"), QStringLiteral("5m")});
    QVERIFY2(started.exitCode == 0, started.err.constData());
    const QString id = QString::fromUtf8(started.out.trimmed().split('\n').constLast());
    // The command has ended (run() waited for the process): only the server's side goes on.
    QTRY_VERIFY_WITH_TIMEOUT(status(id).contains("stop=handed-over"), 60'000);
    QVERIFY2(status(id).contains("state=finished"), status(id).constData());
    QVERIFY(serverRunning());
    QVERIFY(!QFileInfo::exists(jobFolder(id) + QStringLiteral("/stop-token"))); // moved, not copied

    QFile go(jobFolder(otherId) + QLatin1Char('/') + otherId + QStringLiteral("/go"));
    QVERIFY(go.open(QIODevice::WriteOnly));
    go.close();
    QTRY_VERIFY_WITH_TIMEOUT(!serverRunning(), 90'000);
    // The wrapper asked the hub to stop the server (on this machine it outlives the server and
    // records the hub's answer; on Fornax the pod goes and "stop=requested" stays).
    QTRY_VERIFY_WITH_TIMEOUT(status(otherId).contains("stop=stopped"), 30'000);
    QVERIFY2(status(otherId).contains(QByteArray("stop_for=" + id.toUtf8())), status(otherId).constData());
    const QStringList left = QDir(m_hub.homeOf(User) + QStringLiteral("/fornax-jobs~"))
                                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(left.filter(QStringLiteral("stop-pending")).isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    QFile log(jobFolder(id) + QStringLiteral("/log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("done sleeping"));
    // The usage record has the job (its end is seen the next time the server's jobs are read).
    const Run usage = run({QStringLiteral("usage"), QStringLiteral("--json")});
    QCOMPARE(usage.exitCode, 0);
    const QJsonArray jobs = QJsonDocument::fromJson(usage.out.trimmed().split('\n').constLast())
                                .object()
                                .value(QLatin1String("jobs"))
                                .toArray();
    const bool recorded = std::any_of(jobs.cbegin(), jobs.cend(), [&id](const QJsonValue &job) {
        return job.toObject().value(QLatin1String("job")).toString() == id
            && job.toObject().value(QLatin1String("file")).toString() == QLatin1String("short.ipynb");
    });
    QVERIFY2(recorded, usage.out.constData());
}

void TestCliJobs::downloadFolderIsCheckedFirst()
{
    // Said before anything is submitted, not after the job's hours.
    const QString file = write(QStringLiteral("not a folder"), "x");
    const QString script = write(QStringLiteral("quick.sh"), "echo hi\n");
    const Run onFile =
        run({QStringLiteral("run"), script, QStringLiteral("--wait"), QStringLiteral("--download"), file});
    QCOMPARE(onFile.exitCode, 2);
    QVERIFY2(onFile.err.contains("is a file, not a folder"), onFile.err.constData());
    const Run under = run({QStringLiteral("run"), script, QStringLiteral("--wait"),
                           QStringLiteral("--download"), file + QStringLiteral("/results")});
    QCOMPARE(under.exitCode, 2);
    QVERIFY2(under.err.contains("cannot be made"), under.err.constData());
}

QTEST_GUILESS_MAIN(TestCliJobs)
#include "tst_clijobs.moc"
