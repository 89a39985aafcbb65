// Account: JSON round trip, keychain key naming, validity and expiry.
#include "account/Account.h"

#include <QJsonDocument>
#include <QTest>

using fornax::Account;

class TestAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void invalidJson_data();
    void invalidJson();
    void keychainKey_data();
    void keychainKey();
    void keychainKeyIgnoresTokenDetails();
    void expiry();
};

void TestAccount::jsonRoundTrip_data()
{
    QTest::addColumn<Account>("account");

    Account web(QUrl(QStringLiteral("https://host.example/jupyter/")), QStringLiteral("ada"));
    web.setTokenId(QStringLiteral("a12"));
    web.setTokenExpiry(QDateTime(QDate(2027, 3, 1), QTime(12, 30, 5, 250), Qt::UTC));
    web.setOrigin(Account::Origin::WebSignIn);
    QTest::newRow("web sign-in with expiry") << web;

    Account pasted(QUrl(QStringLiteral("http://127.0.0.1:8000/")), QStringLiteral("grace.hopper@nasa.gov"));
    pasted.setOrigin(Account::Origin::PastedToken);
    QTest::newRow("pasted, no id, no expiry") << pasted;

    Account local(QUrl(QStringLiteral("https://hub.example.org")), QStringLiteral("Émilie"));
    local.setTokenId(QStringLiteral("b7"));
    // An expiry given in another zone comes back as the same instant.
    local.setTokenExpiry(QDateTime(QDate(2026, 12, 31), QTime(23, 0), Qt::OffsetFromUTC, 3600));
    QTest::newRow("non-ASCII user, zoned expiry") << local;
}

void TestAccount::jsonRoundTrip()
{
    QFETCH(Account, account);
    QVERIFY(account.isValid());
    // Through text, as settings keep it.
    const QByteArray text = QJsonDocument(account.toJson()).toJson(QJsonDocument::Compact);
    const Account back = Account::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(back.isValid());
    QCOMPARE(back.hubUrl(), account.hubUrl());
    QCOMPARE(back.userName(), account.userName());
    QCOMPARE(back.tokenId(), account.tokenId());
    QCOMPARE(back.tokenExpiry(), account.tokenExpiry());
    QCOMPARE(back.tokenExpiry().isNull(), account.tokenExpiry().isNull());
    QCOMPARE(back.origin(), account.origin());
    QVERIFY(back == account);
    QCOMPARE(back.keychainKey(), account.keychainKey());
}

void TestAccount::invalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("no user") << QByteArray(R"({"hub":"https://h.example/"})");
    QTest::newRow("no hub") << QByteArray(R"({"user":"ada"})");
    QTest::newRow("hub not a URL") << QByteArray(R"({"hub":"not a url","user":"ada"})");
    QTest::newRow("hub without host") << QByteArray(R"({"hub":"file:///tmp/x","user":"ada"})");
    QTest::newRow("wrong types") << QByteArray(R"({"hub":12,"user":["ada"]})");
}

void TestAccount::invalidJson()
{
    QFETCH(QByteArray, json);
    QVERIFY(!Account::fromJson(QJsonDocument::fromJson(json).object()).isValid());
}

void TestAccount::keychainKey_data()
{
    QTest::addColumn<QUrl>("hub");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("expected");
    QTest::newRow("prefix") << QUrl(QStringLiteral("https://host/prefix/")) << QStringLiteral("ada")
                            << QStringLiteral("fornax-desktop:https://host/prefix/:ada");
    QTest::newRow("prefix without slash is the same hub")
        << QUrl(QStringLiteral("https://host/prefix")) << QStringLiteral("ada")
        << QStringLiteral("fornax-desktop:https://host/prefix/:ada");
    QTest::newRow("query and user info dropped")
        << QUrl(QStringLiteral("https://me:pw@host/?x=1#f")) << QStringLiteral("ada")
        << QStringLiteral("fornax-desktop:https://host/:ada");
    QTest::newRow("port kept") << QUrl(QStringLiteral("http://127.0.0.1:8000/")) << QStringLiteral("bob")
                               << QStringLiteral("fornax-desktop:http://127.0.0.1:8000/:bob");
}

void TestAccount::keychainKey()
{
    QFETCH(QUrl, hub);
    QFETCH(QString, user);
    QFETCH(QString, expected);
    QCOMPARE(Account(hub, user).keychainKey(), expected);
}

void TestAccount::keychainKeyIgnoresTokenDetails()
{
    Account a(QUrl(QStringLiteral("https://host/")), QStringLiteral("ada"));
    Account b = a;
    b.setTokenId(QStringLiteral("a99"));
    b.setTokenExpiry(QDateTime::currentDateTimeUtc().addDays(30));
    b.setOrigin(Account::Origin::PastedToken);
    QCOMPARE(b.keychainKey(), a.keychainKey());
    QVERIFY(!(a == b));
    QVERIFY(Account(QUrl(QStringLiteral("https://host/")), QStringLiteral("bob")).keychainKey()
            != a.keychainKey());
    QVERIFY(Account(QUrl(QStringLiteral("https://other/")), QStringLiteral("ada")).keychainKey()
            != a.keychainKey());
}

void TestAccount::expiry()
{
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    Account account(QUrl(QStringLiteral("https://host/")), QStringLiteral("ada"));
    QVERIFY(!account.isExpired(now)); // no expiry known
    account.setTokenExpiry(now.addSecs(60));
    QVERIFY(!account.isExpired(now));
    account.setTokenExpiry(now.addSecs(-1));
    QVERIFY(account.isExpired(now));
    QVERIFY(!Account().isValid());
}

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
