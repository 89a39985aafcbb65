#include "RemoteDirectory.h"

#include "Logging.h"
#include "hub/HubCall.h"
#include "hub/HubClient.h"
#include "hub/ReplyLimit.h"
#include "jupyter/ContentsTransport.h"
#include "jupyter/RemoteShell.h"
#include "transfer/RemoteScript.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <chrono>

namespace fornax {

namespace {

using namespace std::chrono_literals;

// A large folder tree takes a while to delete; a terminal that answers nothing for this long
// is gone.
constexpr std::chrono::milliseconds ShellDeleteTimeout = 10min;

// Exit codes of the delete script, beyond rm's own.
constexpr int ExitNotAFolder = 3;
constexpr int ExitStillThere = 4;

// jupyter_server and Notebook answer 400 "Directory <path> not empty" when they may not trash a
// folder (delete_to_trash off, or no trash on that file system).
bool refusedAsNotEmpty(const HubError &error)
{
    return error.httpStatus() == 400
        && error.detail().contains(QLatin1String("not empty"), Qt::CaseInsensitive);
}

QString lastLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.last().trimmed());
}

} // namespace

QString RemoteDirectory::shownPath(const QString &path)
{
    if (path.isEmpty())
        return tr("your home folder");
    return tr("“%1”").arg(path);
}

RemoteDirectory::RemoteDirectory(HubClient *client, const QUrl &serverUrl, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_serverUrl(serverUrl)
{
    if (!m_serverUrl.path().endsWith(QLatin1Char('/')))
        m_serverUrl.setPath(m_serverUrl.path() + QLatin1Char('/'));
}

RemoteDirectory::~RemoteDirectory()
{
    cancel();
}

QString RemoteDirectory::normalizedPath(const QString &path)
{
    QStringList kept;
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String(".") || (kept.isEmpty() && segment == QLatin1String("~")))
            continue;
        if (segment == QLatin1String("..")) {
            // The contents API has no parent of its root: ".." above it stays at the root.
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept.append(segment);
    }
    return kept.join(QLatin1Char('/'));
}

QString RemoteDirectory::joinPath(const QString &folder, const QString &name)
{
    return normalizedPath(folder + QLatin1Char('/') + name);
}

QString RemoteDirectory::parentPath(const QString &path)
{
    const QString normalized = normalizedPath(path);
    const qsizetype slash = normalized.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : normalized.left(slash);
}

QString RemoteDirectory::folderNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Type a name for the new folder.");
    if (name.contains(QLatin1Char('/')))
        return tr("A folder name cannot contain “/”. Create the folders one at a time.");
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return tr("“%1” is not a folder name. Choose another name.").arg(name);
    if (name.startsWith(QLatin1Char('.')))
        return tr("Names that start with a dot are hidden on your server, so the folder would not "
                  "show. Choose a name without the leading dot.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("A folder name cannot contain control characters such as line breaks.");
    }
    if (name != name.trimmed())
        return tr("A folder name should not start or end with spaces.");
    return {};
}

RemoteDirectory::Error RemoteDirectory::classify(const HubError &error)
{
    using K = HubError::Kind;
    switch (error.kind()) {
    case K::None:
        return Error::None;
    case K::HostNotFound:
    case K::Unreachable:
    case K::Tls:
    case K::Timeout:
        return Error::Network;
    case K::Proxy:
        // The hub's legacy answer for a stopped server is 503 naming it "not running".
        if (error.httpStatus() == 503 && error.detail().contains(QLatin1String("not running")))
            return Error::ServerNotRunning;
        return Error::Network;
    case K::TokenExpired:
        return Error::SignInExpired;
    case K::Forbidden:
        return Error::Forbidden;
    case K::NotFound:
        return Error::NotFound;
    case K::Cancelled:
        return Error::Cancelled;
    default:
        // JupyterHub 2+ answers 424 for a stopped server, to tell it apart from a missing file.
        if (error.httpStatus() == 424)
            return Error::ServerNotRunning;
        return Error::Server;
    }
}

QString RemoteDirectory::describe(Operation operation, Error error, const QString &path,
                                  const HubError &cause)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::ServerNotRunning:
        return tr("Your server is not running. Start it to see and change your files.");
    case Error::SignInExpired:
        return tr("The hub does not accept this sign-in: it expired, was revoked, or (for a token you gave) "
                  "was never valid. Sign in again with the app, or make a new token on the hub's "
                  "token page.");
    case Error::Forbidden:
        return tr("Your server refused access to %1. You may not have permission for it; if every "
                  "folder is refused, sign out and sign in again.")
            .arg(shownPath(path));
    case Error::NotFound:
        switch (operation) {
        case Operation::List:
            return tr("The folder %1 does not exist on your server; it may have been moved or deleted. "
                      "Go up, or back to your home folder.")
                .arg(shownPath(path));
        case Operation::CreateFolder:
            return tr("The folder %1 no longer exists on your server, so nothing can be created in "
                      "it. Refresh to see your files as they are now.")
                .arg(shownPath(parentPath(path)));
        case Operation::Remove:
            return tr("%1 no longer exists on your server; it may have been deleted already. Refresh "
                      "to see your files as they are now.")
                .arg(shownPath(path));
        }
        break;
    case Error::AlreadyExists:
        return tr("Something named %1 already exists in %2. Choose another name.")
            .arg(shownPath(path.mid(path.lastIndexOf(QLatin1Char('/')) + 1)), shownPath(parentPath(path)));
    case Error::InvalidName:
        return folderNameProblem(path.mid(path.lastIndexOf(QLatin1Char('/')) + 1));
    case Error::Network:
        return tr("Your server could not be reached. %1").arg(cause.message());
    case Error::Cancelled:
        return tr("The request was cancelled.");
    case Error::Server:
        break;
    }
    if (cause.kind() == HubError::Kind::TooLarge || cause.kind() == HubError::Kind::RedirectRefused)
        return cause.message();
    QString what;
    switch (operation) {
    case Operation::List:
        what = tr("Your server could not list %1.").arg(shownPath(path));
        break;
    case Operation::CreateFolder:
        what = tr("Your server could not create the folder %1.").arg(shownPath(path));
        break;
    case Operation::Remove:
        what = tr("Your server could not delete %1.").arg(shownPath(path));
        break;
    }
    if (!cause.detail().isEmpty())
        return tr("%1 It said: %2").arg(what, cause.detail());
    if (cause.httpStatus() > 0)
        return tr("%1 It answered with HTTP status %2; try again, and tell your hub's administrators if "
                  "it keeps happening.")
            .arg(what, QString::number(cause.httpStatus()));
    return what;
}

HubCall *RemoteDirectory::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                               const QByteArray &body)
{
    QUrl url = ContentsTransport::contentsUrlFor(m_serverUrl, path);
    url.setQuery(query);
    QNetworkRequest request = m_client->request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_client->network()->sendCustomRequest(request, verb, body);
    // A listing is the one answer here that grows with the folder; the others are small.
    ReplyLimit::apply(reply, verb == "GET" ? ReplyLimit::Listing : ReplyLimit::HubJson);
    return new HubCall(m_client->guardRedirects(reply), this);
}

void RemoteDirectory::failLater(Operation operation, const QString &path, Error error, const QString &message)
{
    // Reported from the event loop, as every other outcome is: never from inside the call.
    QTimer::singleShot(0, this, [this, operation, path, error, message] {
        Q_EMIT failed(operation, path, error, message);
    });
}

void RemoteDirectory::list(const QString &folder)
{
    const QString path = normalizedPath(folder);
    // An older listing still running is left to finish unheard (its answer is small): only the
    // newest reports.
    m_listCall = nullptr;
    if (!m_client) {
        failLater(Operation::List, path, Error::SignInExpired,
                  describe(Operation::List, Error::SignInExpired, path));
        return;
    }
    QUrlQuery query;
    // type=directory: a file's path is refused instead of its whole content being sent.
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("directory"));
    query.addQueryItem(QStringLiteral("content"), QStringLiteral("1"));
    HubCall *call = send("GET", path, query);
    m_listCall = call;
    connect(call, &HubCall::finished, this, [this, call, path] {
        if (call != m_listCall)
            return;
        m_listCall = nullptr;
        const HubError error = call->error();
        if (error.isError()) {
            const Error kind = classify(error);
            qCInfo(lcTransfer) << "listing" << path << "failed:" << kind << error.httpStatus();
            Q_EMIT failed(Operation::List, path, kind, describe(Operation::List, kind, path, error));
            return;
        }
        const QJsonDocument doc = call->json();
        if (!doc.isObject()
            || doc.object().value(QLatin1String("type")).toString() != QLatin1String("directory")) {
            // An HTML page instead of JSON: usually a sign-in page the server redirected to.
            Q_EMIT failed(Operation::List, path, Error::Server,
                          tr("Your server sent a reply this app cannot understand when listing %1. If "
                             "this keeps happening, sign out and sign in again.")
                              .arg(shownPath(path)));
            return;
        }
        Q_EMIT listed(path, RemoteEntry::listFromJson(doc.object()));
    });
}

void RemoteDirectory::createFolder(const QString &parentFolder, const QString &name)
{
    const QString path = joinPath(parentFolder, name);
    if (const QString problem = folderNameProblem(name); !problem.isEmpty()) {
        failLater(Operation::CreateFolder, path, Error::InvalidName, problem);
        return;
    }
    if (!m_client) {
        failLater(Operation::CreateFolder, path, Error::SignInExpired,
                  describe(Operation::CreateFolder, Error::SignInExpired, path));
        return;
    }
    // PUT answers 201 for a folder that already exists, so look first: the user must learn that
    // the name is taken rather than believe a new, empty folder was made.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("content"), QStringLiteral("0"));
    HubCall *check = send("GET", path, query);
    connect(check, &HubCall::finished, this, [this, check, path] {
        const Error found = classify(check->error());
        if (found == Error::None) {
            Q_EMIT failed(Operation::CreateFolder, path, Error::AlreadyExists,
                          describe(Operation::CreateFolder, Error::AlreadyExists, path));
            return;
        }
        if (found != Error::NotFound) {
            Q_EMIT failed(Operation::CreateFolder, path, found,
                          describe(Operation::CreateFolder, found, path, check->error()));
            return;
        }
        QJsonObject model;
        model.insert(QStringLiteral("type"), QStringLiteral("directory"));
        HubCall *put = send("PUT", path, {}, QJsonDocument(model).toJson(QJsonDocument::Compact));
        connect(put, &HubCall::finished, this, [this, put, path] {
            const Error error = classify(put->error());
            if (error != Error::None) {
                Q_EMIT failed(Operation::CreateFolder, path, error,
                              describe(Operation::CreateFolder, error, path, put->error()));
                return;
            }
            qCInfo(lcTransfer) << "created folder" << path;
            Q_EMIT folderCreated(path);
        });
    });
}

void RemoteDirectory::remove(const QStringList &paths)
{
    auto run = std::make_shared<RemoveRun>();
    run->generation = m_generation;
    for (const QString &path : paths)
        run->queue.append(normalizedPath(path));
    // Starts from the event loop: every outcome, even of an empty list, comes after this call.
    QTimer::singleShot(0, this, [this, run] {
        removeNext(run);
    });
}

void RemoteDirectory::removeNext(const std::shared_ptr<RemoveRun> &run)
{
    if (run->generation != m_generation)
        return; // cancelled
    if (run->queue.isEmpty()) {
        Q_EMIT removed(run->done);
        return;
    }
    const QString path = run->queue.takeFirst();
    if (path.isEmpty()) {
        // normalizedPath() turns "", "/", "~" and ".." into the home folder: never delete that.
        Q_EMIT failed(Operation::Remove, path, Error::Forbidden,
                      tr("Your home folder itself cannot be deleted. Choose the items inside it."));
        removeNext(run);
        return;
    }
    if (!m_client) {
        Q_EMIT failed(Operation::Remove, path, Error::SignInExpired,
                      describe(Operation::Remove, Error::SignInExpired, path));
        removeNext(run);
        return;
    }
    deleteOne(path, [this, run, path](const Failure &failure) {
        if (failure.error == Error::None)
            run->done.append(path);
        else
            Q_EMIT failed(Operation::Remove, path, failure.error, failure.message);
        removeNext(run);
    });
}

void RemoteDirectory::deleteOne(const QString &path, const FailureHandler &done)
{
    HubCall *call = send("DELETE", path);
    connect(call, &HubCall::finished, this, [this, call, path, done] {
        const HubError error = call->error();
        if (refusedAsNotEmpty(error)) {
            qCInfo(lcTransfer) << "server keeps the non-empty folder" << path
                               << "; deleting it in a terminal";
            deleteWithShell(path, done);
            return;
        }
        const Error kind = classify(error);
        if (kind == Error::None)
            qCInfo(lcTransfer) << "deleted" << path;
        done({kind, describe(Operation::Remove, kind, path, error)});
    });
}

void RemoteDirectory::deleteWithShell(const QString &path, const FailureHandler &done)
{
    // The contents API cannot tell a link from a folder, so emptying the folder through it could
    // follow a link and delete what it points to. The script deletes a link itself, never its
    // target, and a folder with the hidden files the API never lists; only below the home.
    const QString relative = RemoteScript::relativeToHome(path);
    if (relative.isEmpty() || relative.startsWith(QLatin1Char('/')) || relative == QLatin1String("..")
        || relative.startsWith(QLatin1String("../"))) {
        done({Error::Server, describe(Operation::Remove, Error::Server, path)});
        return;
    }
    // Built by concatenation, never with chained arg(): a "%1" in a name must stay "%1".
    const QString script = QStringLiteral("p=") + RemoteScript::quote(QStringLiteral("./") + relative)
        + QStringLiteral("\n"
                         "if [ -L \"$p\" ]; then rm -f -- \"$p\" || exit $?\n"
                         "elif [ -d \"$p\" ]; then rm -rf -- \"$p\" || exit $?\n"
                         "else printf '%s\\n' not-a-folder; exit ")
        + QString::number(ExitNotAFolder)
        + QStringLiteral("; fi\n"
                         "if [ -e \"$p\" ] || [ -L \"$p\" ]; then printf '%s\\n' still-there; exit ")
        + QString::number(ExitStillThere) + QStringLiteral("; fi\n");
    runShell(script, [path, done](int exitCode, const QByteArray &output, const QString &failure) {
        if (!failure.isEmpty()) {
            done({Error::Server,
                  tr("Your server keeps folders that are not empty, and %1 could not be deleted another "
                     "way: %2")
                      .arg(shownPath(path), failure)});
            return;
        }
        switch (exitCode) {
        case 0:
            qCInfo(lcTransfer) << "deleted" << path << "in a terminal";
            done({});
            return;
        case ExitNotAFolder:
            done({Error::Server,
                  tr("%1 changed on your server while it was being deleted. Refresh and "
                     "try again.")
                      .arg(shownPath(path))});
            return;
        default:
            done({Error::Server,
                  tr("%1 could not be deleted completely; some items inside it are protected. The server "
                     "said: %2")
                      .arg(shownPath(path), lastLine(output))});
            return;
        }
    });
}

void RemoteDirectory::runShell(const QString &script, ShellHandler handler)
{
    if (!m_shell) {
        m_shell = new RemoteShell(m_client, m_serverUrl, this);
        connect(m_shell, &RemoteShell::commandFinished, this, [this](int exitCode, const QByteArray &output) {
            shellAnswered(exitCode, output, {});
        });
        connect(m_shell, &RemoteShell::commandFailed, this, [this](const QString &reason) {
            shellAnswered(-1, {}, reason);
        });
    }
    m_shellHandlers.append(std::move(handler));
    m_shell->run(RemoteScript::command(script), ShellDeleteTimeout);
}

void RemoteDirectory::shellAnswered(int exitCode, const QByteArray &output, const QString &failure)
{
    if (m_shellHandlers.isEmpty())
        return;
    const ShellHandler handler = m_shellHandlers.takeFirst();
    // The terminal costs a process on the server: close it as soon as nothing waits for it.
    if (m_shellHandlers.isEmpty())
        dropShell();
    handler(exitCode, output, failure);
}

void RemoteDirectory::dropShell()
{
    if (!m_shell)
        return;
    RemoteShell *shell = m_shell;
    m_shell = nullptr;
    disconnect(shell, nullptr, this, nullptr);
    // close() deletes the terminal on the server; the object goes once that is done.
    connect(shell, &RemoteShell::closed, shell, &QObject::deleteLater);
    shell->setParent(nullptr);
    shell->close();
}

void RemoteDirectory::cancel()
{
    ++m_generation;
    m_listCall = nullptr;
    for (HubCall *call : findChildren<HubCall *>(Qt::FindDirectChildrenOnly)) {
        disconnect(call, nullptr, this, nullptr);
        call->abort();
    }
    m_shellHandlers.clear();
    dropShell();
}

} // namespace fornax
