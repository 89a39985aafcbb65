#include "SingleInstance.h"

#include "FornaxVersion.h"
#include "Logging.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QTimer>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fornax {

using namespace std::chrono;

namespace {

// Generous for a command line with many dropped files, small enough that junk cannot pile up.
constexpr qint64 MaxMessageBytes = qint64(1024) * 1024;
// A connection that has not sent its line by then is dropped.
constexpr milliseconds ConnectionTimeout = seconds(5);
const QLatin1String ArgumentsKey("arguments");
const QLatin1String WorkingDirectoryKey("workingDirectory");
const QLatin1String OkKey("ok");

QString userId()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

QString lockFilePath(const QString &serverName)
{
    const QString path = QFileInfo(serverName).isAbsolute() ? serverName : QDir::temp().filePath(serverName);
    return path + QLatin1String(".lock");
}

int remaining(const QDeadlineTimer &deadline)
{
    return int(std::max<qint64>(0, deadline.remainingTime()));
}

// A folder only this user can enter: a real directory (not a link), ours, mode 0700 or stricter.
bool isPrivateFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISDIR(info.st_mode)
        && info.st_uid == ::getuid() && (info.st_mode & (S_IRWXG | S_IRWXO)) == 0;
#else
    return QFileInfo(path).isDir();
#endif
}

// The folder the socket goes in; created (0700) when it is the app's own fallback folder.
// Empty with error set when it exists but others could reach into it.
QString ensurePrivateFolder(const QString &folder, QString *error)
{
#ifdef Q_OS_UNIX
    if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && errno != EEXIST) {
        *error = SingleInstance::tr("Could not create the folder %1 for the socket that keeps Fornax Desktop "
                                    "to one window: %2")
                     .arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
#endif
    if (!isPrivateFolder(folder)) {
        *error = SingleInstance::tr("The folder %1 for the socket that keeps Fornax Desktop to one window "
                                    "is not private (another user owns it, or others may open it). Remove "
                                    "it, or set XDG_RUNTIME_DIR to your own runtime folder.")
                     .arg(folder);
        return {};
    }
    return folder;
}

} // namespace

QString SingleInstance::defaultServerName()
{
    const QString name = QStringLiteral("%1-%2").arg(QLatin1String(ApplicationId), userId());
    // Only in a folder nobody else can enter, so nobody can squat on the name or reach the
    // socket: the runtime folder (the user's own, mode 0700), else one of the app's own in the
    // temp folder, which listen() creates with mode 0700 — never the shared temp folder itself.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && isPrivateFolder(runtime) && QFileInfo(runtime).isWritable())
        return QDir(runtime).filePath(name + QLatin1String(".socket"));
    return QDir(QDir::temp().filePath(name)).filePath(name + QLatin1String(".socket"));
}

SingleInstance::SingleInstance(QObject *parent)
    : SingleInstance(defaultServerName(), parent)
{ }

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{ }

SingleInstance::~SingleInstance() = default; // QLocalServer's close() removes the socket file

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    m_error.clear();
    const QString folder = QFileInfo(m_serverName).absolutePath();
    m_folderRefused = QFileInfo(m_serverName).isAbsolute() && ensurePrivateFolder(folder, &m_error).isEmpty();
    if (m_folderRefused) {
        qCWarning(lcApp) << m_error;
        return false;
    }
    // Two processes started together must not both find the socket stale and both replace it.
    QLockFile lock(lockFilePath(m_serverName));
    if (!lock.tryLock(3'000)) {
        m_error = tr("Could not tell whether Fornax Desktop is already running (the lock file %1 "
                     "is held). Close other copies of the app, or remove the file.")
                      .arg(lockFilePath(m_serverName));
        return false;
    }

    auto *server = new QLocalServer(this);
    // No socket options on purpose: with any access option Qt binds in a temporary folder and
    // renames the socket into place, silently replacing a live primary's socket, so the
    // "address in use" this check relies on would never come. The runtime folder and the umask
    // already keep other users out.
    bool listening = server->listen(m_serverName);
    if (!listening && server->serverError() == QAbstractSocket::AddressInUseError) {
        if (someoneAnswers()) {
            delete server;
            m_error = tr("Fornax Desktop is already running.");
            return false;
        }
        qCInfo(lcApp) << "replacing the socket left behind by an instance that is no longer running";
        QLocalServer::removeServer(m_serverName);
        listening = server->listen(m_serverName);
    }
    if (!listening) {
        m_error = tr("Could not create the socket that keeps Fornax Desktop to one window (%1): %2")
                      .arg(m_serverName, server->errorString());
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    return true;
}

bool SingleInstance::someoneAnswers() const
{
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    // A crashed instance's socket refuses at once; a live one accepts at once.
    const bool connected = probe.waitForConnected(1'000);
    probe.abort();
    return connected;
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            read(socket);
        });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(ConnectionTimeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

void SingleInstance::read(QLocalSocket *socket)
{
    if (socket->state() != QLocalSocket::ConnectedState)
        return; // already answered or dropped
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxMessageBytes) {
            qCWarning(lcApp) << "dropped an oversized message on the single-instance socket";
            socket->abort();
        }
        return;
    }
    const QByteArray line = socket->readLine(MaxMessageBytes + 1);
    const QJsonObject message = QJsonDocument::fromJson(line).object();
    const QJsonValue argumentsValue = message.value(ArgumentsKey);
    const QJsonValue directoryValue = message.value(WorkingDirectoryKey);
    bool valid = argumentsValue.isArray() && (directoryValue.isUndefined() || directoryValue.isString());
    QStringList arguments;
    for (const QJsonValue argument : argumentsValue.toArray()) {
        valid = valid && argument.isString();
        arguments << argument.toString();
    }
    if (!valid) {
        // The arguments may hold paths: what they were is nobody else's business.
        qCWarning(lcApp) << "ignored a malformed message on the single-instance socket";
        socket->abort();
        return;
    }

    socket->write(QJsonDocument(QJsonObject {{OkKey, true}}).toJson(QJsonDocument::Compact) + '\n');
    socket->disconnectFromServer(); // after the answer is written
    qCInfo(lcApp) << "another start of the app asked this one to come forward";
    Q_EMIT activationRequested(arguments, directoryValue.toString());
}

bool SingleInstance::notifyRunning(const QStringList &arguments, milliseconds timeout)
{
    return notifyRunning(defaultServerName(), arguments, timeout);
}

bool SingleInstance::notifyRunning(const QString &serverName, const QStringList &arguments,
                                   milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(remaining(deadline)))
        return false;

    const QJsonObject message {
        {ArgumentsKey, QJsonArray::fromStringList(arguments)},
        {WorkingDirectoryKey, QDir::currentPath()},
    };
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    socket.flush();
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(remaining(deadline))) {
            qCWarning(lcApp) << "the running instance did not answer within" << timeout.count() << "ms";
            return false;
        }
    }
    return QJsonDocument::fromJson(socket.readLine(MaxMessageBytes)).object().value(OkKey).toBool();
}

} // namespace fornax
