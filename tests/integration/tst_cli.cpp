// The command line against the real hub: status, start with a profile and options, stop, JSON
// for scripts, and the documented exit codes when something is wrong. Runs the real binary.
#include "Settings.h"
#include "TestHub.h"
#include "account/CredentialStore.h"
#include "account/HubDirectory.h"
#include "account/HubEntry.h"
#include "hub/HubUrl.h"
#include "hub/Profile.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statusStartStopRoundTrip();
    void startWithoutWaitingReturnsOnceAccepted();
    void exitCodes_data();
    void exitCodes();
    void tokenFileMustBePrivateToBeQuiet();
    void tokenFromTheAppsKeychainEntry();
    void keepAliveThroughTheServersExtension();
    void keepAliveWithoutOneStaysRunning();
    void sizesByNameAndUnknownOnesRefusedBeforeSending();
    void failedStartSaysWhyWithoutTryAgainOrQtWarnings();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QList<QJsonObject> jsonLines() const;
    };
    Run run(const QStringList &arguments, const QByteArray &token, const QString &hub = {});
    // A running server for user, of the given single-user flavour.
    QByteArray runningServer(const QString &user, const QString &flavour);

    fornax::test::TestHub m_hub;
};

QList<QJsonObject> TestCli::Run::jsonLines() const
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

void TestCli::initTestCase()
{
    m_hub = fornax::test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(QFile::exists(QStringLiteral(FORNAX_DESKTOP_BINARY)));
}

TestCli::Run TestCli::run(const QStringList &arguments, const QByteArray &token, const QString &hub)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FORNAX_TOKEN"));
    if (!token.isEmpty())
        environment.insert(QStringLiteral("FORNAX_TOKEN"), QString::fromUtf8(token));
    environment.insert(QStringLiteral("FORNAX_HUB"), hub.isEmpty() ? m_hub.url().toString() : hub);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FORNAX_DESKTOP_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(90'000)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCli::statusStartStopRoundTrip()
{
    const QString user = QStringLiteral("cli-user");
    const QByteArray token = m_hub.createToken(user);
    QVERIFY(!token.isEmpty());

    Run status = run({QStringLiteral("status"), QStringLiteral("--json")}, token);
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.jsonLines().size(), 1);
    QJsonObject json = status.jsonLines().first();
    QCOMPARE(json.value(QLatin1String("user")).toString(), user);
    QCOMPARE(json.value(QLatin1String("server")).toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("stopped"));
    QVERIFY(json.value(QLatin1String("hub_version")).toString().startsWith(QLatin1String("3.")));

    Run start = run({QStringLiteral("start"), QStringLiteral("--profile"), QStringLiteral("large"),
                     QStringLiteral("--option"), QStringLiteral("capacity=spot")},
                    token);
    QVERIFY2(start.exitCode == 0, start.err.constData());
    // Not a terminal here: plain progress lines, in order, then the ready line.
    QVERIFY2(start.out.contains("Requesting a Large server"), start.out.constData());
    QVERIFY(start.out.indexOf("Requesting a Large server") < start.out.indexOf("is ready at"));
    QFile record(m_hub.homeOf(user) + QStringLiteral("/.fornax-fixture/user_options.json"));
    QVERIFY(record.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(record.readAll()).object(),
             (QJsonObject {{QStringLiteral("profile"), QStringLiteral("large")},
                           {QStringLiteral("capacity"), QStringLiteral("spot")}}));

    status = run({QStringLiteral("status"), QStringLiteral("--json")}, token);
    json = status.jsonLines().value(0).value(QLatin1String("server")).toObject();
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("running"));
    QCOMPARE(json.value(QLatin1String("profile")).toString(), QStringLiteral("large"));
    QCOMPARE(json.value(QLatin1String("url")).toString(),
             m_hub.url().resolved(QUrl(QStringLiteral("user/%1/").arg(user))).toString());

    // Readable status for people.
    status = run({QStringLiteral("status")}, token);
    QVERIFY2(status.out.contains("Running, size large"), status.out.constData());

    Run stop = run({QStringLiteral("stop"), QStringLiteral("--json")}, token);
    QCOMPARE(stop.exitCode, 0);
    QCOMPARE(stop.jsonLines().last().value(QLatin1String("event")).toString(), QStringLiteral("stopped"));
    QVERIFY(m_hub.call("GET", QStringLiteral("users/") + user)
                .json()
                .object()
                .value(QLatin1String("servers"))
                .toObject()
                .isEmpty());

    // Nothing printed, in any mode, contains the token.
    for (const Run &r : {status, start, stop})
        QVERIFY(!r.out.contains(token) && !r.err.contains(token));
}

void TestCli::startWithoutWaitingReturnsOnceAccepted()
{
    const QString user = QStringLiteral("cli-nowait");
    const QByteArray token = m_hub.createToken(user);
    Run start = run({QStringLiteral("start"), QStringLiteral("--no-wait"), QStringLiteral("--json")}, token);
    QCOMPARE(start.exitCode, 0);
    QCOMPARE(start.jsonLines().last().value(QLatin1String("event")).toString(), QStringLiteral("accepted"));
    // The hub has it: starting or already running.
    const QJsonObject server = m_hub.call("GET", QStringLiteral("users/") + user)
                                   .json()
                                   .object()
                                   .value(QLatin1String("servers"))
                                   .toObject()
                                   .value(QString())
                                   .toObject();
    QVERIFY(!server.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(run({QStringLiteral("status"), QStringLiteral("--json")}, token)
                                     .jsonLines()
                                     .value(0)
                                     .value(QLatin1String("server"))
                                     .toObject()
                                     .value(QLatin1String("state"))
                                     .toString()
                                 == QLatin1String("running"),
                             60'000);
    QCOMPARE(run({QStringLiteral("stop")}, token).exitCode, 0);
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("hub");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");

    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost);
    const QString closedHub = QStringLiteral("http://127.0.0.1:%1/").arg(closed.serverPort());
    closed.close();

    QTest::newRow("no token") << QStringList {QStringLiteral("status")} << QByteArray() << QString() << 3
                              << QByteArray("Not signed in");
    QTest::newRow("rejected token") << QStringList {QStringLiteral("status")}
                                    << QByteArray("not-a-real-token") << QString() << 3
                                    << QByteArray("Sign in again");
    QTest::newRow("unreachable hub") << QStringList {QStringLiteral("status")} << QByteArray("x") << closedHub
                                     << 4 << QByteArray("cannot be reached");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("launch")} << QByteArray("x") << QString()
                                     << 2 << QByteArray("Unknown command");
    QTest::newRow("option for another command")
        << QStringList {QStringLiteral("stop"), QStringLiteral("--profile"), QStringLiteral("small")}
        << QByteArray("x") << QString() << 2 << QByteArray("only apply to");
    QTest::newRow("malformed option")
        << QStringList {QStringLiteral("start"), QStringLiteral("--profile"), QStringLiteral("small"),
                        QStringLiteral("--option"), QStringLiteral("image")}
        << QByteArray("x") << QString() << 2 << QByteArray("KEY=VALUE");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, token);
    QFETCH(QString, hub);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const Run result = run(arguments, token, hub);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), result.err.constData());
    if (!token.isEmpty())
        QVERIFY(!result.err.contains(token) || token.size() < 3);
}

void TestCli::tokenFileMustBePrivateToBeQuiet()
{
    const QString user = QStringLiteral("cli-tokenfile");
    const QByteArray token = m_hub.createToken(user);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("token")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(token + '\n');
    file.close();

    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Run quiet = run({QStringLiteral("status"), QStringLiteral("--token-file"), file.fileName()}, {});
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY(!quiet.err.contains("Warning"));

    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    Run warned = run({QStringLiteral("status"), QStringLiteral("--token-file"), file.fileName()}, {});
    QCOMPARE(warned.exitCode, 0);
    QVERIFY2(warned.err.contains("chmod 600"), warned.err.constData());
}

void TestCli::tokenFromTheAppsKeychainEntry()
{
    // What the app leaves after a sign-in: the hub and account in its settings (the same file
    // the binary reads), the token in the session's keychain.
    const QString user = QStringLiteral("cli-keychain");
    const QByteArray token = m_hub.createToken(user);
    QVERIFY(!token.isEmpty());
    fornax::Settings settings(qEnvironmentVariable("XDG_CONFIG_HOME")
                              + QStringLiteral("/Fornax/fornax-desktop.conf"));
    QNetworkAccessManager network;
    fornax::HubDirectory directory(&settings, &network);
    QSignalSpy added(&directory, &fornax::HubDirectory::hubAdded);
    directory.addHub(m_hub.url().toString());
    QVERIFY(added.wait(20'000));
    const QString hubId = added.first().first().toString();
    const fornax::Account account(directory.hub(hubId)->confirmedBase.base(), user);
    QVERIFY(directory.addAccount(hubId, account));
    fornax::CredentialStore store;
    QSignalSpy written(&store, &fornax::CredentialStore::tokenWritten);
    store.writeToken(account, token);
    QVERIFY(written.wait(20'000));

    Run status = run({QStringLiteral("status"), QStringLiteral("--json")}, {});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QCOMPARE(status.jsonLines().value(0).value(QLatin1String("user")).toString(), user);
    QVERIFY(!status.out.contains(token) && !status.err.contains(token));
}

QByteArray TestCli::runningServer(const QString &user, const QString &flavour)
{
    QJsonObject variant {{QStringLiteral("flavour"), flavour}};
    // jupyter_server reports its resources as on Fornax, with a memory limit (32 MiB) it is far
    // past, so that warnings show.
    if (flavour == QLatin1String("jupyter_server"))
        variant.insert(
            QStringLiteral("resource_usage"),
            QJsonObject {{QStringLiteral("mem_limit"), 32 * 1024 * 1024}, {QStringLiteral("cpu_limit"), 2}});
    if (!m_hub.setUserVariant(user, variant))
        return {};
    const QByteArray token = m_hub.createToken(user);
    const auto ready = [&] {
        return m_hub.call("GET", QStringLiteral("users/") + user)
            .json()
            .object()
            .value(QLatin1String("servers"))
            .toObject()
            .value(QString())
            .toObject()
            .value(QLatin1String("ready"))
            .toBool();
    };
    if (!ready())
        m_hub.call("POST", QStringLiteral("users/%1/server").arg(user), R"({"profile":"small"})");
    QElapsedTimer waited;
    waited.start();
    while (!ready() && waited.elapsed() < 60'000)
        QTest::qWait(250);
    return ready() ? token : QByteArray();
}

void TestCli::keepAliveThroughTheServersExtension()
{
    const QString user = QStringLiteral("cli-keepalive-js");
    const QByteArray token = runningServer(user, QStringLiteral("jupyter_server"));
    QVERIFY(!token.isEmpty());
    const auto remaining = [&] {
        return m_hub.callServer("GET", user, QStringLiteral("ext-keepalive?no_track_activity=1"))
            .json()
            .object()
            .value(QLatin1String("remaining"))
            .toInteger(-1);
    };
    m_hub.callServer("DELETE", user, QStringLiteral("ext-keepalive"));

    // While it runs, `status` says what it uses (read without counting as activity), and warns.
    const QDateTime activityBefore = m_hub.serverOwnActivity(user);
    // The home folder: never the file system's disk_used (jupyter-resource-usage #255), but what
    // `storage` measured through the contents API (also not activity).
    Run unmeasured = run({QStringLiteral("status"), QStringLiteral("--json")}, token);
    QVERIFY2(unmeasured.exitCode == 0, unmeasured.err.constData());
    QVERIFY(unmeasured.jsonLines()
                .value(0)
                .value(QLatin1String("resources"))
                .toObject()
                .value(QLatin1String("home_used"))
                .isNull());
    Run measured = run({QStringLiteral("storage"), QStringLiteral("--json")}, token);
    QVERIFY2(measured.exitCode == 0, measured.err.constData());
    const QJsonObject home = measured.jsonLines().value(0);
    QVERIFY2(home.value(QLatin1String("recorded")).toBool(), measured.out.constData());
    QVERIFY(home.value(QLatin1String("home_bytes")).isDouble()); // this home shows no files: 0
    QVERIFY(home.value(QLatin1String("folders")).toInt() >= 1);
    Run resources = run({QStringLiteral("status"), QStringLiteral("--json")}, token);
    QVERIFY2(resources.exitCode == 0, resources.err.constData());
    const QJsonObject use = resources.jsonLines().value(0).value(QLatin1String("resources")).toObject();
    QVERIFY2(use.value(QLatin1String("known")).toBool(), resources.out.constData());
    QVERIFY(use.value(QLatin1String("memory_used")).toInteger() > 0);
    QCOMPARE(use.value(QLatin1String("memory_limit")).toInteger(), 32 * 1024 * 1024);
    QCOMPARE(use.value(QLatin1String("cpu_limit")).toDouble(), 2.0);
    QVERIFY(use.value(QLatin1String("home_used")).isDouble());
    QCOMPARE(use.value(QLatin1String("home_used")).toInteger(),
             home.value(QLatin1String("home_bytes")).toInteger());
    QVERIFY(use.value(QLatin1String("home_quota")).isNull()); // this hub's rate card states no quota
    QVERIFY(use.value(QLatin1String("scratch_used")).isNull()); // not reported: unknown, not 0
    QCOMPARE(use.value(QLatin1String("warnings")).toArray().size(), 1);
    Run readable = run({QStringLiteral("status")}, token);
    QVERIFY2(readable.out.contains("Uses:    CPU ") && readable.out.contains(" of 2")
                 && readable.out.contains("Home "),
             readable.out.constData());
    QVERIFY2(readable.out.contains("Warning: Your server is using") && readable.out.contains("larger size"),
             readable.out.constData());
    QCOMPARE(m_hub.serverOwnActivity(user), activityBefore);

    // Set on the server, and the command returns at once: it holds without it.
    QElapsedTimer took;
    took.start();
    Run start = run({QStringLiteral("keep-alive"), QStringLiteral("10m")}, token);
    QVERIFY2(start.exitCode == 0, start.err.constData());
    QVERIFY2(took.elapsed() < 20'000, qPrintable(QString::number(took.elapsed())));
    QVERIFY2(start.out.contains("by the server itself"), start.out.constData());
    QVERIFY(qAbs(remaining() - 600) <= 10);

    Run status =
        run({QStringLiteral("keep-alive"), QStringLiteral("--status"), QStringLiteral("--json")}, token);
    QCOMPARE(status.exitCode, 0);
    const QJsonObject json = status.jsonLines().value(0);
    QCOMPARE(json.value(QLatin1String("mechanism")).toString(), QStringLiteral("server"));
    QVERIFY(json.value(QLatin1String("active")).toBool());
    QVERIFY(qAbs(json.value(QLatin1String("remaining_seconds")).toInteger() - 600) <= 15);

    // Too long is capped, and said so.
    Run capped = run({QStringLiteral("keep-alive"), QStringLiteral("30h")}, token);
    QCOMPARE(capped.exitCode, 0);
    QVERIFY2(capped.err.contains("at most 4 hour"), capped.err.constData());
    QVERIFY(qAbs(remaining() - 4 * 3600) <= 10);
    // A shorter time asked for later is what the user wants now: not the four hours left there
    // by the earlier command (found from a shell, where it said "2 hours from now" to "10m").
    Run shorter = run({QStringLiteral("keep-alive"), QStringLiteral("10m")}, token);
    QVERIFY2(shorter.exitCode == 0, shorter.err.constData());
    QVERIFY2(shorter.out.contains("10 minute"), shorter.out.constData());
    QVERIFY(qAbs(remaining() - 600) <= 10);

    Run stop = run({QStringLiteral("keep-alive"), QStringLiteral("--stop")}, token);
    QVERIFY2(stop.exitCode == 0, stop.err.constData());
    QVERIFY2(stop.out.contains("no longer kept alive"), stop.out.constData());
    QCOMPARE(remaining(), 0);
    status = run({QStringLiteral("keep-alive"), QStringLiteral("--status")}, token);
    QVERIFY2(status.out.contains("not being kept alive"), status.out.constData());

    // No server, nothing to keep alive: exit code 5.
    QCOMPARE(m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(user)).status / 100, 2);
    QTRY_VERIFY_WITH_TIMEOUT(run({QStringLiteral("status"), QStringLiteral("--json")}, token)
                                 .out.contains("\"state\":\"stopped\""),
                             30'000);
    Run stopped = run({QStringLiteral("keep-alive"), QStringLiteral("1h")}, token);
    QCOMPARE(stopped.exitCode, 5);
    QVERIFY2(stopped.err.contains("not running"), stopped.err.constData());
}

void TestCli::keepAliveWithoutOneStaysRunning()
{
    const QString user = QStringLiteral("cli-keepalive-nb");
    const QByteArray token = runningServer(user, QStringLiteral("notebook"));
    QVERIFY(!token.isEmpty());
    Run status = run({QStringLiteral("keep-alive"), QStringLiteral("--status")}, token);
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains("no keep-alive of its own"), status.out.constData());
    // A server without jupyter-resource-usage: resources unknown, and why.
    Run resources = run({QStringLiteral("status"), QStringLiteral("--json")}, token);
    const QJsonObject use = resources.jsonLines().value(0).value(QLatin1String("resources")).toObject();
    QVERIFY2(!use.isEmpty() && !use.value(QLatin1String("known")).toBool(true), resources.out.constData());
    QVERIFY2(use.value(QLatin1String("reason")).toString().contains(QStringLiteral("Resources unknown")),
             resources.out.constData());
    Run stop = run({QStringLiteral("keep-alive"), QStringLiteral("--stop")}, token);
    QCOMPARE(stop.exitCode, 0);
    QVERIFY2(stop.out.contains("nothing to stop"), stop.out.constData());

    // It must stay running, says so, and does until the time is up.
    const QDateTime before = m_hub.serverOwnActivity(user);
    QElapsedTimer took;
    took.start();
    Run kept = run({QStringLiteral("keep-alive"), QStringLiteral("3s")}, token);
    QVERIFY2(kept.exitCode == 0, kept.err.constData());
    QVERIFY2(took.elapsed() >= 2'500, qPrintable(QString::number(took.elapsed())));
    QVERIFY2(kept.out.contains("leave it running"), kept.out.constData());
    QVERIFY2(kept.out.contains("Done"), kept.out.constData());
    // What it sent counted on the server.
    QVERIFY(m_hub.serverOwnActivity(user) > before);

    // Ctrl+C (or a polite kill) ends it cleanly, sooner.
    QProcess longer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FORNAX_TOKEN"), QString::fromUtf8(token));
    environment.insert(QStringLiteral("FORNAX_HUB"), m_hub.url().toString());
    longer.setProcessEnvironment(environment);
    longer.start(QStringLiteral(FORNAX_DESKTOP_BINARY),
                 {QStringLiteral("keep-alive"), QStringLiteral("10m")});
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += longer.readAllStandardOutput()).contains("leave it running"), 30'000);
    longer.terminate();
    QVERIFY(longer.waitForFinished(10'000));
    QCOMPARE(longer.exitStatus(), QProcess::NormalExit);
    // Interrupted, like every command (130), after saying so and ending the keep-alive cleanly.
    QCOMPARE(longer.exitCode(), 130);
    said += longer.readAllStandardOutput();
    QVERIFY2(said.contains("Stopped keeping"), said.constData());
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(user));
}

void TestCli::sizesByNameAndUnknownOnesRefusedBeforeSending()
{
    // The sizes the app read from the hub's spawn form the last time (the command line cannot
    // read the form: it needs a browser session) are what the command line knows.
    const QString user = QStringLiteral("cli-sizes");
    const QByteArray token = m_hub.createToken(user);
    QVERIFY(!token.isEmpty());
    fornax::Settings settings(qEnvironmentVariable("XDG_CONFIG_HOME")
                              + QStringLiteral("/Fornax/fornax-desktop.conf"));
    QNetworkAccessManager network;
    fornax::HubDirectory directory(&settings, &network);
    QString hubId;
    if (const auto known = directory.confirmedHub(fornax::HubUrl(m_hub.url()))) {
        hubId = known->id;
    } else {
        QSignalSpy added(&directory, &fornax::HubDirectory::hubAdded);
        directory.addHub(m_hub.url().toString());
        QVERIFY(added.wait(20'000));
        hubId = added.first().first().toString();
    }
    fornax::Profile small;
    small.slug = QStringLiteral("small");
    small.displayName = QStringLiteral("Small");
    small.isDefault = true;
    fornax::Profile medium;
    medium.slug = QStringLiteral("medium");
    medium.displayName = QStringLiteral("Medium");
    settings.setCachedProfiles(hubId, QJsonDocument(fornax::Profile::listToJson({small, medium})).toJson());

    // No record of an earlier run's start (the hub's homes outlive a test run).
    QFile::remove(m_hub.homeOf(user) + QStringLiteral("/.fornax-fixture/user_options.json"));
    Run refused = run({QStringLiteral("start"), QStringLiteral("--profile"), QStringLiteral("huge")}, token);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("“huge”") && refused.err.contains("small (Small)")
                 && refused.err.contains("medium (Medium)"),
             refused.err.constData());
    QVERIFY2(!refused.err.contains("try again"), refused.err.constData());
    // Nothing was sent: no server, and the spawner never saw a request.
    QVERIFY(m_hub.call("GET", QStringLiteral("users/") + user)
                .json()
                .object()
                .value(QLatin1String("servers"))
                .toObject()
                .isEmpty());
    QVERIFY(!QFile::exists(m_hub.homeOf(user) + QStringLiteral("/.fornax-fixture/user_options.json")));

    Run started =
        run({QStringLiteral("start"), QStringLiteral("--profile"), QStringLiteral("medium")}, token);
    QVERIFY2(started.exitCode == 0, started.err.constData());
    Run status = run({QStringLiteral("status")}, token);
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains("Running, size Medium"), status.out.constData());
    // The command's own sentences only: no log lines of the app's insides.
    QVERIFY2(status.err.isEmpty(), status.err.constData());
    QVERIFY2(started.err.isEmpty(), started.err.constData());
    Run verbose = run({QStringLiteral("status"), QStringLiteral("--verbose")}, token);
    QVERIFY2(verbose.err.contains("fornax.hub"), verbose.err.constData());
    QCOMPARE(run({QStringLiteral("stop")}, token).exitCode, 0);
}

void TestCli::failedStartSaysWhyWithoutTryAgainOrQtWarnings()
{
    // The spawner refuses an option value: retrying cannot help, so the message does not say to,
    // and what the hub said is there. Even with every log line shown, Qt has nothing to warn
    // about after it (it once read from a reply already closed).
    const QString user = QStringLiteral("cli-badstart");
    const QByteArray token = m_hub.createToken(user);
    QVERIFY(!token.isEmpty());
    Run failed =
        run({QStringLiteral("start"), QStringLiteral("--profile"), QStringLiteral("small"),
             QStringLiteral("--option"), QStringLiteral("image=no-such-image"), QStringLiteral("--verbose")},
            token);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("no-such-image"), failed.err.constData());
    QVERIFY2(!failed.err.toLower().contains("try again"), failed.err.constData());
    QVERIFY2(!failed.err.contains("QIODevice"), failed.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
