#include "StatusCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "Settings.h"
#include "cost/RateCard.h"
#include "health/ResourceWatch.h"
#include "health/ServerProbe.h"
#include "health/StorageMeter.h"
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
    // Resources come from the server itself, with a token for it where the server runs.
    spec.reach = CommandSpec::Reach::ServerIfRunning;
    spec.check = &CliCommand::checkNoArguments;
    spec.create = &createCommand<StatusCommand>;
    return spec;
}

void StatusCommand::run()
{
    const ServerStatus status = m_context.monitor->status();
    if (status.state == ServerStatus::State::Running && m_context.client->hasServerToken()) {
        // One sample, resources included; the answer (or its failure) completes the report.
        m_probe = new ServerProbe(m_context.client, this);
        m_probe->setServerUrl(status.url);
        m_watch = new ResourceWatch(m_probe, this);
        // The home folder as last measured (`storage`, or the app), against the hub's quota.
        const QString hub = m_context.client->hub().base().toString();
        const auto quota = RateCard::load(Settings(), hub).homeQuotaGB();
        m_watch->setHome(StorageMeter::lastHomeBytes(hub, m_context.userName),
                         quota ? std::optional<qint64>(qint64(quota->value * 1e9)) : std::nullopt);
        m_watch->hold();
        connect(m_probe, &ServerProbe::sampled, this, &StatusCommand::report);
        connect(m_probe, &ServerProbe::sampleFailed, this, &StatusCommand::report);
        m_probe->sample();
        return;
    }
    report();
}

void StatusCommand::report()
{
    const ServerStatus status = m_context.monitor->status();
    const bool running = status.state == ServerStatus::State::Running;
    const ResourceSample sample = m_watch ? m_watch->last() : ResourceSample();
    QString unknown;
    if (running && !sample.isValid()) {
        if (!m_watch)
            unknown = tr("Resources not read: the hub would not make a token for your server.");
        else if (!m_watch->unavailableText().isEmpty())
            unknown = m_watch->unavailableText();
        else
            unknown = tr("Resources not read: the server did not answer.");
    }
    CliOutput &out = *m_context.output;
    QJsonObject json {{QStringLiteral("hub"), m_context.client->hub().base().toString()},
                      {QStringLiteral("hub_version"), m_context.hubVersion},
                      {QStringLiteral("user"), m_context.userName},
                      {QStringLiteral("server_name"), m_context.commandLine->value(ServerOption)},
                      {QStringLiteral("server"), status.toJson()}};
    if (running) {
        QJsonObject resources = sample.isValid() ? sample.toJson() : QJsonObject();
        resources.insert(QStringLiteral("known"), sample.isValid());
        if (!unknown.isEmpty())
            resources.insert(QStringLiteral("reason"), unknown);
        json.insert(QStringLiteral("resources"), resources);
    }
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
        out.line(tr("Uses:    %1").arg(sample.isValid() ? sample.summary() : unknown));
        for (const QString &warning : sample.warnings())
            out.line(tr("Warning: %1").arg(warning));
    }
    Q_EMIT finished(ExitCode::Success);
}

} // namespace fornax::cli
