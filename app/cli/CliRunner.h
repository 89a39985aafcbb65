#pragma once

#include "CliCommand.h"
#include "CliOutput.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace fornax {
class HubError;
class HubProbe;
class HubUrl;
} // namespace fornax

namespace fornax::cli {

class CommandLine;

/**
 * Runs one command of the command line: finds the hub, gets the token, checks that the hub
 * accepts it, starts watching the server, then hands over to the command and returns its exit
 * code. Every failure on the way ends with a sentence on stderr and its documented exit code.
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
    void startCommand();
    void failWith(const HubError &error, const QString &context = {});
    void finish(int exitCode);

    const CommandLine &m_commandLine;
    CliOutput m_output;
    QNetworkAccessManager *m_network;
    HubProbe *m_probe;
    CliContext m_context;
    CliCommand *m_command = nullptr;
    QObject *m_keychain = nullptr; // Settings, HubDirectory and CredentialStore, when needed
    int m_exitCode = 0;
    bool m_finished = false;
};

} // namespace fornax::cli
