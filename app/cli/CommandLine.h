#pragma once

#include "CommandSpec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <chrono>
#include <optional>

namespace fornax::cli {

/**
 * The app's arguments, for the GUI and the commands alike.
 *
 * parse() needs no QCoreApplication, so main() can decide from the arguments whether to create a
 * QApplication (the window) or only a QCoreApplication (a command, --help, --version), which also
 * lets commands run where there is no display at all. There is deliberately no --token option:
 * a token on the command line ends up in shell history and in every `ps` listing.
 *
 * Only the global options (--hub, --token-file, --json, ...) are known here; each command's own
 * options, arguments and help come from its CommandSpec (CommandTable). A command accepts the
 * global options and its own, and nothing else: an option of another command is refused with
 * the commands it belongs to. `help COMMAND` and `COMMAND --help` show one command's help.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode { Gui, Help, Version, Command, Error };

    CommandLine();

    Mode parse(const QStringList &arguments);

    // The hub address to use: --hub, else $FORNAX_HUB, else the Fornax console.
    QString hubAddress() const;
    // --hub or $FORNAX_HUB; empty when neither is given (the GUI then opens the last hub used).
    QString explicitHubAddress() const;
    QString command() const { return m_command; }
    // The spec of the command to run (Mode::Command) or to show the help of (Mode::Help).
    const std::optional<CommandSpec> &commandSpec() const { return m_spec; }
    QStringList commandArguments() const { return m_commandArguments; }
    QString tokenFile() const { return m_parser.value(m_tokenFileOption); }
    // --allow-insecure: a plain-http hub on another computer is used anyway.
    bool allowInsecure() const { return m_parser.isSet(m_allowInsecureOption); }
    bool json() const { return m_parser.isSet(m_jsonOption); }
    // --verbose: the app's own log lines on stderr too (commands print only their sentences).
    bool verbose() const { return m_parser.isSet(m_verboseOption); }

    // An option of the command (or a global one) by name: false, empty when the command has no
    // option of that name, so a command may ask for an option another command declares.
    bool isSet(const QString &optionName) const;
    QString value(const QString &optionName) const;
    QStringList values(const QString &optionName) const;

    // keep-alive: DURATION (validated by parse()), or --stop, or --status: what KeepAliveCommand
    // reads, for callers that hold only the command line.
    std::optional<std::chrono::seconds> keepAliveDuration() const;
    bool keepAliveStop() const;
    bool keepAliveStatus() const;
    // "90s", "45m", "2h", "1h30m", or a plain number of minutes; nullopt when not a positive duration.
    static std::optional<std::chrono::seconds> parseDuration(const QString &text);

    QString errorText() const { return m_error; }
    // After Mode::Help: the help of the command asked about, else of the whole app.
    QString helpText() const;
    static QString versionText();

private:
    Mode fail(const QString &error);
    QList<QCommandLineOption> globalOptions() const;
    // Which argument is the command, with every command's options known; sets m_command.
    bool findCommand(const QStringList &arguments, QCommandLineParser &scout);
    // `help [COMMAND]` or `COMMAND --help`: which help helpText() gives.
    Mode parseHelp();
    // The window: the global options that only a command uses are refused.
    Mode parseWithoutCommand();
    // Why m_parser failed; for an option the command (or the window) does not take, which
    // commands it belongs to.
    QString optionError() const;
    bool defines(const QString &optionName) const;
    QString generalHelpText() const;
    static QString exitCodesText();
    // “status”, “start” and “stop”
    static QString quotedList(const QStringList &names);

    QCommandLineParser m_parser;
    QCommandLineOption m_hubOption;
    QCommandLineOption m_tokenFileOption;
    QCommandLineOption m_allowInsecureOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_verboseOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QString m_command;
    std::optional<CommandSpec> m_spec;
    QStringList m_commandArguments;
    QString m_error;
};

} // namespace fornax::cli
