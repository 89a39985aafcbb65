#include "CommandLine.h"

#include "Defaults.h"
#include "FornaxVersion.h"

#include <QProcessEnvironment>

namespace fornax::cli {

CommandLine::CommandLine()
    : m_hubOption(QStringList {QStringLiteral("hub")},
                  tr("The hub to use: the address you open in a browser (default: the Fornax Science "
                     "Console, or $FORNAX_HUB)."),
                  tr("URL"))
    , m_helpOption(QStringList {QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."))
    , m_versionOption(QStringList {QStringLiteral("v"), QStringLiteral("version")},
                      tr("Show the version and exit."))
{
    m_parser.setApplicationDescription(
        tr("Fornax Desktop: a desktop client for the Fornax Science Console and any JupyterHub.\n"
           "Without a command it opens the window."));
    m_parser.addOption(m_hubOption);
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
    // Everything after the command belongs to it, so "--hub" may come before or after it.
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("Optional command to run without a window."),
                                   tr("[command]"));
}

CommandLine::Mode CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Mode::Error;
    }
    if (m_parser.isSet(m_helpOption))
        return Mode::Help;
    if (m_parser.isSet(m_versionOption))
        return Mode::Version;
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return Mode::Gui;
    m_command = positional.first();
    m_commandArguments = positional.mid(1);
    m_error = tr("Unknown command “%1”. Run with --help to see what is available.").arg(m_command);
    return Mode::Error;
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
    return m_parser.helpText();
}

QString CommandLine::versionText()
{
    return QStringLiteral("%1 %2\n").arg(QString::fromLatin1(ApplicationName),
                                         QString::fromLatin1(ApplicationVersion));
}

} // namespace fornax::cli
