#pragma once

#include "CliCommand.h"
#include "CommandSpec.h"
#include "hub/HubError.h"

#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

namespace fornax {
class KeepAlive;
} // namespace fornax

namespace fornax::cli {

/**
 * `keep-alive DURATION`, `keep-alive --stop`, `keep-alive --status`: the server's keep-alive
 * (KeepAlive) from a shell.
 *
 * Where the server has its own keep-alive (the jupyter-keepalive extension, Fornax's "Keep-alive"
 * menu), the command sets, ends or reads it there and returns at once: it holds with this
 * computer off, and JupyterLab shows the same countdown. Elsewhere only requests from a running
 * client keep the server alive, so `keep-alive DURATION` says it must stay running and does,
 * until DURATION is over or Ctrl+C; `--stop` and `--status` then say there is nothing on the
 * server to end or show.
 */
class KeepAliveCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    // Its name, help and options, for CommandTable.
    static CommandSpec spec();
    void run() override;
    void interrupt() override;

    static constexpr QLatin1String StopOption {"stop"};
    static constexpr QLatin1String StatusOption {"status"};
    // The DURATION asked for; nullopt with --stop or --status, or when it is not one.
    static std::optional<std::chrono::seconds> duration(const CommandLine &commandLine);

private:
    static QString check(const CommandLine &commandLine);

    // Once the server said which keep-alive it offers: does what was asked.
    void act();
    void status();
    void stop();
    void start();
    // Calls next once no request to the server is under way (at once when none is).
    void whenSettled(const std::function<void()> &next);
    void keepRunning();
    void fail(const HubError &error);
    QString untilText() const;

    QPointer<KeepAlive> m_keepAlive;
    HubError m_failure;
    bool m_keepingRunning = false;
};

} // namespace fornax::cli
