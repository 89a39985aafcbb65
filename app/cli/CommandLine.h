#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
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
    QStringList commandArguments() const { return m_commandArguments; }
    QString tokenFile() const { return m_parser.value(m_tokenFileOption); }
    // --allow-insecure: a plain-http hub on another computer is used anyway.
    bool allowInsecure() const { return m_parser.isSet(m_allowInsecureOption); }
    // --use-token-for-server: when the hub will not make a token for the server alone, the
    // given token goes to the server too.
    bool useTokenForServer() const { return m_parser.isSet(m_useTokenForServerOption); }
    bool json() const { return m_parser.isSet(m_jsonOption); }
    bool wait() const { return !m_parser.isSet(m_noWaitOption); }
    QString serverName() const { return m_parser.value(m_serverOption); }
    QString profile() const { return m_parser.value(m_profileOption); }
    // upload/download: --on-conflict (ask when not given), --yes, --start, --verify.
    QString onConflict() const { return m_parser.value(m_onConflictOption); }
    bool assumeYes() const { return m_parser.isSet(m_yesOption); }
    bool startServer() const { return m_parser.isSet(m_startOption); }
    bool verifyChecksums() const { return m_parser.isSet(m_verifyOption); }
    // keep-alive: DURATION (validated by parse()), or --stop, or --status.
    std::optional<std::chrono::seconds> keepAliveDuration() const { return m_keepAliveDuration; }
    bool keepAliveStop() const { return m_parser.isSet(m_stopOption); }
    bool keepAliveStatus() const { return m_parser.isSet(m_statusOption); }
    // "90s", "45m", "2h", "1h30m", or a plain number of minutes; nullopt when not a positive duration.
    static std::optional<std::chrono::seconds> parseDuration(const QString &text);
    // usage: --month YYYY-MM (validated by parse()); empty for the current month.
    QString month() const { return m_parser.value(m_monthOption); }
    // --verbose: the app's own log lines on stderr too (commands print only their sentences).
    bool verbose() const { return m_parser.isSet(m_verboseOption); }
    // Commands that need no hub and no sign-in (they read local files only).
    static bool isLocalCommand(const QString &command);
    // Commands that talk to the user's server, and so need a token for it.
    static bool needsServerToken(const QString &command);
    // --option KEY=VALUE, in the order given.
    QMap<QString, QString> profileOptions() const { return m_profileOptions; }

    QString errorText() const { return m_error; }
    QString helpText() const;
    static QString versionText();
    static QStringList commands();

private:
    Mode fail(const QString &error);
    Mode parseKeepAlive();

    QCommandLineParser m_parser;
    QCommandLineOption m_hubOption;
    QCommandLineOption m_tokenFileOption;
    QCommandLineOption m_allowInsecureOption;
    QCommandLineOption m_useTokenForServerOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_serverOption;
    QCommandLineOption m_profileOption;
    QCommandLineOption m_optionOption;
    QCommandLineOption m_noWaitOption;
    QCommandLineOption m_onConflictOption;
    QCommandLineOption m_yesOption;
    QCommandLineOption m_startOption;
    QCommandLineOption m_verifyOption;
    QCommandLineOption m_monthOption;
    QCommandLineOption m_stopOption;
    QCommandLineOption m_statusOption;
    QCommandLineOption m_verboseOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QString m_command;
    QStringList m_commandArguments;
    QMap<QString, QString> m_profileOptions;
    std::optional<std::chrono::seconds> m_keepAliveDuration;
    QString m_error;
};

} // namespace fornax::cli
