// The window's two questions to the user's server, against a real one behind the local hub:
// ContentsSize (how large a file from <server>files/ is, before WebEngine knows) and LabProbe
// (JupyterLab or the classic page). The size is the file's on disk; a folder, a missing file
// and a stopped server give "unknown"; URLs of another origin, another server, outside files/
// or with an unsafe segment are never asked about (the request would carry the server token).
// The probe finds no lab on the demo hub's Notebook 6 server, which proves it reached the server
// with its token (without one the server sends it to the hub's login, and the redirect guard
// stops it: no 404).
#include "TestHub.h"
#include "hub/HubClient.h"
#include "jupyter/ContentsSize.h"
#include "jupyter/LabProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace fornax;

namespace {

const QString User = fornax::test::TestHub::user(QStringLiteral("serverpages-user"));

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestServerPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sizeOfAFile();
    void sizeOfAFolderOrMissingFileIsUnknown();
    void foreignUrlsAreNotAskedAbout_data();
    void foreignUrlsAreNotAskedAbout();
    void classicServerHasNoLab();
    void stoppedServerSizeIsUnknown(); // last: stops the server

private:
    QJsonObject server() const;
    qint64 sizeOf(const QUrl &download);
    QUrl serverUrl() const { return m_hub.url().resolved(QUrl(QStringLiteral("user/%1/").arg(User))); }
    QString onDisk(const QString &path) const { return m_hub.homeOf(User) + QLatin1Char('/') + path; }

    test::TestHub m_hub;
    QNetworkAccessManager m_network;
    std::unique_ptr<HubClient> m_client;
};

QJsonObject TestServerPages::server() const
{
    return m_hub.call("GET", QStringLiteral("users/") + User)
        .json()
        .object()
        .value(QLatin1String("servers"))
        .toObject()
        .value(QString())
        .toObject();
}

qint64 TestServerPages::sizeOf(const QUrl &download)
{
    ContentsSize lookup(m_client.get());
    QSignalSpy finished(&lookup, &ContentsSize::finished);
    if (!lookup.lookUp(serverUrl(), download))
        return -2;
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    }();
    return finished.isEmpty() ? -3 : finished.first().at(0).toLongLong();
}

void TestServerPages::initTestCase()
{
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_hub.ensureUser(User));
    QVERIFY(writeFile(onDisk(QStringLiteral("sp-data/table one.csv")), QByteArray(12'345, 'x')));
    QVERIFY(writeFile(onDisk(QStringLiteral("sp-data/empty.bin")), {}));
    QVERIFY(writeFile(onDisk(QStringLiteral("sp-data/#1 ünï?.txt")), "hostile"));
    if (!server().value(QLatin1String("ready")).toBool()) {
        const int status =
            m_hub.call("POST", QStringLiteral("users/%1/server").arg(User), R"({"profile":"small"})").status;
        QVERIFY2(status == 201 || status == 202, qPrintable(QString::number(status)));
        QTRY_VERIFY_WITH_TIMEOUT(server().value(QLatin1String("ready")).toBool(), 60'000);
    }
    m_client = std::make_unique<HubClient>(HubUrl(m_hub.url()), &m_network);
    const QByteArray token = m_hub.createToken(User);
    m_client->setToken(token);
    m_client->setServerToken(token);
}

void TestServerPages::cleanupTestCase()
{
    if (m_hub.isValid())
        m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
}

void TestServerPages::sizeOfAFile()
{
    QCOMPARE(sizeOf(serverUrl().resolved(QUrl(QStringLiteral("files/sp-data/table%20one.csv")))),
             qint64(12'345));
    QCOMPARE(sizeOf(serverUrl().resolved(QUrl(QStringLiteral("files/sp-data/empty.bin")))), qint64(0));
    // A name WebEngine hands over percent-encoded: '#', '?', a space, non-ASCII.
    QUrl hostile = serverUrl();
    hostile.setPath(hostile.path() + QStringLiteral("files/sp-data/#1 ünï?.txt"), QUrl::DecodedMode);
    QCOMPARE(sizeOf(hostile), qint64(7));
}

void TestServerPages::sizeOfAFolderOrMissingFileIsUnknown()
{
    QCOMPARE(sizeOf(serverUrl().resolved(QUrl(QStringLiteral("files/sp-data")))), qint64(-1));
    QCOMPARE(sizeOf(serverUrl().resolved(QUrl(QStringLiteral("files/sp-data/nothing.txt")))), qint64(-1));
}

void TestServerPages::foreignUrlsAreNotAskedAbout_data()
{
    QTest::addColumn<QString>("download");
    QTest::newRow("another origin") << QStringLiteral("http://127.0.0.2:1/user/%1/files/a.txt");
    QTest::newRow("another user's server") << QStringLiteral("/user/someone-else/files/a.txt");
    QTest::newRow("not below files/") << QStringLiteral("/user/%1/api/contents/a.txt");
    QTest::newRow("a dot-dot segment") << QStringLiteral("/user/%1/files/sp-data/%2E%2E/%2E%2E/x");
}

void TestServerPages::foreignUrlsAreNotAskedAbout()
{
    QFETCH(QString, download);
    const QUrl url = m_hub.url().resolved(QUrl(download.arg(User)));
    ContentsSize lookup(m_client.get());
    QVERIFY2(!lookup.lookUp(serverUrl(), url), qPrintable(url.toString()));
    QVERIFY(!lookup.isRunning());
}

void TestServerPages::classicServerHasNoLab()
{
    LabProbe probe(m_client.get());
    QSignalSpy finished(&probe, &LabProbe::finished);
    probe.probe(serverUrl());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QCOMPARE(finished.first().at(0).toUrl(), serverUrl());
    QCOMPARE(finished.first().at(1).toBool(), false);
}

void TestServerPages::stoppedServerSizeIsUnknown()
{
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
    QTRY_VERIFY_WITH_TIMEOUT(server().isEmpty(), 30'000);
    QCOMPARE(sizeOf(serverUrl().resolved(QUrl(QStringLiteral("files/sp-data/table%20one.csv")))), qint64(-1));
}

QTEST_GUILESS_MAIN(TestServerPages)
#include "tst_serverpages.moc"
