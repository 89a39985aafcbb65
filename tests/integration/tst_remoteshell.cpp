// RemoteShell against a real single-user server (Notebook 6 with terminado) behind the local
// hub. The user's dotfiles print noise on stdout and stderr and set a coloured prompt and a
// PROMPT_COMMAND, so every output compared exactly here was picked out of real noise.
#include "TestHub.h"
#include "hub/HubClient.h"
#include "jupyter/RemoteShell.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace fornax;
using namespace std::chrono_literals;

namespace {

const QString User = fornax::test::TestHub::user(QStringLiteral("shell-user"));

struct Outcome
{
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
    QString reason;
};

QByteArray runLocally(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(10'000);
    return process.readAllStandardOutput();
}

} // namespace

class TestRemoteShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void echoIsExact();
    void dotfilesRanButLeftNoTrace();
    void exitCodeIsReported();
    void megabyteOfOutput();
    void tarVersionMatchesTheMachine();
    void commandVFindsZstd();
    void dfOfHome();
    void queuedCommandsRunInOrder();
    void timeoutInterruptsAndShellStaysUsable();
    void openFailureIsReported();
    void closeRemovesTheTerminal();
    void destructionRemovesTheTerminal();

private:
    Outcome run(RemoteShell *shell, const QString &command, std::chrono::milliseconds timeout = 30s);
    QJsonArray terminals();

    test::TestHub m_hub;
    QNetworkAccessManager m_network;
    std::unique_ptr<HubClient> m_client;
    QUrl m_serverUrl;
    std::unique_ptr<RemoteShell> m_shell;
};

void TestRemoteShell::initTestCase()
{
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_hub.ensureUser(User));

    // Terminado starts `bash -l`: .bash_profile, which sources .bashrc as most setups do.
    const QString home = m_hub.homeOf(User);
    QVERIFY(QDir().mkpath(home));
    QFile profile(home + QStringLiteral("/.bash_profile"));
    QVERIFY(profile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    profile.write("echo 'profile noise: FORNAX-BEGIN-x'\n[ -f ~/.bashrc ] && . ~/.bashrc\n");
    profile.close();
    QFile bashrc(home + QStringLiteral("/.bashrc"));
    QVERIFY(bashrc.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bashrc.write("echo 'Welcome to the noisy shell'\n"
                 "echo 'stderr noise' >&2\n"
                 "printf '\\033[1;32mcolour noise\\033[0m\\n'\n"
                 "export FORNAX_NOISE_LOADED=yes\n"
                 "PS1='\\[\\033[01;32m\\]\\u@\\h\\[\\033[00m\\]:\\w\\$ '\n"
                 "PROMPT_COMMAND='echo prompt-command noise'\n");
    bashrc.close();

    m_client = std::make_unique<HubClient>(HubUrl(m_hub.url()), &m_network);
    const QByteArray token = m_hub.createToken(User);
    QVERIFY(!token.isEmpty());
    m_client->setToken(token);
    m_client->setServerToken(token); // the same token for both: these tests are about terminals

    const test::TestHub::Reply start =
        m_hub.call("POST", QStringLiteral("users/%1/server").arg(User), R"({"profile":"small"})");
    QVERIFY2(start.status == 201 || start.status == 202 || start.status == 400,
             qPrintable(QString::number(start.status) + QString::fromUtf8(start.body)));
    const auto serverReady = [this] {
        const QJsonObject user = m_hub.call("GET", QStringLiteral("users/") + User).json().object();
        return user.value(QLatin1String("servers"))
            .toObject()
            .value(QLatin1String(""))
            .toObject()
            .value(QLatin1String("ready"))
            .toBool();
    };
    QTRY_VERIFY_WITH_TIMEOUT(serverReady(), 60'000);
    m_serverUrl = m_hub.url().resolved(QUrl(QStringLiteral("user/%1/").arg(User)));

    m_shell = std::make_unique<RemoteShell>(m_client.get(), m_serverUrl);
    QSignalSpy ready(m_shell.get(), &RemoteShell::ready);
    QSignalSpy failed(m_shell.get(), &RemoteShell::commandFailed);
    m_shell->open();
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1 || !failed.isEmpty(), 30'000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(m_shell->isReady());
    QVERIFY(!m_shell->terminalName().isEmpty());
}

void TestRemoteShell::cleanupTestCase()
{
    m_shell.reset();
    if (m_hub.isValid())
        m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
}

Outcome TestRemoteShell::run(RemoteShell *shell, const QString &command, std::chrono::milliseconds timeout)
{
    QSignalSpy finished(shell, &RemoteShell::commandFinished);
    QSignalSpy failed(shell, &RemoteShell::commandFailed);
    shell->run(command, timeout);
    Outcome outcome;
    if (!QTest::qWaitFor(
            [&] {
                return finished.size() + failed.size() > 0;
            },
            int(timeout.count()) + 10'000)) {
        outcome.reason = QStringLiteral("no answer at all");
        return outcome;
    }
    if (!finished.isEmpty()) {
        outcome.finished = true;
        outcome.exitCode = finished.first().at(0).toInt();
        outcome.output = finished.first().at(1).toByteArray();
    } else {
        outcome.reason = failed.first().first().toString();
    }
    return outcome;
}

QJsonArray TestRemoteShell::terminals()
{
    QNetworkReply *reply =
        m_network.get(m_client->request(m_serverUrl.resolved(QUrl(QStringLiteral("api/terminals")))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(30'000);
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        qWarning("GET api/terminals: %s", qPrintable(reply->errorString()));
        return {QStringLiteral("request failed")};
    }
    return QJsonDocument::fromJson(reply->readAll()).array();
}

void TestRemoteShell::echoIsExact()
{
    const Outcome outcome = run(m_shell.get(), QStringLiteral("echo hello"));
    QVERIFY2(outcome.finished, qPrintable(outcome.reason));
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.output, QByteArray("hello\n"));
}

void TestRemoteShell::dotfilesRanButLeftNoTrace()
{
    // The noise was really there: the same shell read the dotfiles.
    const Outcome outcome =
        run(m_shell.get(), QStringLiteral("echo \"$FORNAX_NOISE_LOADED\"; printf 'no newline'"));
    QVERIFY2(outcome.finished, qPrintable(outcome.reason));
    QCOMPARE(outcome.output, QByteArray("yes\nno newline"));
}

void TestRemoteShell::exitCodeIsReported()
{
    const Outcome outcome = run(m_shell.get(), QStringLiteral("sh -c 'echo out; echo err >&2; exit 3'"));
    QVERIFY2(outcome.finished, qPrintable(outcome.reason));
    QCOMPARE(outcome.exitCode, 3);
    QCOMPARE(outcome.output, QByteArray("out\nerr\n"));
}

void TestRemoteShell::megabyteOfOutput()
{
    QByteArray expected;
    for (int i = 0; i < 65536; ++i)
        expected += "0123456789abcde\n";
    QElapsedTimer timer;
    timer.start();
    const Outcome outcome = run(m_shell.get(), QStringLiteral("yes 0123456789abcde | head -n 65536"), 60s);
    QVERIFY2(outcome.finished, qPrintable(outcome.reason));
    qInfo("1 MiB through the terminal in %lld ms", timer.elapsed());
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.output.size(), expected.size());
    QVERIFY(outcome.output == expected);
}

void TestRemoteShell::tarVersionMatchesTheMachine()
{
    // The server runs on this machine, so its tar is this tar.
    const QByteArray local = runLocally(QStringLiteral("tar"), {QStringLiteral("--version")});
    QVERIFY(local.startsWith("tar (GNU tar)"));
    const Outcome outcome = run(m_shell.get(), QStringLiteral("tar --version"));
    QVERIFY2(outcome.finished, qPrintable(outcome.reason));
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.output, local);
}

void TestRemoteShell::commandVFindsZstd()
{
    const Outcome outcome = run(m_shell.get(), QStringLiteral("command -v zstd"));
    QVERIFY2(outcome.finished, qPrintable(outcome.reason));
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY(outcome.output.endsWith('\n'));
    const QFileInfo zstd(QString::fromUtf8(outcome.output.chopped(1)));
    QVERIFY2(zstd.isExecutable() && zstd.fileName() == QLatin1String("zstd"), outcome.output.constData());

    const Outcome missing = run(m_shell.get(), QStringLiteral("command -v no-such-tool-anywhere"));
    QVERIFY2(missing.finished, qPrintable(missing.reason));
    // POSIX says only "greater than zero": bash answers 1, dash (the terminal's /bin/sh) 127.
    QVERIFY(missing.exitCode > 0);
    QCOMPARE(missing.output, QByteArray());
}

void TestRemoteShell::dfOfHome()
{
    const QByteArray local = runLocally(QStringLiteral("df"), {QStringLiteral("-Pk"), m_hub.homeOf(User)});
    const Outcome outcome = run(m_shell.get(), QStringLiteral("df -Pk ~"));
    QVERIFY2(outcome.finished, qPrintable(outcome.reason));
    QCOMPARE(outcome.exitCode, 0);
    const QList<QByteArray> lines = outcome.output.trimmed().split('\n');
    const QList<QByteArray> localLines = local.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), localLines.at(0));
    const QList<QByteArray> fields = lines.at(1).simplified().split(' ');
    const QList<QByteArray> localFields = localLines.at(1).simplified().split(' ');
    QCOMPARE(fields.size(), 6);
    QCOMPARE(fields.at(0), localFields.at(0)); // file system
    QCOMPARE(fields.at(1), localFields.at(1)); // size
    QCOMPARE(fields.at(5), localFields.at(5)); // mount point
    bool ok = false;
    QVERIFY(fields.at(3).toLongLong(&ok) >= 0 && ok);
}

void TestRemoteShell::queuedCommandsRunInOrder()
{
    QSignalSpy finished(m_shell.get(), &RemoteShell::commandFinished);
    QSignalSpy failed(m_shell.get(), &RemoteShell::commandFailed);
    m_shell->run(QStringLiteral("sleep 0.3; echo one"), 30s);
    m_shell->run(QStringLiteral("echo two; sh -c 'exit 4'"), 30s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30'000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(finished.at(0).at(1).toByteArray(), QByteArray("one\n"));
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    QCOMPARE(finished.at(1).at(1).toByteArray(), QByteArray("two\n"));
    QCOMPARE(finished.at(1).at(0).toInt(), 4);
}

void TestRemoteShell::timeoutInterruptsAndShellStaysUsable()
{
    QSignalSpy finished(m_shell.get(), &RemoteShell::commandFinished);
    QSignalSpy failed(m_shell.get(), &RemoteShell::commandFailed);
    QElapsedTimer timer;
    timer.start();
    m_shell->run(QStringLiteral("sleep 5; echo slept"), 1s);
    m_shell->run(QStringLiteral("echo after"), 30s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("did not finish within 1 s")),
             qPrintable(failed.first().first().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    // The sleep was interrupted: the next command did not wait for it to end.
    QVERIFY2(timer.elapsed() < 4'000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(finished.first().at(1).toByteArray(), QByteArray("after\n"));
    QCOMPARE(finished.first().at(0).toInt(), 0);
    QCOMPARE(failed.size(), 1);
    QVERIFY(m_shell->isReady());
}

void TestRemoteShell::openFailureIsReported()
{
    // Nobody's server runs there: the hub answers instead of a single-user server.
    RemoteShell shell(m_client.get(), m_hub.url().resolved(QUrl(QStringLiteral("user/shell-nobody/"))));
    QSignalSpy closed(&shell, &RemoteShell::closed);
    const Outcome outcome = run(&shell, QStringLiteral("echo never"), 10s);
    QVERIFY(!outcome.finished);
    QVERIFY2(outcome.reason.contains(QLatin1String("Could not open a terminal")), qPrintable(outcome.reason));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10'000);
    QCOMPARE(shell.state(), RemoteShell::State::Closed);
}

void TestRemoteShell::closeRemovesTheTerminal()
{
    const QString name = m_shell->terminalName();
    QJsonArray before = terminals();
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.first().toObject().value(QLatin1String("name")).toString(), name);

    QSignalSpy closed(m_shell.get(), &RemoteShell::closed);
    m_shell->close();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 30'000);
    QCOMPARE(terminals(), QJsonArray());

    const Outcome late = run(m_shell.get(), QStringLiteral("echo late"));
    QVERIFY(!late.finished);
    QVERIFY2(late.reason.contains(QLatin1String("closed")), qPrintable(late.reason));
}

void TestRemoteShell::destructionRemovesTheTerminal()
{
    auto shell = std::make_unique<RemoteShell>(m_client.get(), m_serverUrl);
    const Outcome outcome = run(shell.get(), QStringLiteral("echo once more"));
    QVERIFY2(outcome.finished, qPrintable(outcome.reason));
    QCOMPARE(outcome.output, QByteArray("once more\n"));
    QCOMPARE(terminals().size(), 1);
    shell.reset();
    QTRY_COMPARE_WITH_TIMEOUT(terminals(), QJsonArray(), 30'000);
}

QTEST_GUILESS_MAIN(TestRemoteShell)
#include "tst_remoteshell.moc"
