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

#include <signal.h>

using fornax::test::FaultProxy;

class TestCliSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void redirectToAnotherPortNeverGetsTheToken();
    void redirectOnTheSameOriginIsConfirmedToo();
    void hubTextCannotDriveTheTerminal();
    void closedTerminalRevokesTheRunToken();
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

void TestCliSecurity::redirectOnTheSameOriginIsConfirmedToo()
{
    // The hub's own origin, another path: into mallory's single-user server (whoever runs it
    // answers like a hub there), or under another prefix. Before, only the origin was compared,
    // and the token went to <origin>/user/mallory/hub/api/user.
    const QByteArray token = m_hub.createToken(QStringLiteral("cli-security-samepath"));
    FaultProxy::Canned hub;
    hub.headers = {"Content-Type: application/json"};
    hub.body = R"({"version": "5.2.1"})";
    const auto redirectTo = [](const QByteArray &path) {
        FaultProxy::Canned redirect;
        redirect.status = 302;
        redirect.headers = {"Location: " + path};
        return redirect;
    };
    const QString prefix = m_hub.url().path(); // the hub's base path, ending in '/'

    FaultProxy mallory(quint16(m_hub.url().port()));
    QVERIFY(mallory.start());
    mallory.intercept("GET", QRegularExpression(QStringLiteral("^%1hub/api/?$").arg(prefix)),
                      redirectTo(prefix.toUtf8() + "user/mallory/hub/api/"));
    mallory.intercept("GET", QRegularExpression(QStringLiteral("^%1user/mallory/hub/api/?").arg(prefix)),
                      hub);
    const Run intoServer =
        run({QStringLiteral("status"), QStringLiteral("--hub"), through(mallory).toString()}, token);
    QVERIFY2(intoServer.exitCode != 0, intoServer.out.constData());
    QVERIFY2(intoServer.err.contains("user/mallory/"), intoServer.err.constData());
    QVERIFY2(!intoServer.err.contains("--hub") && !intoServer.err.contains("hub/token"),
             intoServer.err.constData());
    QVERIFY(!mallory.requests().isEmpty());
    QVERIFY(!sawToken(mallory, token));

    FaultProxy moved(quint16(m_hub.url().port()));
    QVERIFY(moved.start());
    moved.intercept("GET", QRegularExpression(QStringLiteral("^%1hub/api/?$").arg(prefix)),
                    redirectTo(prefix.toUtf8() + "elsewhere/hub/api/"));
    moved.intercept("GET", QRegularExpression(QStringLiteral("^%1elsewhere/hub/api/?$").arg(prefix)), hub);
    const Run refused =
        run({QStringLiteral("status"), QStringLiteral("--hub"), through(moved).toString()}, token);
    QCOMPARE(refused.exitCode, 2);
    const QByteArray advice =
        "--hub " + through(moved).resolved(QUrl(QStringLiteral("elsewhere/"))).toDisplayString().toUtf8();
    QVERIFY2(refused.err.contains(advice), refused.err.constData());
    QVERIFY(!sawToken(moved, token));
}

void TestCliSecurity::hubTextCannotDriveTheTerminal()
{
    // A hub message with escape sequences (set the title, clear the screen) is printed with the
    // escapes visible, never raw.
    const QByteArray token = m_hub.createToken(QStringLiteral("cli-security-escapes"));
    FaultProxy proxy(quint16(m_hub.url().port()));
    QVERIFY(proxy.start());
    FaultProxy::Canned failure;
    failure.status = 500;
    failure.headers = {"Content-Type: application/json"};
    failure.body = R"({"status": 500, "message": "\u001b]0;pwned\u0007\u001b[2Jgone\rover\u009b31m"})";
    proxy.intercept("GET", QRegularExpression(QStringLiteral("/hub/api/user")), failure);
    const Run result =
        run({QStringLiteral("status"), QStringLiteral("--hub"), through(proxy).toString()}, token);
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(R"(\e]0;pwned\x07\e[2Jgone\x0dover\x9b31m)"), result.err.constData());
    const QByteArray printed = result.err + result.out;
    for (const char c : printed)
        QVERIFY2(c == '\n' || static_cast<unsigned char>(c) >= 0x20, result.err.toHex().constData());
    QVERIFY(!result.err.contains("\xc2\x9b")); // C1 CSI, as UTF-8
}

void TestCliSecurity::closedTerminalRevokesTheRunToken()
{
    // A download waiting for the server to start when the terminal closes (SIGHUP): the token
    // made for the run is revoked, as on Ctrl-C. Before, SIGHUP killed the process and left it
    // valid for a day.
    const QString user = QStringLiteral("cli-security-hangup");
    const QByteArray token = m_hub.createToken(user);
    FaultProxy proxy(quint16(m_hub.url().port()));
    QVERIFY(proxy.start());
    // The start is accepted and its progress never comes: the command waits (no real server).
    FaultProxy::Canned accepted;
    accepted.status = 202;
    proxy.intercept("POST", QRegularExpression(QStringLiteral("/hub/api/users/%1/server$").arg(user)),
                    accepted);
    FaultProxy::Canned waiting;
    waiting.headers = {"Content-Type: text/event-stream"};
    waiting.prefix = ": waiting\n\n";
    waiting.chunked = true;
    waiting.holdOpen = true;
    proxy.intercept("GET", QRegularExpression(QStringLiteral("/server/progress")), waiting);
    const int before = int(tokensOf(user).size());

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FORNAX_HUB"));
    environment.insert(QStringLiteral("FORNAX_TOKEN"), QString::fromUtf8(token));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_work.path());
    process.start(QStringLiteral(FORNAX_DESKTOP_BINARY),
                  {QStringLiteral("download"), QStringLiteral("x"), QStringLiteral("."),
                   QStringLiteral("--start"), QStringLiteral("--hub"), through(proxy).toString()});
    QVERIFY(process.waitForStarted());
    const auto sawProgressRequest = [&proxy] {
        for (const FaultProxy::SeenRequest &request : proxy.requests()) {
            if (request.target.contains("/server/progress"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sawProgressRequest(), 30'000);
    QCOMPARE(int(tokensOf(user).size()), before + 1); // the run's token, in use
    ::kill(pid_t(process.processId()), SIGHUP);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(process.state() == QProcess::NotRunning || finished.wait(30'000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not killed by the signal
    QVERIFY2(process.exitCode() == 130, err.constData()); // interrupted, as every command reports it
    QCOMPARE(int(tokensOf(user).size()), before); // revoked
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
