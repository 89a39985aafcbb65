#include "CommandLine.h"

#include "Defaults.h"
#include "FornaxVersion.h"
#include "transfer/TransferConflict.h"

#include <QDate>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace fornax::cli {

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
    , m_useTokenForServerOption(
          QStringList {QStringLiteral("use-token-for-server")},
          tr("upload, download: if the hub will not make a token limited to your server, send your own "
             "token to the server too (software running there could then read it and act as you on "
             "the hub)."))
    , m_jsonOption(QStringList {QStringLiteral("json")}, tr("Print results as JSON, for scripts."))
    , m_serverOption(QStringList {QStringLiteral("server")}, tr("A named server instead of the default one."),
                     tr("NAME"))
    , m_profileOption(QStringList {QStringLiteral("profile")},
                      tr("start: the server size (profile slug, e.g. small). Default: the hub's default."),
                      tr("SLUG"))
    , m_optionOption(QStringList {QStringLiteral("option")},
                     tr("start: a profile option, e.g. image=base. May be repeated."), tr("KEY=VALUE"))
    , m_noWaitOption(QStringList {QStringLiteral("no-wait")},
                     tr("start, stop: return once the hub has accepted the request."))
    , m_onConflictOption(
          QStringList {QStringLiteral("on-conflict")},
          tr("upload, download: what to do with files that exist already: ask (default on a "
             "terminal), overwrite, skip, keep-both or skip-identical (same size and time; with "
             "--verify also the same SHA-256). Folders that exist on both sides are always "
             "merged, file by file; files that exist only at the destination are never deleted. "
             "A file against a folder is asked about on a terminal and otherwise both are kept; "
             "its answer \"replace\" moves the old item to the trash (on this computer) or "
             "renames it \"NAME (replaced DATE)\" (on the server), never deletes it."),
          tr("POLICY"))
    , m_yesOption(QStringList {QStringLiteral("y"), QStringLiteral("yes")},
                  tr("upload, download: answer yes to questions (a large download's cost warning), for "
                     "scripts. Never passes the monthly budget."))
    , m_startOption(QStringList {QStringLiteral("start")},
                    tr("upload, download: start the server first if it is not running."))
    , m_verifyOption(QStringList {QStringLiteral("verify")},
                     tr("upload, download: also compare a SHA-256 checksum of every file."))
    , m_monthOption(QStringList {QStringLiteral("month")},
                    tr("usage: the month to show (default: this month)."), tr("YYYY-MM"))
    , m_stopOption(QStringList {QStringLiteral("stop")},
                   tr("keep-alive: end the server's keep-alive (also one started in JupyterLab)."))
    , m_statusOption(QStringList {QStringLiteral("status")},
                     tr("keep-alive: show whether, and until when, the server is kept alive."))
    , m_verboseOption(QStringList {QStringLiteral("verbose")},
                      tr("Also print the app's log lines (on stderr), e.g. for a bug report."))
    , m_helpOption(QStringList {QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."))
    , m_versionOption(QStringList {QStringLiteral("v"), QStringLiteral("version")},
                      tr("Show the version and exit."))
{
    m_parser.setApplicationDescription(
        tr("Fornax Desktop: a desktop client for the Fornax Science Console and any JupyterHub.\n"
           "Without a command it opens the window."));
    for (const QCommandLineOption *option :
         {&m_hubOption, &m_tokenFileOption, &m_allowInsecureOption, &m_useTokenForServerOption, &m_jsonOption,
          &m_serverOption, &m_profileOption, &m_optionOption, &m_noWaitOption, &m_onConflictOption,
          &m_yesOption, &m_startOption, &m_verifyOption, &m_helpOption, &m_versionOption})
        m_parser.addOption(*option);
    m_parser.addOption(m_monthOption);
    m_parser.addOption(m_stopOption);
    m_parser.addOption(m_statusOption);
    m_parser.addOption(m_verboseOption);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("Optional command to run without a window (below)."), tr("[command]"));
}

QStringList CommandLine::commands()
{
    return {QStringLiteral("status"),    QStringLiteral("start"),    QStringLiteral("stop"),
            QStringLiteral("upload"),    QStringLiteral("download"), QStringLiteral("usage"),
            QStringLiteral("keep-alive")};
}

bool CommandLine::isLocalCommand(const QString &command)
{
    return command == QLatin1String("usage");
}

bool CommandLine::needsServerToken(const QString &command)
{
    return command == QLatin1String("upload") || command == QLatin1String("download")
        || command == QLatin1String("keep-alive");
}

CommandLine::Mode CommandLine::fail(const QString &error)
{
    m_error = error;
    return Mode::Error;
}

CommandLine::Mode CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    if (m_parser.isSet(m_helpOption))
        return Mode::Help;
    if (m_parser.isSet(m_versionOption))
        return Mode::Version;

    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        for (const QCommandLineOption *option :
             {&m_tokenFileOption, &m_jsonOption, &m_profileOption, &m_optionOption, &m_noWaitOption,
              &m_allowInsecureOption, &m_useTokenForServerOption, &m_stopOption, &m_statusOption}) {
            if (m_parser.isSet(*option))
                return fail(tr("--%1 belongs to a command; run with --help to see which.")
                                .arg(option->names().constLast()));
        }
        if (m_parser.isSet(m_monthOption))
            return fail(tr("--month only applies to “usage”."));
        return Mode::Gui;
    }
    m_command = positional.first();
    m_commandArguments = positional.mid(1);
    if (!commands().contains(m_command))
        return fail(tr("Unknown command “%1”. Run with --help to see what is available.").arg(m_command));
    if (m_command != QLatin1String("keep-alive")
        && (m_parser.isSet(m_stopOption) || m_parser.isSet(m_statusOption)))
        return fail(tr("--stop and --status only apply to “keep-alive”."));
    if (m_command == QLatin1String("keep-alive"))
        return parseKeepAlive();
    const bool transfer = m_command == QLatin1String("upload") || m_command == QLatin1String("download");
    if (transfer && m_commandArguments.size() < 2)
        return fail(tr("“%1” needs what to copy and, last, the folder to copy it into, e.g. “%1 %2”.")
                        .arg(m_command,
                             m_command == QLatin1String("upload") ? tr("results/ data.csv analysis")
                                                                  : tr("analysis/plots .")));
    if (!transfer && !m_commandArguments.isEmpty())
        return fail(
            tr("“%1” takes no arguments, but got “%2”.").arg(m_command, m_commandArguments.join(u' ')));
    if (!transfer) {
        for (const QCommandLineOption *option : {&m_onConflictOption, &m_yesOption, &m_startOption,
                                                 &m_verifyOption, &m_useTokenForServerOption}) {
            if (m_parser.isSet(*option))
                return fail(
                    tr("--%1 only applies to “upload” and “download”.").arg(option->names().constLast()));
        }
    }
    if (m_parser.isSet(m_onConflictOption) && !TransferConflict::policyFromName(onConflict()))
        return fail(tr("--on-conflict must be ask, overwrite, skip, keep-both or skip-identical, not “%1”.")
                        .arg(onConflict()));
    if (m_command != QLatin1String("start")
        && (m_parser.isSet(m_profileOption) || m_parser.isSet(m_optionOption)))
        return fail(tr("--profile and --option only apply to “start”."));
    if (m_parser.isSet(m_monthOption)) {
        if (m_command != QLatin1String("usage"))
            return fail(tr("--month only applies to “usage”."));
        if (!QDate::fromString(month() + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd")).isValid())
            return fail(tr("--month needs a month as YYYY-MM, e.g. 2026-03, but got “%1”.").arg(month()));
    }
    if (m_command == QLatin1String("status") && m_parser.isSet(m_noWaitOption))
        return fail(tr("--no-wait only applies to “start” and “stop”."));

    for (const QString &pair : m_parser.values(m_optionOption)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return fail(tr("--option needs KEY=VALUE, but got “%1”.").arg(pair));
        m_profileOptions.insert(pair.left(equals), pair.mid(equals + 1));
    }
    if (!m_profileOptions.isEmpty() && profile().isEmpty())
        return fail(tr("--option needs --profile: options belong to a server size."));
    return Mode::Command;
}

CommandLine::Mode CommandLine::parseKeepAlive()
{
    const int given = int(!m_commandArguments.isEmpty()) + int(m_parser.isSet(m_stopOption))
        + int(m_parser.isSet(m_statusOption));
    if (given != 1 || m_commandArguments.size() > 1)
        return fail(tr("“keep-alive” needs one of: a duration (e.g. “keep-alive 2h”), --stop or --status."));
    for (const QCommandLineOption *option :
         {&m_onConflictOption, &m_yesOption, &m_startOption, &m_verifyOption, &m_profileOption,
          &m_optionOption, &m_noWaitOption, &m_monthOption}) {
        if (m_parser.isSet(*option))
            return fail(tr("--%1 does not apply to “keep-alive”.").arg(option->names().constLast()));
    }
    if (!m_commandArguments.isEmpty()) {
        m_keepAliveDuration = parseDuration(m_commandArguments.first());
        if (!m_keepAliveDuration)
            return fail(tr("“%1” is not a duration: give one like 90s, 45m, 2h or 1h30m.")
                            .arg(m_commandArguments.first()));
    }
    return Mode::Command;
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
    return m_parser.helpText() + QLatin1Char('\n')
        + tr("Commands:\n"
             "  status        Show the server's state (stopped, starting, running) and size.\n"
             "  start         Start the server and wait until it is ready, showing progress.\n"
             "  stop          Stop the server and wait until it is gone.\n"
             "  upload LOCAL... REMOTE-FOLDER\n"
             "                Copy local files and folders into a folder of the server (relative to\n"
             "                your home there; created when missing), packed as one archive.\n"
             "  download REMOTE... LOCAL-FOLDER\n"
             "                Copy files and folders of the server into a local folder; the size and\n"
             "                the egress cost estimate are shown before anything moves.\n"
             "  usage         Downloads and server hours this month (or --month) with estimated costs.\n"
             "  keep-alive DURATION | --stop | --status\n"
             "                Keep the server from being stopped for inactivity for DURATION (90s, 45m,\n"
             "                2h, 1h30m; at most 4 hours), end that, or show it. Where the server has\n"
             "                its own keep-alive (Fornax's), it holds there and the command returns at\n"
             "                once; elsewhere the command must keep running until DURATION or Ctrl+C.\n"
             "\n"
             "Exit codes:\n"
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
