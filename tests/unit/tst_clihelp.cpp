// What a person sees of the commands' own help and of an option given to the wrong command,
// from the real binary (no hub: help and argument errors come before any hub is looked for).
#include <QProcess>
#include <QTest>

class TestCliHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpOfACommand_data();
    void helpOfACommand();
    void appHelpListsCommands();
    void optionOfAnotherCommand();
    void helpOfNoSuchCommand();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments);
};

TestCliHelp::Run TestCliHelp::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FORNAX_HUB"));
    environment.remove(QStringLiteral("FORNAX_TOKEN"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FORNAX_DESKTOP_BINARY), arguments);
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliHelp::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(FORNAX_DESKTOP_BINARY)));
}

void TestCliHelp::helpOfACommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("help upload") << QStringList {QStringLiteral("help"), QStringLiteral("upload")};
    QTest::newRow("upload --help") << QStringList {QStringLiteral("upload"), QStringLiteral("--help")};
}

void TestCliHelp::helpOfACommand()
{
    QFETCH(QStringList, arguments);
    const Run help = run(arguments);
    QCOMPARE(help.exitCode, 0);
    QCOMPARE(help.err, QString());
    QVERIFY2(help.out.startsWith(
                 QStringLiteral("Usage: fornax-desktop upload [options] LOCAL... REMOTE-FOLDER\n")),
             qPrintable(help.out));
    const QString text = help.out.simplified();
    QVERIFY2(text.contains(QStringLiteral("Copies local files and folders into a folder of the server")),
             qPrintable(help.out));
    // Its own options, with what they do...
    for (const QString &option :
         {QStringLiteral("--on-conflict <POLICY> What to do with files that exist already"),
          QStringLiteral("-y, --yes"), QStringLiteral("--start"), QStringLiteral("--verify"),
          QStringLiteral("--server <NAME>"), QStringLiteral("--use-token-for-server")})
        QVERIFY2(text.contains(option), qPrintable(option + u'\n' + help.out));
    QVERIFY2(text.contains(QStringLiteral("files that exist only at the destination are never deleted")),
             qPrintable(help.out));
    // ...the global ones, and nothing of the other commands.
    QVERIFY(text.contains(QStringLiteral("Options of every command: --hub <URL>")));
    for (const QString &foreign : {QStringLiteral("--month"), QStringLiteral("--profile"),
                                   QStringLiteral("--stop"), QStringLiteral("--no-wait")})
        QVERIFY2(!text.contains(foreign), qPrintable(foreign));
}

void TestCliHelp::appHelpListsCommands()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString text = help.out.simplified();
    for (const QString &line : {QStringLiteral("status Show the server's state"),
                                QStringLiteral("upload LOCAL... REMOTE-FOLDER Copy local"),
                                QStringLiteral("keep-alive DURATION | --stop | --status Keep the server"),
                                QStringLiteral("help COMMAND Show what COMMAND does"),
                                QStringLiteral("Options of usage: --month <YYYY-MM>")})
        QVERIFY2(text.contains(line), qPrintable(line + u'\n' + help.out));
}

void TestCliHelp::optionOfAnotherCommand()
{
    const Run wrong = run({QStringLiteral("status"), QStringLiteral("--month"), QStringLiteral("2026-01")});
    QCOMPARE(wrong.exitCode, 2); // as every wrong argument
    QCOMPARE(wrong.out, QString());
    QCOMPARE(wrong.err,
             QStringLiteral("“status” has no option --month: it belongs to “usage”; options only apply "
                            "to the commands they belong to. Run “fornax-desktop help status” to see "
                            "what “status” takes.\n"));
}

void TestCliHelp::helpOfNoSuchCommand()
{
    const Run help = run({QStringLiteral("help"), QStringLiteral("launch")});
    QCOMPARE(help.exitCode, 2);
    QCOMPARE(help.out, QString());
    QVERIFY2(help.err.startsWith(QStringLiteral("Unknown command “launch”.")), qPrintable(help.err));
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
