#include "CommandLine.h"

#include "CommandHelp.h"
#include "CommandTable.h"
#include "Defaults.h"
#include "FornaxVersion.h"
#include "KeepAliveCommand.h"

#include <QProcessEnvironment>

#include <QRegularExpression>
#include <algorithm>

namespace fornax::cli {

namespace {

// `help COMMAND`: handled here, not a command of the table (it needs no CliRunner).
const QLatin1String HelpCommand("help");

// "--name", or "-y" for a one-letter name, as a person typed it.
QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

} // namespace

CommandLine::CommandLine()
    : m_hubOption(QStringList {QStringLiteral("hub")},
                  tr("The hub to use: the address you open in a browser (default: $FORNAX_HUB, else the "
                     "Fornax Science Console)."),
                  tr("URL"))
    , m_tokenFileOption(QStringList {QStringLiteral("token-file")},
                        tr("Read the API token from this file (else $FORNAX_TOKEN, else the token saved "
                           "in the keychain by signing in with the app)."),
                        tr("FILE"))
    , m_allowInsecureOption(
          QStringList {QStringLiteral("allow-insecure")},
          tr("Use a hub on another computer even over plain http:// (your token then crosses the network "
             "unencrypted, readable by anyone on the way)."))
    , m_jsonOption(QStringList {QStringLiteral("json")}, tr("Print results as JSON, for scripts."))
    , m_verboseOption(QStringList {QStringLiteral("verbose")},
                      tr("Also print the app's log lines (on stderr), e.g. for a bug report."))
    , m_helpOption(QStringList {QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."))
    , m_versionOption(QStringList {QStringLiteral("v"), QStringLiteral("version")},
                      tr("Show the version and exit."))
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
}

QList<QCommandLineOption> CommandLine::globalOptions() const
{
    return {m_hubOption,     m_tokenFileOption, m_allowInsecureOption, m_jsonOption,
            m_verboseOption, m_helpOption,      m_versionOption};
}

CommandLine::Mode CommandLine::fail(const QString &error)
{
    m_error = error;
    return Mode::Error;
}

bool CommandLine::findCommand(const QStringList &arguments, QCommandLineParser &scout)
{
    scout.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    scout.addOptions(globalOptions());
    scout.addOptions(CommandTable::allOptions());
    const bool parsed = scout.parse(arguments);
    const QStringList positional = scout.positionalArguments();
    if (!positional.isEmpty()) {
        m_command = positional.first();
        m_commandArguments = positional.mid(1);
    }
    return parsed;
}

CommandLine::Mode CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser scout;
    const bool scouted = findCommand(arguments, scout);
    m_spec = CommandTable::find(m_command);
    // The parser the accessors read: the global options and the command's own, nothing else.
    m_parser.addOptions(globalOptions());
    if (m_spec)
        m_parser.addOptions(m_spec->options);
    const bool parsed = m_parser.parse(arguments);
    if (!scouted && !m_spec)
        return fail(scout.errorText()); // an option of no command, or a value missing
    if (scout.isSet(m_helpOption.names().constLast()) || m_command == HelpCommand)
        return parseHelp();
    if (scout.isSet(m_versionOption.names().constLast()))
        return Mode::Version;
    if (m_command.isEmpty())
        return parsed ? parseWithoutCommand() : fail(optionError());
    if (!m_spec)
        return fail(tr("Unknown command “%1”. Run with --help to see what is available.").arg(m_command));
    if (!parsed)
        return fail(optionError());
    m_commandArguments = m_parser.positionalArguments().mid(1);
    if (m_spec->check) {
        if (const QString error = m_spec->check(*this); !error.isEmpty())
            return fail(error);
    }
    return Mode::Command;
}

CommandLine::Mode CommandLine::parseHelp()
{
    const bool asked = m_command == HelpCommand; // `help X`, not `X --help`
    const QString topic = asked ? m_commandArguments.value(0) : m_command;
    if (asked && m_commandArguments.size() > 1)
        return fail(tr("“help” takes one command, e.g. “help upload”, but got “%1”.")
                        .arg(m_commandArguments.join(u' ')));
    m_spec = CommandTable::find(topic); // `help help`: the app's help, which explains help
    if (asked && !topic.isEmpty() && topic != HelpCommand && !m_spec)
        return fail(tr("Unknown command “%1”. Run with --help to see what is available.").arg(topic));
    m_command = m_spec ? topic : QString();
    m_commandArguments.clear();
    return Mode::Help;
}

CommandLine::Mode CommandLine::parseWithoutCommand()
{
    for (const QCommandLineOption *option : {&m_tokenFileOption, &m_jsonOption, &m_allowInsecureOption}) {
        if (m_parser.isSet(*option))
            return fail(tr("--%1 belongs to a command; run with --help to see which.")
                            .arg(option->names().constLast()));
    }
    return Mode::Gui;
}

QString CommandLine::quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << tr("“%1”", "a command's name, quoted").arg(name);
    if (quoted.isEmpty())
        return {};
    const QString last = quoted.takeLast();
    return quoted.isEmpty() ? last : tr("%1 and %2").arg(quoted.join(QStringLiteral(", ")), last);
}

QString CommandLine::optionError() const
{
    const QStringList unknown = m_parser.unknownOptionNames();
    if (unknown.isEmpty())
        return m_parser.errorText(); // e.g. a value missing
    const QString option = dashed(unknown.constFirst());
    const QStringList owners = CommandTable::commandsWithOption(unknown.constFirst());
    if (m_command.isEmpty())
        return tr("%1 belongs to %2, but no command was given. Run with --help to see the commands.")
            .arg(option, quotedList(owners));
    if (owners.isEmpty())
        return tr("“%1” has no option %2. Run “fornax-desktop help %1” to see what “%1” takes.")
            .arg(m_command, option);
    return tr("“%1” has no option %2: it belongs to %3; options only apply to the commands they belong to. "
              "Run “fornax-desktop help %1” to see what “%1” takes.")
        .arg(m_command, option, quotedList(owners));
}

bool CommandLine::defines(const QString &optionName) const
{
    const auto named = [&optionName](const QCommandLineOption &option) {
        return option.names().contains(optionName);
    };
    const QList<QCommandLineOption> global = globalOptions();
    return std::any_of(global.begin(), global.end(), named)
        || (m_spec && std::any_of(m_spec->options.begin(), m_spec->options.end(), named));
}

bool CommandLine::isSet(const QString &optionName) const
{
    return defines(optionName) && m_parser.isSet(optionName);
}

QString CommandLine::value(const QString &optionName) const
{
    return defines(optionName) ? m_parser.value(optionName) : QString();
}

QStringList CommandLine::values(const QString &optionName) const
{
    return defines(optionName) ? m_parser.values(optionName) : QStringList();
}

std::optional<std::chrono::seconds> CommandLine::keepAliveDuration() const
{
    return KeepAliveCommand::duration(*this);
}

bool CommandLine::keepAliveStop() const
{
    return isSet(KeepAliveCommand::StopOption);
}

bool CommandLine::keepAliveStatus() const
{
    return isSet(KeepAliveCommand::StatusOption);
}

std::optional<std::chrono::seconds> CommandLine::parseDuration(const QString &text)
{
    // Far beyond any keep-alive (they are capped at hours), small enough that no sum overflows.
    constexpr qint64 Longest = qint64(10'000) * 3600;
    const QString trimmed = text.trimmed().toLower();
    bool plain = false;
    const qint64 minutes = trimmed.toLongLong(&plain);
    if (plain)
        return minutes > 0 && minutes <= Longest / 60 ? std::optional(std::chrono::seconds(minutes * 60))
                                                      : std::nullopt;
    // Up to 9 digits per part: each part, and their sum, stay far inside a qint64.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d{1,9})h)?(?:(\\d{1,9})m)?(?:(\\d{1,9})s)?$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (trimmed.isEmpty() || !match.hasMatch())
        return std::nullopt;
    const qint64 total = match.captured(1).toLongLong() * 3600 + match.captured(2).toLongLong() * 60
        + match.captured(3).toLongLong();
    if (total <= 0 || total > Longest)
        return std::nullopt;
    return std::chrono::seconds(total);
}

QString CommandLine::explicitHubAddress() const
{
    if (m_parser.isSet(m_hubOption))
        return m_parser.value(m_hubOption);
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("FORNAX_HUB"));
}

QString CommandLine::hubAddress() const
{
    if (m_parser.isSet(m_hubOption))
        return m_parser.value(m_hubOption);
    const QString fromEnvironment =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("FORNAX_HUB"));
    return fromEnvironment.isEmpty() ? QString::fromLatin1(defaults::FornaxConsoleUrl) : fromEnvironment;
}

QString CommandLine::helpText() const
{
    if (!m_spec)
        return generalHelpText();
    QList<QCommandLineOption> options = globalOptions();
    options.removeLast(); // --version says nothing about a command
    return CommandHelp::forCommand(*m_spec, options);
}

QString CommandLine::generalHelpText() const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fornax Desktop: a desktop client for the Fornax Science Console and any JupyterHub.\n"
           "Without a command it opens the window."));
    parser.addOptions(globalOptions());
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("Optional command to run without a window (below)."), tr("[command]"));
    CommandSpec help;
    help.name = HelpCommand;
    help.syntax = tr("COMMAND");
    help.summary = tr("Show what COMMAND does, its arguments and its options (also: COMMAND --help).");
    const QList<CommandSpec> commands = CommandTable::all();
    return parser.helpText() + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n')
        + CommandHelp::commandList(commands + QList<CommandSpec> {help})
        + CommandHelp::optionsByCommand(commands) + QLatin1Char('\n') + exitCodesText();
}

QString CommandLine::exitCodesText()
{
    return tr("Exit codes:\n"
              "  0  success\n"
              "  1  the hub refused or the operation failed (the message says why)\n"
              "  2  wrong arguments\n"
              "  3  not signed in, the sign-in expired, or it lacks a permission: sign in with the app or "
              "give a new token\n"
              "  4  the hub cannot be reached (network, name lookup, TLS, timeout, gateway)\n"
              "  5  the server is not running\n"
              "  6  a download was refused: over the monthly budget, or above the warning size with no "
              "terminal to ask and no --yes\n"
              "  7  completed with skips: everything else was copied, but entries the app never copies were "
              "left out and named (links pointing outside what was chosen; sockets, fifos, devices)\n"
              "  130  interrupted (Ctrl+C), after removing what the command had left on the server\n");
}

QString CommandLine::versionText()
{
    return QStringLiteral("%1 %2\n").arg(QString::fromLatin1(ApplicationName),
                                         QString::fromLatin1(ApplicationVersion));
}

} // namespace fornax::cli
