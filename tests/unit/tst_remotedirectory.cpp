// RemoteDirectory's pure parts (the contents API's item models, paths, folder names) and how
// it classifies the answers a real server gives only in states the live test hub cannot be put
// in on demand: JupyterHub's legacy 503 for a stopped server, a server that keeps non-empty
// folders and offers no terminal. Those come from a loopback server with canned replies.
#include "CannedHttpServer.h"
#include "hub/HubClient.h"
#include "jupyter/RemoteEntry.h"
#include "transfer/RemoteDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace fornax;
using Error = RemoteDirectory::Error;
using Operation = RemoteDirectory::Operation;

class TestRemoteDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesItemModels_data();
    void parsesItemModels();
    void parsesTimestamps_data();
    void parsesTimestamps();
    void normalizesPaths_data();
    void normalizesPaths();
    void checksFolderNames_data();
    void checksFolderNames();
    void classifiesReplies_data();
    void classifiesReplies();
    void existingNameIsReportedNotOverwritten();
    void homeFolderIsNeverDeleted();
    void nonEmptyFolderFallsBackToATerminal();

private:
    std::unique_ptr<HubClient> clientFor(const test::CannedHttpServer &server);
    QNetworkAccessManager m_network;
};

std::unique_ptr<HubClient> TestRemoteDirectory::clientFor(const test::CannedHttpServer &server)
{
    auto client =
        std::make_unique<HubClient>(HubUrl(QUrl(QString::fromLatin1(server.baseUrl()))), &m_network);
    client->setToken("canned-token");
    client->setServerToken("canned-token");
    return client;
}

void TestRemoteDirectory::parsesItemModels_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isFolder");
    QTest::addColumn<qint64>("size");

    QTest::newRow("file") << QByteArray(R"({"name":"a.fits","path":"data/a.fits","type":"file","size":2880,
        "last_modified":"2026-03-01T10:20:30.123456Z","writable":true})")
                          << true << QStringLiteral("a.fits") << QStringLiteral("data/a.fits") << false
                          << qint64(2880);
    QTest::newRow("folder, null size")
        << QByteArray(R"({"name":"data","path":"data","type":"directory","size":null})") << true
        << QStringLiteral("data") << QStringLiteral("data") << true << qint64(-1);
    QTest::newRow("notebook is a file")
        << QByteArray(R"({"name":"n.ipynb","path":"n.ipynb","type":"notebook","size":72})") << true
        << QStringLiteral("n.ipynb") << QStringLiteral("n.ipynb") << false << qint64(72);
    QTest::newRow("file without size") << QByteArray(R"({"name":"x","path":"x","type":"file"})") << true
                                       << QStringLiteral("x") << QStringLiteral("x") << false << qint64(-1);
    QTest::newRow("huge file") << QByteArray(R"({"name":"big","path":"big","type":"file","size":6000000000})")
                               << true << QStringLiteral("big") << QStringLiteral("big") << false
                               << qint64(6'000'000'000);
    QTest::newRow("no name") << QByteArray(R"({"path":"x","type":"file"})") << false << QString() << QString()
                             << false << qint64(-1);
    QTest::newRow("no type") << QByteArray(R"({"name":"x","path":"x"})") << false << QString() << QString()
                             << false << qint64(-1);
    // A hostile server's names: never followed out of their folder (issue 17).
    QTest::newRow("name ..") << QByteArray(R"({"name":"..","path":"..","type":"directory"})") << false
                             << QString() << QString() << false << qint64(-1);
    QTest::newRow("name with a slash") << QByteArray(R"({"name":"a/b","path":"a/b","type":"file"})") << false
                                       << QString() << QString() << false << qint64(-1);
    QTest::newRow("path climbing out")
        << QByteArray(R"({"name":"passwd","path":"../../etc/passwd","type":"file"})") << false << QString()
        << QString() << false << qint64(-1);
    QTest::newRow("absolute path") << QByteArray(R"({"name":"passwd","path":"/etc/passwd","type":"file"})")
                                   << false << QString() << QString() << false << qint64(-1);
    QTest::newRow("path of another name") << QByteArray(R"({"name":"y","path":"data/x","type":"file"})")
                                          << false << QString() << QString() << false << qint64(-1);
}

void TestRemoteDirectory::parsesItemModels()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY(doc.isObject());
    const std::optional<RemoteEntry> entry = RemoteEntry::fromJson(doc.object());
    QCOMPARE(entry.has_value(), valid);
    if (!valid)
        return;
    QTEST(entry->name, "name");
    QTEST(entry->path, "path");
    QTEST(entry->isFolder, "isFolder");
    QTEST(entry->size, "size");

    // The same model inside a folder listing; a broken neighbour is left out.
    QJsonObject folder;
    folder.insert(QStringLiteral("type"), QStringLiteral("directory"));
    folder.insert(QStringLiteral("content"),
                  QJsonDocument::fromJson("[" + json + R"(, {"name": ""}])").array());
    const QList<RemoteEntry> entries = RemoteEntry::listFromJson(folder);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first(), *entry);
}

void TestRemoteDirectory::parsesTimestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime base(QDate(2026, 3, 1), QTime(10, 20, 30), Qt::UTC);
    QTest::newRow("microseconds Z") << QStringLiteral("2026-03-01T10:20:30.123456Z") << base.addMSecs(123);
    QTest::newRow("milliseconds Z") << QStringLiteral("2026-03-01T10:20:30.123Z") << base.addMSecs(123);
    QTest::newRow("no fraction") << QStringLiteral("2026-03-01T10:20:30Z") << base;
    QTest::newRow("+00:00") << QStringLiteral("2026-03-01T10:20:30.5+00:00") << base.addMSecs(500);
    QTest::newRow("offset") << QStringLiteral("2026-03-01T12:20:30+02:00") << base;
    QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestRemoteDirectory::parsesTimestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = RemoteEntry::parseTimestamp(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestRemoteDirectory::normalizesPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("parent");
    QTest::newRow("home") << QString() << QString() << QString();
    QTest::newRow("slash") << QStringLiteral("/") << QString() << QString();
    QTest::newRow("tilde") << QStringLiteral("~") << QString() << QString();
    QTest::newRow("tilde slash") << QStringLiteral("~/data") << QStringLiteral("data") << QString();
    QTest::newRow("doubled slashes") << QStringLiteral("a//b/") << QStringLiteral("a/b")
                                     << QStringLiteral("a");
    QTest::newRow("dot") << QStringLiteral("./a/./b") << QStringLiteral("a/b") << QStringLiteral("a");
    QTest::newRow("dot dot") << QStringLiteral("a/b/../c") << QStringLiteral("a/c") << QStringLiteral("a");
    QTest::newRow("above the root") << QStringLiteral("../../etc") << QStringLiteral("etc") << QString();
    QTest::newRow("spaces kept") << QStringLiteral("my data/run 1") << QStringLiteral("my data/run 1")
                                 << QStringLiteral("my data");
    QTest::newRow("tilde inside") << QStringLiteral("a/~") << QStringLiteral("a/~") << QStringLiteral("a");
}

void TestRemoteDirectory::normalizesPaths()
{
    QFETCH(QString, path);
    QTEST(RemoteDirectory::normalizedPath(path), "normalized");
    QTEST(RemoteDirectory::parentPath(path), "parent");
}

void TestRemoteDirectory::checksFolderNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("plain") << QStringLiteral("results") << true;
    QTest::newRow("spaces inside") << QStringLiteral("run 2 (final)") << true;
    QTest::newRow("unicode") << QStringLiteral("Messungen – März") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("dot") << QStringLiteral(".") << false;
    QTest::newRow("dot dot") << QStringLiteral("..") << false;
    QTest::newRow("hidden") << QStringLiteral(".cache") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    QTest::newRow("trailing space") << QStringLiteral("data ") << false;
}

void TestRemoteDirectory::checksFolderNames()
{
    QFETCH(QString, name);
    QFETCH(bool, acceptable);
    QCOMPARE(RemoteDirectory::folderNameProblem(name).isEmpty(), acceptable);
}

void TestRemoteDirectory::classifiesReplies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("424 stopped") << 424
                                 << QByteArray(R"({"status":424,"message":"astro's server is not running"})")
                                 << Error::ServerNotRunning << QStringLiteral("not running");
    QTest::newRow("503 legacy stopped")
        << 503 << QByteArray(R"({"status":503,"message":"astro's server is not running"})")
        << Error::ServerNotRunning << QStringLiteral("not running");
    QTest::newRow("503 gateway") << 503 << QByteArray("<html>Service Unavailable</html>") << Error::Network
                                 << QStringLiteral("could not be reached");
    QTest::newRow("403") << 403 << QByteArray(R"({"message":"Permission denied: data"})") << Error::Forbidden
                         << QStringLiteral("“data/sub”");
    QTest::newRow("404") << 404 << QByteArray(R"({"message":"No such file or directory: data/sub"})")
                         << Error::NotFound << QStringLiteral("“data/sub” does not exist");
    QTest::newRow("500") << 500 << QByteArray(R"({"message":"Unhandled error"})") << Error::Server
                         << QStringLiteral("Unhandled error");
    QTest::newRow("200 but HTML") << 200 << QByteArray("<html>Sign in</html>") << Error::Server
                                  << QStringLiteral("cannot understand");
}

void TestRemoteDirectory::classifiesReplies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Error, error);
    QFETCH(QString, mentions);

    test::CannedHttpServer server;
    QVERIFY(server.start());
    server.setReply(status, body);
    auto client = clientFor(server);
    RemoteDirectory directory(client.get(),
                              QUrl(QString::fromLatin1(server.baseUrl()) + QStringLiteral("user/astro/")));
    QSignalSpy failed(&directory, &RemoteDirectory::failed);
    QSignalSpy listed(&directory, &RemoteDirectory::listed);
    directory.list(QStringLiteral("data/sub"));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(listed.isEmpty());
    QCOMPARE(failed.first().at(0).value<Operation>(), Operation::List);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("data/sub"));
    QCOMPARE(failed.first().at(2).value<Error>(), error);
    const QString message = failed.first().at(3).toString();
    QVERIFY2(message.contains(mentions), qPrintable(message));
    // The listing asked for the folder only, authorised, without its files' content.
    QCOMPARE(server.requests().size(), 1);
    const QByteArray request = server.requests().first();
    QVERIFY2(request.startsWith("GET /user/astro/api/contents/data/sub?type=directory&content=1 "),
             request.constData());
    QVERIFY(request.contains("Authorization: token canned-token"));
}

void TestRemoteDirectory::existingNameIsReportedNotOverwritten()
{
    test::CannedHttpServer server;
    QVERIFY(server.start());
    server.setReply(200, R"({"name":"made","path":"data/made","type":"directory"})");
    auto client = clientFor(server);
    RemoteDirectory directory(client.get(),
                              QUrl(QString::fromLatin1(server.baseUrl()) + QStringLiteral("user/astro")));
    QSignalSpy failed(&directory, &RemoteDirectory::failed);
    QSignalSpy created(&directory, &RemoteDirectory::folderCreated);
    directory.createFolder(QStringLiteral("data"), QStringLiteral("made"));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(2).value<Error>(), Error::AlreadyExists);
    QVERIFY(failed.first().at(3).toString().contains(QStringLiteral("“made” already exists in “data”")));
    QVERIFY(created.isEmpty());
    // Only the look: no PUT followed.
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().first().startsWith("GET /user/astro/api/contents/data/made?content=0 "));

    // A name that cannot be a folder's is refused before any request.
    directory.createFolder(QStringLiteral("data"), QStringLiteral("a/b"));
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(failed.last().at(2).value<Error>(), Error::InvalidName);
    QCOMPARE(server.requests().size(), 1);
}

void TestRemoteDirectory::homeFolderIsNeverDeleted()
{
    test::CannedHttpServer server;
    QVERIFY(server.start());
    server.setReply(204, {});
    auto client = clientFor(server);
    RemoteDirectory directory(client.get(),
                              QUrl(QString::fromLatin1(server.baseUrl()) + QStringLiteral("user/astro/")));
    QSignalSpy failed(&directory, &RemoteDirectory::failed);
    QSignalSpy removed(&directory, &RemoteDirectory::removed);
    directory.remove({QString(), QStringLiteral("/"), QStringLiteral("~"), QStringLiteral("a/..")});
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(failed.size(), 4);
    QVERIFY(removed.first().first().toStringList().isEmpty());
    QVERIFY(server.requests().isEmpty());
}

void TestRemoteDirectory::nonEmptyFolderFallsBackToATerminal()
{
    // jupyter_server without its trash refuses a folder that is not empty; then the folder is
    // removed in a terminal. This server offers none, so the removal fails, and says why.
    test::CannedHttpServer server;
    QVERIFY(server.start());
    server.queueReply(400, R"({"message":"Directory /home/astro/data not empty"})");
    server.setReply(500, R"({"message":"Terminals not available"})");
    auto client = clientFor(server);
    RemoteDirectory directory(client.get(),
                              QUrl(QString::fromLatin1(server.baseUrl()) + QStringLiteral("user/astro/")));
    QSignalSpy failed(&directory, &RemoteDirectory::failed);
    QSignalSpy removed(&directory, &RemoteDirectory::removed);
    directory.remove({QStringLiteral("data")});
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20'000);
    QVERIFY(removed.first().first().toStringList().isEmpty());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("data"));
    const QString message = failed.first().at(3).toString();
    QVERIFY2(message.contains(QStringLiteral("keeps folders that are not empty")), qPrintable(message));
    QVERIFY(server.requests().size() >= 2);
    QVERIFY(server.requests().at(0).startsWith("DELETE /user/astro/api/contents/data "));
    QVERIFY(server.requests().at(1).startsWith("POST /user/astro/api/terminals"));
}

QTEST_GUILESS_MAIN(TestRemoteDirectory)
#include "tst_remotedirectory.moc"
