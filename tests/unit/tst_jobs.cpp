// The job engine (app/core/jobs) on a local folder standing in for the server (LoopbackBackend):
// the real wrapper and scripts run in a local sh, so a script job's states, log, exit code,
// cancel, time limit and the list model are checked in seconds without a hub. Notebooks, the
// kernel and --stop-when-done need a real server: integration.clijobs.
#include "jobs/JobClient.h"
#include "jobs/JobCost.h"
#include "jobs/JobList.h"
#include "jobs/JobScript.h"
#include "transfer/backends/loopback/LoopbackBackend.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace fornax;

namespace {

int processesOf(const QString &jobId)
{
    const QByteArray tag = "FORNAX_JOB=" + jobId.toUtf8();
    int count = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile environ(QStringLiteral("/proc/%1/environ").arg(entry));
        if (environ.open(QIODevice::ReadOnly) && environ.readAll().split('\0').contains(tag))
            ++count;
    }
    return count;
}

// The processes on this machine whose command line has this argument (tagged sleeps).
QList<qint64> processesWithArgument(const QByteArray &argument)
{
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().split('\0').contains(argument))
            found << entry.toLongLong();
    }
    return found;
}

// Stands in for the hub's API where only the wrapper's stop request matters (the real stop is
// integration.clijobs'): answers every request 204 and keeps each one's head.
class StopRecorder : public QTcpServer
{
public:
    StopRecorder()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    requests << m_buffer.take(socket);
                    socket->write(
                        "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QList<QByteArray> requests;

private:
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void statusFileIsRead();
    void listAndLogOutputAreParsed();
    void costAndSavingAreEstimated();
    void scriptRunsDetachedAndRecordsItsEnd();
    void emptyScriptRuns();
    void failingScriptIsFailedWithItsExitCode();
    void cancelEndsEveryProcess();
    void cancelReachesWhatLeftTheJob();
    void stopIsHandedToTheLastJobOut();
    void inputsBecomePrivate();
    void timeLimitEndsTheJob();
    void staleStatusNeverSignalsAnotherProcess();
    void listModelFollowsTheJobs();

private:
    QString submit(const QString &fileName, const QByteArray &content, qint64 maxSeconds = 0);
    static JobRequest request(const QString &fileName, const QByteArray &content);
    // prepare() or start() through the client; the state it answers, or the error.
    QString call(bool start, const JobRequest &request);
    JobStatus statusOf(const QString &id);
    bool waitForEnd(const QString &id, int timeoutMs = 20'000);

    QTemporaryDir *m_home = nullptr;
    LoopbackBackend *m_backend = nullptr;
    JobClient *m_client = nullptr;
    QStringList m_started;
};

void TestJobs::init()
{
    m_home = new QTemporaryDir;
    QVERIFY(m_home->isValid());
    m_backend = new LoopbackBackend(m_home->path());
    m_client = new JobClient(m_backend);
}

void TestJobs::cleanup()
{
    // Nothing of a test's jobs may outlive it.
    for (const QString &id : std::as_const(m_started))
        QTRY_COMPARE_WITH_TIMEOUT(processesOf(id), 0, 10'000);
    m_started.clear();
    delete m_client;
    delete m_backend;
    delete m_home;
}

QString TestJobs::submit(const QString &fileName, const QByteArray &content, qint64 maxSeconds)
{
    JobRequest request;
    request.id = JobScript::newId();
    request.fileName = fileName;
    request.content = content;
    JobRequest::kindOf(fileName, &request.kind);
    request.maxSeconds = maxSeconds;
    request.serverSize = QStringLiteral("small");
    bool answered = false;
    QString state;
    m_client->submit(request, [&](const JobClient::Outcome &outcome, const QString &s) {
        answered = true;
        state = outcome.ok ? s : outcome.error;
    });
    if (!QTest::qWaitFor(
            [&] {
                return answered;
            },
            20'000))
        return {};
    m_started << request.id;
    return state == QLatin1String("running") || state == QLatin1String("finished")
            || state == QLatin1String("failed")
        ? request.id
        : QString();
}

JobRequest TestJobs::request(const QString &fileName, const QByteArray &content)
{
    JobRequest request;
    request.id = JobScript::newId();
    request.fileName = fileName;
    request.content = content;
    JobRequest::kindOf(fileName, &request.kind);
    return request;
}

QString TestJobs::call(bool start, const JobRequest &request)
{
    QString answer;
    const auto done = [&answer](const JobClient::Outcome &outcome, const QString &state) {
        answer = outcome.ok ? state : QStringLiteral("error: ") + outcome.error;
    };
    if (start)
        m_client->start(request, done);
    else
        m_client->prepare(request, done);
    (void)QTest::qWaitFor(
        [&answer] {
            return !answer.isEmpty();
        },
        20'000);
    if (start && !answer.startsWith(QLatin1String("error")))
        m_started << request.id;
    return answer;
}

JobStatus TestJobs::statusOf(const QString &id)
{
    JobStatus found;
    bool answered = false;
    m_client->list(0, [&](const JobClient::Outcome &, const QList<JobStatus> &jobs) {
        answered = true;
        for (const JobStatus &job : jobs) {
            if (job.id == id)
                found = job;
        }
    });
    (void)QTest::qWaitFor(
        [&] {
            return answered;
        },
        20'000);
    return found;
}

bool TestJobs::waitForEnd(const QString &id, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            return !statusOf(id).isActive();
        },
        timeoutMs);
}

void TestJobs::statusFileIsRead()
{
    const JobStatus job =
        JobStatus::parse(QStringLiteral("20261207-1-ab"),
                         "state=failed\nfile=a b.ipynb\nstarted=1000\nended=1061\nexit=3\n"
                         "size=large\nstop_when_done=1\nstop=stopped\nfuture_key=x\nnot a line\n");
    QCOMPARE(job.state, JobStatus::State::Failed);
    QCOMPARE(job.file, QStringLiteral("a b.ipynb"));
    QCOMPARE(job.elapsedSeconds(), qint64(61));
    QCOMPARE(job.exitCode, 3);
    QVERIFY(job.stopWhenDone);
    QCOMPARE(job.stopResult, QStringLiteral("stopped"));
    QCOMPARE(job.fields.value(QStringLiteral("future_key")), QStringLiteral("x"));
    QCOMPARE(JobStatus::parse(QStringLiteral("x"), "state=running\n").exitCode, -1);
    QCOMPARE(JobStatus::stateFromName(QStringLiteral("server-stopped")), JobStatus::State::ServerStopped);
    QVERIFY(JobScript::isValidId(JobScript::newId()));
    QVERIFY(!JobScript::isValidId(QStringLiteral("../etc")));
    QVERIFY(!JobScript::isValidId(QStringLiteral("-rf")));
}

void TestJobs::listAndLogOutputAreParsed()
{
    const QByteArray line = "@ 20261207-1-ab " + QByteArray("state=running\nfile=x.py\n").toBase64();
    // A terminal's echo and carriage returns around the tagged lines change nothing.
    const JobScript::Listed listed =
        JobScript::parseList("noise\r\n" + line + "\r\n@ ../bad " + line.mid(16) + "\nN 1\r\n");
    QVERIFY(listed.ok);
    QCOMPARE(listed.jobs.size(), 1);
    QCOMPARE(listed.jobs.first().file, QStringLiteral("x.py"));
    QVERIFY(!JobScript::parseList("@ 20261207-1-ab xx\n").ok); // cut short: no end marker

    const JobScript::LogChunk chunk =
        JobScript::parseLog("L 12\r\nT running\r\nD " + QByteArray("hello\nworld\n").toBase64() + "\r\n");
    QVERIFY(chunk.ok);
    QCOMPARE(chunk.total, qint64(12));
    QCOMPARE(chunk.bytes, QByteArray("hello\nworld\n"));
    QCOMPARE(chunk.state, QStringLiteral("running"));
}

void TestJobs::costAndSavingAreEstimated()
{
    // Fornax's card: small 0.087 credits an hour. A job of two hours on a small server whose
    // wrapper stopped the server at its end.
    const RateCard card = RateCard::fornax();
    const JobStatus job = JobStatus::parse(QStringLiteral("20261207-1-ab"),
                                           "state=finished\nsize=small\nstarted=1000000\nended=1007200\n"
                                           "stop_when_done=1\nstop=stopped\nstop_time=1007201\n"
                                           "server_started=990000\n");
    QCOMPARE(*JobCost::soFar(job, card), 2 * 0.087);
    // Against idling until the hub's 15-minute cull.
    const JobCost::Saving culled = JobCost::saved(job, card, 15, 48);
    QCOMPARE(culled.assumption, JobCost::Assumption::IdleCull);
    QCOMPARE(culled.idleSeconds, qint64(900));
    QCOMPARE(*culled.amount, 0.25 * 0.087);
    // A hub that does not cull idle servers: until its time limit, counted from the server's start.
    const JobCost::Saving limited = JobCost::saved(job, card, 0, 48);
    QCOMPARE(limited.assumption, JobCost::Assumption::TimeLimit);
    QCOMPARE(limited.idleSeconds, qint64(990000 + 48 * 3600 - 1007201));
    QCOMPARE(*limited.amount, double(limited.idleSeconds) / 3600.0 * 0.087);
    // Neither known, no rate for the size, or the job did not stop the server: nothing claimed.
    QVERIFY(!JobCost::saved(job, card, 0, 0).amount);
    JobStatus large = job;
    large.serverSize = QStringLiteral("huge");
    QVERIFY(!JobCost::saved(large, card, 15, 48).amount);
    QVERIFY(!JobCost::soFar(large, card));
    JobStatus handed = job;
    handed.stopResult = QStringLiteral("handed-over");
    QVERIFY(!JobCost::saved(handed, card, 15, 48).amount);
}

void TestJobs::scriptRunsDetachedAndRecordsItsEnd()
{
    const QString id =
        submit(QStringLiteral("make data.sh"),
               "echo to-stdout\necho to-stderr >&2\nprintf 'x %s\\n' \"$FORNAX_JOB\" > result.txt\n");
    QVERIFY(!id.isEmpty());
    QVERIFY(waitForEnd(id));
    const JobStatus job = statusOf(id);
    QCOMPARE(job.state, JobStatus::State::Finished);
    QCOMPARE(job.exitCode, 0);
    QCOMPARE(job.kind, QStringLiteral("shell"));
    QCOMPARE(job.serverSize, QStringLiteral("small"));
    QVERIFY(job.started.isValid() && job.ended.isValid());
    QFile result(m_home->filePath(JobScript::workFolder(id) + QStringLiteral("/result.txt")));
    QVERIFY(result.open(QIODevice::ReadOnly));
    QCOMPARE(result.readAll(), QByteArray("x ") + id.toUtf8() + '\n');

    JobScript::LogChunk log;
    m_client->readLog(id, 0, [&log](const JobClient::Outcome &, const JobScript::LogChunk &chunk) {
        log = chunk;
    });
    QTRY_VERIFY(log.ok);
    QVERIFY(log.bytes.contains("to-stdout\n"));
    QVERIFY(log.bytes.contains("to-stderr\n"));
    QCOMPARE(log.total, qint64(log.bytes.size()));
    // The job's folder is private to the user: the stop token of a job lives there.
    QCOMPARE(QFile::permissions(m_home->filePath(JobScript::jobFolder(id)))
                 & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
}

void TestJobs::emptyScriptRuns()
{
    // A tester's empty script was refused as "did not arrive on the server".
    const QString id = submit(QStringLiteral("empty.sh"), QByteArray());
    QVERIFY(!id.isEmpty());
    QVERIFY(waitForEnd(id));
    const JobStatus job = statusOf(id);
    QCOMPARE(job.state, JobStatus::State::Finished);
    QCOMPARE(job.exitCode, 0);
}

void TestJobs::failingScriptIsFailedWithItsExitCode()
{
    const QString id =
        submit(QStringLiteral("fails.py"), "import sys\nprint('about to fail')\nsys.exit(3)\n");
    QVERIFY(!id.isEmpty());
    QVERIFY(waitForEnd(id));
    const JobStatus job = statusOf(id);
    QCOMPARE(job.state, JobStatus::State::Failed);
    QCOMPARE(job.exitCode, 3);
}

void TestJobs::cancelEndsEveryProcess()
{
    // A process in a session of its own (as a kernel is) is found by the job's tag all the same.
    const QString id = submit(QStringLiteral("long.sh"), "setsid sleep 120 &\nsleep 120\n");
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(processesOf(id) >= 3, 10'000);
    QString state;
    m_client->cancel(id, [&state](const JobClient::Outcome &outcome, const QString &s) {
        state = outcome.ok ? s : outcome.error;
    });
    QTRY_VERIFY_WITH_TIMEOUT(!state.isEmpty(), 20'000);
    QCOMPARE(state, QStringLiteral("cancelled"));
    QTRY_COMPARE_WITH_TIMEOUT(processesOf(id), 0, 10'000);
    QCOMPARE(statusOf(id).state, JobStatus::State::Cancelled);

    // Cancelling what has ended, or what is not there, changes nothing and says so.
    m_client->cancel(id, [&state](const JobClient::Outcome &, const QString &s) {
        state = s;
    });
    QTRY_COMPARE(state, QStringLiteral("cancelled"));
    bool noSuchJob = false;
    m_client->cancel(QStringLiteral("20000101-000000-0000"),
                     [&noSuchJob](const JobClient::Outcome &outcome, const QString &) {
                         noSuchJob = outcome.noSuchJob;
                     });
    QTRY_VERIFY(noSuchJob);
}

void TestJobs::cancelReachesWhatLeftTheJob()
{
    // A tester's `env -i sleep 1000 &` outlived the cancel: processes without the job's tag,
    // one of them in a session of its own, ignoring TERM, whose parent ends on TERM. A process
    // of someone else (started here) is left alone.
    QProcess bystander;
    bystander.start(QStringLiteral("sleep"), {QStringLiteral("987.75")});
    QVERIFY(bystander.waitForStarted());
    const QString id = submit(QStringLiteral("escapes.sh"),
                              "env -i sleep 987.25 &\n"
                              "setsid env -i sh -c 'trap \"\" TERM; exec sleep 987.5' &\n"
                              "sleep 120\n");
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        processesWithArgument("987.25").size() == 1 && processesWithArgument("987.5").size() == 1, 10'000);
    QString state;
    m_client->cancel(id, [&state](const JobClient::Outcome &outcome, const QString &s) {
        state = outcome.ok ? s : outcome.error;
    });
    QTRY_VERIFY_WITH_TIMEOUT(!state.isEmpty(), 20'000);
    QCOMPARE(state, QStringLiteral("cancelled"));
    const auto leftovers = [] {
        return processesWithArgument("987.25") + processesWithArgument("987.5");
    };
    const auto removeLeftovers = qScopeGuard([&leftovers] { // after a failure: nothing may stay
        for (const qint64 pid : leftovers())
            QProcess::execute(QStringLiteral("kill"), {QStringLiteral("-KILL"), QString::number(pid)});
    });
    QTRY_COMPARE_WITH_TIMEOUT(leftovers().size(), 0, 10'000);
    QCOMPARE(bystander.state(), QProcess::Running);
    bystander.kill();
    bystander.waitForFinished();
}

void TestJobs::stopIsHandedToTheLastJobOut()
{
    // A stop-when-done job A ends while job C is being submitted (prepared, not yet started):
    // A must not stop the server under it; once C runs, A hands its stop over; C, the last
    // job out, stops the server with A's token.
    StopRecorder hub;
    QVERIFY(hub.listen(QHostAddress::LocalHost));
    qputenv("JUPYTERHUB_API_URL",
            QStringLiteral("http://127.0.0.1:%1/hub/api").arg(hub.serverPort()).toUtf8());
    qputenv("JUPYTERHUB_USER", "tester 1");
    const auto cleanEnvironment = qScopeGuard([] {
        qunsetenv("JUPYTERHUB_API_URL");
        qunsetenv("JUPYTERHUB_USER");
    });
    const QString jobs = m_home->filePath(JobScript::jobsFolder());

    JobRequest c = request(QStringLiteral("c.sh"), "while [ ! -f go ]; do sleep 0.1; done\n");
    QCOMPARE(call(false, c), QStringLiteral("prepared"));

    JobRequest a = request(QStringLiteral("a.sh"), "echo a\n");
    a.stopWhenDone = true;
    a.stopToken = "token-of-a";
    a.stopTokenId = QStringLiteral("a-token-id");
    QCOMPARE(call(false, a), QStringLiteral("prepared"));
    QVERIFY(!call(true, a).startsWith(QLatin1String("error")));
    // A waits while C is starting, and says so.
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(a.id).stopResult == QLatin1String("waiting-for-starting-job"), 10'000);
    QVERIFY(hub.requests.isEmpty());

    QCOMPARE(call(true, c), QStringLiteral("running"));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(a.id).stopResult, QStringLiteral("handed-over"), 10'000);
    QVERIFY(!QFileInfo::exists(m_home->filePath(JobScript::jobFolder(a.id) + QStringLiteral("/stop-token"))));
    const QString pending = jobs + QStringLiteral("/.stop-pending-0/") + a.id;
    QCOMPARE(QFile::permissions(pending)
                 & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    QVERIFY(hub.requests.isEmpty());

    QFile go(m_home->filePath(JobScript::workFolder(c.id) + QStringLiteral("/go")));
    QVERIFY(go.open(QIODevice::WriteOnly));
    go.close();
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(c.id).stopResult, QStringLiteral("stopped"), 15'000);
    QCOMPARE(statusOf(c.id).fields.value(QStringLiteral("stop_for")), a.id);
    QCOMPARE(hub.requests.size(), 1);
    QVERIFY2(hub.requests.first().startsWith("DELETE /hub/api/users/tester%201/server "),
             hub.requests.first().constData());
    QVERIFY(hub.requests.first().contains("Authorization: token token-of-a\r\n"));
    QVERIFY(!QFileInfo::exists(jobs + QStringLiteral("/.stop-pending-0"))); // used, and gone
    QVERIFY(
        !QFileInfo::exists(m_home->filePath(JobScript::jobFolder(c.id) + QStringLiteral("/stop-claimed"))));
}

void TestJobs::inputsBecomePrivate()
{
    // --upload keeps the modes it found (0755 folders); the job's inputs are as private as
    // its folder. A link among them is left alone, and so is what it points to.
    JobRequest job = request(QStringLiteral("list.sh"), "ls -R > listing.txt\n");
    QCOMPARE(call(false, job), QStringLiteral("prepared"));
    const QString work = m_home->filePath(JobScript::workFolder(job.id));
    QVERIFY(QDir().mkpath(work + QStringLiteral("/data dir/sub")));
    QFile file(work + QStringLiteral("/data dir/sub/values.csv"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QFile::Permissions open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
        | QFile::WriteUser | QFile::ExeUser | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(work + QStringLiteral("/data dir"), open));
    QVERIFY(QFile::setPermissions(work + QStringLiteral("/data dir/sub"), open));
    QVERIFY(QFile::setPermissions(
        file.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QTemporaryDir outside;
    QFile target(outside.filePath(QStringLiteral("shared.txt")));
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.close();
    QVERIFY(
        QFile::setPermissions(target.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY(QFile::link(target.fileName(), work + QStringLiteral("/link")));

    QVERIFY(!call(true, job).startsWith(QLatin1String("error")));
    QVERIFY(waitForEnd(job.id));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    for (const QString &path : {QStringLiteral("/data dir"), QStringLiteral("/data dir/sub"),
                                QStringLiteral("/data dir/sub/values.csv")})
        QCOMPARE(QFile::permissions(work + path) & others, QFile::Permissions());
    QVERIFY(QFile::permissions(target.fileName()) & QFile::ReadOther);
}

void TestJobs::timeLimitEndsTheJob()
{
    const QString id = submit(QStringLiteral("forever.sh"), "sleep 120\n", 1);
    QVERIFY(!id.isEmpty());
    QVERIFY(waitForEnd(id, 15'000));
    QCOMPARE(statusOf(id).state, JobStatus::State::TimedOut);
}

void TestJobs::staleStatusNeverSignalsAnotherProcess()
{
    // A job of an earlier server says "running, pid P"; a new server gave P to something else
    // (a tester's `jobs` killed a healthy job that way, and once the hub). The listing marks the
    // old job as stopped with its server and signals nothing that is not the job's.
    QProcess bystander;
    bystander.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(bystander.waitForStarted());
    const QString id = QStringLiteral("20261207-230001-dead");
    const QString folder = m_home->filePath(JobScript::jobFolder(id));
    QVERIFY(QDir().mkpath(folder));
    QFile status(folder + QStringLiteral("/status"));
    QVERIFY(status.open(QIODevice::WriteOnly));
    status.write("state=running\npid=" + QByteArray::number(bystander.processId())
                 + "\nserver_started=1796680000\nsubmitted=1796680000\n");
    status.close();

    QCOMPARE(statusOf(id).state, JobStatus::State::ServerStopped);
    // The listing has run to its end: had it signalled the bystander, /proc would say so now.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(bystander.processId()));
    QVERIFY(stat.open(QIODevice::ReadOnly));
    const QByteArray fields = stat.readAll();
    const QByteArray state = fields.mid(fields.lastIndexOf(')') + 2, 1);
    QVERIFY2(state == "S" || state == "R", fields.constData());
    bystander.kill();
    bystander.waitForFinished();
}

void TestJobs::listModelFollowsTheJobs()
{
    const QString done = submit(QStringLiteral("quick.sh"), "echo quick\n");
    QVERIFY(waitForEnd(done));
    const QString running = submit(QStringLiteral("slow.sh"), "echo started\nsleep 2\necho finished\n");
    QVERIFY(!running.isEmpty());

    JobList list(m_client, RateCard::fornax());
    list.setRefreshInterval(300);
    QSignalSpy ended(&list, &JobList::jobEnded);
    list.refresh();
    QTRY_COMPARE(list.rowCount(), 2);
    QCOMPARE(list.runningCount(), 1);
    // Newest first; ids name the second they were made in, so two of the same second may come
    // in either order.
    const int row = list.index(0).data(JobList::IdRole).toString() == running ? 0 : 1;
    const QModelIndex first = list.index(row);
    QCOMPARE(first.data(JobList::IdRole).toString(), running);
    QCOMPARE(list.index(1 - row).data(JobList::StateRole).toString(), QStringLiteral("finished"));
    QVERIFY(list.index(1 - row).data(JobList::CostRole).isValid()); // small has a rate on Fornax
    QTRY_VERIFY(first.data(JobList::LogTailRole).toString().contains(QLatin1String("started")));
    // It refreshes by itself while a job runs, and says once when it ends.
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 15'000);
    QCOMPARE(ended.first().at(0).toString(), running);
    QCOMPARE(ended.first().at(1).toString(), QStringLiteral("finished"));
    QCOMPARE(list.runningCount(), 0);
}

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
