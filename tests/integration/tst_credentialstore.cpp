// CredentialStore with the real Secret Service of the test session (gnome-keyring, started by
// tests/support/test-session.sh): write, read back through the store, through a second QtKeychain
// job and through secret-tool, overwrite, delete, missing entries.
#include "account/Account.h"
#include "account/CredentialStore.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <qt6keychain/keychain.h>

using fornax::Account;
using fornax::CredentialStore;

namespace {

// Every wait is bounded: a keyring that shows a prompt nobody sees must fail the test, not hang it.
constexpr int KeyringTimeoutMs = 20'000;

QByteArray randomToken()
{
    QByteArray bytes(20, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
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

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void writeReadDelete();
    void overwriteKeepsOneEntry();
    void missingEntry();
    void accountsDoNotShareTokens();
    void invalidAccountFails();

private:
    Account newAccount(const QString &user) const;
    // What secret-tool finds for key (the store's entries are plain-text secrets).
    QByteArray lookUpWithSecretTool(const QString &key, int *exitCode) const;
    // secret-tool's listing of the entries filed under key.
    QByteArray searchWithSecretTool(const QString &key) const;
    int countEntriesWithSecretTool(const QString &key) const;
    // Reads key with a QtKeychain job of its own, independently of CredentialStore.
    QByteArray readWithQtKeychain(const QString &key, QKeychain::Error *error) const;

    QString m_run; // unique per run, so entries of an earlier run cannot answer for this one
};

void TestCredentialStore::initTestCase()
{
    // Outside a private D-Bus session libdbus would autolaunch a bus on the display, and
    // gnome-keyring would wait on a prompt forever (TESTBED.md).
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run through tests/support/test-session.sh inside dbus-run-session");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool is missing: install libsecret-tools (packaging/install-deps.sh)");
    m_run = QString::number(QRandomGenerator::global()->generate(), 36);
    QLoggingCategory::setFilterRules(QStringLiteral("fornax.account.debug=true"));
    previousHandler = qInstallMessageHandler(recordMessage);
}

void TestCredentialStore::init()
{
    QCOMPARE(CredentialStore::serviceName(), QStringLiteral("gov.nasa.fornax.Desktop"));
}

Account TestCredentialStore::newAccount(const QString &user) const
{
    Account account(QUrl(QStringLiteral("https://hub.example.org/jupyter/")),
                    user + QLatin1Char('-') + m_run);
    account.setTokenId(QStringLiteral("a7"));
    return account;
}

QByteArray TestCredentialStore::lookUpWithSecretTool(const QString &key, int *exitCode) const
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), CredentialStore::serviceName(),
                QStringLiteral("user"), key});
    if (!tool.waitForFinished(KeyringTimeoutMs)) {
        tool.kill();
        tool.waitForFinished();
        *exitCode = -1;
        return {};
    }
    *exitCode = tool.exitCode();
    return tool.readAllStandardOutput();
}

QByteArray TestCredentialStore::searchWithSecretTool(const QString &key) const
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                CredentialStore::serviceName(), QStringLiteral("user"), key});
    if (!tool.waitForFinished(KeyringTimeoutMs)) {
        tool.kill();
        tool.waitForFinished();
        return {};
    }
    // secret-tool 0.20 prints label and secret on stdout, the attributes on stderr.
    return tool.readAllStandardOutput() + '\n' + tool.readAllStandardError();
}

int TestCredentialStore::countEntriesWithSecretTool(const QString &key) const
{
    // One "attribute.user = <key>" line per item.
    int count = 0;
    const QByteArray attribute = "attribute.user = " + key.toUtf8();
    for (const QByteArray &line : searchWithSecretTool(key).split('\n')) {
        if (line.trimmed() == attribute)
            ++count;
    }
    return count;
}

QByteArray TestCredentialStore::readWithQtKeychain(const QString &key, QKeychain::Error *error) const
{
    QKeychain::ReadPasswordJob job(CredentialStore::serviceName());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(KeyringTimeoutMs)) {
        *error = QKeychain::OtherError;
        return {};
    }
    *error = job.error();
    return job.binaryData();
}

void TestCredentialStore::writeReadDelete()
{
    CredentialStore store;
    QSignalSpy written(&store, &CredentialStore::tokenWritten);
    QSignalSpy read(&store, &CredentialStore::tokenRead);
    QSignalSpy missing(&store, &CredentialStore::tokenMissing);
    QSignalSpy deleted(&store, &CredentialStore::tokenDeleted);
    QSignalSpy failed(&store, &CredentialStore::storeFailed);
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);

    const Account account = newAccount(QStringLiteral("ada"));
    const QString key = account.keychainKey();
    const QByteArray token = randomToken();

    store.writeToken(account, token);
    QTRY_COMPARE_WITH_TIMEOUT(written.size() + failed.size(), 1, KeyringTimeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(written.first().at(0).toString(), key);
    QVERIFY(store.isPersistent());
    QVERIFY(unavailable.isEmpty());

    // Independently of the store: secret-tool (libsecret over D-Bus) and a QtKeychain job.
    int exitCode = -1;
    QCOMPARE(lookUpWithSecretTool(key, &exitCode), token);
    QCOMPARE(exitCode, 0);
    const QByteArray listing = searchWithSecretTool(key);
    QVERIFY2(listing.contains(QByteArray("\nsecret = " + token + "\n")), listing.constData());
    QCOMPARE(countEntriesWithSecretTool(key), 1);
    QKeychain::Error error = QKeychain::OtherError;
    QCOMPARE(readWithQtKeychain(key, &error), token);
    QCOMPARE(error, QKeychain::NoError);

    // A new store (the next app start) reads it back.
    CredentialStore next;
    QSignalSpy nextRead(&next, &CredentialStore::tokenRead);
    QSignalSpy nextFailed(&next, &CredentialStore::storeFailed);
    next.readToken(account);
    QTRY_COMPARE_WITH_TIMEOUT(nextRead.size() + nextFailed.size(), 1, KeyringTimeoutMs);
    QCOMPARE(nextRead.size(), 1);
    QCOMPARE(nextRead.first().at(0).toString(), key);
    QCOMPARE(nextRead.first().at(1).toByteArray(), token);

    store.deleteToken(account);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size() + failed.size(), 1, KeyringTimeoutMs);
    QCOMPARE(deleted.first().at(0).toString(), key);
    QCOMPARE(lookUpWithSecretTool(key, &exitCode), QByteArray());
    QVERIFY(exitCode != 0);
    QCOMPARE(countEntriesWithSecretTool(key), 0);

    store.readToken(account);
    QTRY_COMPARE_WITH_TIMEOUT(missing.size() + read.size() + failed.size(), 1, KeyringTimeoutMs);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().at(0).toString(), key);
    QVERIFY(failed.isEmpty());
    QVERIFY(unavailable.isEmpty());

    // The store logged its work, by key, and never the token.
    const QStringList logged = loggedMessages();
    QVERIFY(logged.filter(key).size() >= 2);
    QVERIFY2(logged.filter(QString::fromLatin1(token)).isEmpty(), qPrintable(logged.join(u'\n')));
}

void TestCredentialStore::overwriteKeepsOneEntry()
{
    CredentialStore store;
    QSignalSpy written(&store, &CredentialStore::tokenWritten);
    QSignalSpy read(&store, &CredentialStore::tokenRead);
    QSignalSpy deleted(&store, &CredentialStore::tokenDeleted);
    QSignalSpy failed(&store, &CredentialStore::storeFailed);
    const Account account = newAccount(QStringLiteral("renewed"));
    const QByteArray first = randomToken();
    const QByteArray second = randomToken();

    store.writeToken(account, first);
    store.writeToken(account, second);
    QTRY_COMPARE_WITH_TIMEOUT(written.size() + failed.size(), 2, KeyringTimeoutMs);
    QVERIFY(failed.isEmpty());
    store.readToken(account);
    QTRY_COMPARE_WITH_TIMEOUT(read.size() + failed.size(), 1, KeyringTimeoutMs);
    QCOMPARE(read.first().at(1).toByteArray(), second);
    QCOMPARE(countEntriesWithSecretTool(account.keychainKey()), 1);

    store.deleteToken(account);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size() + failed.size(), 1, KeyringTimeoutMs);
    QCOMPARE(countEntriesWithSecretTool(account.keychainKey()), 0);
}

void TestCredentialStore::missingEntry()
{
    CredentialStore store;
    QSignalSpy missing(&store, &CredentialStore::tokenMissing);
    QSignalSpy read(&store, &CredentialStore::tokenRead);
    QSignalSpy deleted(&store, &CredentialStore::tokenDeleted);
    QSignalSpy failed(&store, &CredentialStore::storeFailed);
    const Account account = newAccount(QStringLiteral("never-signed-in"));

    store.readToken(account);
    QTRY_COMPARE_WITH_TIMEOUT(missing.size() + read.size() + failed.size(), 1, KeyringTimeoutMs);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().at(0).toString(), account.keychainKey());

    // Deleting what is not there is not an error: sign-out must always succeed locally.
    store.deleteToken(account);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size() + failed.size(), 1, KeyringTimeoutMs);
    QCOMPARE(deleted.size(), 1);
    QVERIFY(store.isPersistent());
}

void TestCredentialStore::accountsDoNotShareTokens()
{
    CredentialStore store;
    QSignalSpy written(&store, &CredentialStore::tokenWritten);
    QSignalSpy read(&store, &CredentialStore::tokenRead);
    QSignalSpy missing(&store, &CredentialStore::tokenMissing);
    QSignalSpy deleted(&store, &CredentialStore::tokenDeleted);
    QSignalSpy failed(&store, &CredentialStore::storeFailed);

    const Account ada = newAccount(QStringLiteral("ada"));
    Account adaElsewhere = ada;
    adaElsewhere.setHubUrl(QUrl(QStringLiteral("https://other-hub.example.org/")));
    const Account bob = newAccount(QStringLiteral("bob"));
    const QByteArray adaToken = randomToken();
    const QByteArray bobToken = randomToken();

    store.writeToken(ada, adaToken);
    store.writeToken(bob, bobToken);
    QTRY_COMPARE_WITH_TIMEOUT(written.size() + failed.size(), 2, KeyringTimeoutMs);
    store.readToken(bob);
    store.readToken(ada);
    store.readToken(adaElsewhere);
    QTRY_COMPARE_WITH_TIMEOUT(read.size() + missing.size() + failed.size(), 3, KeyringTimeoutMs);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).at(0).toString(), bob.keychainKey());
    QCOMPARE(read.at(0).at(1).toByteArray(), bobToken);
    QCOMPARE(read.at(1).at(0).toString(), ada.keychainKey());
    QCOMPARE(read.at(1).at(1).toByteArray(), adaToken);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().at(0).toString(), adaElsewhere.keychainKey());

    store.deleteToken(ada);
    store.deleteToken(bob);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size() + failed.size(), 2, KeyringTimeoutMs);
    QVERIFY(failed.isEmpty());
}

void TestCredentialStore::invalidAccountFails()
{
    CredentialStore store;
    QSignalSpy failed(&store, &CredentialStore::storeFailed);
    QSignalSpy written(&store, &CredentialStore::tokenWritten);
    store.writeToken(Account(), randomToken());
    store.writeToken(newAccount(QStringLiteral("ada")), QByteArray());
    QCOMPARE(failed.size(), 0); // reported asynchronously, after the call returned
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, KeyringTimeoutMs);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QVERIFY(written.isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
