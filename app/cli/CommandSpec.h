#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QObject;

namespace fornax::cli {

class CliCommand;
class CommandLine;
struct CliContext;

/**
 * What one command of the command line says about itself: its name, the arguments it takes, its
 * help, its own options, what it needs before it can run, and how to make it. Each command class
 * declares its own in a static spec(); CommandTable lists them all.
 *
 * The texts are translated when spec() is called, so call it after the translators are
 * installed when they are to be shown.
 */
struct CommandSpec
{
    // What CliRunner must have ready before the command runs.
    enum class Reach {
        Local, // nothing: it reads local files only (no hub, no sign-in)
        Hub, // the hub found and the token accepted
        Server, // that, and a token of its own for the user's server
        // Hub, and where the server runs a token for it if one can be had; without one the
        // command runs all the same (status: resources are then unknown)
        ServerIfRunning,
    };
    using Factory = CliCommand *(*)(const CliContext &context, QObject *parent);
    // The error a person sees for the arguments and option values given; empty when they are fine.
    using Check = QString (*)(const CommandLine &commandLine);

    QString name; // what is typed, e.g. "upload"; never translated
    QString syntax; // its arguments, e.g. "LOCAL... REMOTE-FOLDER"; empty when it takes none
    QString summary; // one line for the list of commands
    QString description; // what `help NAME` says beyond the summary; may be empty
    QList<QCommandLineOption> options; // its own options; the global ones come on top
    Reach reach = Reach::Hub;
    Check check = nullptr; // nullptr: no arguments and nothing to check
    Factory create = nullptr;
};

// The factory of a command class C, for CommandSpec::create.
template<class C>
CliCommand *createCommand(const CliContext &context, QObject *parent)
{
    return new C(context, parent);
}

} // namespace fornax::cli
