#include "StatusCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "hub/HubClient.h"
#include "hub/ServerMonitor.h"

#include <QJsonObject>
#include <QLocale>

namespace fornax::cli {

namespace {

QString sinceText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const qint64 minutes = time.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    if (minutes < 1)
        return StatusCommand::tr("just now");
    if (minutes < 120)
        return StatusCommand::tr("%n minute(s) ago", nullptr, int(minutes));
    return StatusCommand::tr("%n hour(s) ago", nullptr, int(minutes / 60));
}

} // namespace

CommandSpec StatusCommand::spec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("status");
    spec.summary = tr("Show the server's state (stopped, starting, running) and size.");
    spec.options = {serverOption()};
    spec.check = &CliCommand::checkNoArguments;
    spec.create = &createCommand<StatusCommand>;
    return spec;
}

void StatusCommand::run()
{
    const ServerStatus status = m_context.monitor->status();
    CliOutput &out = *m_context.output;
    QJsonObject json {{QStringLiteral("hub"), m_context.client->hub().base().toString()},
                      {QStringLiteral("hub_version"), m_context.hubVersion},
                      {QStringLiteral("user"), m_context.userName},
                      {QStringLiteral("server_name"), m_context.commandLine->value(ServerOption)},
                      {QStringLiteral("server"), status.toJson()}};
    out.json(json);

    out.line(tr("Hub:     %1 (JupyterHub %2)")
                 .arg(m_context.client->hub().toDisplayString(), m_context.hubVersion));
    out.line(tr("User:    %1").arg(m_context.userName));
    QString server = status.stateText();
    if (!status.profileSlug().isEmpty()) {
        // The name people chose it by ("Medium"), where the app has seen the hub's sizes.
        QString size = status.profileSlug();
        for (const Profile &profile : std::as_const(m_context.profiles)) {
            if (profile.slug == size && !profile.displayName.isEmpty())
                size = profile.displayName;
        }
        server += QStringLiteral(", ") + tr("size %1").arg(size);
    }
    out.line(tr("Server:  %1").arg(server));
    if (status.state == ServerStatus::State::Running) {
        out.line(tr("Address: %1").arg(status.url.toDisplayString()));
        out.line(tr("Started: %1").arg(sinceText(status.started)));
        if (status.lastActivity.isValid())
            out.line(tr("Active:  %1").arg(sinceText(status.lastActivity)));
    }
    Q_EMIT finished(ExitCode::Success);
}

} // namespace fornax::cli
