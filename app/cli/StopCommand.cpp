#include "StopCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "hub/HubClient.h"
#include "hub/ServerController.h"
#include "hub/ServerMonitor.h"

namespace fornax::cli {

CommandSpec StopCommand::spec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("stop");
    spec.summary = tr("Stop the server and wait until it is gone.");
    spec.options = {serverOption(), noWaitOption()};
    spec.check = &CliCommand::checkNoArguments;
    spec.create = &createCommand<StopCommand>;
    return spec;
}

void StopCommand::run()
{
    CliOutput &out = *m_context.output;
    if (m_context.monitor->status().state == ServerStatus::State::Stopped) {
        out.line(tr("Your server is not running."));
        out.json(
            {{QStringLiteral("event"), QStringLiteral("stopped")}, {QStringLiteral("was_running"), false}});
        Q_EMIT finished(ExitCode::Success);
        return;
    }
    auto *controller = new ServerController(m_context.client, m_context.monitor, m_context.userName,
                                            m_context.commandLine->value(ServerOption), this);
    connect(controller, &ServerController::serverStopped, this, [this, &out] {
        out.line(tr("Your server is stopped."));
        out.json(
            {{QStringLiteral("event"), QStringLiteral("stopped")}, {QStringLiteral("was_running"), true}});
        Q_EMIT finished(ExitCode::Success);
    });
    connect(controller, &ServerController::stopFailed, this, [this, &out](const HubError &error) {
        out.error(tr("The server could not be stopped. %1").arg(error.message()));
        out.json({{QStringLiteral("event"), QStringLiteral("failed")},
                  {QStringLiteral("error"), error.kindName()},
                  {QStringLiteral("message"), error.message()}});
        Q_EMIT finished(exitCodeFor(error));
    });
    if (m_context.commandLine->isSet(NoWaitOption)) {
        connect(controller, &ServerController::stopAccepted, this, [this, controller, &out] {
            out.line(tr("The hub is stopping your server."));
            out.json({{QStringLiteral("event"), QStringLiteral("accepted")}});
            controller->disconnect(this);
            Q_EMIT finished(ExitCode::Success);
        });
    }
    controller->stopServer();
}

} // namespace fornax::cli
