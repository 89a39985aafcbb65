// What the window's job reader (JobReader) makes of the contents API's answers, and the URLs it
// reads: job folders only (by their ids, newest first), a file model's text, every URL with
// no_track_activity=1 (the promise that watching jobs never keeps a server alive), names that
// need quoting, and what a "running" status means as seen from here (another server's job
// stopped with it; one far past its time limit lost its wrapper).
#include "jobs/JobReader.h"

#include <QTest>
#include <QUrlQuery>

using namespace fornax;

class TestJobReaderUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderListingGivesJobIdsNewestFirst();
    void fileModelText();
    void urlsNeverCountAsActivity();
    void judgedStates_data();
    void judgedStates();
};

void TestJobReaderUnit::folderListingGivesJobIdsNewestFirst()
{
    const QByteArray listing = R"({"name": "fornax-jobs~", "type": "directory", "content": [
        {"name": "20261207-100000-aaaa", "type": "directory"},
        {"name": "20261208-090000-bbbb", "type": "directory"},
        {"name": "notes.txt", "type": "file"},
        {"name": "Not A Job", "type": "directory"},
        {"name": "20261201-000000-cccc", "type": "file"},
        {"name": "../escape", "type": "directory"}]})";
    QCOMPARE(JobReader::jobIds(listing),
             QStringList({QStringLiteral("20261208-090000-bbbb"), QStringLiteral("20261207-100000-aaaa")}));
    QVERIFY(JobReader::jobIds("not json").isEmpty());
    QVERIFY(JobReader::jobIds(R"({"content": null})").isEmpty());
}

void TestJobReaderUnit::fileModelText()
{
    QCOMPARE(
        JobReader::fileText(R"({"type": "file", "format": "text", "content": "state=running\nfile=ü.py\n"})"),
        QByteArray("state=running\nfile=\xc3\xbc.py\n"));
    // Base64 (a file the server took for binary) is not a status file.
    QVERIFY(JobReader::fileText(R"({"type": "file", "format": "base64", "content": "c3RhdGU9"})").isEmpty());
    QVERIFY(JobReader::fileText("<html>").isEmpty());
}

void TestJobReaderUnit::urlsNeverCountAsActivity()
{
    const QUrl server(QStringLiteral("https://hub.example/user/a%20b/"));
    const QUrl contents =
        JobReader::contentsUrl(server, QStringLiteral("fornax-jobs~/20261208-090000-bbbb/status"), true);
    QCOMPARE(contents.path(),
             QStringLiteral("/user/a b/api/contents/fornax-jobs~/20261208-090000-bbbb/status"));
    QCOMPARE(QUrlQuery(contents).queryItemValue(QStringLiteral("no_track_activity")), QStringLiteral("1"));
    QCOMPARE(QUrlQuery(contents).queryItemValue(QStringLiteral("content")), QStringLiteral("1"));
    const QUrl files = JobReader::filesUrl(server, QStringLiteral("fornax-jobs~/20261208-090000-bbbb/log"));
    QCOMPARE(files.path(), QStringLiteral("/user/a b/files/fornax-jobs~/20261208-090000-bbbb/log"));
    QCOMPARE(QUrlQuery(files).queryItemValue(QStringLiteral("no_track_activity")), QStringLiteral("1"));
    QCOMPARE(files.host(), QStringLiteral("hub.example"));
}

void TestJobReaderUnit::judgedStates_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<qint64>("serverStarted");
    QTest::addColumn<JobStatus::State>("shown");
    // now: 2026-12-08 12:00:00 UTC = 1796731200
    QTest::newRow("running here") << QByteArray(
        "state=running\nstarted=1796730000\nserver_started=1796700000\n"
        "max_seconds=3600\n") << qint64(1796700000)
                                  << JobStatus::State::Running;
    QTest::newRow("another server's")
        << QByteArray("state=running\nstarted=1796730000\nserver_started=1796600000\n") << qint64(1796700000)
        << JobStatus::State::ServerStopped;
    QTest::newRow("server unknown") << QByteArray(
        "state=running\nstarted=1796730000\nserver_started=1796600000\n")
                                    << qint64(0) << JobStatus::State::Running;
    QTest::newRow("within its limit and the grace")
        << QByteArray("state=running\nstarted=1796728000\nmax_seconds=3600\n") << qint64(0)
        << JobStatus::State::Running;
    QTest::newRow("far past its limit") << QByteArray("state=running\nstarted=1796720000\nmax_seconds=3600\n")
                                        << qint64(0) << JobStatus::State::Unknown;
    QTest::newRow("no limit") << QByteArray("state=running\nstarted=1790000000\nmax_seconds=0\n") << qint64(0)
                              << JobStatus::State::Running;
    QTest::newRow("starting for long")
        << QByteArray("state=starting\nsubmitted=1796730000\n") << qint64(0) << JobStatus::State::Unknown;
    QTest::newRow("starting now") << QByteArray("state=starting\nsubmitted=1796731190\n") << qint64(0)
                                  << JobStatus::State::Starting;
    QTest::newRow("ended stays") << QByteArray(
        "state=finished\nstarted=1700000000\nserver_started=1\nmax_seconds=1\n")
                                 << qint64(1796700000) << JobStatus::State::Finished;
}

void TestJobReaderUnit::judgedStates()
{
    QFETCH(QByteArray, status);
    QFETCH(qint64, serverStarted);
    QFETCH(JobStatus::State, shown);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1796731200, Qt::UTC);
    const JobStatus job = JobReader::judged(JobStatus::parse(QStringLiteral("20261208-090000-bbbb"), status),
                                            serverStarted, now);
    QCOMPARE(job.state, shown);
}

QTEST_GUILESS_MAIN(TestJobReaderUnit)
#include "tst_jobreader.moc"
