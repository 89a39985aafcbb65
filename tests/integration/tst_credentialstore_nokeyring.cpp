// CredentialStore on a D-Bus session with no Secret Service at all (CTest runs this test through
// dbus-run-session with tests/integration/no-secrets-bus.conf): tokens work in memory for the run,
// the user is told once, and no token reaches any file under the test's HOME and XDG folders.
#include "Settings.h"
#include "account/Account.h"
#include "account/CredentialStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using fornax::Account;
using fornax::CredentialStore;

namespace {

constexpr int KeyringTimeoutMs = 20'000;

QByteArray randomToken()
{
    QByteArray bytes(20, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

// Files below root whose contents hold needle (plainly or base64-encoded, as QtKeychain's
// insecure fallback would write it).
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray contents = file.readAll();
        if (contents.contains(needle) || contents.contains(needle.toBase64()))
            hits << path;
    }
    return hits;
}

// Every message logged while a test runs, with debug output of the account category on, so a
// test can show that no token was ever logged.
QStringList &loggedMessages()
{
    static QStringList messages;
    return messages;
}

QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    loggedMessages() << message;
    previousHandler(type, context, message);
}

} // namespace

class TestCredentialStoreNoKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scannerFindsTokens();
    void tokensLiveInMemoryForTheRun();
    void readFirstAlsoFallsBack();
    // Last: it leaves a keychain job waiting until the silent service is gone.
    void silentKeyringTimesOut();

private:
    QStringList foldersToScan() const;
};

void TestCredentialStoreNoKeyring::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: this test must run through CTest (dbus-run-session wrapper)");
    // Where QtKeychain's plain-text fallback would write, were it on: inside the test's HOME.
    QCoreApplication::setOrganizationName(QStringLiteral("Fornax"));
    QCoreApplication::setApplicationName(QStringLiteral("fornax-desktop"));
    QVERIFY2(QDir::homePath().contains(QLatin1String("test-output")),
             qPrintable(QStringLiteral("HOME is not the test's own: %1").arg(QDir::homePath())));
    QLoggingCategory::setFilterRules(QStringLiteral("fornax.account.debug=true"));
    previousHandler = qInstallMessageHandler(recordMessage);
}

QStringList TestCredentialStoreNoKeyring::foldersToScan() const
{
    QStringList folders {QDir::homePath()};
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString folder = qEnvironmentVariable(variable);
        if (!folder.isEmpty() && !folder.startsWith(QDir::homePath()) && QDir(folder).exists())
            folders << folder;
    }
    return folders;
}

void TestCredentialStoreNoKeyring::scannerFindsTokens()
{
    // The scan below must be able to fail: it finds a token written plainly or in base64.
    QTemporaryDir dir;
    const QByteArray token = randomToken();
    QVERIFY(filesContaining(dir.path(), token).isEmpty());
    QFile plain(dir.filePath(QStringLiteral("a/b/plain.conf")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/b")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("[x]\nkey=" + token + "\n");
    plain.close();
    QCOMPARE(filesContaining(dir.path(), token).size(), 1);
    QFile encoded(dir.filePath(QStringLiteral(".hidden")));
    QVERIFY(encoded.open(QIODevice::WriteOnly));
    encoded.write(token.toBase64());
    encoded.close();
    QCOMPARE(filesContaining(dir.path(), token).size(), 2);
}

void TestCredentialStoreNoKeyring::tokensLiveInMemoryForTheRun()
{
    // The app's own settings are in use too, as they would be during a sign-in.
    fornax::Settings settings;
    settings.setCurrentHubId(QStringLiteral("hub-example-org"));

    CredentialStore store;
    store.setRetryDelay(std::chrono::milliseconds(200));
    QSignalSpy written(&store, &CredentialStore::tokenWritten);
    QSignalSpy read(&store, &CredentialStore::tokenRead);
    QSignalSpy missing(&store, &CredentialStore::tokenMissing);
    QSignalSpy deleted(&store, &CredentialStore::tokenDeleted);
    QSignalSpy failed(&store, &CredentialStore::storeFailed);
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
    QVERIFY(store.isPersistent()); // not known before the first call

    const Account ada(QUrl(QStringLiteral("https://hub.example.org/")), QStringLiteral("ada"));
    const Account bob(QUrl(QStringLiteral("https://hub.example.org/")), QStringLiteral("bob"));
    const QByteArray adaToken = randomToken();
    const QByteArray bobToken = randomToken();

    store.writeToken(ada, adaToken);
    QTRY_COMPARE_WITH_TIMEOUT(written.size() + failed.size(), 1, KeyringTimeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(written.first().at(0).toString(), ada.keychainKey());
    QVERIFY(!store.isPersistent());
    QCOMPARE(unavailable.size(), 1);
    const QString reason = unavailable.first().at(0).toString();
    qInfo("told the user: %s", qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("keyring"), Qt::CaseInsensitive), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("sign in again")), qPrintable(reason));
    QVERIFY(!reason.contains(QString::fromLatin1(adaToken)));

    store.writeToken(bob, bobToken);
    store.readToken(ada);
    store.readToken(bob);
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 2, KeyringTimeoutMs);
    QCOMPARE(written.size(), 2);
    QCOMPARE(read.at(0).at(0).toString(), ada.keychainKey());
    QCOMPARE(read.at(0).at(1).toByteArray(), adaToken);
    QCOMPARE(read.at(1).at(1).toByteArray(), bobToken);
    QCOMPARE(unavailable.size(), 1); // said once, not per call

    // While both tokens are held, nothing on disk holds either.
    for (const QString &folder : foldersToScan()) {
        QVERIFY2(filesContaining(folder, adaToken).isEmpty(),
                 qPrintable(filesContaining(folder, adaToken).join(u' ')));
        QVERIFY2(filesContaining(folder, bobToken).isEmpty(),
                 qPrintable(filesContaining(folder, bobToken).join(u' ')));
    }
    QVERIFY(QFile::exists(settings.fileName())); // the scan did cover a file the app wrote
    // Nor did any log line, though the store logged the fallback and each call.
    const QStringList logged = loggedMessages();
    QVERIFY(logged.filter(ada.keychainKey()).size() >= 2);
    for (const QByteArray &token : {adaToken, bobToken})
        QVERIFY2(logged.filter(QString::fromLatin1(token)).isEmpty(), qPrintable(logged.join(u'\n')));

    store.deleteToken(ada);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, KeyringTimeoutMs);
    store.readToken(ada);
    QTRY_COMPARE_WITH_TIMEOUT(missing.size(), 1, KeyringTimeoutMs);
    QCOMPARE(missing.first().at(0).toString(), ada.keychainKey());
    QVERIFY(failed.isEmpty());

    // Memory is per run: a new store (the next start) has nothing.
    CredentialStore next;
    QSignalSpy nextMissing(&next, &CredentialStore::tokenMissing);
    QSignalSpy nextUnavailable(&next, &CredentialStore::keychainUnavailable);
    next.setRetryDelay(std::chrono::milliseconds(200));
    next.readToken(bob);
    QTRY_COMPARE_WITH_TIMEOUT(nextMissing.size(), 1, KeyringTimeoutMs);
    QCOMPARE(nextUnavailable.size(), 1);
}

void TestCredentialStoreNoKeyring::readFirstAlsoFallsBack()
{
    CredentialStore store;
    QSignalSpy missing(&store, &CredentialStore::tokenMissing);
    QSignalSpy failed(&store, &CredentialStore::storeFailed);
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
    store.readToken(Account(QUrl(QStringLiteral("https://hub.example.org/")), QStringLiteral("carol")));
    QTRY_COMPARE_WITH_TIMEOUT(missing.size() + failed.size(), 1, KeyringTimeoutMs);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!store.isPersistent());
}

void TestCredentialStoreNoKeyring::silentKeyringTimesOut()
{
    // A Secret Service that takes the name and never answers, as gnome-keyring does while its
    // unlock prompt waits on a display nobody sees (TESTBED.md).
    QProcess silent;
    silent.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    silent.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import dbus, sys, time\n"
                                 "bus = dbus.SessionBus()\n"
                                 "reply = bus.request_name('org.freedesktop.secrets', "
                                 "dbus.bus.NAME_FLAG_DO_NOT_QUEUE)\n"
                                 "print('owner' if reply == dbus.bus.REQUEST_NAME_REPLY_PRIMARY_OWNER "
                                 "else 'refused', flush=True)\n"
                                 "time.sleep(120)\n")});
    QVERIFY(silent.waitForStarted(5'000));
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += silent.readAllStandardOutput()).contains('\n'), 10'000);
    QCOMPARE(said.trimmed(), QByteArray("owner"));

    CredentialStore store;
    store.setTimeout(std::chrono::seconds(2));
    QSignalSpy written(&store, &CredentialStore::tokenWritten);
    QSignalSpy failed(&store, &CredentialStore::storeFailed);
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
    const Account dora(QUrl(QStringLiteral("https://hub.example.org/")), QStringLiteral("dora"));
    store.writeToken(dora, randomToken());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
    QCOMPARE(failed.first().at(0).toString(), dora.keychainKey());
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("did not answer")), qPrintable(message));
    QVERIFY(written.isEmpty());
    // A keyring that is there but stuck is not "no keyring": nothing falls back to memory.
    QVERIFY(unavailable.isEmpty());
    QVERIFY(store.isPersistent());

    silent.kill();
    silent.waitForFinished(5'000);
}

QTEST_GUILESS_MAIN(TestCredentialStoreNoKeyring)
#include "tst_credentialstore_nokeyring.moc"
