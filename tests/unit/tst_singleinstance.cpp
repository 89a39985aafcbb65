// SingleInstance with real local sockets and real second processes (this binary, started again
// with --notify or --crash): handing over arguments, taking over after the primary is gone or
// crashed, and junk on the socket.
#include "SingleInstance.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <future>

#include <sys/stat.h>
#include <unistd.h>

using namespace fornax;
using namespace std::chrono_literals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultNameIsPerAppAndUser();
    void secondInstanceHandsOverArguments();
    void secondProcessHandsOverArguments();
    void secondListenerIsRefused();
    void nobodyListeningIsNotAnswered();
    void newPrimaryAfterTheFirstIsGone();
    void staleSocketOfACrashedInstanceIsReplaced();
    void junkOnTheSocketIsIgnored_data();
    void junkOnTheSocketIsIgnored();
    void withoutRuntimeFolderTheSocketGetsAPrivateOne();
    void aFolderOthersCanEnterIsRefused();

private:
    // notifyRunning() blocks, and the primary answers from this thread's event loop: run it on
    // another thread and keep the loop turning until it returns.
    bool notifyFromAnotherThread(const QStringList &arguments);
    QProcess *startSelf(const QStringList &arguments, const QString &workingDirectory = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_name;
};

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_name = m_dir->filePath(QStringLiteral("instance"));
}

bool TestSingleInstance::notifyFromAnotherThread(const QStringList &arguments)
{
    const QString name = m_name;
    std::future<bool> answered = std::async(std::launch::async, [name, arguments] {
        return SingleInstance::notifyRunning(name, arguments, 5s);
    });
    while (answered.wait_for(0ms) != std::future_status::ready)
        QTest::qWait(10); // turns the event loop, where the primary answers
    return answered.get();
}

QProcess *TestSingleInstance::startSelf(const QStringList &arguments, const QString &workingDirectory)
{
    auto *process = new QProcess(this);
    process->setProgram(QCoreApplication::applicationFilePath());
    process->setArguments(arguments);
    process->setWorkingDirectory(workingDirectory);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start();
    return process;
}

void TestSingleInstance::defaultNameIsPerAppAndUser()
{
    const QString name = SingleInstance::defaultServerName();
    const QString file = QFileInfo(name).fileName();
    QVERIFY2(file.startsWith(QLatin1String("gov.nasa.fornax.Desktop-")), qPrintable(name));
    QVERIFY2(file.contains(QString::number(::getuid())), qPrintable(name));
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        QCOMPARE(QFileInfo(name).absolutePath(), QFileInfo(runtime).absoluteFilePath());
    QCOMPARE(SingleInstance().serverName(), name);
}

void TestSingleInstance::secondInstanceHandsOverArguments()
{
    SingleInstance primary(m_name);
    QVERIFY2(primary.listen(), qPrintable(primary.errorString()));
    QVERIFY(primary.isListening());
    QSignalSpy activated(&primary, &SingleInstance::activationRequested);

    // Arguments with what a shell or a file manager may pass: spaces, quotes, non-ASCII, empty.
    const QStringList arguments {QStringLiteral("--upload"), QStringLiteral("/data/my file \"1\".fits"),
                                 QStringLiteral("Ωmega/ünïcode"), QString()};
    QVERIFY(notifyFromAnotherThread(arguments));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(), arguments);
    QCOMPARE(activated.at(0).at(1).toString(), QDir::currentPath());

    QVERIFY(notifyFromAnotherThread({}));
    QTRY_COMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).toStringList(), QStringList());
}

void TestSingleInstance::secondProcessHandsOverArguments()
{
    SingleInstance primary(m_name);
    QVERIFY2(primary.listen(), qPrintable(primary.errorString()));
    QSignalSpy activated(&primary, &SingleInstance::activationRequested);

    QTemporaryDir elsewhere;
    QProcess *second = startSelf(
        {QStringLiteral("--notify"), m_name, QStringLiteral("--show"), QStringLiteral("relative/file.txt")},
        elsewhere.path());
    QSignalSpy finished(second, &QProcess::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15'000);
    QCOMPARE(second->exitCode(), 0); // it was answered
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(),
             (QStringList {QStringLiteral("--show"), QStringLiteral("relative/file.txt")}));
    // Relative paths are the second process's, and the primary is told where that was.
    QCOMPARE(QFileInfo(activated.at(0).at(1).toString()).canonicalFilePath(),
             QFileInfo(elsewhere.path()).canonicalFilePath());
}

void TestSingleInstance::secondListenerIsRefused()
{
    SingleInstance primary(m_name);
    QVERIFY(primary.listen());
    SingleInstance second(m_name);
    QVERIFY(!second.listen());
    QVERIFY(!second.isListening());
    QVERIFY(!second.errorString().isEmpty());
    // The primary was not disturbed by the attempt.
    QSignalSpy activated(&primary, &SingleInstance::activationRequested);
    QVERIFY(notifyFromAnotherThread({QStringLiteral("again")}));
    QTRY_COMPARE(activated.size(), 1);
}

void TestSingleInstance::nobodyListeningIsNotAnswered()
{
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(!SingleInstance::notifyRunning(m_name, {QStringLiteral("anyone?")}, 5s));
    QVERIFY(elapsed.elapsed() < 2'000); // no socket: refused at once, not after the timeout
}

void TestSingleInstance::newPrimaryAfterTheFirstIsGone()
{
    {
        SingleInstance first(m_name);
        QVERIFY(first.listen());
    }
    QVERIFY(!QFileInfo::exists(m_name)); // a clean exit removes the socket
    SingleInstance next(m_name);
    QVERIFY2(next.listen(), qPrintable(next.errorString()));
    QSignalSpy activated(&next, &SingleInstance::activationRequested);
    QVERIFY(notifyFromAnotherThread({QStringLiteral("hello")}));
    QTRY_COMPARE(activated.size(), 1);
}

void TestSingleInstance::staleSocketOfACrashedInstanceIsReplaced()
{
    // A real process becomes primary and dies without cleaning up, leaving its socket file.
    QProcess *crashing = startSelf({QStringLiteral("--crash"), m_name});
    QSignalSpy finished(crashing, &QProcess::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15'000);
    QCOMPARE(crashing->readAllStandardOutput().trimmed(), QByteArray("listening"));
    QVERIFY2(QFileInfo::exists(m_name), "the crashed instance left no socket behind");
    QVERIFY(!SingleInstance::notifyRunning(m_name, {}, 2s)); // nobody home

    SingleInstance next(m_name);
    QVERIFY2(next.listen(), qPrintable(next.errorString()));
    QSignalSpy activated(&next, &SingleInstance::activationRequested);
    QVERIFY(notifyFromAnotherThread({QStringLiteral("after the crash")}));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(), QStringList {QStringLiteral("after the crash")});
}

void TestSingleInstance::junkOnTheSocketIsIgnored_data()
{
    QTest::addColumn<QByteArray>("junk");
    QTest::newRow("not JSON") << QByteArray("hello there\n");
    QTest::newRow("binary with NUL") << QByteArray("\x00\xff\xfe{\x01\n", 6);
    QTest::newRow("JSON array") << QByteArray("[\"--show\"]\n");
    QTest::newRow("arguments not a list") << QByteArray(R"({"arguments":"--show"})"
                                                        "\n");
    QTest::newRow("arguments not strings") << QByteArray(R"({"arguments":["a",1,null]})"
                                                         "\n");
    QTest::newRow("directory not a string") << QByteArray(R"({"arguments":[],"workingDirectory":7})"
                                                          "\n");
    QTest::newRow("truncated JSON") << QByteArray(R"({"arguments":["a")"
                                                  "\n");
    QTest::newRow("two megabytes without a newline") << QByteArray(2 * 1024 * 1024, 'x');
}

void TestSingleInstance::junkOnTheSocketIsIgnored()
{
    QFETCH(QByteArray, junk);
    SingleInstance primary(m_name);
    QVERIFY(primary.listen());
    QSignalSpy activated(&primary, &SingleInstance::activationRequested);

    QLocalSocket socket;
    QSignalSpy disconnected(&socket, &QLocalSocket::disconnected);
    socket.connectToServer(m_name);
    QVERIFY(socket.waitForConnected(2'000));
    socket.write(junk);
    // The primary hangs up without an answer (an oversized one as soon as it is over the limit).
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 4'000);
    QCOMPARE(socket.readAll(), QByteArray());
    QCOMPARE(activated.size(), 0);

    // And it still works for a proper request.
    QVERIFY(notifyFromAnotherThread({QStringLiteral("still here")}));
    QTRY_COMPARE(activated.size(), 1);
}

void TestSingleInstance::withoutRuntimeFolderTheSocketGetsAPrivateOne()
{
    // No XDG_RUNTIME_DIR (a bare ssh session, some containers): never the shared temp folder
    // itself, where anyone could squat on the name; a folder of the app's own, mode 0700.
    QTemporaryDir temp;
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    const QByteArray tmpdir = qgetenv("TMPDIR");
    qunsetenv("XDG_RUNTIME_DIR");
    qputenv("TMPDIR", temp.path().toLocal8Bit());
    const QString name = SingleInstance::defaultServerName();
    qputenv("XDG_RUNTIME_DIR", runtime);
    qputenv("TMPDIR", tmpdir);

    const QString folder = QFileInfo(name).absolutePath();
    QVERIFY2(folder.startsWith(temp.path() + QLatin1Char('/')) && folder != temp.path(), qPrintable(name));
    SingleInstance primary(name);
    QVERIFY2(primary.listen(), qPrintable(primary.errorString()));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(folder).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0700u);
    QCOMPARE(info.st_uid, ::getuid());
}

void TestSingleInstance::aFolderOthersCanEnterIsRefused()
{
    // Someone made the folder first, open to others: nothing is created or sent there.
    QTemporaryDir temp;
    const QString folder = temp.filePath(QStringLiteral("squatted"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther));
    SingleInstance primary(folder + QStringLiteral("/instance.socket"));
    QVERIFY(!primary.listen());
    QVERIFY(!primary.mayNotifyRunning());
    QVERIFY2(primary.errorString().contains(QLatin1String("not private")), qPrintable(primary.errorString()));
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/instance.socket")));
}

int main(int argc, char *argv[])
{
    // The second processes of the tests above.
    if (argc >= 3 && (qstrcmp(argv[1], "--notify") == 0 || qstrcmp(argv[1], "--crash") == 0)) {
        QCoreApplication app(argc, argv);
        const QStringList arguments = app.arguments();
        if (arguments.at(1) == QLatin1String("--notify"))
            return SingleInstance::notifyRunning(arguments.at(2), arguments.mid(3), 5s) ? 0 : 1;
        SingleInstance instance(arguments.at(2));
        if (!instance.listen())
            return 2;
        std::puts("listening");
        std::fflush(stdout);
        std::_Exit(3); // no destructors, no cleanup: as a crash leaves things
    }
    QCoreApplication app(argc, argv);
    TestSingleInstance test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
