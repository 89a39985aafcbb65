// CommandLine: the arguments decide between the window, help, version and commands.
#include "CommandLine.h"
#include "Defaults.h"

#include <QTest>

using fornax::cli::CommandLine;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modes_data();
    void modes();
    void hubDefaultsToFornax();
    void hubFromOptionAndEnvironment();
};

void TestCommandLine::modes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("mode");
    QTest::newRow("no arguments") << QStringList {} << int(CommandLine::Mode::Gui);
    QTest::newRow("hub only") << QStringList {QStringLiteral("--hub"), QStringLiteral("http://x/")}
                              << int(CommandLine::Mode::Gui);
    QTest::newRow("help") << QStringList {QStringLiteral("--help")} << int(CommandLine::Mode::Help);
    QTest::newRow("-h") << QStringList {QStringLiteral("-h")} << int(CommandLine::Mode::Help);
    QTest::newRow("version") << QStringList {QStringLiteral("--version")} << int(CommandLine::Mode::Version);
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")}
                                    << int(CommandLine::Mode::Error);
    QTest::newRow("hub without value")
        << QStringList {QStringLiteral("--hub")} << int(CommandLine::Mode::Error);
    QTest::newRow("unknown command") << QStringList {QStringLiteral("launch")}
                                     << int(CommandLine::Mode::Error);
}

void TestCommandLine::modes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, mode);
    CommandLine commandLine;
    arguments.prepend(QStringLiteral("fornax-desktop"));
    QCOMPARE(int(commandLine.parse(arguments)), mode);
    if (mode == int(CommandLine::Mode::Error))
        QVERIFY(!commandLine.errorText().isEmpty());
}

void TestCommandLine::hubDefaultsToFornax()
{
    qunsetenv("FORNAX_HUB");
    CommandLine commandLine;
    commandLine.parse({QStringLiteral("fornax-desktop")});
    QCOMPARE(commandLine.hubAddress(), QString::fromLatin1(fornax::defaults::FornaxConsoleUrl));
}

void TestCommandLine::hubFromOptionAndEnvironment()
{
    qputenv("FORNAX_HUB", "https://env.example/");
    CommandLine fromEnvironment;
    fromEnvironment.parse({QStringLiteral("fornax-desktop")});
    QCOMPARE(fromEnvironment.hubAddress(), QStringLiteral("https://env.example/"));

    CommandLine fromOption;
    fromOption.parse(
        {QStringLiteral("fornax-desktop"), QStringLiteral("--hub"), QStringLiteral("https://opt.example/")});
    QCOMPARE(fromOption.hubAddress(), QStringLiteral("https://opt.example/"));
    qunsetenv("FORNAX_HUB");
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
