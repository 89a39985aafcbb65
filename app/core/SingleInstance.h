#pragma once

#include <QObject>
#include <QStringList>

#include <chrono>

class QLocalServer;
class QLocalSocket;

namespace fornax {

/**
 * One Fornax Desktop per user: the first process owns a local socket, later ones hand it their
 * command line and exit.
 *
 * The socket is named after the application id and the user's id and lives only in a folder
 * nobody else can enter: the user's runtime folder when it is private, else a folder of the
 * app's own in the temp folder that listen() creates with mode 0700 (and refuses to use when it
 * exists but is not private), so two users on one machine never meet. A socket
 * file left behind by a crashed instance is detected (nobody answers on it) and replaced; a lock
 * file keeps two processes starting at the same moment from both replacing it. The protocol is
 * one line of compact JSON each way: `{"arguments": [...], "workingDirectory": "..."}` from the
 * newcomer, `{"ok": true}` from the primary. Anything else is dropped without a word.
 *
 * Usage in main(): `SingleInstance instance; if (!instance.listen() &&
 * SingleInstance::notifyRunning(args)) return 0;` then connect activationRequested().
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // The usual name: the app id plus the user's id, in the runtime folder when there is one.
    static QString defaultServerName();

    explicit SingleInstance(QObject *parent = nullptr);
    // For tests: a socket name of their own (a full path, or a name Qt places in the temp folder).
    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    QString serverName() const { return m_serverName; }
    // Makes this process the primary instance. False when another live instance already is (or
    // the socket cannot be created, or its folder is not private: errorString() says why).
    bool listen();
    bool isListening() const;
    QString errorString() const { return m_error; }
    // After a failed listen(): false when the socket's folder is not private, so nothing may be
    // sent there (it may not be another copy of the app that listens).
    bool mayNotifyRunning() const { return !m_folderRefused; }

    // For a second process: hands arguments (and the current folder, against which relative
    // paths in them mean something) to the primary. True when a primary answered within timeout.
    static bool notifyRunning(const QStringList &arguments,
                              std::chrono::milliseconds timeout = std::chrono::seconds(3));
    static bool notifyRunning(const QString &serverName, const QStringList &arguments,
                              std::chrono::milliseconds timeout = std::chrono::seconds(3));

Q_SIGNALS:
    // Another process was started: show the window, and act on its arguments.
    void activationRequested(const QStringList &arguments, const QString &workingDirectory);

private:
    void accept();
    void read(QLocalSocket *socket);
    bool someoneAnswers() const;

    QString m_serverName;
    QLocalServer *m_server = nullptr;
    QString m_error;
    bool m_folderRefused = false;
};

} // namespace fornax
