#pragma once

#include "jupyter/TerminalOutputParser.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <chrono>
#include <memory>

class QNetworkReply;

namespace fornax {

class HubClient;
class StepTimings;

/**
 * Runs shell commands on the user's Jupyter server through a terminal of the terminals API.
 *
 * open() creates a terminal (`POST <server>api/terminals`), connects its websocket with the
 * client's token, and quiets the shell (no echo, no prompt, no bracketed paste, no history);
 * ready() follows once the shell has answered. run() queues a command; commands run one at a
 * time, each ending in commandFinished() with its exit code and exactly what it printed (stdout
 * and stderr merged, as text, without prompt, echo, dotfile noise or escapes), or in
 * commandFailed() (timeout, lost connection, failed open, output over the limit). A command that
 * times out is interrupted with Ctrl-C and the shell stays usable for the next one. close(), or
 * the destructor, closes the websocket and deletes the terminal on the server, so no shell is
 * left running there; closed() follows. Until the server has answered that DELETE (also one sent
 * from the destructor, or for a terminal still being created), it is registered with
 * CleanupTracker, so a process that waits for the tracker before it ends leaves no terminal; the
 * tracker's closeAll() closes every shell still open.
 *
 * The server names the terminal, and that name goes into the URLs of the websocket and of the
 * delete: a name that is not a plain one (isUsableTerminalName(): letters, digits, '-', '_',
 * '.', never "." or "..") is refused, the open fails, and no request is sent for it. Replies are
 * bounded (ReplyLimit), and so is each websocket message.
 */
class RemoteShell : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Opening, Connecting, SettingUp, Ready, Closing, Closed };
    Q_ENUM(State)

    RemoteShell(HubClient *client, const QUrl &serverUrl, QObject *parent = nullptr);
    ~RemoteShell() override;

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    // The terminal's name on the server, once created.
    QString terminalName() const { return m_terminalName; }
    // Whether the server refused the token (401/403) when asked for a terminal: a permission
    // problem that no retry fixes, unlike a lost connection.
    bool accessRefused() const { return m_accessRefused; }
    // The most output one command may print (16 MiB by default). Set it before the first run().
    void setMaxOutput(qsizetype bytes) { m_parser = TerminalOutputParser(bytes); }

    // Whether a name a server gave its terminal may go into a URL (see above).
    static bool isUsableTerminalName(const QString &name);

    // While a command runs, tell the server every interval that the terminal is in use (a resize
    // to its own size, which changes nothing), so that a command that prints nothing for a long
    // time (unpacking while a slow upload arrives) is not culled with its terminal as idle
    // (jupyter_server's TerminalManager.cull_inactive_timeout, an hour on Fornax). It also counts
    // as the server's activity. 0 (the default): never.
    void setHeartbeat(std::chrono::milliseconds interval);

    // Where the opening's steps are timed ("terminal": its creation; "websocket": connecting and
    // quieting the shell); none by default.
    void setTimings(std::shared_ptr<StepTimings> timings) { m_timings = std::move(timings); }

    // Starts the terminal; run() does it too when needed.
    void open();
    // Queues command; the timeout counts from the moment it is sent to the shell.
    void run(const QString &command, std::chrono::milliseconds timeout);
    void close();

Q_SIGNALS:
    void ready();
    void commandFinished(int exitCode, const QByteArray &output);
    void commandFailed(const QString &reason);
    void closed();

private:
    struct Command
    {
        QString text;
        std::chrono::milliseconds timeout;
        bool setup = false;
    };

    void onTerminalCreated(QNetworkReply *reply);
    QUrl terminalUrl(const QString &prefix) const;
    void onTextMessage(const QString &message);
    void onCommandTimeout();
    void onSocketGone(const QString &reason);
    void sendNext();
    void send(const QJsonArray &message);
    void failAll(const QString &reason);
    void shutDown(const QString &reason);
    void deleteTerminal();
    void finishClosing();

    // Guarded: the destructor, which deletes the terminal, may run after the client is gone.
    QPointer<HubClient> m_client;
    QUrl m_serverUrl;
    State m_state = State::Idle;
    QString m_terminalName;
    QWebSocket m_socket;
    QPointer<QNetworkReply> m_pendingReply;
    TerminalOutputParser m_parser;
    QList<Command> m_queue;
    bool m_busy = false;
    Command m_current;
    QTimer m_commandTimer;
    QTimer m_openTimer;
    QTimer m_heartbeat;
    bool m_accessRefused = false;
    std::shared_ptr<StepTimings> m_timings;
};

} // namespace fornax
