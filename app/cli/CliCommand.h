#pragma once

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

Q_SIGNALS:
    void finished(int exitCode);

protected:
    CliContext m_context;
};

} // namespace fornax::cli
