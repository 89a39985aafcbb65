#include "KeepAliveCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "health/StopReason.h"
#include "hub/HubClient.h"
#include "hub/KeepAlive.h"
#include "hub/ServerMonitor.h"

#include <QJsonObject>
#include <QLocale>

namespace fornax::cli {

using namespace std::chrono;

namespace {

QString mechanismName(KeepAlive::Mechanism mechanism)
{
    return mechanism == KeepAlive::Mechanism::ServerExtension ? QStringLiteral("server")
                                                              : QStringLiteral("requests");
}

} // namespace

CommandSpec KeepAliveCommand::spec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("keep-alive");
    spec.syntax = tr("DURATION | --stop | --status");
    spec.summary = tr("Keep the server from being stopped for inactivity, end that, or show it.");
    spec.description =
        tr("Keeps the server from being stopped for inactivity for DURATION (90s, 45m, 2h, 1h30m; at most 4 "
           "hours), ends that (--stop), or shows it (--status). Where the server has its own keep-alive "
           "(Fornax's), it holds there and the command returns at once; elsewhere the command must keep "
           "running until DURATION or Ctrl+C.");
    spec.options = {
        serverOption(),
        {QStringList {StopOption}, tr("End the server's keep-alive (also one started in JupyterLab).")},
        {QStringList {StatusOption}, tr("Show whether, and until when, the server is kept alive.")},
        useTokenForServerOption(),
    };
    spec.reach = CommandSpec::Reach::Server;
    spec.check = &KeepAliveCommand::check;
    spec.create = &createCommand<KeepAliveCommand>;
    return spec;
}

QString KeepAliveCommand::check(const CommandLine &commandLine)
{
    const QStringList arguments = commandLine.commandArguments();
    const int given =
        int(!arguments.isEmpty()) + int(commandLine.isSet(StopOption)) + int(commandLine.isSet(StatusOption));
    if (given != 1 || arguments.size() > 1)
        return tr("“keep-alive” needs one of: a duration (e.g. “keep-alive 2h”), --stop or --status.");
    if (!arguments.isEmpty() && !duration(commandLine))
        return tr("“%1” is not a duration: give one like 90s, 45m, 2h or 1h30m.").arg(arguments.first());
    return {};
}

std::optional<seconds> KeepAliveCommand::duration(const CommandLine &commandLine)
{
    const QStringList arguments = commandLine.commandArguments();
    if (arguments.size() != 1 || commandLine.isSet(StopOption) || commandLine.isSet(StatusOption))
        return std::nullopt;
    return CommandLine::parseDuration(arguments.first());
}

void KeepAliveCommand::run()
{
    const ServerStatus server = m_context.monitor->status();
    if (server.state != ServerStatus::State::Running) {
        m_context.output->error(tr("Your server is not running, so there is nothing to keep alive. Start it "
                                   "with “fornax-desktop start”."));
        Q_EMIT finished(ExitCode::ServerNotRunning);
        return;
    }
    m_keepAlive = new KeepAlive(m_context.client, this);
    m_keepAlive->setServerUrl(server.url);
    m_keepAlive->updateStatus(server);
    connect(m_keepAlive, &KeepAlive::keepAliveFailed, this, [this](const HubError &error) {
        m_failure = error;
    });
    connect(m_context.monitor, &ServerMonitor::statusChanged, m_keepAlive, &KeepAlive::updateStatus);
    m_keepAlive->checkServer();
    whenSettled([this] {
        act();
    });
}

void KeepAliveCommand::whenSettled(const std::function<void()> &next)
{
    if (!m_keepAlive->hasPendingRequest()) {
        next();
        return;
    }
    connect(m_keepAlive, &KeepAlive::requestsSettled, this, next, Qt::SingleShotConnection);
}

void KeepAliveCommand::act()
{
    if (m_failure.isError()) {
        fail(m_failure);
        return;
    }
    if (m_keepAlive->mechanism() == KeepAlive::Mechanism::Unknown) {
        fail(HubError(HubError::Kind::Malformed, tr("The server did not say how it can be kept alive.")));
        return;
    }
    const CommandLine &commandLine = *m_context.commandLine;
    if (commandLine.isSet(StatusOption))
        status();
    else if (commandLine.isSet(StopOption))
        stop();
    else
        start();
}

QString KeepAliveCommand::untilText() const
{
    const QDateTime until = m_keepAlive->until();
    // Rounded: "4 seconds from now" for a keep-alive of five that started a moment ago reads wrong.
    const seconds left(std::max<qint64>((QDateTime::currentDateTimeUtc().msecsTo(until) + 500) / 1000, 0));
    return tr("%1 (%2 from now)")
        .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat), StopReason::describe(left));
}

void KeepAliveCommand::status()
{
    CliOutput &out = *m_context.output;
    const bool server = m_keepAlive->mechanism() == KeepAlive::Mechanism::ServerExtension;
    QJsonObject json {{QStringLiteral("event"), QStringLiteral("status")},
                      {QStringLiteral("mechanism"), mechanismName(m_keepAlive->mechanism())},
                      {QStringLiteral("active"), m_keepAlive->isActive()}};
    if (!server) {
        out.line(
            tr("Your server has no keep-alive of its own (Fornax's jupyter-keepalive), so nothing keeps it "
               "alive there. “fornax-desktop keep-alive DURATION” can keep it alive while that command "
               "runs."));
    } else if (m_keepAlive->isActive()) {
        json.insert(QStringLiteral("until"), m_keepAlive->until().toString(Qt::ISODate));
        json.insert(QStringLiteral("remaining_seconds"),
                    QDateTime::currentDateTimeUtc().secsTo(m_keepAlive->until()));
        out.line(tr("Your server keeps itself alive until %1.").arg(untilText()));
    } else {
        out.line(tr("Your server is not being kept alive: the hub stops it after its idle time without "
                    "activity."));
    }
    out.json(json);
    Q_EMIT finished(ExitCode::Success);
}

void KeepAliveCommand::stop()
{
    CliOutput &out = *m_context.output;
    if (m_keepAlive->mechanism() != KeepAlive::Mechanism::ServerExtension) {
        out.line(tr("Your server has no keep-alive of its own, so there is nothing to stop there. A "
                    "“fornax-desktop keep-alive DURATION” still running ends with Ctrl+C."));
        out.json({{QStringLiteral("event"), QStringLiteral("stopped")},
                  {QStringLiteral("mechanism"), mechanismName(m_keepAlive->mechanism())},
                  {QStringLiteral("was_active"), false}});
        Q_EMIT finished(ExitCode::Success);
        return;
    }
    const bool wasActive = m_keepAlive->isActive();
    m_failure = {};
    m_keepAlive->stop();
    // Said once the server has answered: the command may end the moment it returns.
    whenSettled([this, wasActive, &out] {
        if (m_failure.isError()) {
            fail(m_failure);
            return;
        }
        out.line(wasActive ? tr("Your server is no longer kept alive: the hub stops it after its idle time "
                                "without activity.")
                           : tr("Your server was not being kept alive."));
        out.json({{QStringLiteral("event"), QStringLiteral("stopped")},
                  {QStringLiteral("mechanism"), QStringLiteral("server")},
                  {QStringLiteral("was_active"), wasActive}});
        Q_EMIT finished(ExitCode::Success);
    });
}

void KeepAliveCommand::start()
{
    CliOutput &out = *m_context.output;
    const seconds wanted = *duration(*m_context.commandLine);
    if (wanted > KeepAlive::MaxDuration)
        out.error(tr("A server kept alive keeps costing: this keeps it alive for at most %1.")
                      .arg(StopReason::describe(KeepAlive::MaxDuration)));
    m_failure = {};
    m_keepAlive->start(wanted);
    if (m_keepAlive->mechanism() == KeepAlive::Mechanism::CountedRequests) {
        keepRunning();
        return;
    }
    whenSettled([this, &out] {
        if (m_failure.isError() || !m_keepAlive->isActive()) {
            fail(m_failure.isError() ? m_failure : HubError(HubError::Kind::ServerError));
            return;
        }
        out.line(tr("Your server is kept alive until %1, by the server itself: it holds with this computer "
                    "off, and JupyterLab shows the same time. “fornax-desktop keep-alive --stop” ends it "
                    "sooner.")
                     .arg(untilText()));
        out.json({{QStringLiteral("event"), QStringLiteral("kept-alive")},
                  {QStringLiteral("mechanism"), QStringLiteral("server")},
                  {QStringLiteral("until"), m_keepAlive->until().toString(Qt::ISODate)}});
        Q_EMIT finished(ExitCode::Success);
    });
}

void KeepAliveCommand::keepRunning()
{
    CliOutput &out = *m_context.output;
    out.line(
        tr("Your server has no keep-alive of its own (Fornax's jupyter-keepalive), so this command keeps it "
           "alive from here: leave it running until %1, or press Ctrl+C to stop sooner.")
            .arg(untilText()));
    out.json({{QStringLiteral("event"), QStringLiteral("keeping-alive")},
              {QStringLiteral("mechanism"), QStringLiteral("requests")},
              {QStringLiteral("until"), m_keepAlive->until().toString(Qt::ISODate)}});
    m_keepingRunning = true;
    connect(m_keepAlive, &KeepAlive::keepAliveFailed, this, [&out](const HubError &error) {
        out.error(tr("A keep-alive request failed; trying again at the next one. %1").arg(error.message()));
    });
    connect(m_keepAlive, &KeepAlive::keepAliveEnded, this, [this, &out](KeepAlive::EndReason reason) {
        if (reason == KeepAlive::EndReason::ServerGone) {
            out.error(tr("Your server stopped, so there is nothing left to keep alive."));
            out.json({{QStringLiteral("event"), QStringLiteral("server-gone")}});
            Q_EMIT finished(ExitCode::ServerNotRunning);
            return;
        }
        out.line(reason == KeepAlive::EndReason::Stopped
                     ? tr("Stopped keeping your server alive.")
                     : tr("Done: your server was kept alive for the time you asked."));
        out.json({{QStringLiteral("event"), QStringLiteral("ended")},
                  {QStringLiteral("reason"),
                   reason == KeepAlive::EndReason::Stopped ? QStringLiteral("stopped")
                                                           : QStringLiteral("expired")}});
        // Stopped by Ctrl+C: interrupted, like every command (130); the time was not used up.
        Q_EMIT finished(reason == KeepAlive::EndReason::Stopped ? ExitCode::Interrupted : ExitCode::Success);
    });
}

void KeepAliveCommand::interrupt()
{
    // Ctrl+C while this command keeps the server alive from here is the documented way to stop
    // sooner: end the keep-alive cleanly (it says so), and the runner exits with 130 after it.
    if (m_keepingRunning && m_keepAlive) {
        m_keepAlive->stop();
        return;
    }
    CliCommand::interrupt();
}

void KeepAliveCommand::fail(const HubError &error)
{
    m_context.output->error(tr("The server's keep-alive could not be reached. %1").arg(error.message()));
    m_context.output->json({{QStringLiteral("event"), QStringLiteral("failed")},
                            {QStringLiteral("error"), error.kindName()},
                            {QStringLiteral("message"), error.message()}});
    Q_EMIT finished(exitCodeFor(error));
}

} // namespace fornax::cli
