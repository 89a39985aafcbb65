#pragma once

#include "ExitCode.h"
#include "hub/Profile.h"

#include <QCommandLineOption>
#include <QLatin1String>
#include <QList>
#include <QObject>

#include <memory>

namespace fornax {
class StepTimings;
class HubClient;
class HubUser;
class ServerMonitor;
} // namespace fornax

namespace fornax::cli {

class CliOutput;
class CommandLine;

// What every command gets once the hub is found and the token accepted.
struct CliContext
{
    const CommandLine *commandLine = nullptr;
    CliOutput *output = nullptr;
    HubClient *client = nullptr;
    ServerMonitor *monitor = nullptr; // already started; its status is current
    QString userName;
    QString hubVersion;
    // The hub's server sizes as the app last read them from its spawn form (the command line
    // cannot read the form itself: it needs a browser session); empty when never read.
    QList<Profile> profiles;
    // Where the run's time goes, from the process's start (--verbose prints it at the end).
    std::shared_ptr<StepTimings> timings;
};

/**
 * One command of the command line (status, start, stop, ...). CliRunner finds the hub, checks
 * the token and starts the monitor, then calls run(); the command prints through the context's
 * output and ends by emitting finished() with the exit code exactly once.
 *
 * Each command class also describes itself in a static `CommandSpec spec()` (CommandTable lists
 * them); the options several commands share are made here, so they read the same everywhere.
 */
class CliCommand : public QObject
{
    Q_OBJECT

public:
    explicit CliCommand(const CliContext &context, QObject *parent = nullptr)
        : QObject(parent)
        , m_context(context)
    { }

    virtual void run() = 0;
    // Ctrl-C or SIGTERM while the command runs. By default it ends at once (the server keeps
    // whatever was asked of it); a command with work on the server cancels that first.
    virtual void interrupt() { Q_EMIT finished(ExitCode::Interrupted); }

    // Options several commands take, by name (CommandLine::value() and isSet() read them).
    static constexpr QLatin1String ServerOption {"server"};
    static constexpr QLatin1String NoWaitOption {"no-wait"};
    static constexpr QLatin1String UseTokenForServerOption {"use-token-for-server"};
    // --server NAME: a named server instead of the default one.
    static QCommandLineOption serverOption();
    // --no-wait: return once the hub accepted the request (start, stop).
    static QCommandLineOption noWaitOption();
    // --use-token-for-server: the given token goes to the server when the hub makes none for it.
    static QCommandLineOption useTokenForServerOption();
    // A CommandSpec::Check for commands that take no arguments.
    static QString checkNoArguments(const CommandLine &commandLine);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    CliContext m_context;
};

} // namespace fornax::cli
