// `fornax-desktop run`, `jobs` and `job` against the real hub, as a script runs them: a notebook
// runs on the server detached from the command (nbconvert and ipykernel from Debian), its
// executed notebook, its files and its log are there afterwards; a raising cell fails the job
// with the traceback's tail in the log; cancel leaves no process of the job; a server stopped
// under a job shows it as "server-stopped", not running forever; and with --stop-when-done the
// command returns at once and the server stops itself when the job ends. Runs the real binary;
// the server's home is on this machine, so the test checks the job folders there directly.
#include "TestHub.h"

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
    void stopWhenDoneStopsTheServerWithoutTheClient();

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
    // The server is not running: run starts it.
    const Run done = run({QStringLiteral("run"), path, QStringLiteral("--wait"), QStringLiteral("--max-time"),
                          QStringLiteral("10m")});
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

    const Run log = run({QStringLiteral("job"), QStringLiteral("log"), id});
    QCOMPARE(log.exitCode, 0);
    QVERIFY2(log.out.contains("hello from the job"), log.out.constData());

    const QJsonObject job = listed(id);
    QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("finished"));
    QCOMPARE(job.value(QLatin1String("exit_code")).toInt(), 0);
    QCOMPARE(job.value(QLatin1String("file")).toString(), QStringLiteral("hello job.ipynb"));
    QVERIFY(job.value(QLatin1String("elapsed_seconds")).toInt() >= 0);

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
    const QString id = startLongJob();
    QVERIFY(!id.isEmpty());
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
    QTRY_VERIFY_WITH_TIMEOUT(!serverRunning(), 60'000);
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

void TestCliJobs::stopWhenDoneStopsTheServerWithoutTheClient()
{
    if (!serverRunning())
        QCOMPARE(run({QStringLiteral("start")}).exitCode, 0);
    const QString path = write(QStringLiteral("short.ipynb"),
                               notebook({QStringLiteral("import time"), QStringLiteral("time.sleep(3)"),
                                         QStringLiteral("print('done sleeping')")}));
    const Run started = run({QStringLiteral("run"), path, QStringLiteral("--stop-when-done"),
                             QStringLiteral("--max-time"), QStringLiteral("5m")});
    QVERIFY2(started.exitCode == 0, started.err.constData());
    const QString id = QString::fromUtf8(started.out.trimmed().split('\n').constLast());
    // The command has ended (run() waited for the process): only the server's side goes on.
    QVERIFY2(status(id).contains("state=running") || status(id).contains("state=finished"),
             status(id).constData());
    QTRY_VERIFY_WITH_TIMEOUT(!serverRunning(), 90'000);
    // The wrapper asked the hub to stop the server (on this machine it outlives the server and
    // records the hub's answer; on Fornax the pod goes and "stop=requested" stays).
    QTRY_VERIFY_WITH_TIMEOUT(status(id).contains("stop=stopped"), 30'000);
    QVERIFY2(status(id).contains("state=finished"), status(id).constData());
    QVERIFY(!QFileInfo::exists(jobFolder(id) + QStringLiteral("/stop-token"))); // deleted at the end
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

QTEST_GUILESS_MAIN(TestCliJobs)
#include "tst_clijobs.moc"
