#pragma once

#include "CommandSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fornax::cli {

/**
 * The help texts made from CommandSpecs, laid out like Qt's own --help (two-space indent, a
 * column for names, descriptions wrapped at 79 characters), so that the part Qt writes and the
 * part written here read as one text. Everything is made from the specs: a command's help can
 * only show what the command declares.
 */
class CommandHelp
{
    Q_DECLARE_TR_FUNCTIONS(CommandHelp)

public:
    // "  --on-conflict <POLICY>  What to do ...", one option per entry.
    static QString optionList(const QList<QCommandLineOption> &options);
    // "  upload LOCAL... REMOTE-FOLDER" with its summary, one command per entry.
    static QString commandList(const QList<CommandSpec> &specs);
    // Each command's options under "Options of NAME:"; commands with the same options share one.
    static QString optionsByCommand(const QList<CommandSpec> &specs);
    // `help NAME`: how to call it, what it does, its own options, then the global ones.
    static QString forCommand(const CommandSpec &spec, const QList<QCommandLineOption> &globalOptions);
    // "--name", "-y, --yes" or "--hub <URL>": an option as it is typed.
    static QString optionSyntax(const QCommandLineOption &option);

private:
    // text in lines of at most 79 characters, each indented by indent spaces; the first line's
    // indent is left to the caller when hangFirst (it follows a name on the same line).
    static QString wrap(const QString &text, int indent, bool hangFirst);
    // A two-column list: names on the left, wrapped texts on the right.
    static QString columns(const QList<QPair<QString, QString>> &rows, int maxNameWidth);
};

} // namespace fornax::cli
