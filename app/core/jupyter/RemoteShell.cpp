#include "RemoteShell.h"

#include "CleanupTracker.h"
#include "Logging.h"
#include "StepTimings.h"
#include "hub/HubClient.h"
#include "hub/HubError.h"
#include "hub/ReplyBudget.h"
#include "hub/ReplyLimit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

#include <algorithm>

using namespace std::chrono_literals;

namespace fornax {

namespace {

// A fresh terminal runs the user's dotfiles first; on a busy server that can take a while.
constexpr auto OpenTimeout = 30s;
constexpr int TerminalRows = 50;
constexpr int TerminalColumns = 400;
constexpr auto SetupTimeout = 30s;

// No echo of what is typed, no prompts, no bracketed-paste escapes, and nothing written to the
// user's shell history. Every part is harmless in a shell that lacks it.
const QString SetupCommand = QStringLiteral("stty -echo; export PS1= PS2= PROMPT_COMMAND=; unset HISTFILE; "
                                            "bind 'set enable-bracketed-paste off' 2>/dev/null; true");

QString terminalNameIn(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("name")).toString();
}

// DELETE api/terminals/<name>, owed by the process until answered (CleanupTracker).
QNetworkReply *sendTerminalDelete(HubClient *client, const QUrl &serverUrl, const QString &name)
{
    // name passed RemoteShell::isUsableTerminalName(); encoded anyway, as every segment is.
    const QNetworkRequest request = client->request(serverUrl.resolved(
        QUrl(QStringLiteral("api/terminals/") + HubUrl::encodedSegment(name).value_or(QString()))));
    QNetworkReply *reply = client->guardRedirects(client->network()->deleteResource(request));
    ReplyLimit::apply(reply, ReplyLimit::Small);
    CleanupTracker::instance()->add(reply, QStringLiteral("DELETE api/terminals/") + name);
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    return reply;
}

} // namespace

RemoteShell::RemoteShell(HubClient *client, const QUrl &serverUrl, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_serverUrl(serverUrl)
{
    if (!m_serverUrl.path().endsWith(QLatin1Char('/')))
        m_serverUrl.setPath(m_serverUrl.path() + QLatin1Char('/'));
    // One message never needs more; a larger one closes the socket (CloseCodeTooMuchData).
    m_socket.setMaxAllowedIncomingMessageSize(quint64(ReplyLimit::TerminalMessage));
    m_socket.setMaxAllowedIncomingFrameSize(quint64(ReplyLimit::TerminalMessage));
    m_commandTimer.setSingleShot(true);
    m_openTimer.setSingleShot(true);
    connect(&m_commandTimer, &QTimer::timeout, this, &RemoteShell::onCommandTimeout);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_busy && m_state == State::Ready)
            send(QJsonArray {QStringLiteral("set_size"), TerminalRows, TerminalColumns});
    });
    // The process is ending: no terminal of ours may stay behind on the server.
    connect(CleanupTracker::instance(), &CleanupTracker::closeRequested, this, &RemoteShell::close);
    connect(&m_openTimer, &QTimer::timeout, this, [this] {
        shutDown(tr("Could not open a terminal on your server: it did not answer within %1 s. "
                    "Check that the server is running.")
                     .arg(std::chrono::seconds(OpenTimeout).count()));
    });
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        if (m_state != State::Connecting)
            return;
        m_openTimer.stop();
        m_state = State::SettingUp;
        qCDebug(lcJupyter) << "terminal" << m_terminalName << "connected";
        // Wide lines keep the shell from wrapping what it prints back.
        send(QJsonArray {QStringLiteral("set_size"), TerminalRows, TerminalColumns});
        // bash (the usual login shell) reads what is typed through readline, a character at a
        // time: a script of 10 KiB took 130-160 ms to arrive that way, and 50 ms through
        // /bin/sh (measured on the test hub), on every step of a transfer. The terminal is this
        // app's alone, so its shell becomes sh before anything else is typed; the setup and
        // every command are POSIX sh.
        send(QJsonArray {QStringLiteral("stdin"), QStringLiteral("exec /bin/sh\n")});
        m_queue.prepend(Command {SetupCommand, SetupTimeout, true});
        sendNext();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RemoteShell::onTextMessage);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_socket.closeCode() == QWebSocketProtocol::CloseCodeTooMuchData)
            onSocketGone(tr("Your server sent more than %1 in one terminal message, so the app closed "
                            "the terminal.")
                             .arg(ReplyBudget::sizeText(ReplyLimit::TerminalMessage)));
        else
            onSocketGone(tr("The connection to the terminal on your server was lost."));
    });
    connect(
        &m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this](QAbstractSocket::SocketError) {
            onSocketGone(
                tr("The connection to the terminal on your server failed: %1").arg(m_socket.errorString()));
        });
}

RemoteShell::~RemoteShell()
{
    m_socket.disconnect(this);
    m_commandTimer.stop();
    m_openTimer.stop();
    m_socket.abort();
    if (m_pendingReply) {
        m_pendingReply->disconnect(this); // no callbacks into a half-destroyed object
        if (m_terminalName.isEmpty() && m_client) {
            // Still being created: the server makes it anyway, so delete it once its name is known.
            QNetworkReply *creation = m_pendingReply;
            CleanupTracker::instance()->add(creation, QStringLiteral("POST api/terminals"));
            connect(creation, &QNetworkReply::finished, m_client,
                    [client = m_client, url = m_serverUrl, creation] {
                        const QString name = terminalNameIn(ReplyLimit::body(creation));
                        if (client && creation->error() == QNetworkReply::NoError
                            && isUsableTerminalName(name))
                            sendTerminalDelete(client, url, name);
                    });
        }
        return; // a DELETE on its way is tracked by itself
    }
    // The reply outlives this object; the process waits for it before it ends.
    if (m_client && !m_terminalName.isEmpty() && m_state != State::Closed)
        sendTerminalDelete(m_client, m_serverUrl, m_terminalName);
}

void RemoteShell::setHeartbeat(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_heartbeat.stop();
        return;
    }
    if (!m_heartbeat.isActive() || m_heartbeat.intervalAsDuration() != interval)
        m_heartbeat.start(interval);
}

void RemoteShell::open()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Opening;
    if (m_timings)
        m_timings->begin(QStringLiteral("terminal"));
    QNetworkRequest request = m_client->request(m_serverUrl.resolved(QUrl(QStringLiteral("api/terminals"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        m_client->guardRedirects(m_client->network()->post(request, QByteArrayLiteral("{}")));
    ReplyLimit::apply(reply, ReplyLimit::Small);
    m_pendingReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        onTerminalCreated(reply);
    });
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    m_openTimer.start(OpenTimeout);
}

void RemoteShell::onTerminalCreated(QNetworkReply *reply)
{
    m_pendingReply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = ReplyLimit::body(reply);
    const QString name = terminalNameIn(body);
    const bool created = reply->error() == QNetworkReply::NoError && status / 100 == 2 && !name.isEmpty();
    // The server chose the name, and it goes into token-bearing URLs: only a plain name does.
    const bool usable = created && isUsableTerminalName(name);
    if (usable)
        m_terminalName = name;
    if (m_state == State::Closing) { // close() came while the terminal was being created
        deleteTerminal();
        return;
    }
    if (m_state != State::Opening)
        return;
    if (created && !usable) {
        qCWarning(lcJupyter) << "refused a terminal name from the server:" << name.left(80);
        shutDown(tr("Your server named its new terminal “%1”, which is not a terminal name: it would "
                    "make the app send requests elsewhere. Nothing was sent there. Your server may run "
                    "software you should not trust; restart it, and tell the hub's administrators.")
                     .arg(name.left(80)));
        return;
    }
    if (!created && (status == 401 || status == 403)) {
        m_accessRefused = true;
        shutDown(tr("Your server refused the app's sign-in (HTTP %1): it is not allowed to use your "
                    "server. It needs the permission (scope) “access:servers”: sign in again with the "
                    "app, or use a token from the hub's token page that includes access to your server.")
                     .arg(status));
        return;
    }
    if (!created) {
        const HubError error = HubError::fromReply(reply, body);
        QString detail = reply->errorString();
        if (error.kind() == HubError::Kind::RedirectRefused || error.kind() == HubError::Kind::TooLarge)
            detail = error.message();
        else if (reply->error() == QNetworkReply::NoError)
            detail = tr("unexpected answer (HTTP %1)").arg(status);
        shutDown(tr("Could not open a terminal on your server (%1). Check that the server is running "
                    "and that it offers terminals.")
                     .arg(detail));
        return;
    }
    qCDebug(lcJupyter) << "terminal" << m_terminalName << "created";
    if (m_timings) {
        m_timings->end(QStringLiteral("terminal"));
        m_timings->begin(QStringLiteral("websocket"));
    }
    m_state = State::Connecting;
    const QUrl httpUrl = terminalUrl(QStringLiteral("terminals/websocket/"));
    QUrl wsUrl = httpUrl;
    wsUrl.setScheme(httpUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                               : QStringLiteral("ws"));
    // The request is built for the http URL so that the token goes exactly where it would go
    // for a REST call of the same origin.
    QNetworkRequest request = m_client->request(httpUrl);
    request.setUrl(wsUrl);
    m_socket.open(request);
}

bool RemoteShell::isUsableTerminalName(const QString &name)
{
    // jupyter_server and terminado name terminals "1", "2", ...; a few other servers use UUIDs.
    if (!HubUrl::isPlainSegment(name) || name.size() > 128)
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('.');
    });
}

QUrl RemoteShell::terminalUrl(const QString &prefix) const
{
    // m_terminalName passed isUsableTerminalName(); encoded anyway, as every segment is.
    return m_serverUrl.resolved(QUrl(prefix + HubUrl::encodedSegment(m_terminalName).value_or(QString())));
}

void RemoteShell::run(const QString &command, std::chrono::milliseconds timeout)
{
    if (m_state == State::Closing || m_state == State::Closed) {
        // Asynchronous like every other outcome, so callers see one behaviour.
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT commandFailed(tr("The command was not run: the terminal is closed."));
            },
            Qt::QueuedConnection);
        return;
    }
    m_queue.append(Command {command, timeout, false});
    if (m_state == State::Idle)
        open();
    else
        sendNext();
}

void RemoteShell::sendNext()
{
    if (m_busy || m_queue.isEmpty() || (m_state != State::SettingUp && m_state != State::Ready))
        return;
    m_current = m_queue.takeFirst();
    m_busy = true;
    const QByteArray marker = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_parser.expect(marker);
    send(QJsonArray {QStringLiteral("stdin"),
                     QString(TerminalOutputParser::wrapCommand(m_current.text, marker) + QLatin1Char('\n'))});
    m_commandTimer.start(m_current.timeout);
}

void RemoteShell::send(const QJsonArray &message)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void RemoteShell::onTextMessage(const QString &message)
{
    const QJsonArray array = QJsonDocument::fromJson(message.toUtf8()).array();
    const QString type = array.at(0).toString();
    if (type == QLatin1String("disconnect")) {
        // The terminal ended on the server, which forgets it: its name may go to the next
        // terminal opened (a clean-up's), which a DELETE by that name would then kill.
        m_terminalName.clear();
        onSocketGone(tr("The terminal on your server ended."));
        return;
    }
    if (type != QLatin1String("stdout"))
        return;
    const QList<TerminalOutputParser::Result> results = m_parser.feed(array.at(1).toString().toUtf8());
    QPointer<RemoteShell> self(this);
    for (const TerminalOutputParser::Result &result : results) {
        if (!m_busy)
            break;
        m_commandTimer.stop();
        m_busy = false;
        if (m_current.setup) {
            m_state = State::Ready;
            qCDebug(lcJupyter) << "terminal" << m_terminalName << "ready";
            if (m_timings)
                m_timings->end(QStringLiteral("websocket"));
            Q_EMIT ready();
        } else if (!result.errorString.isEmpty()) {
            Q_EMIT commandFailed(result.errorString);
        } else {
            Q_EMIT commandFinished(result.exitCode, result.output);
        }
        if (!self)
            return;
    }
    sendNext();
}

void RemoteShell::onCommandTimeout()
{
    if (!m_busy)
        return;
    if (m_current.setup) {
        shutDown(tr("The terminal on your server did not respond. Try again, or restart your server."));
        return;
    }
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_current.timeout).count();
    qCDebug(lcJupyter) << "terminal" << m_terminalName << "command timed out, interrupting it";
    // Ctrl-C ends the command and the rest of its line; the next command's markers are new, so
    // anything the interrupted one still prints is ignored.
    m_parser.clear();
    m_busy = false;
    send(QJsonArray {QStringLiteral("stdin"), QStringLiteral("\x03")});
    QPointer<RemoteShell> self(this);
    Q_EMIT commandFailed(tr("The command did not finish within %1 s and was interrupted.").arg(seconds));
    if (self)
        sendNext();
}

void RemoteShell::onSocketGone(const QString &reason)
{
    if (m_state == State::Idle || m_state == State::Opening || m_state == State::Closing
        || m_state == State::Closed)
        return;
    qCDebug(lcJupyter) << "terminal" << m_terminalName << "lost:" << reason;
    shutDown(reason);
}

void RemoteShell::failAll(const QString &reason)
{
    m_commandTimer.stop();
    QList<Command> failed;
    if (m_busy && !m_current.setup)
        failed.append(m_current);
    m_busy = false;
    for (const Command &command : std::as_const(m_queue)) {
        if (!command.setup)
            failed.append(command);
    }
    m_queue.clear();
    m_parser.clear();
    QPointer<RemoteShell> self(this);
    for (qsizetype i = 0; i < failed.size() && self; ++i)
        Q_EMIT commandFailed(reason);
}

void RemoteShell::shutDown(const QString &reason)
{
    QPointer<RemoteShell> self(this);
    failAll(reason);
    if (self)
        close();
}

void RemoteShell::close()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    const State previous = m_state;
    m_state = State::Closing;
    m_openTimer.stop();
    // Until the terminal is gone from the server, the process must not end (CleanupTracker).
    if (previous != State::Idle)
        CleanupTracker::instance()->add(this, QStringLiteral("closing terminal ") + m_terminalName);
    QPointer<RemoteShell> self(this);
    failAll(tr("The command was not run: the terminal was closed."));
    if (!self)
        return;
    if (previous == State::Idle) {
        finishClosing();
        return;
    }
    m_socket.close();
    if (previous == State::Opening && m_pendingReply)
        return; // onTerminalCreated() deletes the terminal once its name is known
    deleteTerminal();
}

void RemoteShell::deleteTerminal()
{
    if (m_terminalName.isEmpty() || !m_client) {
        finishClosing();
        return;
    }
    QNetworkReply *reply = sendTerminalDelete(m_client, m_serverUrl, m_terminalName);
    m_pendingReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply->error() != QNetworkReply::NoError)
            qCWarning(lcJupyter) << "could not delete terminal" << m_terminalName << reply->errorString();
        m_pendingReply = nullptr;
        finishClosing();
    });
}

void RemoteShell::finishClosing()
{
    m_state = State::Closed;
    m_terminalName.clear();
    CleanupTracker::instance()->remove(this);
    Q_EMIT closed();
}

} // namespace fornax
