// HubUrl: every address a user may paste ends at the right hub base, with the prefix kept.
#include "hub/HubUrl.h"

#include <QTest>

using fornax::HubUrl;

class TestHubUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidateBases_data();
    void candidateBases();
    void apiUrlKeepsPrefix();
    void userServerUrl();
    void resolveHubRelativePath();
    void sameOrigin_data();
    void sameOrigin();
};

void TestHubUrl::candidateBases_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("console front page")
        << QStringLiteral("https://science-console.fornax.sciencecloud.nasa.gov/")
        << QStringList {QStringLiteral("https://science-console.fornax.sciencecloud.nasa.gov/"),
                        QStringLiteral("https://science-console.fornax.sciencecloud.nasa.gov/jupyter/")};
    QTest::newRow("bare host gets https") << QStringLiteral("hub.example.org")
                                          << QStringList {QStringLiteral("https://hub.example.org/"),
                                                          QStringLiteral("https://hub.example.org/jupyter/")};
    QTest::newRow("hub page with prefix") << QStringLiteral("https://host.example/jupyter/hub/home")
                                          << QStringList {QStringLiteral("https://host.example/jupyter/")};
    QTest::newRow("lab tab with prefix, query and fragment")
        << QStringLiteral("https://host.example/jupyter/user/ada/lab/tree/x.ipynb?reset#cell")
        << QStringList {QStringLiteral("https://host.example/jupyter/")};
    QTest::newRow("lab tab without prefix") << QStringLiteral("http://127.0.0.1:8000/user/ada/lab")
                                            << QStringList {QStringLiteral("http://127.0.0.1:8000/")};
    QTest::newRow("credentials in the address are dropped")
        << QStringLiteral("https://ada:secret@host.example/hub/login")
        << QStringList {QStringLiteral("https://host.example/")};
    QTest::newRow("explicit prefix without hub segment")
        << QStringLiteral("https://host.example/deep/")
        << QStringList {QStringLiteral("https://host.example/deep/"),
                        QStringLiteral("https://host.example/deep/jupyter/")};
    QTest::newRow("not a web address") << QStringLiteral("ftp://host.example/") << QStringList {};
    QTest::newRow("empty") << QStringLiteral("   ") << QStringList {};
}

void TestHubUrl::candidateBases()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const QUrl &url : HubUrl::candidateBases(input))
        actual << url.toString();
    QCOMPARE(actual, expected);
}

void TestHubUrl::apiUrlKeepsPrefix()
{
    const HubUrl hub(QUrl(QStringLiteral("https://host.example/jupyter")));
    QCOMPARE(hub.base().toString(), QStringLiteral("https://host.example/jupyter/"));
    QCOMPARE(hub.apiUrl().toString(), QStringLiteral("https://host.example/jupyter/hub/api/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("no_track_activity"), QStringLiteral("1"));
    QCOMPARE(hub.apiUrl(QStringLiteral("user"), query).toString(),
             QStringLiteral("https://host.example/jupyter/hub/api/user?no_track_activity=1"));
    QCOMPARE(hub.hubPageUrl(QStringLiteral("login")).toString(),
             QStringLiteral("https://host.example/jupyter/hub/login"));
    // A user name is encoded once by the caller and not again (found with a user "évé", whose
    // server start and token requests went to .../users/%25C3%25A9v%25C3%25A9/...).
    const QString name = QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("évé/x%")));
    QCOMPARE(hub.apiUrl(QStringLiteral("users/") + name + QStringLiteral("/server")).toEncoded(),
             QByteArray("https://host.example/jupyter/hub/api/users/%C3%A9v%C3%A9%2Fx%25/server"));
    QCOMPARE(hub.hubPageUrl(QStringLiteral("spawn/") + name).toEncoded(),
             QByteArray("https://host.example/jupyter/hub/spawn/%C3%A9v%C3%A9%2Fx%25"));
    const HubUrl spaced(QUrl(QStringLiteral("https://host.example/my hub/")));
    QCOMPARE(spaced.apiUrl(QStringLiteral("user")).toEncoded(),
             QByteArray("https://host.example/my%20hub/hub/api/user"));
}

void TestHubUrl::userServerUrl()
{
    const HubUrl hub(QUrl(QStringLiteral("http://127.0.0.1:8000/")));
    QCOMPARE(hub.userServerUrl(QStringLiteral("ada")).toString(),
             QStringLiteral("http://127.0.0.1:8000/user/ada/"));
    QCOMPARE(hub.userServerUrl(QStringLiteral("ada"), QStringLiteral("gpu")).toString(),
             QStringLiteral("http://127.0.0.1:8000/user/ada/gpu/"));
}

void TestHubUrl::resolveHubRelativePath()
{
    const HubUrl hub(QUrl(QStringLiteral("https://host.example/jupyter/")));
    // The hub gives server URLs as absolute paths that already carry its prefix.
    QCOMPARE(hub.resolve(QStringLiteral("/jupyter/user/ada/")).toString(),
             QStringLiteral("https://host.example/jupyter/user/ada/"));
}

void TestHubUrl::sameOrigin_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("same");
    QTest::newRow("same host, other path") << QStringLiteral("https://host.example/other") << true;
    QTest::newRow("default port spelled out") << QStringLiteral("https://host.example:443/x") << true;
    QTest::newRow("host case") << QStringLiteral("https://HOST.example/x") << true;
    QTest::newRow("http downgrade") << QStringLiteral("http://host.example/jupyter/") << false;
    QTest::newRow("other port") << QStringLiteral("https://host.example:8443/jupyter/") << false;
    QTest::newRow("look-alike host") << QStringLiteral("https://host.example.evil.org/jupyter/") << false;
}

void TestHubUrl::sameOrigin()
{
    QFETCH(QString, url);
    QFETCH(bool, same);
    const HubUrl hub(QUrl(QStringLiteral("https://host.example/jupyter/")));
    QCOMPARE(hub.isSameOrigin(QUrl(url)), same);
}

QTEST_GUILESS_MAIN(TestHubUrl)
#include "tst_huburl.moc"
