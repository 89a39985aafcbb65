#include "TerminalCommands.h"

#include "BoundedBuffer.h"
#include "hub/HubClient.h"
#include "jupyter/ContentsTransport.h"
#include "jupyter/RemoteShell.h"
#include "transfer/RemoteScript.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace fornax {

TerminalCommands::TerminalCommands(HubClient *client, const QUrl &serverUrl, QObject *parent)
    : ServerCommands(parent)
    , m_client(client)
    , m_serverUrl(serverUrl)
{ }

// The shell's destructor deletes its terminal on the server.
TerminalCommands::~TerminalCommands() = default;

RemoteShell *TerminalCommands::shell()
{
    if (!m_shell) {
        m_shell = new RemoteShell(m_client, m_serverUrl, this);
        m_shell->setHeartbeat(m_heartbeat);
        m_shell->setTimings(m_timings);
        connect(m_shell, &RemoteShell::commandFinished, this, [this](int exitCode, const QByteArray &output) {
            commandEnded(CommandOutcome::finished(exitCode, output));
        });
        connect(m_shell, &RemoteShell::commandFailed, this, [this](const QString &reason) {
            commandEnded(m_shell->accessRefused() ? CommandOutcome::refused(reason)
                                                  : CommandOutcome::failed(reason));
        });
    }
    return m_shell;
}

void TerminalCommands::commandEnded(const CommandOutcome &outcome)
{
    if (m_waiting.isEmpty() || m_released)
        return;
    const Done done = m_waiting.takeFirst();
    done(outcome);
}

void TerminalCommands::run(const QString &script, std::chrono::milliseconds timeout, const Done &done)
{
    m_waiting.append(done);
    shell()->run(RemoteScript::command(script), timeout);
}

void TerminalCommands::writeFile(const QString &jobId, const QString &name, const QByteArray &content,
                                 const Done &done)
{
    // Through the contents API in chunks, base64: any bytes, any size, no command line.
    auto buffer = std::make_shared<BoundedBuffer>(std::max<qsizetype>(content.size(), 1));
    buffer->write(content);
    buffer->closeWriting();
    auto *transport = new ContentsTransport(m_client, m_serverUrl, this);
    transport->setPartSize(0);
    connect(transport, &ContentsTransport::uploadFinished, this, [this, transport, buffer, done] {
        transport->deleteLater();
        if (!m_released)
            done(CommandOutcome::finished(0, {}));
    });
    connect(transport, &ContentsTransport::transferFailed, this,
            [this, transport, buffer, done](const HubError &, const QString &message) {
                transport->deleteLater();
                if (m_released)
                    return;
                done(CommandOutcome::failed(
                    message,
                    QCoreApplication::translate(
                        "fornax::TransferJob",
                        "Could not write to your server: %1 Check the connection and retry the transfer.")
                        .arg(CommandOutcome::asSentence(message))));
            });
    transport->upload(buffer.get(), RemoteScript::jobFolder(jobId) + QLatin1Char('/') + name, content.size());
}

void TerminalCommands::readFile(const QString &jobId, const QString &name, const Done &done)
{
    if (!m_client) {
        done(CommandOutcome::failed(
            {}, QCoreApplication::translate("fornax::TransferJob", "The connection to the hub is gone.")));
        return;
    }
    QNetworkRequest request = m_client->request(ContentsTransport::filesUrlFor(
        m_serverUrl, RemoteScript::jobFolder(jobId) + QLatin1Char('/') + name));
    request.setRawHeader("Accept-Encoding", "identity");
    QNetworkReply *reply = m_client->guardRedirects(m_client->network()->get(request));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        if (m_released)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            done(CommandOutcome::failed(
                reply->errorString(),
                QCoreApplication::translate(
                    "fornax::TransferJob",
                    "Could not read the transfer's notes on your server (%1). Check the "
                    "connection and retry the "
                    "transfer.")
                    .arg(reply->errorString())));
            return;
        }
        done(CommandOutcome::finished(0, reply->readAll()));
    });
}

void TerminalCommands::setHeartbeat(std::chrono::milliseconds interval)
{
    m_heartbeat = interval;
    if (m_shell)
        m_shell->setHeartbeat(interval);
}

void TerminalCommands::setTimings(const std::shared_ptr<StepTimings> &timings)
{
    m_timings = timings;
    if (m_shell)
        m_shell->setTimings(timings);
}

bool TerminalCommands::isGone() const
{
    return m_shell && m_shell->state() == RemoteShell::State::Closed;
}

void TerminalCommands::release()
{
    if (m_released)
        return;
    m_released = true;
    m_waiting.clear();
    if (!m_shell || m_shell->state() == RemoteShell::State::Closed) {
        deleteLater();
        return;
    }
    // Closing ends the running step on the server and deletes the terminal; then this goes.
    m_shell->disconnect(this);
    connect(m_shell, &RemoteShell::closed, this, &QObject::deleteLater);
    m_shell->close();
}

} // namespace fornax
