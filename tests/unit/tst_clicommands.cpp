// The command table and the per-command parsing: every command describes itself, takes its own
// options and the global ones and nothing else, and `help COMMAND` shows what it declares.
#include "CommandHelp.h"
#include "CommandLine.h"
#include "CommandTable.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using fornax::cli::CommandHelp;
using fornax::cli::CommandLine;
using fornax::cli::CommandSpec;
using fornax::cli::CommandTable;

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCommandDescribesItself();
    void sameOptionNameSameShape();
    void whatEachCommandNeeds();
    void ownOptionsAreAccepted_data();
    void ownOptionsAreAccepted();
    void otherCommandsOptionsNameTheirCommand_data();
    void otherCommandsOptionsNameTheirCommand();
    void unknownOptionNamesTheCommand();
    void commandOptionWithoutCommand();
    void commandHelpListsItsOptions();
    void helpForms_data();
    void helpForms();
    void generalHelpListsEveryCommand();
    void optionsOfOtherCommandsReadAsUnset();

private:
    static CommandLine::Mode parse(CommandLine &commandLine, QStringList arguments);
};

CommandLine::Mode TestCliCommands::parse(CommandLine &commandLine, QStringList arguments)
{
    arguments.prepend(QStringLiteral("fornax-desktop"));
    return commandLine.parse(arguments);
}

void TestCliCommands::everyCommandDescribesItself()
{
    const QList<CommandSpec> specs = CommandTable::all();
    QVERIFY(specs.size() >= 7);
    QSet<QString> names;
    for (const CommandSpec &spec : specs) {
        QVERIFY2(!spec.name.isEmpty() && !spec.name.contains(u' '), qPrintable(spec.name));
        QVERIFY2(!names.contains(spec.name), qPrintable(spec.name));
        names.insert(spec.name);
        QVERIFY2(spec.summary.endsWith(u'.'), qPrintable(spec.name));
        QVERIFY2(spec.create, qPrintable(spec.name));
        QVERIFY2(spec.check, qPrintable(spec.name)); // each checks at least its arguments
        for (const QCommandLineOption &option : spec.options)
            QVERIFY2(!option.description().isEmpty(),
                     qPrintable(spec.name + u' ' + option.names().join(u',')));
        QVERIFY(CommandTable::find(spec.name).has_value());
    }
    QCOMPARE(CommandTable::names().size(), names.size());
    QVERIFY(!CommandTable::find(QStringLiteral("help")).has_value()); // help is CommandLine's own
}

void TestCliCommands::sameOptionNameSameShape()
{
    // The command is found before it is known which command's options apply: an option name
    // must take a value in every command or in none, else the word after it is misread.
    QHash<QString, bool> takesValue;
    for (const CommandSpec &spec : CommandTable::all()) {
        for (const QCommandLineOption &option : spec.options) {
            for (const QString &name : option.names()) {
                const bool value = !option.valueName().isEmpty();
                QVERIFY2(takesValue.value(name, value) == value, qPrintable(name));
                takesValue.insert(name, value);
            }
        }
    }
}

void TestCliCommands::whatEachCommandNeeds()
{
    // usage runs offline; upload, download and keep-alive reach the server with a token of its own.
    using Reach = CommandSpec::Reach;
    const QHash<QString, Reach> expected {
        {QStringLiteral("status"), Reach::ServerIfRunning},
        {QStringLiteral("start"), Reach::Hub},
        {QStringLiteral("stop"), Reach::Hub},
        {QStringLiteral("upload"), Reach::Server},
        {QStringLiteral("download"), Reach::Server},
        {QStringLiteral("usage"), Reach::Local},
        {QStringLiteral("keep-alive"), Reach::Server},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(CommandTable::find(it.key())->reach == it.value(), qPrintable(it.key()));
}

void TestCliCommands::ownOptionsAreAccepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::newRow("status --server") << QStringList {QStringLiteral("status"), QStringLiteral("--server"),
                                                     QStringLiteral("gpu")}
                                     << QStringLiteral("server") << QStringLiteral("gpu");
    QTest::newRow("start --profile, --option")
        << QStringList {QStringLiteral("start"), QStringLiteral("--profile"), QStringLiteral("small"),
                        QStringLiteral("--option"), QStringLiteral("image=base")}
        << QStringLiteral("option") << QStringLiteral("image=base");
    QTest::newRow("stop --no-wait") << QStringList {QStringLiteral("--no-wait"), QStringLiteral("stop")}
                                    << QStringLiteral("no-wait") << QString();
    QTest::newRow("upload --on-conflict")
        << QStringList {QStringLiteral("upload"), QStringLiteral("a"), QStringLiteral("--on-conflict"),
                        QStringLiteral("skip"), QStringLiteral("b")}
        << QStringLiteral("on-conflict") << QStringLiteral("skip");
    QTest::newRow("download -y --verify")
        << QStringList {QStringLiteral("download"), QStringLiteral("-y"), QStringLiteral("--verify"),
                        QStringLiteral("x"), QStringLiteral(".")}
        << QStringLiteral("yes") << QString();
    QTest::newRow("usage --month") << QStringList {QStringLiteral("usage"), QStringLiteral("--month=2026-03")}
                                   << QStringLiteral("month") << QStringLiteral("2026-03");
    QTest::newRow("keep-alive --stop --use-token-for-server")
        << QStringList {QStringLiteral("keep-alive"), QStringLiteral("--stop"),
                        QStringLiteral("--use-token-for-server")}
        << QStringLiteral("use-token-for-server") << QString();
    QTest::newRow("global --json before the command")
        << QStringList {QStringLiteral("--json"), QStringLiteral("--hub"), QStringLiteral("http://h/"),
                        QStringLiteral("status")}
        << QStringLiteral("hub") << QStringLiteral("http://h/");
}

void TestCliCommands::ownOptionsAreAccepted()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    QFETCH(QString, value);
    CommandLine commandLine;
    const CommandLine::Mode mode = parse(commandLine, arguments);
    QVERIFY2(mode == CommandLine::Mode::Command, qPrintable(commandLine.errorText()));
    QVERIFY(commandLine.isSet(option));
    QCOMPARE(commandLine.value(option), value);
}

void TestCliCommands::otherCommandsOptionsNameTheirCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("named"); // what the error must name
    QTest::newRow("status --month") << QStringList {QStringLiteral("status"), QStringLiteral("--month"),
                                                    QStringLiteral("2026-01")}
                                    << QStringList {QStringLiteral("“status”"), QStringLiteral("--month"),
                                                    QStringLiteral("“usage”")};
    QTest::newRow("stop --profile") << QStringList {QStringLiteral("stop"), QStringLiteral("--profile"),
                                                    QStringLiteral("small")}
                                    << QStringList {QStringLiteral("“stop”"), QStringLiteral("--profile"),
                                                    QStringLiteral("“start”")};
    QTest::newRow("keep-alive -y") << QStringList {QStringLiteral("keep-alive"), QStringLiteral("1h"),
                                                   QStringLiteral("-y")}
                                   << QStringList {QStringLiteral("“keep-alive”"), QStringLiteral("-y"),
                                                   QStringLiteral("“upload”"), QStringLiteral("“download”")};
    QTest::newRow("upload --stop") << QStringList {QStringLiteral("upload"), QStringLiteral("a"),
                                                   QStringLiteral("b"), QStringLiteral("--stop")}
                                   << QStringList {QStringLiteral("“upload”"), QStringLiteral("--stop"),
                                                   QStringLiteral("“keep-alive”")};
    QTest::newRow("usage --server") << QStringList {QStringLiteral("usage"), QStringLiteral("--server"),
                                                    QStringLiteral("gpu")}
                                    << QStringList {QStringLiteral("“usage”"), QStringLiteral("--server"),
                                                    QStringLiteral("“status”")};
}

void TestCliCommands::otherCommandsOptionsNameTheirCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, named);
    CommandLine commandLine;
    QCOMPARE(parse(commandLine, arguments), CommandLine::Mode::Error);
    for (const QString &word : std::as_const(named))
        QVERIFY2(commandLine.errorText().contains(word), qPrintable(commandLine.errorText()));
    QVERIFY2(commandLine.errorText().contains(QStringLiteral("help ") + arguments.first()),
             qPrintable(commandLine.errorText()));
}

void TestCliCommands::unknownOptionNamesTheCommand()
{
    CommandLine commandLine;
    QCOMPARE(parse(commandLine,
                   {QStringLiteral("download"), QStringLiteral("--frobnicate"), QStringLiteral("x"),
                    QStringLiteral(".")}),
             CommandLine::Mode::Error);
    QCOMPARE(commandLine.errorText(),
             QStringLiteral("“download” has no option --frobnicate. Run “fornax-desktop "
                            "help download” to see what “download” takes."));
}

void TestCliCommands::commandOptionWithoutCommand()
{
    // Without a command the window opens: an option of a command there is a mistake, not ignored.
    CommandLine commandLine;
    QCOMPARE(parse(commandLine, {QStringLiteral("--verify")}), CommandLine::Mode::Error);
    QVERIFY2(commandLine.errorText().contains(QStringLiteral("“upload” and “download”")),
             qPrintable(commandLine.errorText()));
    CommandLine window;
    QCOMPARE(
        parse(window, {QStringLiteral("--hub"), QStringLiteral("https://h/"), QStringLiteral("--verbose")}),
        CommandLine::Mode::Gui);
}

void TestCliCommands::commandHelpListsItsOptions()
{
    for (const CommandSpec &spec : CommandTable::all()) {
        CommandLine commandLine;
        QCOMPARE(parse(commandLine, {QStringLiteral("help"), spec.name}), CommandLine::Mode::Help);
        const QString help = commandLine.helpText();
        QVERIFY2(help.startsWith(QStringLiteral("Usage: fornax-desktop %1 [options]").arg(spec.name)),
                 qPrintable(help));
        QVERIFY2(help.contains(spec.syntax), qPrintable(help));
        QVERIFY2(help.simplified().contains(spec.description.isEmpty() ? spec.summary : spec.description),
                 qPrintable(help));
        for (const QCommandLineOption &option : spec.options) {
            QVERIFY2(help.contains(CommandHelp::optionSyntax(option)), qPrintable(help));
            QVERIFY2(help.simplified().contains(option.description()), qPrintable(help));
        }
        QVERIFY(help.contains(QStringLiteral("--hub <URL>"))); // and the global ones
        // Nothing of the other commands (as a whole word: keep-alive's "--stop" is not run's
        // "--stop-when-done").
        for (const QCommandLineOption &option : CommandTable::allOptions()) {
            if (CommandTable::commandsWithOption(option.names().constLast()).contains(spec.name))
                continue;
            const QRegularExpression shown(
                QStringLiteral("(^|\\s)%1(\\s|$)")
                    .arg(QRegularExpression::escape(CommandHelp::optionSyntax(option))));
            QVERIFY2(!help.contains(shown), qPrintable(spec.name + help));
        }
    }
}

void TestCliCommands::helpForms_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("command"); // whose help; empty: the app's
    QTest::newRow("help upload") << QStringList {QStringLiteral("help"), QStringLiteral("upload")}
                                 << int(CommandLine::Mode::Help) << QStringLiteral("upload");
    QTest::newRow("upload --help") << QStringList {QStringLiteral("upload"), QStringLiteral("--help")}
                                   << int(CommandLine::Mode::Help) << QStringLiteral("upload");
    QTest::newRow("-h before keep-alive") << QStringList {QStringLiteral("-h"), QStringLiteral("keep-alive")}
                                          << int(CommandLine::Mode::Help) << QStringLiteral("keep-alive");
    QTest::newRow("help") << QStringList {QStringLiteral("help")} << int(CommandLine::Mode::Help)
                          << QString();
    QTest::newRow("help help") << QStringList {QStringLiteral("help"), QStringLiteral("help")}
                               << int(CommandLine::Mode::Help) << QString();
    QTest::newRow("help of no command") << QStringList {QStringLiteral("help"), QStringLiteral("launch")}
                                        << int(CommandLine::Mode::Error) << QString();
    QTest::newRow("help of two") << QStringList {QStringLiteral("help"), QStringLiteral("start"),
                                                 QStringLiteral("stop")}
                                 << int(CommandLine::Mode::Error) << QString();
}

void TestCliCommands::helpForms()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, mode);
    QFETCH(QString, command);
    CommandLine commandLine;
    QCOMPARE(int(parse(commandLine, arguments)), mode);
    if (mode == int(CommandLine::Mode::Error)) {
        QVERIFY(!commandLine.errorText().isEmpty());
        return;
    }
    QCOMPARE(commandLine.command(), command);
    const QString help = commandLine.helpText();
    if (command.isEmpty()) {
        QVERIFY(help.contains(QStringLiteral("Commands:")));
        return;
    }
    QVERIFY2(help.startsWith(QStringLiteral("Usage: fornax-desktop %1 ").arg(command)), qPrintable(help));
    CommandLine asked; // `help COMMAND` and `COMMAND --help` say the same
    QCOMPARE(parse(asked, {QStringLiteral("help"), command}), CommandLine::Mode::Help);
    QCOMPARE(help, asked.helpText());
}

void TestCliCommands::generalHelpListsEveryCommand()
{
    CommandLine commandLine;
    QCOMPARE(parse(commandLine, {QStringLiteral("--help")}), CommandLine::Mode::Help);
    const QString help = commandLine.helpText().simplified();
    for (const CommandSpec &spec : CommandTable::all()) {
        QVERIFY2(help.contains(spec.summary), qPrintable(spec.name));
        QVERIFY2(help.contains(QStringLiteral("Options of ")), qPrintable(help));
    }
    QVERIFY(help.contains(QStringLiteral("help COMMAND")));
    QVERIFY(help.contains(QStringLiteral("Exit codes:")));
}

void TestCliCommands::optionsOfOtherCommandsReadAsUnset()
{
    // A command may ask for an option it does not declare (CliRunner asks every command for
    // --server): it reads as not given, whatever else was typed.
    CommandLine commandLine;
    QCOMPARE(
        parse(commandLine, {QStringLiteral("usage"), QStringLiteral("--month"), QStringLiteral("2026-03")}),
        CommandLine::Mode::Command);
    QVERIFY(!commandLine.isSet(QStringLiteral("server")));
    QVERIFY(commandLine.value(QStringLiteral("server")).isEmpty());
    QVERIFY(commandLine.values(QStringLiteral("option")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
