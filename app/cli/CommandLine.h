#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace fornax::cli {

/**
 * The app's arguments, for the GUI and the commands alike.
 *
 * parse() needs no QCoreApplication, so main() can decide from the arguments whether to create a
 * QApplication (the window) or only a QCoreApplication (a command, --help, --version), which also
 * lets commands run where there is no display at all.
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
    QString command() const { return m_command; }
    QStringList commandArguments() const { return m_commandArguments; }
    QString errorText() const { return m_error; }
    QString helpText() const;
    static QString versionText();

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_hubOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QString m_command;
    QStringList m_commandArguments;
    QString m_error;
};

} // namespace fornax::cli
