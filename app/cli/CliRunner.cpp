#include "CliRunner.h"

#include "CommandLine.h"
#include "DownloadCommand.h"
#include "ExitCode.h"
#include "Logging.h"
#include "Settings.h"
#include "StartCommand.h"
#include "StatusCommand.h"
#include "StopCommand.h"
#include "TokenSource.h"
#include "UploadCommand.h"
#include "UsageCommand.h"
#include "account/CredentialStore.h"
#include "account/HubDirectory.h"
#include "account/HubEntry.h"
#include "hub/HubCall.h"
#include "hub/HubClient.h"
#include "hub/HubProbe.h"
#include "hub/HubUser.h"
#include "hub/ServerMonitor.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

using namespace std::chrono_literals;

namespace fornax::cli {

CliRunner::CliRunner(const CommandLine &commandLine, QObject *parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_output(commandLine.json())
    , m_network(new QNetworkAccessManager(this))
    , m_probe(new HubProbe(m_network, this))
{
    m_context.commandLine = &m_commandLine;
    m_context.output = &m_output;
    connect(m_probe, &HubProbe::hubFound, this, &CliRunner::hubFound);
    connect(m_probe, &HubProbe::probeFailed, this, [this](const HubError &error) {
        failWith(error, tr("No hub found at %1.").arg(m_commandLine.hubAddress()));
    });
}

CliRunner::~CliRunner() = default;

int CliRunner::exec()
{
    // The local usage ledger needs no hub: such commands run even offline.
    if (CommandLine::isLocalCommand(m_commandLine.command())) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_command = new UsageCommand(m_context, this);
                connect(m_command, &CliCommand::finished, this, &CliRunner::finish);
                m_command->run();
            },
            Qt::QueuedConnection);
        return QCoreApplication::exec();
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_probe->probe(m_commandLine.hubAddress());
        },
        Qt::QueuedConnection);
    if (m_finished)
        return m_exitCode;
    return QCoreApplication::exec();
}

void CliRunner::hubFound(const HubUrl &hub, const QString &version)
{
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
    auto *credentials = new CredentialStore(m_keychain);
    connect(credentials, &CredentialStore::tokenRead, this, [this](const QString &, const QByteArray &token) {
        qCDebug(lcCli) << "token from the keychain";
        verifyToken(token);
    });
    connect(credentials, &CredentialStore::tokenMissing, this, notSignedIn);
    connect(credentials, &CredentialStore::storeFailed, this,
            [this](const QString &, const QString &message) {
                m_output.error(tr("The keychain could not be read: %1").arg(message));
                finish(ExitCode::NotSignedIn);
            });
    credentials->readToken(*account);
}

void CliRunner::verifyToken(const QByteArray &token)
{
    m_context.client->setToken(token);
    HubCall *call = m_context.client->fetchCurrentUser();
    connect(call, &HubCall::finished, this, [this, call] {
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
        startCommand();
    });
}

void CliRunner::startCommand()
{
    auto *monitor = new ServerMonitor(m_context.client, m_commandLine.serverName(), this);
    monitor->setIntervals(5s, 1s, 10s);
    m_context.monitor = monitor;
    // The first answer of the monitor is the state the command starts from.
    auto *firstPoll = new QMetaObject::Connection;
    *firstPoll = connect(monitor, &ServerMonitor::polled, this, [this, firstPoll] {
        disconnect(*firstPoll);
        delete firstPoll;
        const QString &name = m_commandLine.command();
        if (name == QLatin1String("status"))
            m_command = new StatusCommand(m_context, this);
        else if (name == QLatin1String("start"))
            m_command = new StartCommand(m_context, this);
        else if (name == QLatin1String("upload"))
            m_command = new UploadCommand(m_context, this);
        else if (name == QLatin1String("download"))
            m_command = new DownloadCommand(m_context, this);
        else
            m_command = new StopCommand(m_context, this);
        connect(m_command, &CliCommand::finished, this, &CliRunner::finish);
        m_command->run();
    });
    connect(monitor, &ServerMonitor::tokenRejected, this, [this](const HubError &error) {
        failWith(error);
    });
    connect(monitor, &ServerMonitor::pollFailed, this, [this](const HubError &error) {
        if (!m_command)
            failWith(error); // no state to start from; a command under way rides out blips
    });
    monitor->start();
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

void CliRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    if (m_context.monitor)
        m_context.monitor->stop();
    QCoreApplication::exit(exitCode);
}

} // namespace fornax::cli
