// The window's reader of jobs (JobReader) on a real single-user server behind the local hub: it
// lists the job folders and reads a log's tail through the contents API and /files, and none of
// that counts as the server's activity (its own last_activity, what a server that culls itself
// or the hub's culler goes by, stays where it was) — while the same read without
// no_track_activity does move it, so the comparison can fail. A job of an earlier server shows
// as stopped with it; a server without jobs lists none.
#include "TestHub.h"
#include "hub/HubClient.h"
#include "hub/HubUrl.h"
#include "jobs/JobReader.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace fornax;

namespace {

const QString User = test::TestHub::user(QStringLiteral("jobreader"));

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestJobReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noJobsFolderListsNone();
    void listsAndTailsWithoutCountingAsActivity();

private:
    QString jobs() const { return m_hub.homeOf(User) + QStringLiteral("/fornax-jobs~"); }
    QList<JobStatus> list(qint64 serverStarted, bool *ok);

    test::TestHub m_hub;
    QNetworkAccessManager m_network;
    std::unique_ptr<HubClient> m_client;
    std::unique_ptr<JobReader> m_reader;
    qint64 m_started = 0;
};

void TestJobReader::initTestCase()
{
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_hub.ensureUser(User));
    const auto server = [this] {
        return m_hub.call("GET", QStringLiteral("users/") + User)
            .json()
            .object()
            .value(QLatin1String("servers"))
            .toObject()
            .value(QString())
            .toObject();
    };
    if (!server().value(QLatin1String("ready")).toBool()) {
        const int status =
            m_hub.call("POST", QStringLiteral("users/%1/server").arg(User), R"({"profile":"small"})").status;
        QVERIFY2(status == 201 || status == 202, qPrintable(QString::number(status)));
        QTRY_VERIFY_WITH_TIMEOUT(server().value(QLatin1String("ready")).toBool(), 60'000);
    }
    m_started = QDateTime::fromString(server().value(QLatin1String("started")).toString(), Qt::ISODateWithMs)
                    .toSecsSinceEpoch();
    QVERIFY(m_started > 0);
    m_client = std::make_unique<HubClient>(HubUrl(m_hub.url()), &m_network);
    m_client->setServerToken(m_hub.createToken(User));
    m_reader = std::make_unique<JobReader>(m_client.get(),
                                           m_hub.url().resolved(QUrl(QStringLiteral("user/%1/").arg(User))));
}

void TestJobReader::cleanupTestCase()
{
    m_reader.reset();
    QDir(jobs()).removeRecursively();
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
}

QList<JobStatus> TestJobReader::list(qint64 serverStarted, bool *ok)
{
    QList<JobStatus> result;
    bool answered = false;
    m_reader->list(serverStarted, [&](bool listed, const QString &error, const QList<JobStatus> &jobs) {
        answered = true;
        *ok = listed;
        result = jobs;
        if (!listed)
            qWarning() << error;
    });
    if (!QTest::qWaitFor(
            [&answered] {
                return answered;
            },
            30'000))
        *ok = false; // no answer at all: the callers' checks fail on it
    return result;
}

void TestJobReader::noJobsFolderListsNone()
{
    QDir(jobs()).removeRecursively();
    bool ok = false;
    QVERIFY(list(m_started, &ok).isEmpty());
    QVERIFY(ok);
    QVERIFY(QDir().mkpath(jobs()));
    m_hub.giveToServer(User, jobs());
    ok = false;
    QVERIFY(list(m_started, &ok).isEmpty());
    QVERIFY(ok);
}

void TestJobReader::listsAndTailsWithoutCountingAsActivity()
{
    // Two jobs as the wrapper leaves them: one running on this server, one of an earlier server.
    const QString now = QString::number(QDateTime::currentSecsSinceEpoch());
    QByteArray log;
    for (int line = 1; line <= 2000; ++line)
        log += "line " + QByteArray::number(line) + '\n';
    QVERIFY(writeFile(
        jobs() + QStringLiteral("/20261208-010000-aaaa/status"),
        (QStringLiteral("state=running\nfile=fit spectra.ipynb\nkind=notebook\nsize=small\nstarted=") + now
         + QStringLiteral("\nserver_started=") + QString::number(m_started) + QLatin1Char('\n'))
            .toUtf8()));
    QVERIFY(writeFile(jobs() + QStringLiteral("/20261208-010000-aaaa/log"), log));
    QVERIFY(writeFile(jobs() + QStringLiteral("/20261207-230000-bbbb/status"),
                      (QStringLiteral("state=running\nfile=old.py\nkind=python\nstarted=") + now
                       + QStringLiteral("\nserver_started=1000\n"))
                          .toUtf8()));
    QVERIFY(writeFile(jobs() + QStringLiteral("/20261207-230000-bbbb/log"), QByteArray()));
    QVERIFY(QDir().mkpath(jobs() + QStringLiteral("/not a job")));
    m_hub.giveToServer(User, jobs());

    const QDateTime before = m_hub.serverOwnActivity(User);
    QVERIFY(before.isValid());
    // What the panel does on each refresh, a few times over.
    for (int round = 0; round < 3; ++round) {
        bool ok = false;
        const QList<JobStatus> listed = list(m_started, &ok);
        QVERIFY(ok);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).id, QStringLiteral("20261208-010000-aaaa")); // newest first
        QCOMPARE(listed.at(0).file, QStringLiteral("fit spectra.ipynb"));
        QCOMPARE(listed.at(0).state, JobStatus::State::Running);
        QCOMPARE(listed.at(1).state, JobStatus::State::ServerStopped); // ran on an earlier server
        bool answered = false;
        QByteArray tail;
        m_reader->readTail(QStringLiteral("20261208-010000-aaaa"), 4096,
                           [&](bool read, const QByteArray &bytes) {
                               answered = read;
                               tail = bytes;
                           });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30'000);
        QCOMPARE(tail, log.right(4096)); // only the end came over the wire
        answered = false;
        m_reader->readTail(QStringLiteral("20261207-230000-bbbb"), 4096,
                           [&](bool read, const QByteArray &bytes) {
                               answered = read;
                               tail = bytes;
                           });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30'000);
        QVERIFY(tail.isEmpty());
    }
    QCOMPARE(m_hub.serverOwnActivity(User), before);

    // The control: the same listing without no_track_activity is activity.
    QNetworkRequest request = m_client->request(
        m_hub.url().resolved(QUrl(QStringLiteral("user/%1/api/contents/fornax-jobs~").arg(User))));
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(30'000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
    QTRY_VERIFY_WITH_TIMEOUT(m_hub.serverOwnActivity(User) > before, 5'000);
}

QTEST_GUILESS_MAIN(TestJobReader)
#include "tst_jobreader.moc"
