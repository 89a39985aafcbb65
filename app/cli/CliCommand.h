#pragma once

#include "ExitCode.h"
#include "hub/Profile.h"

#include <QList>
#include <QObject>

namespace fornax {
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
};

/**
 * One command of the command line (status, start, stop, ...). CliRunner finds the hub, checks
 * the token and starts the monitor, then calls run(); the command prints through the context's
 * output and ends by emitting finished() with the exit code exactly once.
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

Q_SIGNALS:
    void finished(int exitCode);

protected:
    CliContext m_context;
};

} // namespace fornax::cli
