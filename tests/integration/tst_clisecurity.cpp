// The command line's side of issue 17, running the real binary against the real hub through
// fault proxies that record every request: the token never goes where the user did not name
// (a hub that redirects to another port, a plain-http hub on another computer), the server gets
// a token of its own minted for the run and revoked at its end, and a hub that grants less
// is refused plainly rather than worked around without the user's flag.
#include "FaultProxy.h"
#include "TestHub.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using fornax::test::FaultProxy;

class TestCliSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void redirectToAnotherPortNeverGetsTheToken();
    void plainHttpElsewhereNeedsAllowInsecure();
    void serverTokenIsMintedForTheRunAndRevoked();
    void hubGrantingLessIsRefusedPlainly();
    void unexplainedRefusalNeedsTheFlag();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs the binary without blocking the event loop (the proxies live in this process).
    Run run(const QStringList &arguments, const QByteArray &token);
    QUrl through(const FaultProxy &proxy, const QString &host = QStringLiteral("127.0.0.1")) const;
    static bool sawToken(const FaultProxy &proxy, const QByteArray &token);
    QJsonArray tokensOf(const QString &user);

    fornax::test::TestHub m_hub;
    QTemporaryDir m_work;
};

void TestCliSecurity::initTestCase()
{
    m_hub = fornax::test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(QFile::exists(QStringLiteral(FORNAX_DESKTOP_BINARY)));
    QFile file(m_work.filePath(QStringLiteral("a.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello\n");
}

TestCliSecurity::Run TestCliSecurity::run(const QStringList &arguments, const QByteArray &token)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FORNAX_HUB"));
    environment.insert(QStringLiteral("FORNAX_TOKEN"), QString::fromUtf8(token));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_work.path());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(FORNAX_DESKTOP_BINARY), arguments);
    Run result;
    if (!finished.wait(90'000)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QUrl TestCliSecurity::through(const FaultProxy &proxy, const QString &host) const
{
    QUrl url = m_hub.url();
    url.setHost(host);
    url.setPort(proxy.port());
    return url;
}

bool TestCliSecurity::sawToken(const FaultProxy &proxy, const QByteArray &token)
{
    for (const FaultProxy::SeenRequest &request : proxy.requests()) {
        if (request.head.contains(token) || request.head.toLower().contains("authorization:"))
            return true;
    }
    return false;
}

QJsonArray TestCliSecurity::tokensOf(const QString &user)
{
    return m_hub.call("GET", QStringLiteral("users/%1/tokens").arg(user))
        .json()
        .object()
        .value(QLatin1String("api_tokens"))
        .toArray();
}

void TestCliSecurity::redirectToAnotherPortNeverGetsTheToken()
{
    const QByteArray token = m_hub.createToken(QStringLiteral("cli-security-redirect"));
    // The recorder: another loopback port, a real hub behind it, every request head recorded.
    FaultProxy recorder(quint16(m_hub.url().port()));
    QVERIFY(recorder.start());
    recorder.setRecording(true);
    // The address the user names, which sends the probe on to the recorder.
    FaultProxy named(quint16(m_hub.url().port()));
    QVERIFY(named.start());
    FaultProxy::Canned redirect;
    redirect.status = 302;
    redirect.headers = {"Location: "
                        + through(recorder).resolved(QUrl(QStringLiteral("hub/api/"))).toEncoded()};
    named.intercept("GET", QRegularExpression(QStringLiteral("/hub/api/?$")), redirect);

    const Run refused =
        run({QStringLiteral("status"), QStringLiteral("--hub"), through(named).toString()}, token);
    QCOMPARE(refused.exitCode, 2);
    const QByteArray advice = "--hub " + through(recorder).toDisplayString().toUtf8();
    QVERIFY2(refused.err.contains(advice), refused.err.constData());
    QVERIFY(!recorder.requests().isEmpty()); // the anonymous probe went there, nothing else
    QVERIFY(!sawToken(recorder, token));
    QVERIFY(!sawToken(named, token));

    // Naming the recorder itself is the user's choice: then, and only then, it sees the token
    // (which also proves that it records what it gets).
    const Run named2 =
        run({QStringLiteral("status"), QStringLiteral("--hub"), through(recorder).toString()}, token);
    QVERIFY2(named2.exitCode == 0, named2.err.constData());
    QVERIFY(sawToken(recorder, token));
}

void TestCliSecurity::plainHttpElsewhereNeedsAllowInsecure()
{
    // An address of this computer that is not loopback: to the app, another computer.
    QString lanAddress;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            lanAddress = address.toString();
            break;
        }
    }
    if (lanAddress.isEmpty())
        QSKIP("this machine has no non-loopback IPv4 address to play another computer");
    const QByteArray token = m_hub.createToken(QStringLiteral("cli-security-insecure"));
    FaultProxy remote(quint16(m_hub.url().port()));
    QVERIFY(remote.start(QHostAddress(lanAddress)));
    remote.setRecording(true);
    const QString hub = through(remote, lanAddress).toString();

    const Run refused = run({QStringLiteral("status"), QStringLiteral("--hub"), hub}, token);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--allow-insecure"), refused.err.constData());
    QVERIFY(!sawToken(remote, token));

    const Run allowed = run(
        {QStringLiteral("status"), QStringLiteral("--hub"), hub, QStringLiteral("--allow-insecure")}, token);
    QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
    QVERIFY(sawToken(remote, token));
}

void TestCliSecurity::serverTokenIsMintedForTheRunAndRevoked()
{
    const QString user = QStringLiteral("cli-security-run-token");
    const QByteArray token = m_hub.createToken(user);
    FaultProxy proxy(quint16(m_hub.url().port()));
    QVERIFY(proxy.start());
    proxy.setRecording(true);
    const int before = int(tokensOf(user).size());
    // The server is stopped: the run ends at once (exit 5), after making its token.
    const Run result = run({QStringLiteral("download"), QStringLiteral("x"), QStringLiteral("."),
                            QStringLiteral("--hub"), through(proxy).toString()},
                           token);
    QCOMPARE(result.exitCode, 5);
    QByteArray minted;
    QByteArray revoked;
    for (const FaultProxy::SeenRequest &request : proxy.requests()) {
        if (request.method == "POST" && request.target.endsWith("/tokens"))
            minted = request.target;
        if (request.method == "DELETE" && request.target.contains("/tokens/"))
            revoked = request.target;
    }
    QVERIFY2(!minted.isEmpty() && !revoked.isEmpty(), "the run's token was not minted and revoked");
    QCOMPARE(tokensOf(user).size(), before); // nothing left behind
}

void TestCliSecurity::hubGrantingLessIsRefusedPlainly()
{
    // The fixture's user without access:servers: no token can reach the server, so none is made
    // and nothing is sent there; the message says why.
    const QString user = QStringLiteral("scope-limited-cli");
    const QByteArray token = m_hub.createToken(user);
    QVERIFY(!token.isEmpty());
    FaultProxy proxy(quint16(m_hub.url().port()));
    QVERIFY(proxy.start());
    proxy.setRecording(true);
    const int before = int(tokensOf(user).size());
    const Run result = run({QStringLiteral("upload"), QStringLiteral("a.txt"), QStringLiteral("dest"),
                            QStringLiteral("--hub"), through(proxy).toString()},
                           token);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("access:servers"), result.err.constData());
    QCOMPARE(tokensOf(user).size(), before);
    for (const FaultProxy::SeenRequest &request : proxy.requests())
        QVERIFY2(!request.target.contains("/user/"), request.target.constData());
}

void TestCliSecurity::unexplainedRefusalNeedsTheFlag()
{
    const QString user = QStringLiteral("cli-security-flag");
    const QByteArray token = m_hub.createToken(user);
    FaultProxy proxy(quint16(m_hub.url().port()));
    QVERIFY(proxy.start());
    FaultProxy::Canned refusal;
    refusal.status = 400;
    refusal.headers = {"Content-Type: application/json"};
    refusal.body = R"({"status": 400, "message": "No tokens today"})";
    proxy.intercept("POST", QRegularExpression(QStringLiteral("/hub/api/users/[^/]+/tokens$")), refusal);
    const QStringList download {QStringLiteral("download"), QStringLiteral("x"), QStringLiteral("."),
                                QStringLiteral("--hub"), through(proxy).toString()};

    const Run refused = run(download, token);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("--use-token-for-server") && refused.err.contains("No tokens today"),
             refused.err.constData());

    // With the flag the user's own token may go to the server: the run goes on (and stops at
    // the stopped server), saying so.
    const Run allowed = run(download + QStringList {QStringLiteral("--use-token-for-server")}, token);
    QCOMPARE(allowed.exitCode, 5);
    QVERIFY2(allowed.err.contains("your own token goes to the server"), allowed.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSecurity)
#include "tst_clisecurity.moc"
