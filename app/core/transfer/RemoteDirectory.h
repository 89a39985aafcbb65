#pragma once

#include "hub/HubError.h"
#include "jupyter/RemoteEntry.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace fornax {

class HubCall;
class HubClient;
class RemoteShell;

/**
 * The folders of the user's Jupyter server, through the server's contents API: list a folder,
 * create one, delete items. Paths are relative to the server's root, the home folder ("" is the
 * home folder itself).
 *
 * Every failure arrives as an Error the caller can act on plus a sentence for the user that
 * names the item: the server is not running (the hub answers in its place, 424 or a legacy
 * 503), the sign-in is no longer accepted, access refused (403), no such item (404), a name
 * that already exists, network trouble. Creating a folder checks the name first because the
 * API's PUT silently accepts an existing folder. Deleting a folder that is not empty works on
 * every server: where the server refuses (jupyter_server without its trash), the folder is
 * removed with `rm -rf` in a terminal (RemoteShell), which also removes hidden files and deletes
 * a link rather than what it points to. A newer list() supersedes one still running: only the
 * newest reports.
 */
class RemoteDirectory : public QObject
{
    Q_OBJECT

public:
    enum class Operation { List, CreateFolder, Remove };
    Q_ENUM(Operation)
    enum class Error {
        None,
        ServerNotRunning, // the hub answered for the server: it is stopped or still starting
        SignInExpired,
        Forbidden, // 403: no permission for the item, or the token gives no access to the server
        NotFound,
        AlreadyExists,
        InvalidName,
        Network, // the hub or the server could not be reached, or a gateway failed
        Server, // the server refused or failed for another reason (its words are in the message)
        Cancelled,
    };
    Q_ENUM(Error)

    // serverUrl is the user's server, `<hub>user/<name>/`.
    RemoteDirectory(HubClient *client, const QUrl &serverUrl, QObject *parent = nullptr);
    ~RemoteDirectory() override;

    QUrl serverUrl() const { return m_serverUrl; }
    bool isListing() const { return !m_listCall.isNull(); }

    // Lists folder: listed() or failed(Operation::List, ...).
    void list(const QString &folder);
    // Creates parentFolder/name: folderCreated() or failed(Operation::CreateFolder, ...), with
    // AlreadyExists when anything of that name is there.
    void createFolder(const QString &parentFolder, const QString &name);
    // Deletes the items one after the other, folders with everything in them: a failed() for each
    // item that could not be deleted, then removed() once with the ones that were.
    void remove(const QStringList &paths);
    // Stops every request; nothing more is reported for them.
    void cancel();

    // "a//b/" -> "a/b"; "/", "~" and "." -> "" (the home folder).
    static QString normalizedPath(const QString &path);
    static QString joinPath(const QString &folder, const QString &name);
    // "a/b" -> "a", "a" -> "", "" -> "".
    static QString parentPath(const QString &path);
    // Why name cannot be a new folder's name, or an empty string when it can.
    static QString folderNameProblem(const QString &name);
    // What a failed request means here; NotFound etc. carry no path: describe() adds it.
    static Error classify(const HubError &error);
    // The sentence for the user: what happened to which item, and what to do.
    static QString describe(Operation operation, Error error, const QString &path,
                            const HubError &cause = {});

Q_SIGNALS:
    void listed(const QString &folder, const QList<fornax::RemoteEntry> &entries);
    void folderCreated(const QString &path);
    void removed(const QStringList &paths);
    void failed(fornax::RemoteDirectory::Operation operation, const QString &path,
                fornax::RemoteDirectory::Error error, const QString &message);

private:
    struct Failure
    {
        Error error = Error::None;
        QString message;
    };
    using FailureHandler = std::function<void(const Failure &failure)>;
    struct RemoveRun
    {
        QStringList queue;
        QStringList done;
        quint64 generation = 0;
    };
    using ShellHandler = std::function<void(int exitCode, const QByteArray &output, const QString &failure)>;

    // "“data/run1”", or "your home folder" for "".
    static QString shownPath(const QString &path);
    HubCall *send(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                  const QByteArray &body = {});
    void failLater(Operation operation, const QString &path, Error error, const QString &message);
    void removeNext(const std::shared_ptr<RemoveRun> &run);
    void deleteOne(const QString &path, const FailureHandler &done);
    void deleteWithShell(const QString &path, const FailureHandler &done);
    void runShell(const QString &script, ShellHandler handler);
    void shellAnswered(int exitCode, const QByteArray &output, const QString &failure);
    void dropShell();

    QPointer<HubClient> m_client;
    QUrl m_serverUrl;
    QPointer<HubCall> m_listCall;
    QPointer<RemoteShell> m_shell;
    QList<ShellHandler> m_shellHandlers;
    quint64 m_generation = 0; // cancel() moves it on; removals of an older one stop
};

} // namespace fornax
