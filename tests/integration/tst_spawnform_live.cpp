// SpawnForm and ProgressStream against the live fixture hub: sign in with a browser-like cookie
// session, read the real spawn page, then start a server with the user_options built from it and
// follow its real progress stream.
#include "TestHub.h"
#include "hub/ProgressStream.h"
#include "hub/SpawnForm.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using fornax::Profile;
using fornax::ProgressStream;
using fornax::SpawnForm;

namespace {

const QString User = QStringLiteral("parser-test");

} // namespace

class TestSpawnFormLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesLiveSpawnForm();
    void sizesAreReadFromDescriptions();
    void startsServerWithParsedOptions();
    void cleanupTestCase();

private:
    // Waits for reply and returns its body; status gets the HTTP status.
    QByteArray finish(QNetworkReply *reply, int *status);
    bool serverStopped();
    void stopServer();

    fornax::test::TestHub m_hub;
    QNetworkAccessManager m_network;
    QByteArray m_page;
    QJsonArray m_expected; // the "profiles" of tests/fixtures/hub/profiles.json
};

QByteArray TestSpawnFormLive::finish(QNetworkReply *reply, int *status)
{
    std::unique_ptr<QNetworkReply> owner(reply);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(30'000))
            return {};
    }
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->readAll();
}

bool TestSpawnFormLive::serverStopped()
{
    const auto reply = m_hub.call("GET", QStringLiteral("users/%1?no_track_activity=1").arg(User));
    const QJsonObject user = reply.json().object();
    return reply.status == 200 && user.value(QLatin1String("server")).isNull()
        && user.value(QLatin1String("pending")).isNull();
}

void TestSpawnFormLive::stopServer()
{
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
    QTRY_VERIFY_WITH_TIMEOUT(serverStopped(), 30'000);
}

void TestSpawnFormLive::initTestCase()
{
    m_hub = fornax::test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_hub.ensureUser(User));
    // The hub shows the form only while the server is stopped; it redirects to the server otherwise.
    stopServer();

    QFile profiles(QFINDTESTDATA("../fixtures/hub/profiles.json"));
    QVERIFY(profiles.open(QIODevice::ReadOnly));
    m_expected =
        QJsonDocument::fromJson(profiles.readAll()).object().value(QLatin1String("profiles")).toArray();
    QCOMPARE(m_expected.size(), 4);

    // Sign in the way a browser does: the login page first (cookies, and the _xsrf that
    // JupyterHub 4.1+ wants in the form), then the form post.
    m_network.setCookieJar(new QNetworkCookieJar(&m_network));
    int status = 0;
    finish(m_network.get(QNetworkRequest(m_hub.url().resolved(QUrl(QStringLiteral("hub/login"))))), &status);
    QCOMPARE(status, 200);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("username"), User);
    form.addQueryItem(QStringLiteral("password"), m_hub.password());
    const QList<QNetworkCookie> cookies =
        m_network.cookieJar()->cookiesForUrl(m_hub.url().resolved(QUrl(QStringLiteral("hub/"))));
    for (const QNetworkCookie &cookie : cookies) {
        if (cookie.name() == "_xsrf")
            form.addQueryItem(QStringLiteral("_xsrf"), QString::fromLatin1(cookie.value()));
    }
    QNetworkRequest login(m_hub.url().resolved(QUrl(QStringLiteral("hub/login"))));
    login.setHeader(QNetworkRequest::ContentTypeHeader,
                    QByteArrayLiteral("application/x-www-form-urlencoded"));
    finish(m_network.post(login, form.toString(QUrl::FullyEncoded).toLatin1()), &status);
    QCOMPARE(status, 200); // after the redirect to the hub's home

    QNetworkReply *spawn =
        m_network.get(QNetworkRequest(m_hub.url().resolved(QUrl(QStringLiteral("hub/spawn")))));
    m_page = finish(spawn, &status);
    QCOMPARE(status, 200);
    QVERIFY2(m_page.contains("spawn_form"), m_page.left(2000).constData());
}

void TestSpawnFormLive::parsesLiveSpawnForm()
{
    const SpawnForm form = SpawnForm::parse(m_page);
    QVERIFY(form.hasProfiles());
    const QList<Profile> profiles = form.profiles();
    QCOMPARE(profiles.size(), m_expected.size());

    // Everything the fixture hub was configured with, in its order.
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const Profile &profile = profiles.at(i);
        const QJsonObject expected = m_expected.at(i).toObject();
        QCOMPARE(profile.slug, expected.value(QLatin1String("slug")).toString());
        QCOMPARE(profile.displayName, expected.value(QLatin1String("display_name")).toString());
        QCOMPARE(profile.description, expected.value(QLatin1String("description")).toString());
        QCOMPARE(profile.isDefault, expected.value(QLatin1String("default")).toBool());

        const QJsonObject options = expected.value(QLatin1String("profile_options")).toObject();
        QCOMPARE(profile.options.size(), options.size());
        for (const fornax::ProfileOption &option : profile.options) {
            QVERIFY2(options.contains(option.key), qPrintable(option.key));
            const QJsonObject wanted = options.value(option.key).toObject();
            QCOMPARE(option.displayName, wanted.value(QLatin1String("display_name")).toString());
            const QJsonObject choices = wanted.value(QLatin1String("choices")).toObject();
            QCOMPARE(option.choices.size(), choices.size());
            for (const fornax::ProfileChoice &choice : option.choices) {
                const QJsonObject wantedChoice = choices.value(choice.value).toObject();
                QVERIFY2(!wantedChoice.isEmpty(), qPrintable(choice.value));
                QCOMPARE(choice.displayName, wantedChoice.value(QLatin1String("display_name")).toString());
                QCOMPARE(choice.isDefault, wantedChoice.value(QLatin1String("default")).toBool());
            }
            const QJsonObject unlisted = wanted.value(QLatin1String("unlisted_choice")).toObject();
            QCOMPARE(option.allowsUnlisted, unlisted.value(QLatin1String("enabled")).toBool());
            if (option.allowsUnlisted)
                QCOMPARE(option.unlistedLabel, unlisted.value(QLatin1String("display_name")).toString());
        }
    }
    QCOMPARE(form.defaultProfile().slug, QStringLiteral("small"));
}

void TestSpawnFormLive::sizesAreReadFromDescriptions()
{
    const SpawnForm form = SpawnForm::parse(m_page);
    // Fornax's sizes (documentation/server_options.md), smallest first.
    const QList<std::tuple<QString, double, double, bool>> expected {
        {QStringLiteral("small"), 2, 8, false},
        {QStringLiteral("medium"), 4, 16, false},
        {QStringLiteral("large"), 16, 64, false},
        {QStringLiteral("xlarge"), 128, 512, true},
    };
    const QList<Profile> bySize = form.profilesBySize();
    QCOMPARE(bySize.size(), expected.size());
    for (qsizetype i = 0; i < bySize.size(); ++i) {
        const auto &[slug, cores, memory, permission] = expected.at(i);
        QCOMPARE(bySize.at(i).slug, slug);
        QCOMPARE(bySize.at(i).cores, cores);
        QCOMPARE(bySize.at(i).memoryGiB, memory);
        QCOMPARE(bySize.at(i).needsPermission, permission);
    }
}

void TestSpawnFormLive::startsServerWithParsedOptions()
{
    const SpawnForm form = SpawnForm::parse(m_page);
    const Profile small = form.defaultProfile();
    QCOMPARE(small.slug, QStringLiteral("small"));
    const QJsonObject options =
        SpawnForm::userOptions(small, {{QStringLiteral("image"), SpawnForm::UnlistedChoice}},
                               {{QStringLiteral("image"), QStringLiteral("docker.io/fornax/parser-test:1")}});
    const QByteArray body = QJsonDocument(options).toJson(QJsonDocument::Compact);

    const QByteArray token = m_hub.createToken(User, QStringLiteral("tst_spawnform_live"));
    QVERIFY(!token.isEmpty());
    const auto apiRequest = [&](const QString &path) {
        QNetworkRequest request(m_hub.url().resolved(QUrl(QStringLiteral("hub/api/") + path)));
        request.setRawHeader("Authorization", "token " + token);
        return request;
    };

    // Start without waiting for the answer (the hub holds it until the server is up or slow),
    // and follow the progress stream meanwhile, as the app does.
    QNetworkRequest start = apiRequest(QStringLiteral("users/%1/server").arg(User));
    start.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> startReply(m_network.post(start, body));
    QTRY_VERIFY_WITH_TIMEOUT(!serverStopped(), 20'000);

    ProgressStream stream;
    QSignalSpy progress(&stream, &ProgressStream::progressChanged);
    QSignalSpy ready(&stream, &ProgressStream::serverReady);
    QSignalSpy failed(&stream, &ProgressStream::spawnFailed);
    QSignalSpy interrupted(&stream, &ProgressStream::streamInterrupted);
    std::unique_ptr<QNetworkReply> progressReply(
        m_network.get(apiRequest(QStringLiteral("users/%1/server/progress").arg(User))));
    stream.attach(progressReply.get());
    QTRY_VERIFY_WITH_TIMEOUT(stream.isFinished(), 90'000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(interrupted.size(), 0);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().toString(), m_hub.url().path() + QStringLiteral("user/%1/").arg(User));
    int last = -1;
    for (const QVariantList &arguments : std::as_const(progress)) {
        QVERIFY(arguments.first().toInt() >= last);
        last = arguments.first().toInt();
    }
    QCOMPARE(last, 100);

    // What the spawner received is exactly what we built.
    QFile record(m_hub.homeOf(User) + QStringLiteral("/.fornax-fixture/user_options.json"));
    QVERIFY2(record.open(QIODevice::ReadOnly), qPrintable(record.fileName()));
    QCOMPARE(QJsonDocument::fromJson(record.readAll()).object(), options);
    qInfo("started with %s after %lld progress reports", body.constData(), qlonglong(progress.size()));
}

void TestSpawnFormLive::cleanupTestCase()
{
    if (m_hub.isValid())
        stopServer();
}

QTEST_GUILESS_MAIN(TestSpawnFormLive)
#include "tst_spawnform_live.moc"
