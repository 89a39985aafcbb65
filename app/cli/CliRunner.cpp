#include "CliRunner.h"

#include "CleanupTracker.h"
#include "CommandLine.h"
#include "CommandSpec.h"
#include "ExitCode.h"
#include "Logging.h"
#include "Settings.h"
#include "StepTimings.h"
#include "TerminationSignals.h"
#include "TokenSource.h"
#include "account/CredentialStore.h"
#include "account/HubDirectory.h"
#include "account/HubEntry.h"
#include "account/TokenRequest.h"
#include "account/TokenScopes.h"
#include "account/WebSession.h"
#include "cost/RateCard.h"
#include "cost/SessionRecorder.h"
#include "hub/HubCall.h"
#include "hub/HubClient.h"
#include "hub/HubProbe.h"
#include "hub/HubUser.h"
#include "hub/ServerMonitor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <utility>

using namespace std::chrono_literals;

namespace fornax::cli {

namespace {

// How long a command may wait, after its work, for the clean-up it owes the server (a terminal
// to delete): enough for a slow server, short enough that a dead one does not hang a script.
constexpr auto CleanupBound = 10s;

} // namespace

CliRunner::CliRunner(const CommandLine &commandLine, QObject *parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_output(commandLine.json())
    , m_network(new QNetworkAccessManager(this))
    , m_probe(new HubProbe(m_network, this))
{
    m_context.commandLine = &m_commandLine;
    m_context.output = &m_output;
    m_context.timings = std::make_shared<StepTimings>(StepTimings::Origin::Process);
    // Loading, Qt's start, settings and translations: everything before the first request.
    m_context.timings->add(QStringLiteral("process start"), 0, m_context.timings->elapsedMs());
    connect(m_probe, &HubProbe::hubFound, this, &CliRunner::hubFound);
    connect(m_probe, &HubProbe::probeFailed, this, [this](const HubError &error) {
        failWith(error, tr("No hub found at %1.").arg(m_commandLine.hubAddress()));
    });
    // Ctrl-C and SIGTERM go through the command, which removes what it has on the server first.
    auto *termination = new TerminationSignals(this);
    connect(termination, &TerminationSignals::received, this, &CliRunner::interrupted);
}

CliRunner::~CliRunner() = default;

int CliRunner::exec()
{
    // The local usage ledger needs no hub: such commands run even offline.
    if (spec().reach == CommandSpec::Reach::Local) {
        QMetaObject::invokeMethod(this, &CliRunner::runCommand, Qt::QueuedConnection);
        return QCoreApplication::exec();
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_context.timings->begin(QStringLiteral("hub probe"));
            m_probe->probe(m_commandLine.hubAddress());
        },
        Qt::QueuedConnection);
    if (m_finished)
        return m_exitCode;
    return QCoreApplication::exec();
}

void CliRunner::hubFound(const HubUrl &hub, const QString &version)
{
    m_context.timings->end(QStringLiteral("hub probe"));
    const QUrl requested = m_probe->requestedBase();
    if (HubUrl::leadsElsewhere(requested, hub.base())) {
        m_output.error(tr("%1 sent the app on to %2. The command line sends your token only to the hub you "
                          "name, so nothing was sent. If you trust %2, run again with --hub %2.")
                           .arg(HubUrl(requested).toDisplayString(), hub.toDisplayString()));
        finish(ExitCode::UsageError);
        return;
    }
    if (hub.isInsecure() && !m_commandLine.allowInsecure()) {
        m_output.error(tr("%1 is a plain http:// address on another computer: your token would cross the "
                          "network unencrypted, readable by anyone on the way. Use the hub's https:// "
                          "address, or run again with --allow-insecure if you accept that.")
                           .arg(hub.toDisplayString()));
        finish(ExitCode::UsageError);
        return;
    }
    m_context.client = new HubClient(hub, m_network, this);
    m_context.hubVersion = version;
    resolveToken();
}

void CliRunner::resolveToken()
{
    const TokenSource::Result fromUser = TokenSource::fromFileOrEnvironment(m_commandLine.tokenFile());
    if (!fromUser.warning.isEmpty())
        m_output.error(fromUser.warning);
    if (!fromUser.error.isEmpty()) {
        m_output.error(fromUser.error);
        finish(ExitCode::UsageError);
        return;
    }
    if (!fromUser.token.isEmpty()) {
        qCDebug(lcCli) << "token from" << fromUser.origin;
        verifyToken(fromUser.token);
        return;
    }
    readTokenFromKeychain();
}

void CliRunner::readTokenFromKeychain()
{
    const HubUrl hub = m_context.client->hub();
    const auto notSignedIn = [this, hub] {
        m_output.error(
            tr("Not signed in to %1. Sign in with the app, or give a token from %2 with "
               "--token-file or $FORNAX_TOKEN.")
                .arg(hub.toDisplayString(), hub.hubPageUrl(QStringLiteral("token")).toDisplayString()));
        finish(ExitCode::NotSignedIn);
    };
    // The account the app signed in with on this hub, and its token in the keychain.
    m_keychain = new QObject(this);
    auto *settings = new Settings(QString(), m_keychain);
    auto *directory = new HubDirectory(settings, m_network, m_keychain);
    std::optional<Account> account;
    if (const auto entry = directory->confirmedHub(hub))
        account = directory->currentAccount(entry->id);
    if (!account) {
        notSignedIn();
        return;
    }
    m_storedAccount = account;
    m_credentials = new CredentialStore(m_keychain);
    auto *context = new QObject(this);
    const QString key = account->keychainKey();
    connect(m_credentials, &CredentialStore::tokenRead, context,
            [this, context, key](const QString &readKey, const QByteArray &token) {
                if (readKey != key)
                    return;
                delete context;
                qCDebug(lcCli) << "token from the keychain";
                verifyToken(token);
            });
    connect(m_credentials, &CredentialStore::tokenMissing, context,
            [context, key, notSignedIn](const QString &readKey) {
                if (readKey != key)
                    return;
                delete context;
                notSignedIn();
            });
    connect(m_credentials, &CredentialStore::storeFailed, context,
            [this, context, key](const QString &readKey, const QString &message) {
                if (readKey != key)
                    return;
                delete context;
                m_output.error(tr("The keychain could not be read: %1").arg(message));
                finish(ExitCode::NotSignedIn);
            });
    m_credentials->readToken(*account);
}

void CliRunner::verifyToken(const QByteArray &token)
{
    m_token = token;
    m_context.client->setToken(token);
    m_context.timings->begin(QStringLiteral("token check"));
    HubCall *call = m_context.client->fetchCurrentUser();
    connect(call, &HubCall::finished, this, [this, call] {
        m_context.timings->end(QStringLiteral("token check"));
        if (call->error().isError()) {
            failWith(call->error());
            return;
        }
        const auto user = HubUser::fromJson(call->json().object());
        if (!user) {
            failWith(HubError(HubError::Kind::Malformed));
            return;
        }
        m_context.userName = user->name;
        const auto server = user->server(m_commandLine.value(CliCommand::ServerOption));
        m_serverReady = server && server->ready && !server->stopped;
        prepareServerToken();
    });
}

void CliRunner::prepareServerToken()
{
    const CommandSpec::Reach reach = spec().reach;
    if (reach != CommandSpec::Reach::Server
        && !(reach == CommandSpec::Reach::ServerIfRunning && m_serverReady)) {
        startCommand();
        return;
    }
    m_context.timings->begin(QStringLiteral("server token"));
    // The app's own server token, when it signed in for this very account.
    if (m_storedAccount && m_storedAccount->userName() == m_context.userName
        && !m_storedAccount->serverTokenId().isEmpty())
        readStoredServerToken();
    else
        mintServerToken();
}

void CliRunner::readStoredServerToken()
{
    auto *context = new QObject(this);
    const QString key = m_storedAccount->serverKeychainKey();
    connect(m_credentials, &CredentialStore::tokenRead, context,
            [this, context, key](const QString &readKey, const QByteArray &serverToken) {
                if (readKey != key)
                    return;
                delete context;
                // Still among this user's tokens? Asked with the account token: the server
                // token never goes to the hub API.
                const QString id = m_storedAccount->serverTokenId();
                HubCall *call = m_context.client->fetchToken(m_context.userName, id);
                connect(call, &HubCall::finished, this, [this, call, serverToken, id] {
                    if (call->error().isError()
                        || call->json().object().value(QLatin1String("id")).toString() != id) {
                        mintServerToken();
                        return;
                    }
                    qCDebug(lcCli) << "server token from the keychain";
                    m_context.client->setServerToken(serverToken);
                    startCommand();
                });
            });
    const auto mintInstead = [this, context, key](const QString &readKey) {
        if (readKey != key)
            return;
        delete context;
        mintServerToken();
    };
    connect(m_credentials, &CredentialStore::tokenMissing, context, mintInstead);
    connect(m_credentials, &CredentialStore::storeFailed, context, [mintInstead](const QString &readKey) {
        mintInstead(readKey);
    });
    m_credentials->readSecret(key);
}

void CliRunner::mintServerToken()
{
    auto *request = new TokenRequest(TokenRequest::through(m_context.client, m_context.userName, this), this);
    connect(request, &TokenRequest::finished, this, [this, request](const TokenRequest::Result &result) {
        request->deleteLater();
        if (result.outcome == TokenRequest::Outcome::Issued) {
            qCDebug(lcCli) << "server token minted for this run";
            m_runTokenId = result.tokenId;
            m_context.client->setServerToken(result.token);
            startCommand();
            return;
        }
        if (spec().reach == CommandSpec::Reach::ServerIfRunning) {
            qCDebug(lcCli) << "no server token; the command runs without one";
            startCommand();
            return;
        }
        const bool userCanAllow = result.outcome != TokenRequest::Outcome::NothingGranted;
        if (userCanAllow && m_commandLine.isSet(CliCommand::UseTokenForServerOption)) {
            m_output.error(
                tr("The hub would not make a token for your server alone; as --use-token-for-server "
                   "asks, your own token goes to the server too."));
            m_context.client->setServerToken(m_token);
            startCommand();
            return;
        }
        QString text;
        if (result.outcome == TokenRequest::Outcome::NothingGranted)
            text = tr("The hub does not let your account use your server through its API (the access:servers "
                      "permission), so no files can be copied. Ask the hub's administrators.");
        else
            text = tr("The hub would not make a token limited to your server (%1). Nothing was sent to the "
                      "server. To send your own token to it instead, run again with --use-token-for-server: "
                      "software running on your server could then read that token and act as you on the hub.")
                       .arg(result.error.message());
        m_output.error(text);
        m_output.json({{QStringLiteral("event"), QStringLiteral("failed")},
                       {QStringLiteral("error"), QStringLiteral("no-server-token")},
                       {QStringLiteral("message"), text}});
        finish(ExitCode::Failed);
    });
    // A day covers any single run; the token is revoked when the run ends anyway.
    request->request(TokenScopes::serverScopes(m_context.userName),
                     tr("%1 (command line)").arg(WebSession::tokenNote()), qint64(24) * 3600);
}

void CliRunner::loadCachedProfiles()
{
    Settings settings;
    const HubDirectory directory(&settings, m_network);
    if (const auto entry = directory.confirmedHub(m_context.client->hub()))
        m_context.profiles =
            Profile::listFromJson(QJsonDocument::fromJson(settings.cachedProfiles(entry->id)).array());
}

void CliRunner::startCommand()
{
    m_context.timings->end(QStringLiteral("server token"));
    loadCachedProfiles();
    auto *monitor = new ServerMonitor(m_context.client, m_commandLine.value(CliCommand::ServerOption), this);
    monitor->setIntervals(5s, 1s, 10s);
    m_context.monitor = monitor;
    // Server hours reach the usage ledger whichever way the server was started or stopped.
    auto *recorder =
        new SessionRecorder(RateCard::hubKey(m_context.client->hub().base().toString()), m_context.userName,
                            m_commandLine.value(CliCommand::ServerOption), {}, this);
    for (const Profile &profile : std::as_const(m_context.profiles)) {
        if (profile.isDefault)
            recorder->setDefaultSize(profile.slug);
    }
    connect(monitor, &ServerMonitor::polled, recorder, &SessionRecorder::observe);
    connect(recorder, &SessionRecorder::writeFailed, this, [this](const QString &message) {
        m_output.error(tr("The server's hours are not in your usage record: %1").arg(message));
    });
    // The first answer of the monitor is the state the command starts from.
    auto *firstPoll = new QMetaObject::Connection;
    *firstPoll = connect(monitor, &ServerMonitor::polled, this, [this, firstPoll] {
        m_context.timings->end(QStringLiteral("server status"));
        disconnect(*firstPoll);
        delete firstPoll;
        runCommand();
    });
    connect(monitor, &ServerMonitor::tokenRejected, this, [this](const HubError &error) {
        failWith(error);
    });
    connect(monitor, &ServerMonitor::pollFailed, this, [this](const HubError &error) {
        if (!m_command && !m_finished)
            failWith(error); // no state to start from; a command under way rides out blips
    });
    m_context.timings->begin(QStringLiteral("server status"));
    monitor->start();
}

const CommandSpec &CliRunner::spec() const
{
    Q_ASSERT(m_commandLine.commandSpec());
    return *m_commandLine.commandSpec();
}

void CliRunner::runCommand()
{
    m_command = spec().create(m_context, this);
    connect(m_command, &CliCommand::finished, this, &CliRunner::finish);
    m_command->run();
}

void CliRunner::failWith(const HubError &error, const QString &context)
{
    QString text = error.message();
    if (!context.isEmpty())
        text = context + QLatin1Char(' ') + text;
    m_output.error(text);
    m_output.json({{QStringLiteral("event"), QStringLiteral("failed")},
                   {QStringLiteral("error"), error.kindName()},
                   {QStringLiteral("message"), text}});
    finish(exitCodeFor(error));
}

void CliRunner::interrupted()
{
    if (m_finished) {
        if (!std::exchange(m_interrupted, true))
            m_output.error(tr("Still removing what the command left on your server; at most %n second(s).",
                              nullptr, int(std::chrono::seconds(CleanupBound).count())));
        return;
    }
    m_interrupted = true;
    if (m_command)
        m_command->interrupt();
    else
        finish(ExitCode::Interrupted);
}

void CliRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    // A command that got its work done although interrupted (a transfer already placed) says so;
    // anything else ends as interrupted.
    if (m_interrupted && exitCode != ExitCode::Success && exitCode != ExitCode::CompletedWithSkips)
        exitCode = ExitCode::Interrupted;
    m_finished = true;
    m_exitCode = exitCode;
    if (m_context.monitor)
        m_context.monitor->stop();
    // The process ends only once the clean-up it owes the server (a terminal to delete) has been
    // answered, and only then is this run's server token revoked: those deletes use it. The
    // command goes first: its jobs' destructors may owe some clean-up too.
    CleanupTracker::instance()->closeAll();
    const auto endWhenCleanedUp = [this, exitCode] {
        m_context.timings->begin(QStringLiteral("terminal close"));
        CleanupTracker::instance()->whenDone(CleanupBound, this, [this, exitCode] {
            m_context.timings->end(QStringLiteral("terminal close"));
            if (!m_runTokenId.isEmpty()) {
                revokeRunToken(exitCode);
                return;
            }
            exitWith(exitCode);
        });
    };
    if (!m_command) {
        endWhenCleanedUp();
        return;
    }
    connect(m_command, &QObject::destroyed, this, endWhenCleanedUp);
    std::exchange(m_command, nullptr)->deleteLater();
}

void CliRunner::revokeRunToken(int exitCode)
{
    const QString id = std::exchange(m_runTokenId, QString());
    m_context.timings->begin(QStringLiteral("token revoke"));
    m_context.client->setServerToken({});
    HubCall *call = m_context.client->revokeToken(m_context.userName, id);
    connect(call, &HubCall::finished, this, [this, call, id, exitCode] {
        if (call->error().isError() && call->error().kind() != HubError::Kind::NotFound)
            m_output.error(tr("The token made for this run (%1) could not be revoked: %2 It expires within a "
                              "day.")
                               .arg(id, call->error().message()));
        m_context.timings->end(QStringLiteral("token revoke"));
        exitWith(exitCode);
    });
}

void CliRunner::exitWith(int exitCode)
{
    // One line for --verbose: where this run's time went. A transfer's under the transfers'
    // category, with the job's own steps in it.
    const StepTimings &timings = *m_context.timings;
    if (timings.lengthOf(QStringLiteral("connect")) >= 0)
        qCInfo(lcTransfer).noquote() << timings.line();
    else
        qCInfo(lcCli).noquote() << timings.line();
    QCoreApplication::exit(exitCode);
}

} // namespace fornax::cli
