// Settings: defaults, typed round trips through a real file, change signals, per-hub keys.
#include "Defaults.h"
#include "Settings.h"
#include "account/HubEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using fornax::HubEntry;
using fornax::Settings;
using Key = fornax::Settings::Key;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaults();
    void readingWritesNothing();
    void roundTripThroughFile();
    void changedOnlyOnChange();
    void defaultValueIsNotStored();
    void tokenLifetimeIsClamped_data();
    void tokenLifetimeIsClamped();
    void removeHubForgetsOnlyThatHub();
    void invalidHubIdIsIgnored_data();
    void invalidHubIdIsIgnored();
    void defaultFileIsInConfigFolder();

private:
    std::unique_ptr<Settings> open() const { return std::make_unique<Settings>(m_path); }
    QByteArray fileContents() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FornaxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
}

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("fornax.conf"));
}

QByteArray TestSettings::fileContents() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestSettings::defaults()
{
    const auto settings = open();
    QCOMPARE(settings->fileName(), m_path);
    QCOMPARE(settings->tokenLifetimeDays(), 30);
    QCOMPARE(settings->currentHubId(), QString());
    QCOMPARE(settings->toldAboutClosingToTray(), false);
    QCOMPARE(settings->startAtLogin(), false);
    QCOMPARE(settings->addedHubIds(), QStringList());

    const QString fornax = HubEntry::fornaxId();
    const QString other = QStringLiteral("hub-example-org");
    QCOMPARE(settings->idleCullMinutes(fornax), 15);
    QCOMPARE(settings->idleCullMinutes(other), 0);
    QCOMPARE(settings->value(Key::HubName, fornax).toString(),
             QString::fromUtf8(fornax::defaults::FornaxHubName));
    QCOMPARE(settings->value(Key::HubAddress, fornax).toString(),
             QString::fromUtf8(fornax::defaults::FornaxConsoleUrl));
    QCOMPARE(settings->value(Key::HubAddress, other).toString(), QString());
    QCOMPARE(settings->lastProfile(fornax), QString());
    QCOMPARE(settings->cachedProfiles(fornax), QByteArray());
    QCOMPARE(settings->currentAccount(other), QString());
}

void TestSettings::readingWritesNothing()
{
    {
        const auto settings = open();
        settings->tokenLifetimeDays();
        settings->idleCullMinutes(HubEntry::fornaxId());
    }
    QVERIFY2(fileContents().trimmed().isEmpty(), fileContents().constData());
}

void TestSettings::roundTripThroughFile()
{
    const QString fornax = HubEntry::fornaxId();
    const QString other = QStringLiteral("127-0-0-1-8000");
    // Unicode and JSON punctuation, as a real profile list has them.
    const QByteArray profiles =
        R"([{"slug":"small","display_name":"Small — 2 CPU, 8 GB","default":true},{"slug":"x,l"}])";
    {
        const auto settings = open();
        settings->setTokenLifetimeDays(7);
        settings->setCurrentHubId(other);
        settings->setToldAboutClosingToTray(true);
        settings->setStartAtLogin(true);
        settings->setAddedHubIds({other, QStringLiteral("hub-b")});
        settings->setLastProfile(fornax, QStringLiteral("medium"));
        settings->setCachedProfiles(fornax, profiles);
        settings->setIdleCullMinutes(other, 60);
        settings->setIdleCullMinutes(fornax, 20);
        settings->setCurrentAccount(other, QStringLiteral("ada"));
    }
    const auto settings = open();
    QCOMPARE(settings->tokenLifetimeDays(), 7);
    QCOMPARE(settings->currentHubId(), other);
    QCOMPARE(settings->toldAboutClosingToTray(), true);
    QCOMPARE(settings->startAtLogin(), true);
    QCOMPARE(settings->addedHubIds(), (QStringList {other, QStringLiteral("hub-b")}));
    QCOMPARE(settings->lastProfile(fornax), QStringLiteral("medium"));
    QCOMPARE(settings->lastProfile(other), QString());
    QCOMPARE(settings->cachedProfiles(fornax), profiles);
    QCOMPARE(settings->idleCullMinutes(other), 60);
    QCOMPARE(settings->idleCullMinutes(fornax), 20);
    QCOMPARE(settings->currentAccount(other), QStringLiteral("ada"));
    QCOMPARE(settings->currentAccount(fornax), QString());

    // One added hub is still a list after the round trip (INI stores it as a bare string).
    settings->setAddedHubIds({other});
    QCOMPARE(open()->addedHubIds(), QStringList {other});
    // The file is the user's to read: per-hub values sit below the hub's id.
    QVERIFY(fileContents().contains("lastProfile=medium"));
}

void TestSettings::changedOnlyOnChange()
{
    const auto settings = open();
    QSignalSpy spy(settings.get(), &Settings::changed);
    settings->setLastProfile(QStringLiteral("hub-a"), QStringLiteral("small"));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Key>(), Key::HubLastProfile);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("hub-a"));

    settings->setLastProfile(QStringLiteral("hub-a"), QStringLiteral("small"));
    QCOMPARE(spy.size(), 1);

    settings->setStartAtLogin(true);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).value<Key>(), Key::StartAtLogin);
    QCOMPARE(spy.at(1).at(1).toString(), QString());

    // Setting the default explicitly changes nothing that anybody sees.
    settings->setIdleCullMinutes(HubEntry::fornaxId(), 15);
    QCOMPARE(spy.size(), 2);
}

void TestSettings::defaultValueIsNotStored()
{
    const auto settings = open();
    settings->setTokenLifetimeDays(14);
    QVERIFY(settings->contains(Key::TokenLifetimeDays));
    settings->setTokenLifetimeDays(30);
    QVERIFY(!settings->contains(Key::TokenLifetimeDays));
    QCOMPARE(settings->tokenLifetimeDays(), 30);

    settings->setIdleCullMinutes(QStringLiteral("hub-a"), 5);
    settings->reset(Key::HubIdleCullMinutes, QStringLiteral("hub-a"));
    QVERIFY(!settings->contains(Key::HubIdleCullMinutes, QStringLiteral("hub-a")));
    QCOMPARE(settings->idleCullMinutes(QStringLiteral("hub-a")), 0);
}

void TestSettings::tokenLifetimeIsClamped_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("expected");
    QTest::newRow("zero") << 0 << 1;
    QTest::newRow("negative") << -3 << 1;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("ninety") << 90 << 90;
    QTest::newRow("a year") << 365 << 365;
    QTest::newRow("too long") << 5000 << 365;
}

void TestSettings::tokenLifetimeIsClamped()
{
    QFETCH(int, days);
    QFETCH(int, expected);
    const auto settings = open();
    settings->setTokenLifetimeDays(days);
    QCOMPARE(settings->tokenLifetimeDays(), expected);
    QCOMPARE(open()->tokenLifetimeDays(), expected);
}

void TestSettings::removeHubForgetsOnlyThatHub()
{
    const auto settings = open();
    settings->setLastProfile(QStringLiteral("hub-a"), QStringLiteral("large"));
    settings->setCurrentAccount(QStringLiteral("hub-a"), QStringLiteral("ada"));
    settings->setLastProfile(QStringLiteral("hub-b"), QStringLiteral("small"));
    settings->setTokenLifetimeDays(3);

    QSignalSpy spy(settings.get(), &Settings::changed);
    settings->removeHub(QStringLiteral("hub-a"));
    QCOMPARE(spy.size(), 2);

    const auto reopened = open();
    QCOMPARE(reopened->lastProfile(QStringLiteral("hub-a")), QString());
    QCOMPARE(reopened->currentAccount(QStringLiteral("hub-a")), QString());
    QCOMPARE(reopened->lastProfile(QStringLiteral("hub-b")), QStringLiteral("small"));
    QCOMPARE(reopened->tokenLifetimeDays(), 3);
}

void TestSettings::invalidHubIdIsIgnored_data()
{
    QTest::addColumn<QString>("hubId");
    QTest::newRow("empty") << QString();
    QTest::newRow("path escape") << QStringLiteral("../app");
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("upper case and space") << QStringLiteral("My Hub");
}

void TestSettings::invalidHubIdIsIgnored()
{
    QFETCH(QString, hubId);
    const auto settings = open();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid hub id")));
    settings->setLastProfile(hubId, QStringLiteral("large"));
    QVERIFY(!fileContents().contains("large"));
}

void TestSettings::defaultFileIsInConfigFolder()
{
    Settings settings;
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY2(settings.fileName().startsWith(config), qPrintable(settings.fileName()));
    QVERIFY2(settings.fileName().contains(QCoreApplication::applicationName()),
             qPrintable(settings.fileName()));
    // The test's HOME, never the user's real settings.
    QVERIFY2(settings.fileName().startsWith(QDir::homePath()), qPrintable(settings.fileName()));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
