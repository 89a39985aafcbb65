#pragma once

#include "CliCommand.h"
#include "CliOutput.h"

#include "account/Account.h"

#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace fornax {
class CredentialStore;
class HubError;
class HubProbe;
class HubUrl;
} // namespace fornax

namespace fornax::cli {

class CommandLine;
struct CommandSpec;

/**
 * Runs one command of the command line: finds the hub, gets the token, checks that the hub
 * accepts it, starts watching the server, then hands over to the command and returns its exit
 * code. Every failure on the way ends with a sentence on stderr and its documented exit code.
 *
 * The token goes only to the hub the user named: a probe that ends on another origin is refused
 * unless --hub names that origin, and a plain-http hub on another computer unless
 * --allow-insecure. Commands that reach the user's server (upload, download) send it a token of
 * its own (`access:servers!user=<name>` only): the app's stored server token when the token came
 * from the keychain, else one minted for this run from the given token and revoked when the run
 * ends (a token from $FORNAX_TOKEN or a file belongs to the user, who may use it anywhere; the
 * command line has no safe place to keep a second secret for it, and a token revoked at the end
 * is valid on the server only while the command runs). When the hub will not make one, the given
 * token goes to the server only with --use-token-for-server.
 */
class CliRunner : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(const CommandLine &commandLine, QObject *parent = nullptr);
    ~CliRunner() override;

    // Runs the event loop until the command is done.
    int exec();

private:
    void hubFound(const HubUrl &hub, const QString &version);
    void resolveToken();
    void readTokenFromKeychain();
    void verifyToken(const QByteArray &token);
    void prepareServerToken();
    void readStoredServerToken();
    void mintServerToken();
    void startCommand();
    // The command's spec; parse() returned Mode::Command, so there is one.
    const CommandSpec &spec() const;
    // Makes the command from its spec and runs it.
    void runCommand();
    void revokeRunToken(int exitCode);
    // Ends the event loop with exitCode, after logging where the run's time went.
    void exitWith(int exitCode);
    void loadCachedProfiles();
    void failWith(const HubError &error, const QString &context = {});
    void finish(int exitCode);
    void interrupted();

    const CommandLine &m_commandLine;
    CliOutput m_output;
    QNetworkAccessManager *m_network;
    HubProbe *m_probe;
    CliContext m_context;
    CliCommand *m_command = nullptr;
    QObject *m_keychain = nullptr; // Settings, HubDirectory and CredentialStore, when needed
    CredentialStore *m_credentials = nullptr;
    std::optional<Account> m_storedAccount; // when the token came from the keychain
    QByteArray m_token;
    QString m_runTokenId; // the server token minted for this run, revoked at its end
    int m_exitCode = 0;
    bool m_serverReady = false; // the user model said the server runs (Reach::ServerIfRunning)
    bool m_finished = false;
    bool m_interrupted = false;
};

} // namespace fornax::cli
