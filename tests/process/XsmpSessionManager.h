#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

struct _IceConn;
struct _SmsConn;

namespace fornax::test {

/**
 * A real X session manager (XSMP over ICE, libSM's server side), just enough of one to end a
 * session the way a desktop's logout does: clients started with SESSION_MANAGER=address()
 * register with it, and logout() sends each a SaveYourself with shutdown set — what makes Qt
 * emit QGuiApplication::commitDataRequest — followed by Die once it answers.
 *
 * Runs in the test's event loop (QSocketNotifier on the ICE sockets). One per process.
 */
class XsmpSessionManager : public QObject
{
    Q_OBJECT

public:
    explicit XsmpSessionManager(QObject *parent = nullptr);
    ~XsmpSessionManager() override;

    bool start(QString *error);
    // The value for SESSION_MANAGER.
    QString address() const { return m_address; }
    int clientCount() const { return int(m_clients.size()); }
    QStringList registeredClients() const;
    // The session ends: SaveYourself(shutdown) to every client, Die to each once it is done.
    void logout();
    // A checkpoint (a desktop's "save session"): SaveYourself without shutdown; nobody dies.
    void checkpoint();

Q_SIGNALS:
    void clientRegistered(const QString &id);
    void saveYourselfDone(const QString &id, bool success);
    void clientGone(const QString &id);

public:
    struct Client;

private:
    void acceptConnection(int listenIndex);
    void processMessages(_IceConn *connection);
    Client *clientFor(_SmsConn *connection);

    friend struct XsmpCallbacks;

    QString m_address;
    QList<void *> m_listeners; // IceListenObj, the local ones
    void *m_listenArray = nullptr; // what IceListenForConnections gave, freed as one
    int m_listenCount = 0;
    QHash<_SmsConn *, Client *> m_clients;
};

} // namespace fornax::test
