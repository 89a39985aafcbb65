// HubDirectory against the real local JupyterHub: adding hubs (also from a JupyterLab address),
// refusing closed ports and duplicates, persistence through a real settings file, Fornax's entry.
#include "Defaults.h"
#include "Settings.h"
#include "TestHub.h"
#include "account/HubDirectory.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using fornax::Account;
using fornax::HubDirectory;
using fornax::HubEntry;
using fornax::HubError;
using fornax::Settings;

namespace {

constexpr int ProbeTimeoutMs = 40'000;

} // namespace

class TestHubDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fornaxComesFirst();
    void addsLiveHub();
    void addsHubFromLabAddress();
    void refusesClosedPort();
    void refusesTextThatIsNoAddress();
    void refusesDuplicate();
    void persistsAcrossInstances();
    void accounts();
    void removeHubForgetsItsAccounts();
    void correctsAndResetsFornax();

private:
    // (Re)opens the directory on the test's settings file, as the next app start would.
    void reopen();
    // Adds address and returns the new id; empty (and the test failed) when it was refused.
    QString add(const QString &address, const QString &name = {});
    // Adds address expecting a refusal; returns the signal's arguments.
    QVariantList addRefused(const QString &address);
    Account accountOf(const QString &user) const;
    QByteArray settingsFile() const;

    fornax::test::TestHub m_hub;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<HubDirectory> m_directory;
};

void TestHubDirectory::initTestCase()
{
    qRegisterMetaType<fornax::HubError>();
    qRegisterMetaType<fornax::Account>();
    m_hub = fornax::test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
}

void TestHubDirectory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    reopen();
}

void TestHubDirectory::cleanup()
{
    m_directory.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestHubDirectory::reopen()
{
    m_directory.reset();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("fornax.conf")));
    m_directory = std::make_unique<HubDirectory>(m_settings.get(), &m_network);
}

QString TestHubDirectory::add(const QString &address, const QString &name)
{
    QSignalSpy added(m_directory.get(), &HubDirectory::hubAdded);
    QSignalSpy rejected(m_directory.get(), &HubDirectory::hubRejected);
    m_directory->addHub(address, name);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(added.size() + rejected.size() == 1, ProbeTimeoutMs);
    }();
    if (added.size() != 1) {
        const QString why =
            rejected.isEmpty() ? QStringLiteral("no answer") : rejected.first().at(2).toString();
        qWarning("adding %s was refused: %s", qPrintable(address), qPrintable(why));
        return {};
    }
    return added.first().at(0).toString();
}

QVariantList TestHubDirectory::addRefused(const QString &address)
{
    QSignalSpy added(m_directory.get(), &HubDirectory::hubAdded);
    QSignalSpy rejected(m_directory.get(), &HubDirectory::hubRejected);
    m_directory->addHub(address);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(added.size() + rejected.size() == 1, ProbeTimeoutMs);
    }();
    return rejected.isEmpty() ? QVariantList() : rejected.first();
}

Account TestHubDirectory::accountOf(const QString &user) const
{
    Account account(m_hub.url(), user);
    account.setTokenId(QStringLiteral("a42"));
    account.setTokenExpiry(QDateTime::currentDateTimeUtc().addDays(30));
    return account;
}

QByteArray TestHubDirectory::settingsFile() const
{
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestHubDirectory::fornaxComesFirst()
{
    const QList<HubEntry> hubs = m_directory->hubs();
    QCOMPARE(hubs.size(), 1);
    const HubEntry &fornax = hubs.first();
    QCOMPARE(fornax.id, HubEntry::fornaxId());
    QVERIFY(fornax.isFornax());
    QCOMPARE(fornax.displayName, QString::fromUtf8(fornax::defaults::FornaxHubName));
    QCOMPARE(fornax.address, QString::fromUtf8(fornax::defaults::FornaxConsoleUrl));
    QVERIFY(!fornax.isConfirmed()); // found by a probe before the first sign-in
    QVERIFY(fornax.accounts.isEmpty());
    QCOMPARE(m_directory->currentHubId(), HubEntry::fornaxId());
    QVERIFY(!m_directory->removeHub(HubEntry::fornaxId()));
    QCOMPARE(m_directory->hubs().size(), 1);

    const QString id = add(m_hub.url().toString());
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_directory->hubs().first().id, HubEntry::fornaxId());
    QCOMPARE(m_directory->hubs().last().id, id);
}

void TestHubDirectory::addsLiveHub()
{
    const QString id = add(m_hub.url().toString(), QStringLiteral("Local test hub"));
    QVERIFY(!id.isEmpty());
    QVERIFY(id != HubEntry::fornaxId());
    const auto entry = m_directory->hub(id);
    QVERIFY(entry);
    QCOMPARE(entry->displayName, QStringLiteral("Local test hub"));
    QCOMPARE(entry->address, m_hub.url().toString());
    QVERIFY(entry->isConfirmed());
    QCOMPARE(entry->confirmedBase.base(), m_hub.url());
    QVERIFY2(entry->version.startsWith(QLatin1String("3.")) || entry->version.startsWith(QLatin1String("4."))
                 || entry->version.startsWith(QLatin1String("5.")),
             qPrintable(entry->version));
    QVERIFY(entry->accounts.isEmpty());
    QCOMPARE(m_settings->addedHubIds(), QStringList {id});
    qInfo("added %s as %s: JupyterHub %s", qPrintable(entry->confirmedBase.toDisplayString()), qPrintable(id),
          qPrintable(entry->version));
}

void TestHubDirectory::addsHubFromLabAddress()
{
    const QString lab = m_hub.url().toString() + QStringLiteral("user/x/lab");
    const QString id = add(lab);
    QVERIFY(!id.isEmpty());
    const auto entry = m_directory->hub(id);
    QCOMPARE(entry->confirmedBase.base(), m_hub.url());
    QCOMPARE(entry->address, lab); // kept as typed
    // No name given: the host stands in for one.
    QVERIFY2(entry->displayName.contains(m_hub.url().host()), qPrintable(entry->displayName));
}

void TestHubDirectory::refusesClosedPort()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    const QString address = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    const QVariantList refusal = addRefused(address);
    QCOMPARE(refusal.size(), 3);
    QCOMPARE(refusal.at(0).toString(), address);
    const auto error = refusal.at(1).value<HubError>();
    QCOMPARE(error.kind(), HubError::Kind::Unreachable);
    QVERIFY(!refusal.at(2).toString().isEmpty());
    QCOMPARE(refusal.at(2).toString(), error.message());
    QCOMPARE(m_directory->hubs().size(), 1);
    QVERIFY(m_settings->addedHubIds().isEmpty());
}

void TestHubDirectory::refusesTextThatIsNoAddress()
{
    const QVariantList refusal = addRefused(QStringLiteral("my hub please"));
    QCOMPARE(refusal.size(), 3);
    QCOMPARE(refusal.at(1).value<HubError>().kind(), HubError::Kind::NotAHub);
    QCOMPARE(m_directory->hubs().size(), 1);
}

void TestHubDirectory::refusesDuplicate()
{
    const QString id = add(m_hub.url().toString(), QStringLiteral("Local test hub"));
    QVERIFY(!id.isEmpty());
    // The same hub reached through a JupyterLab address and through one of its pages.
    const QStringList addresses {m_hub.url().toString() + QStringLiteral("user/x/lab"),
                                 m_hub.url().toString() + QStringLiteral("hub/home")};
    for (const QString &again : addresses) {
        const QVariantList refusal = addRefused(again);
        QCOMPARE(refusal.size(), 3);
        QVERIFY(!refusal.at(1).value<HubError>().isError()); // the hub itself is fine
        const QString message = refusal.at(2).toString();
        QVERIFY2(message.contains(QLatin1String("Local test hub")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("already")), qPrintable(message));
    }
    QCOMPARE(m_directory->hubs().size(), 2);
    QCOMPARE(m_settings->addedHubIds(), QStringList {id});
}

void TestHubDirectory::persistsAcrossInstances()
{
    const QString id = add(m_hub.url().toString(), QStringLiteral("Local test hub"));
    QVERIFY(!id.isEmpty());
    const QString user = QStringLiteral("persist-user");
    const QByteArray token = m_hub.createToken(user);
    QVERIFY(!token.isEmpty());
    Account account = accountOf(user);
    QVERIFY(m_directory->addAccount(id, account));
    QVERIFY(m_directory->addAccount(id, accountOf(QStringLiteral("second-user"))));
    QVERIFY(m_directory->setCurrentAccount(id, QStringLiteral("second-user")));
    QSignalSpy current(m_directory.get(), &HubDirectory::currentHubChanged);
    QVERIFY(m_directory->setCurrentHubId(id));
    QCOMPARE(current.size(), 1);
    const QList<HubEntry> before = m_directory->hubs();

    reopen();
    const QList<HubEntry> after = m_directory->hubs();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).displayName, before.at(i).displayName);
        QCOMPARE(after.at(i).address, before.at(i).address);
        QCOMPARE(after.at(i).confirmedBase, before.at(i).confirmedBase);
        QCOMPARE(after.at(i).version, before.at(i).version);
        QCOMPARE(after.at(i).accounts, before.at(i).accounts);
        QCOMPARE(after.at(i).currentAccount, before.at(i).currentAccount);
    }
    QCOMPARE(m_directory->currentHubId(), id);
    QCOMPARE(m_directory->currentAccount(id)->userName(), QStringLiteral("second-user"));
    QCOMPARE(*m_directory->hub(id)->account(user), account);
    // A real token of this user exists on the hub; the settings name it by id only.
    QVERIFY(!settingsFile().contains(token));
    QVERIFY(settingsFile().contains("a42"));
}

void TestHubDirectory::accounts()
{
    const QString id = add(m_hub.url().toString());
    QVERIFY(!id.isEmpty());

    // An account of another hub, or of a hub not confirmed yet, is refused.
    QVERIFY(!m_directory->addAccount(
        id, Account(QUrl(QStringLiteral("https://elsewhere.example/")), QStringLiteral("ada"))));
    QVERIFY(!m_directory->addAccount(HubEntry::fornaxId(), accountOf(QStringLiteral("ada"))));
    QVERIFY(!m_directory->addAccount(QStringLiteral("no-such-hub"), accountOf(QStringLiteral("ada"))));

    QVERIFY(m_directory->addAccount(id, accountOf(QStringLiteral("ada"))));
    QCOMPARE(m_directory->currentAccount(id)->userName(), QStringLiteral("ada")); // the first is current
    QVERIFY(m_directory->addAccount(id, accountOf(QStringLiteral("bob"))));
    QCOMPARE(m_directory->currentAccount(id)->userName(), QStringLiteral("ada"));

    // Same user again: updated, not doubled.
    Account renewed = accountOf(QStringLiteral("ada"));
    renewed.setTokenId(QStringLiteral("a43"));
    QVERIFY(m_directory->addAccount(id, renewed));
    QCOMPARE(m_directory->hub(id)->accounts.size(), 2);
    QCOMPARE(m_directory->hub(id)->account(QStringLiteral("ada"))->tokenId(), QStringLiteral("a43"));

    QVERIFY(!m_directory->setCurrentAccount(id, QStringLiteral("nobody")));
    QVERIFY(m_directory->setCurrentAccount(id, QStringLiteral("bob")));

    QSignalSpy removed(m_directory.get(), &HubDirectory::accountRemoved);
    QVERIFY(m_directory->removeAccount(id, QStringLiteral("bob")));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(0).toString(), id);
    QCOMPARE(removed.first().at(1).value<Account>().userName(), QStringLiteral("bob"));
    // The current account went away: the one left takes over.
    QCOMPARE(m_directory->currentAccount(id)->userName(), QStringLiteral("ada"));
    QVERIFY(!m_directory->removeAccount(id, QStringLiteral("bob")));
    QVERIFY(m_directory->removeAccount(id, QStringLiteral("ada")));
    QVERIFY(!m_directory->currentAccount(id));
    QVERIFY(m_directory->hub(id)->accounts.isEmpty());
}

void TestHubDirectory::removeHubForgetsItsAccounts()
{
    const QString id = add(m_hub.url().toString());
    QVERIFY(!id.isEmpty());
    QVERIFY(m_directory->addAccount(id, accountOf(QStringLiteral("ada"))));
    m_settings->setLastProfile(id, QStringLiteral("small"));
    QVERIFY(m_directory->setCurrentHubId(id));

    QSignalSpy accountRemoved(m_directory.get(), &HubDirectory::accountRemoved);
    QSignalSpy hubRemoved(m_directory.get(), &HubDirectory::hubRemoved);
    QSignalSpy current(m_directory.get(), &HubDirectory::currentHubChanged);
    QVERIFY(m_directory->removeHub(id));
    QCOMPARE(accountRemoved.size(), 1);
    QCOMPARE(hubRemoved.size(), 1);
    QCOMPARE(current.size(), 1);
    QCOMPARE(m_directory->currentHubId(), HubEntry::fornaxId());
    QVERIFY(!m_directory->contains(id));
    QCOMPARE(m_settings->lastProfile(id), QString());
    QVERIFY(!m_directory->removeHub(id));

    reopen();
    QCOMPARE(m_directory->hubs().size(), 1);
    // Added again later, it starts clean.
    const QString again = add(m_hub.url().toString());
    QVERIFY(!again.isEmpty());
    QVERIFY(m_directory->hub(again)->accounts.isEmpty());
}

void TestHubDirectory::correctsAndResetsFornax()
{
    const QString fornax = HubEntry::fornaxId();
    // A wrong correction is refused and changes nothing.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString closed = QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort());
    server.close();
    {
        QSignalSpy rejected(m_directory.get(), &HubDirectory::hubRejected);
        m_directory->setFornaxAddress(closed);
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, ProbeTimeoutMs);
        QCOMPARE(m_directory->hub(fornax)->address, QString::fromUtf8(fornax::defaults::FornaxConsoleUrl));
    }

    // The live hub stands in for Fornax's real address.
    QSignalSpy changed(m_directory.get(), &HubDirectory::hubChanged);
    m_directory->setFornaxAddress(m_hub.url().toString());
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, ProbeTimeoutMs);
    QCOMPARE(changed.first().at(0).toString(), fornax);
    auto entry = m_directory->hub(fornax);
    QCOMPARE(entry->address, m_hub.url().toString());
    QCOMPARE(entry->confirmedBase.base(), m_hub.url());
    QCOMPARE(entry->displayName, QString::fromUtf8(fornax::defaults::FornaxHubName));
    QVERIFY(m_directory->addAccount(fornax, accountOf(QStringLiteral("ada"))));

    // Now Fornax's hub cannot be added a second time.
    const QVariantList refusal = addRefused(m_hub.url().toString());
    QCOMPARE(refusal.size(), 3);
    QVERIFY2(refusal.at(2).toString().contains(QString::fromUtf8(fornax::defaults::FornaxHubName)),
             qPrintable(refusal.at(2).toString()));

    // Survives a restart, then reset: the shipped address, to be probed again, accounts gone.
    reopen();
    QCOMPARE(m_directory->hub(fornax)->confirmedBase.base(), m_hub.url());
    QSignalSpy accountRemoved(m_directory.get(), &HubDirectory::accountRemoved);
    m_directory->resetFornax();
    QCOMPARE(accountRemoved.size(), 1);
    entry = m_directory->hub(fornax);
    QCOMPARE(entry->address, QString::fromUtf8(fornax::defaults::FornaxConsoleUrl));
    QVERIFY(!entry->isConfirmed());
    QVERIFY(entry->version.isEmpty());
    QVERIFY(entry->accounts.isEmpty());
    QVERIFY(m_directory->hub(fornax)->currentAccount.isEmpty());
    QVERIFY(!m_settings->contains(Settings::Key::HubAddress, fornax));
    // ...and the hub it pointed to can be added as a hub of its own.
    QVERIFY(!add(m_hub.url().toString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestHubDirectory)
#include "tst_hubdirectory.moc"
