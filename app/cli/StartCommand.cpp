#include "StartCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "hub/HubClient.h"
#include "hub/ServerController.h"
#include "hub/ServerMonitor.h"

#include <QJsonObject>

namespace fornax::cli {

CommandSpec StartCommand::spec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("start");
    spec.summary = tr("Start the server and wait until it is ready, showing progress.");
    spec.options = {
        serverOption(),
        {QStringList {ProfileOption},
         tr("The server size (profile slug, e.g. small). Default: the hub's default."), tr("SLUG")},
        {QStringList {OptionOption}, tr("A profile option, e.g. image=base. May be repeated."),
         tr("KEY=VALUE")},
        noWaitOption(),
    };
    spec.check = &StartCommand::check;
    spec.create = &createCommand<StartCommand>;
    return spec;
}

QString StartCommand::check(const CommandLine &commandLine)
{
    if (QString error = checkNoArguments(commandLine); !error.isEmpty())
        return error;
    const QStringList pairs = commandLine.values(OptionOption);
    for (const QString &pair : pairs) {
        if (pair.indexOf(QLatin1Char('=')) <= 0)
            return tr("--option needs KEY=VALUE, but got “%1”.").arg(pair);
    }
    if (!pairs.isEmpty() && commandLine.value(ProfileOption).isEmpty())
        return tr("--option needs --profile: options belong to a server size.");
    return {};
}

QMap<QString, QString> StartCommand::profileOptions(const CommandLine &commandLine)
{
    QMap<QString, QString> options;
    for (const QString &pair : commandLine.values(OptionOption)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals > 0)
            options.insert(pair.left(equals), pair.mid(equals + 1));
    }
    return options;
}

void StartCommand::run()
{
    CliOutput &out = *m_context.output;
    const CommandLine &commandLine = *m_context.commandLine;
    const QString wantedProfile = commandLine.value(ProfileOption);
    const ServerStatus current = m_context.monitor->status();
    if (current.state == ServerStatus::State::Running) {
        out.line(tr("Your server is already running at %1.").arg(current.url.toDisplayString()));
        out.json({{QStringLiteral("event"), QStringLiteral("ready")},
                  {QStringLiteral("already_running"), true},
                  {QStringLiteral("server"), current.toJson()}});
        Q_EMIT finished(ExitCode::Success);
        return;
    }

    // A size the hub does not offer is refused here, before anything is sent: the hub would only
    // fail the start after accepting it.
    if (!wantedProfile.isEmpty() && !m_context.profiles.isEmpty()) {
        QStringList known;
        bool found = false;
        for (const Profile &profile : std::as_const(m_context.profiles)) {
            known << (profile.displayName.isEmpty() || profile.displayName == profile.slug
                          ? profile.slug
                          : tr("%1 (%2)").arg(profile.slug, profile.displayName));
            found = found || profile.slug == wantedProfile;
        }
        if (!found) {
            const QString text =
                tr("This hub has no server size “%1”. Its sizes: %2. Choose one with --profile.")
                    .arg(wantedProfile, known.join(QStringLiteral(", ")));
            out.error(text);
            out.json({{QStringLiteral("event"), QStringLiteral("failed")},
                      {QStringLiteral("error"), QStringLiteral("unknown-profile")},
                      {QStringLiteral("message"), text}});
            Q_EMIT finished(ExitCode::UsageError);
            return;
        }
    }

    QJsonObject userOptions;
    if (!wantedProfile.isEmpty()) {
        userOptions.insert(QStringLiteral("profile"), wantedProfile);
        const QMap<QString, QString> options = profileOptions(commandLine);
        for (auto it = options.begin(); it != options.end(); ++it)
            userOptions.insert(it.key(), it.value());
    }

    m_controller = new ServerController(m_context.client, m_context.monitor, m_context.userName,
                                        commandLine.value(ServerOption), this);
    connect(m_controller, &ServerController::startProgressed, this,
            [&out](int percent, const QString &message) {
                out.progress(percent, message);
            });
    connect(m_controller, &ServerController::serverStarted, this, [this, &out](const QUrl &url) {
        out.endProgress();
        out.line(tr("Your server is ready at %1.").arg(url.toDisplayString()));
        out.json({{QStringLiteral("event"), QStringLiteral("ready")},
                  {QStringLiteral("server"), m_context.monitor->status().toJson()}});
        Q_EMIT finished(ExitCode::Success);
    });
    connect(m_controller, &ServerController::startFailed, this, [this, &out](const HubError &error) {
        out.error(tr("The server did not start. %1").arg(error.message()));
        out.json({{QStringLiteral("event"), QStringLiteral("failed")},
                  {QStringLiteral("error"), error.kindName()},
                  {QStringLiteral("message"), error.message()}});
        Q_EMIT finished(exitCodeFor(error));
    });
    if (commandLine.isSet(NoWaitOption)) {
        connect(m_controller, &ServerController::startAccepted, this, [this, &out] {
            out.endProgress();
            out.line(tr("The hub is starting your server; “status” tells when it is ready."));
            out.json({{QStringLiteral("event"), QStringLiteral("accepted")}});
            m_controller->disconnect(this);
            Q_EMIT finished(ExitCode::Success);
        });
    }
    m_controller->startServer(userOptions);
}

} // namespace fornax::cli
