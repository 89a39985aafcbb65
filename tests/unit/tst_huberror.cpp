// HubError: every failure class a hub or the network can produce maps to its kind and a
// sentence that says what to do. Replies come from a loopback server giving canned answers.
#include "CannedHttpServer.h"
#include "hub/HubError.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using fornax::HubError;
using Kind = fornax::HubError::Kind;

Q_DECLARE_METATYPE(fornax::HubError::Kind)
Q_DECLARE_METATYPE(fornax::HubError)

class TestHubError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpStatuses_data();
    void httpStatuses();
    void refusedConnection();
    void everyKindHasAMessageAndName();
    void onlyWhatRetryingCanFixSaysTryAgain_data();
    void onlyWhatRetryingCanFixSaysTryAgain();

private:
    HubError errorFor(QNetworkReply *reply);
    QNetworkAccessManager m_network;
};

HubError TestHubError::errorFor(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);
    const HubError error = HubError::fromReply(reply, reply->readAll());
    delete reply;
    return error;
}

void TestHubError::httpStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail");

    const QList<QByteArray> none;
    QTest::newRow("200") << 200 << QByteArray(R"({"version":"3.0.0"})") << none << Kind::None << QString();
    QTest::newRow("401") << 401 << QByteArray(R"({"status":401,"message":"Unauthorized"})") << none
                         << Kind::TokenExpired << QStringLiteral("Unauthorized");
    QTest::newRow("403") << 403 << QByteArray(R"({"status":403,"message":"Action is not authorized"})")
                         << none << Kind::Forbidden << QStringLiteral("Action is not authorized");
    QTest::newRow("404") << 404 << QByteArray(R"({"status":404,"message":"Not Found"})") << none
                         << Kind::NotFound << QStringLiteral("Not Found");
    QTest::newRow("400 running") << 400
                                 << QByteArray(R"({"status":400,"message":"astronomer is already running"})")
                                 << none << Kind::AlreadyRunning
                                 << QStringLiteral("astronomer is already running");
    QTest::newRow("400 pending") << 400
                                 << QByteArray(R"({"status":400,"message":"astronomer is pending spawn"})")
                                 << none << Kind::Pending << QStringLiteral("astronomer is pending spawn");
    QTest::newRow("429") << 429 << QByteArray(R"({"status":429,"message":"Too many users trying to log in"})")
                         << QList<QByteArray> {"Retry-After: 17"} << Kind::TooManySpawns
                         << QStringLiteral("Too many users trying to log in");
    QTest::newRow("400 named servers off")
        << 400 << QByteArray(R"({"status":400,"message":"Named servers are not enabled."})") << none
        << Kind::Rejected << QStringLiteral("Named servers are not enabled.");
    QTest::newRow("500") << 500 << QByteArray(R"({"status":500,"message":"Unhandled error starting server"})")
                         << none << Kind::ServerError << QStringLiteral("Unhandled error starting server");
    QTest::newRow("502 gateway") << 502 << QByteArray("<html>Bad Gateway</html>") << none << Kind::Proxy
                                 << QString();
    QTest::newRow("503") << 503 << QByteArray() << none << Kind::Proxy << QString();
}

void TestHubError::httpStatuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QList<QByteArray>, headers);
    QFETCH(Kind, kind);
    QFETCH(QString, detail);

    fornax::test::CannedHttpServer server;
    QVERIFY(server.start());
    server.setReply(status, body, headers);
    const HubError error =
        errorFor(m_network.get(QNetworkRequest(QUrl(QString::fromLatin1(server.baseUrl())))));
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.detail(), detail);
    if (kind != Kind::None) {
        QCOMPARE(error.httpStatus(), status);
        QVERIFY(!error.message().isEmpty());
        if (!detail.isEmpty())
            QVERIFY2(error.message().contains(detail), qPrintable(error.message()));
    }
    if (kind == Kind::TooManySpawns) {
        QCOMPARE(error.retryAfter().count(), 17);
        QVERIFY(error.message().contains(QLatin1String("17")));
        QVERIFY(error.isTransient());
    }
}

void TestHubError::refusedConnection()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const HubError error =
        errorFor(m_network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)))));
    QCOMPARE(error.kind(), Kind::Unreachable);
    QVERIFY(error.isTransient());
}

void TestHubError::everyKindHasAMessageAndName()
{
    QSet<QString> names;
    for (int k = int(Kind::HostNotFound); k <= int(Kind::Cancelled); ++k) {
        const HubError error(Kind(k), QStringLiteral("detail"));
        QVERIFY2(!error.message().isEmpty(), qPrintable(error.kindName()));
        QVERIFY(error.kindName() != QLatin1String("unknown"));
        names.insert(error.kindName());
    }
    QCOMPARE(names.size(), int(Kind::Cancelled));
}

void TestHubError::onlyWhatRetryingCanFixSaysTryAgain_data()
{
    QTest::addColumn<HubError>("error");
    QTest::addColumn<bool>("retryHelps");
    QTest::addColumn<QString>("advice");
    QTest::newRow("named servers off") << HubError(Kind::Rejected, QStringLiteral("Named servers are not enabled."), 400)
                                       << false << QStringLiteral("leave out --server");
    QTest::newRow("other refusal") << HubError(Kind::Rejected, QStringLiteral("Invalid user options"), 400)
                                   << false << QStringLiteral("will not change");
    QTest::newRow("spawn failed") << HubError(Kind::SpawnFailed, QStringLiteral("No such profile: huge"))
                                  << false << QStringLiteral("No such profile: huge");
    QTest::newRow("forbidden") << HubError(Kind::Forbidden, QStringLiteral("requires any of [servers]"), 403)
                               << false << QStringLiteral("sign in again");
    QTest::newRow("unreachable") << HubError(Kind::Unreachable) << true << QStringLiteral("try again");
    QTest::newRow("timeout") << HubError(Kind::Timeout) << true << QStringLiteral("Try again");
}

void TestHubError::onlyWhatRetryingCanFixSaysTryAgain()
{
    QFETCH(HubError, error);
    QFETCH(bool, retryHelps);
    QFETCH(QString, advice);
    const QString message = error.message();
    QVERIFY2(message.contains(advice), qPrintable(message));
    QCOMPARE(message.contains(QLatin1String("try again"), Qt::CaseInsensitive), retryHelps);
}

QTEST_GUILESS_MAIN(TestHubError)
#include "tst_huberror.moc"
