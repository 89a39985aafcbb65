// CommandLine: the arguments decide between the window, help, version and commands.
#include "CliOutput.h"
#include "CommandLine.h"
#include "Defaults.h"

#include <QTest>

using fornax::cli::CliOutput;
using fornax::cli::CommandLine;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modes_data();
    void modes();
    void hubDefaultsToFornax();
    void hubFromOptionAndEnvironment();
    void keepAlive_data();
    void keepAlive();
    void durations_data();
    void durations();
    void serverTextIsPrintedVisibly_data();
    void serverTextIsPrintedVisibly();
};

void TestCommandLine::serverTextIsPrintedVisibly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("keepLineBreaks");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("a b.txt ü") << false << QStringLiteral("a b.txt ü");
    QTest::newRow("title and clear screen")
        << QStringLiteral("\x1b]0;pwned\x07\x1b[2J") << false << QStringLiteral("\\e]0;pwned\\x07\\e[2J");
    QTest::newRow("carriage return, DEL, NUL")
        << QString::fromUtf16(u"a\rb\x7f\0c", 6) << false << QStringLiteral("a\\x0db\\x7f\\x00c");
    QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("31m") << false
                            << QStringLiteral("\\x9b31m");
    QTest::newRow("a line break in a name") << QStringLiteral("a\nb") << false << QStringLiteral("a\\x0ab");
    QTest::newRow("a line break in a message")
        << QStringLiteral("a\nb\t") << true << QStringLiteral("a\nb\\x09");
}

void TestCommandLine::serverTextIsPrintedVisibly()
{
    QFETCH(QString, text);
    QFETCH(bool, keepLineBreaks);
    QTEST(CliOutput::visible(text, keepLineBreaks), "shown");
}

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

void TestCommandLine::keepAlive_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("seconds"); // -1: no duration
    QTest::addColumn<bool>("stop");
    QTest::addColumn<bool>("status");
    QTest::newRow("duration") << QStringList {QStringLiteral("2h")} << true << qint64(7200) << false << false;
    QTest::newRow("stop") << QStringList {QStringLiteral("--stop")} << true << qint64(-1) << true << false;
    QTest::newRow("status json") << QStringList {QStringLiteral("--status"), QStringLiteral("--json")} << true
                                 << qint64(-1) << false << true;
    QTest::newRow("nothing") << QStringList {} << false << qint64(-1) << false << false;
    QTest::newRow("duration and stop") << QStringList {QStringLiteral("1h"), QStringLiteral("--stop")}
                                       << false << qint64(-1) << false << false;
    QTest::newRow("stop and status") << QStringList {QStringLiteral("--stop"), QStringLiteral("--status")}
                                     << false << qint64(-1) << false << false;
    QTest::newRow("two durations") << QStringList {QStringLiteral("1h"), QStringLiteral("2h")} << false
                                   << qint64(-1) << false << false;
    QTest::newRow("not a duration") << QStringList {QStringLiteral("soon")} << false << qint64(-1) << false
                                    << false;
    QTest::newRow("negative") << QStringList {QStringLiteral("-5")} << false << qint64(-1) << false << false;
    QTest::newRow("transfer option") << QStringList {QStringLiteral("1h"), QStringLiteral("--yes")} << false
                                     << qint64(-1) << false << false;
}

void TestCommandLine::keepAlive()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, valid);
    QFETCH(qint64, seconds);
    QFETCH(bool, stop);
    QFETCH(bool, status);
    CommandLine commandLine;
    arguments.prepend(QStringLiteral("keep-alive"));
    arguments.prepend(QStringLiteral("fornax-desktop"));
    const CommandLine::Mode mode = commandLine.parse(arguments);
    QCOMPARE(mode == CommandLine::Mode::Command, valid);
    if (!valid) {
        QVERIFY(!commandLine.errorText().isEmpty());
        return;
    }
    QCOMPARE(commandLine.command(), QStringLiteral("keep-alive"));
    QCOMPARE(commandLine.keepAliveDuration().has_value(), seconds >= 0);
    if (seconds >= 0)
        QCOMPARE(commandLine.keepAliveDuration()->count(), seconds);
    QCOMPARE(commandLine.keepAliveStop(), stop);
    QCOMPARE(commandLine.keepAliveStatus(), status);
}

void TestCommandLine::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: refused
    QTest::newRow("seconds") << QStringLiteral("90s") << qint64(90);
    QTest::newRow("minutes") << QStringLiteral("45m") << qint64(2700);
    QTest::newRow("hours and minutes") << QStringLiteral("1h30m") << qint64(5400);
    QTest::newRow("all three") << QStringLiteral("1h1m1s") << qint64(3661);
    QTest::newRow("upper case, spaces") << QStringLiteral(" 2H ") << qint64(7200);
    QTest::newRow("plain minutes") << QStringLiteral("20") << qint64(1200);
    QTest::newRow("zero") << QStringLiteral("0m") << qint64(-1);
    QTest::newRow("plain zero") << QStringLiteral("0") << qint64(-1);
    QTest::newRow("wrong order") << QStringLiteral("30m1h") << qint64(-1);
    QTest::newRow("unit only") << QStringLiteral("h") << qint64(-1);
    QTest::newRow("fraction") << QStringLiteral("1.5h") << qint64(-1);
    QTest::newRow("days") << QStringLiteral("2d") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("absurd") << QStringLiteral("99999999999h") << qint64(-1);
    // Found from a shell: a huge number of minutes overflowed into a request that failed with
    // "the hub reported an error".
    QTest::newRow("absurd minutes") << QStringLiteral("1000000000000000000m") << qint64(-1);
    QTest::newRow("absurd seconds") << QStringLiteral("9223372036854775807s") << qint64(-1);
    QTest::newRow("too many plain minutes") << QStringLiteral("600001") << qint64(-1);
    QTest::newRow("longest") << QStringLiteral("10000h") << qint64(36'000'000);
    QTest::newRow("longer than longest") << QStringLiteral("9999h61m") << qint64(-1);
}

void TestCommandLine::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const auto parsed = CommandLine::parseDuration(text);
    QCOMPARE(parsed.has_value(), seconds >= 0);
    if (parsed)
        QCOMPARE(parsed->count(), seconds);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
