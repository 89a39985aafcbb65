// RemoteDirectory against a real single-user server behind the local hub: it lists what the
// test put on the server's disk (names, sizes, times), reports a missing folder and a missing
// item by name, creates a folder and refuses an existing name, deletes files and non-empty
// folders on a server configured like jupyter_server without its trash (it refuses non-empty
// folders, so the terminal fallback runs), deletes a link and not what it points to, and says
// "not running" once the server is stopped.
#include "TestHub.h"
#include "hub/HubClient.h"
#include "transfer/RemoteDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace fornax;
using Error = RemoteDirectory::Error;
using Operation = RemoteDirectory::Operation;

namespace {

const QString User = fornax::test::TestHub::user(QStringLiteral("remotedir-user"));

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestRemoteDirectoryLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsWhatIsOnDisk();
    void missingFolderIsNamed();
    void createsFolderAndRefusesExistingName();
    void deletesItemsAndNonEmptyFolders();
    void deletingALinkKeepsItsTarget();
    void missingItemIsNamed();
    void stoppedServerIsNotAnError(); // last: stops the server

private:
    QJsonObject server() const;
    QString home() const { return m_hub.homeOf(User); }
    QString onDisk(const QString &path) const { return home() + QLatin1Char('/') + path; }

    test::TestHub m_hub;
    QNetworkAccessManager m_network;
    std::unique_ptr<HubClient> m_client;
    std::unique_ptr<RemoteDirectory> m_directory;
};

QJsonObject TestRemoteDirectoryLive::server() const
{
    return m_hub.call("GET", QStringLiteral("users/") + User)
        .json()
        .object()
        .value(QLatin1String("servers"))
        .toObject()
        .value(QString())
        .toObject();
}

void TestRemoteDirectoryLive::initTestCase()
{
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_hub.ensureUser(User));
    // Configured before it starts like jupyter_server with delete_to_trash off (Notebook reads
    // ~/.jupyter/jupyter_config.py): the contents API then refuses to delete non-empty folders.
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
    QTRY_VERIFY_WITH_TIMEOUT(server().isEmpty(), 30'000);
    QVERIFY(writeFile(onDisk(QStringLiteral(".jupyter/jupyter_config.py")),
                      "c.FileContentsManager.delete_to_trash = False\n"));
    for (const QString &old :
         {QStringLiteral("rd-list"), QStringLiteral("rd-create"), QStringLiteral("rd-del"),
          QStringLiteral("rd-link"), QStringLiteral("rd-target")})
        QDir(onDisk(old)).removeRecursively();
    const int status =
        m_hub.call("POST", QStringLiteral("users/%1/server").arg(User), R"({"profile":"small"})").status;
    QVERIFY2(status == 201 || status == 202, qPrintable(QString::number(status)));
    QTRY_VERIFY_WITH_TIMEOUT(server().value(QLatin1String("ready")).toBool(), 60'000);

    m_client = std::make_unique<HubClient>(HubUrl(m_hub.url()), &m_network);
    const QByteArray token = m_hub.createToken(User);
    m_client->setToken(token);
    m_client->setServerToken(token); // the same token for both: these tests are about files
    m_directory = std::make_unique<RemoteDirectory>(
        m_client.get(), m_hub.url().resolved(QUrl(QStringLiteral("user/%1/").arg(User))));
}

void TestRemoteDirectoryLive::cleanupTestCase()
{
    m_directory.reset();
    if (m_hub.isValid())
        m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
}

void TestRemoteDirectoryLive::listsWhatIsOnDisk()
{
    QVERIFY(writeFile(onDisk(QStringLiteral("rd-list/small.txt")), "hello"));
    QVERIFY(writeFile(onDisk(QStringLiteral("rd-list/data set/table.csv")), QByteArray(12'345, 'x')));
    QVERIFY(writeFile(onDisk(QStringLiteral("rd-list/empty.bin")), {}));
    QVERIFY(writeFile(onDisk(QStringLiteral("rd-list/.hidden")), "not listed"));

    QSignalSpy listed(m_directory.get(), &RemoteDirectory::listed);
    QSignalSpy failed(m_directory.get(), &RemoteDirectory::failed);
    m_directory->list(QStringLiteral("/rd-list/"));
    QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() || !failed.isEmpty(), 20'000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(3).toString()));
    QCOMPARE(listed.first().at(0).toString(), QStringLiteral("rd-list"));
    const auto entries = listed.first().at(1).value<QList<RemoteEntry>>();

    QHash<QString, RemoteEntry> byName;
    for (const RemoteEntry &entry : entries)
        byName.insert(entry.name, entry);
    QCOMPARE(byName.size(), 3);
    QVERIFY(!byName.contains(QStringLiteral(".hidden")));
    const QDir dir(onDisk(QStringLiteral("rd-list")));
    for (const QFileInfo &info : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        QVERIFY2(byName.contains(info.fileName()), qPrintable(info.fileName()));
        const RemoteEntry entry = byName.value(info.fileName());
        QCOMPARE(entry.path, QStringLiteral("rd-list/") + info.fileName());
        QCOMPARE(entry.isFolder, info.isDir());
        QCOMPARE(entry.size, info.isDir() ? qint64(-1) : info.size());
        // The server reports the file's own time, to the second at least.
        QVERIFY(entry.modified.isValid());
        QVERIFY(qAbs(entry.modified.msecsTo(info.lastModified())) < 1000);
    }
    QCOMPARE(byName.value(QStringLiteral("small.txt")).size, qint64(5));
}

void TestRemoteDirectoryLive::missingFolderIsNamed()
{
    QSignalSpy listed(m_directory.get(), &RemoteDirectory::listed);
    QSignalSpy failed(m_directory.get(), &RemoteDirectory::failed);
    m_directory->list(QStringLiteral("rd-nowhere/deeper"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20'000);
    QVERIFY(listed.isEmpty());
    QCOMPARE(failed.first().at(2).value<Error>(), Error::NotFound);
    const QString message = failed.first().at(3).toString();
    QVERIFY2(message.contains(QStringLiteral("“rd-nowhere/deeper” does not exist")), qPrintable(message));

    // A file is not a folder: refused without sending its content.
    QVERIFY(writeFile(onDisk(QStringLiteral("rd-list/small.txt")), "hello"));
    m_directory->list(QStringLiteral("rd-list/small.txt"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 20'000);
    QCOMPARE(failed.last().at(2).value<Error>(), Error::Server);
    QVERIFY(listed.isEmpty());
}

void TestRemoteDirectoryLive::createsFolderAndRefusesExistingName()
{
    QVERIFY(QDir().mkpath(onDisk(QStringLiteral("rd-create"))));
    QSignalSpy created(m_directory.get(), &RemoteDirectory::folderCreated);
    QSignalSpy failed(m_directory.get(), &RemoteDirectory::failed);
    m_directory->createFolder(QStringLiteral("rd-create"), QStringLiteral("run 1 – März"));
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty() || !failed.isEmpty(), 20'000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(3).toString()));
    QCOMPARE(created.first().first().toString(), QStringLiteral("rd-create/run 1 – März"));
    QVERIFY(QFileInfo(onDisk(QStringLiteral("rd-create/run 1 – März"))).isDir());

    // The same name again, as a folder and as a file: refused and named, nothing replaced.
    QVERIFY(writeFile(onDisk(QStringLiteral("rd-create/run 1 – März/keep.txt")), "keep"));
    QVERIFY(writeFile(onDisk(QStringLiteral("rd-create/notes")), "a file"));
    m_directory->createFolder(QStringLiteral("rd-create"), QStringLiteral("run 1 – März"));
    m_directory->createFolder(QStringLiteral("rd-create"), QStringLiteral("notes"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 20'000);
    QCOMPARE(created.size(), 1);
    for (const QList<QVariant> &failure : std::as_const(failed)) {
        QCOMPARE(failure.at(0).value<Operation>(), Operation::CreateFolder);
        QCOMPARE(failure.at(2).value<Error>(), Error::AlreadyExists);
        QVERIFY(failure.at(3).toString().contains(QStringLiteral("already exists in “rd-create”")));
    }
    QVERIFY(QFile::exists(onDisk(QStringLiteral("rd-create/run 1 – März/keep.txt"))));
    QVERIFY(QFileInfo(onDisk(QStringLiteral("rd-create/notes"))).isFile());

    // In a folder that does not exist: fails, and makes nothing.
    m_directory->createFolder(QStringLiteral("rd-create/gone"), QStringLiteral("child"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, 20'000);
    QVERIFY(failed.last().at(2).value<Error>() != Error::None);
    QVERIFY(!QFileInfo::exists(onDisk(QStringLiteral("rd-create/gone"))));
}

void TestRemoteDirectoryLive::deletesItemsAndNonEmptyFolders()
{
    QVERIFY(writeFile(onDisk(QStringLiteral("rd-del/file.txt")), "bye"));
    QVERIFY(writeFile(onDisk(QStringLiteral("rd-del/tree/a/b/deep.txt")), "deep"));
    QVERIFY(writeFile(onDisk(QStringLiteral("rd-del/tree/.hidden")), "hidden too"));
    QVERIFY(writeFile(onDisk(QStringLiteral("rd-del/it's \"quoted\" $(x)/f")), "odd name"));
    QVERIFY(QDir().mkpath(onDisk(QStringLiteral("rd-del/empty"))));
    QVERIFY(writeFile(onDisk(QStringLiteral("rd-del/stays.txt")), "stays"));

    QSignalSpy removed(m_directory.get(), &RemoteDirectory::removed);
    QSignalSpy failed(m_directory.get(), &RemoteDirectory::failed);
    const QStringList paths = {QStringLiteral("rd-del/file.txt"), QStringLiteral("rd-del/tree"),
                               QStringLiteral("rd-del/empty"), QStringLiteral("rd-del/it's \"quoted\" $(x)")};
    m_directory->remove(paths);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 60'000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(3).toString()));
    QCOMPARE(removed.first().first().toStringList(), paths);
    for (const QString &path : paths)
        QVERIFY2(!QFileInfo::exists(onDisk(path)), qPrintable(path));
    QVERIFY(QFile::exists(onDisk(QStringLiteral("rd-del/stays.txt"))));
}

void TestRemoteDirectoryLive::deletingALinkKeepsItsTarget()
{
    QVERIFY(writeFile(onDisk(QStringLiteral("rd-target/precious.txt")), "keep me"));
    QVERIFY(QDir().mkpath(onDisk(QStringLiteral("rd-link"))));
    QVERIFY(QFile::link(onDisk(QStringLiteral("rd-target")), onDisk(QStringLiteral("rd-link/to-target"))));

    QSignalSpy removed(m_directory.get(), &RemoteDirectory::removed);
    QSignalSpy failed(m_directory.get(), &RemoteDirectory::failed);
    m_directory->remove({QStringLiteral("rd-link/to-target")});
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 60'000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(3).toString()));
    QVERIFY(!QFileInfo(onDisk(QStringLiteral("rd-link/to-target"))).isSymLink());
    QVERIFY(!QFileInfo::exists(onDisk(QStringLiteral("rd-link/to-target"))));
    QFile precious(onDisk(QStringLiteral("rd-target/precious.txt")));
    QVERIFY(precious.open(QIODevice::ReadOnly));
    QCOMPARE(precious.readAll(), QByteArray("keep me"));
}

void TestRemoteDirectoryLive::missingItemIsNamed()
{
    QVERIFY(writeFile(onDisk(QStringLiteral("rd-del/real.txt")), "real"));
    QSignalSpy removed(m_directory.get(), &RemoteDirectory::removed);
    QSignalSpy failed(m_directory.get(), &RemoteDirectory::failed);
    m_directory->remove({QStringLiteral("rd-del/never-there.txt"), QStringLiteral("rd-del/real.txt")});
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 30'000);
    // The missing one is reported, and does not stop the others.
    QCOMPARE(removed.first().first().toStringList(), QStringList {QStringLiteral("rd-del/real.txt")});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("rd-del/never-there.txt"));
    QCOMPARE(failed.first().at(2).value<Error>(), Error::NotFound);
    const QString message = failed.first().at(3).toString();
    QVERIFY2(message.contains(QStringLiteral("“rd-del/never-there.txt” no longer exists")),
             qPrintable(message));
    QVERIFY(!QFileInfo::exists(onDisk(QStringLiteral("rd-del/real.txt"))));
}

void TestRemoteDirectoryLive::stoppedServerIsNotAnError()
{
    QCOMPARE(m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User)).status / 100, 2);
    QTRY_VERIFY_WITH_TIMEOUT(server().isEmpty(), 30'000);
    QSignalSpy listed(m_directory.get(), &RemoteDirectory::listed);
    QSignalSpy failed(m_directory.get(), &RemoteDirectory::failed);
    m_directory->list(QString());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20'000);
    QVERIFY(listed.isEmpty());
    QCOMPARE(failed.first().at(2).value<Error>(), Error::ServerNotRunning);
    QVERIFY(failed.first().at(3).toString().contains(QStringLiteral("not running")));
}

QTEST_GUILESS_MAIN(TestRemoteDirectoryLive)
#include "tst_remotedirectory.moc"
