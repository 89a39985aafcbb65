#include "XsmpSessionManager.h"

#include <QSocketNotifier>
#include <QVariant>

#include <X11/ICE/ICElib.h>
#include <X11/SM/SMlib.h>

namespace fornax::test {

struct XsmpSessionManager::Client
{
    XsmpSessionManager *manager = nullptr;
    SmsConn connection = nullptr;
    IceConn ice = nullptr;
    QString id;
    QSocketNotifier *notifier = nullptr;
    bool ending = false; // logged out: Die follows its SaveYourselfDone
};

struct XsmpCallbacks
{
    static Status newClient(SmsConn connection, SmPointer managerData, unsigned long *mask,
                            SmsCallbacks *callbacks, char **failureReason);
    static void saveYourselfDone(SmsConn connection, SmPointer data, Bool success);
};

namespace {

XsmpSessionManager *theManager = nullptr;

// Local connections only (the ICE socket lives in /tmp/.ICE-unix): no cookies needed.
Bool acceptAnyHost(char *)
{
    return True;
}

Status registerClient(SmsConn connection, SmPointer data, char *previousId)
{
    auto *client = static_cast<XsmpSessionManager::Client *>(data);
    char *id = previousId ? previousId : SmsGenerateClientID(connection);
    client->id = QString::fromLatin1(id);
    const Status status = SmsRegisterClientReply(connection, id);
    if (!previousId) {
        // XSMP: a client new to the session gets a first, local SaveYourself at once.
        SmsSaveYourself(connection, SmSaveLocal, False, SmInteractStyleNone, False);
        free(id);
    }
    IceFlush(SmsGetIceConnection(connection));
    Q_EMIT client->manager->clientRegistered(client->id);
    return status;
}

void interactRequest(SmsConn connection, SmPointer, int)
{
    SmsInteract(connection);
}

void interactDone(SmsConn, SmPointer, Bool) { }

void saveYourselfRequest(SmsConn, SmPointer, int, Bool, int, Bool, Bool) { }

void saveYourselfPhase2Request(SmsConn connection, SmPointer)
{
    SmsSaveYourselfPhase2(connection);
}

void setProperties(SmsConn, SmPointer, int count, SmProp **properties)
{
    for (int i = 0; i < count; ++i)
        SmFreeProperty(properties[i]);
    free(properties);
}

void deleteProperties(SmsConn, SmPointer, int count, char **names)
{
    for (int i = 0; i < count; ++i)
        free(names[i]);
    free(names);
}

void getProperties(SmsConn connection, SmPointer)
{
    SmsReturnProperties(connection, 0, nullptr);
}

} // namespace

XsmpSessionManager::XsmpSessionManager(QObject *parent)
    : QObject(parent)
{ }

XsmpSessionManager::~XsmpSessionManager()
{
    for (Client *client : std::as_const(m_clients)) {
        delete client->notifier;
        SmsCleanUp(client->connection);
        IceCloseConnection(client->ice);
        delete client;
    }
    if (m_listenArray)
        IceFreeListenObjs(m_listenCount, static_cast<IceListenObj *>(m_listenArray));
    theManager = nullptr;
}

bool XsmpSessionManager::start(QString *error)
{
    if (theManager) {
        *error = QStringLiteral("one session manager per process");
        return false;
    }
    theManager = this;
    // libICE's default reaction to a client vanishing is exit(): a closed connection is
    // handled where it is read instead.
    IceSetIOErrorHandler([](IceConn) {});
    char message[256] = {};
    if (!SmsInitialize("fornax-tests", "1.0", &XsmpCallbacks::newClient, this, acceptAnyHost, sizeof message,
                       message)) {
        *error = QStringLiteral("SmsInitialize failed: %1").arg(QString::fromLocal8Bit(message));
        return false;
    }
    int count = 0;
    IceListenObj *objects = nullptr;
    if (!IceListenForConnections(&count, &objects, sizeof message, message) || count == 0) {
        *error = QStringLiteral("IceListenForConnections failed: %1").arg(QString::fromLocal8Bit(message));
        return false;
    }
    m_listenArray = objects;
    m_listenCount = count;
    for (int i = 0; i < count; ++i) {
        // Only the local (unix socket) transport: nothing listens on the network.
        char *id = IceGetListenConnectionString(objects[i]);
        const bool local = QByteArray(id).startsWith("local/");
        free(id);
        if (!local)
            continue;
        IceSetHostBasedAuthProc(objects[i], acceptAnyHost);
        const int index = int(m_listeners.size());
        m_listeners << objects[i];
        auto *notifier =
            new QSocketNotifier(IceGetListenConnectionNumber(objects[i]), QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, index] {
            acceptConnection(index);
        });
        char *address = IceGetListenConnectionString(objects[i]);
        m_address = QString::fromLatin1(address);
        free(address);
    }
    if (m_address.isEmpty()) {
        *error = QStringLiteral("no local ICE transport");
        return false;
    }
    return true;
}

void XsmpSessionManager::acceptConnection(int listenIndex)
{
    IceAcceptStatus status {};
    IceConn connection = IceAcceptConnection(static_cast<IceListenObj>(m_listeners.at(listenIndex)), &status);
    if (!connection || status != IceAcceptSuccess)
        return;
    auto *notifier = new QSocketNotifier(IceConnectionNumber(connection), QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this, connection] {
        processMessages(connection);
    });
    // Until the client's SM protocol setup arrives, the connection has no client yet.
    notifier->setProperty("ice", QVariant::fromValue(static_cast<void *>(connection)));
}

void XsmpSessionManager::processMessages(IceConn connection)
{
    const IceProcessMessagesStatus status = IceProcessMessages(connection, nullptr, nullptr);
    if (status == IceProcessMessagesSuccess)
        return;
    // The client went away: forget it and its socket.
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        Client *client = it.value();
        if (client->ice != connection)
            continue;
        const QString id = client->id;
        client->notifier->deleteLater();
        SmsCleanUp(client->connection);
        delete client;
        m_clients.erase(it);
        Q_EMIT clientGone(id);
        break;
    }
    for (QSocketNotifier *notifier : findChildren<QSocketNotifier *>()) {
        if (notifier->property("ice").value<void *>() == connection) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    IceSetShutdownNegotiation(connection, False);
    IceCloseConnection(connection);
}

XsmpSessionManager::Client *XsmpSessionManager::clientFor(SmsConn connection)
{
    return m_clients.value(connection);
}

void XsmpCallbacks::saveYourselfDone(SmsConn connection, SmPointer data, Bool success)
{
    auto *client = static_cast<XsmpSessionManager::Client *>(data);
    XsmpSessionManager *manager = client->manager;
    Q_EMIT manager->saveYourselfDone(client->id, success);
    if (client->ending) {
        SmsDie(connection);
        IceFlush(SmsGetIceConnection(connection));
    }
}

Status XsmpCallbacks::newClient(SmsConn connection, SmPointer managerData, unsigned long *mask,
                                SmsCallbacks *callbacks, char **)
{
    auto *self = static_cast<XsmpSessionManager *>(managerData);
    auto *client = new XsmpSessionManager::Client;
    client->manager = self;
    client->connection = connection;
    client->ice = SmsGetIceConnection(connection);
    for (QSocketNotifier *notifier : self->findChildren<QSocketNotifier *>()) {
        if (notifier->property("ice").value<void *>() == client->ice)
            client->notifier = notifier;
    }
    self->m_clients.insert(connection, client);

    *mask = 0;
    callbacks->register_client.callback = registerClient;
    callbacks->register_client.manager_data = client;
    callbacks->interact_request.callback = interactRequest;
    callbacks->interact_request.manager_data = client;
    callbacks->interact_done.callback = interactDone;
    callbacks->interact_done.manager_data = client;
    callbacks->save_yourself_request.callback = saveYourselfRequest;
    callbacks->save_yourself_request.manager_data = client;
    callbacks->save_yourself_phase2_request.callback = saveYourselfPhase2Request;
    callbacks->save_yourself_phase2_request.manager_data = client;
    callbacks->save_yourself_done.callback = &XsmpCallbacks::saveYourselfDone;
    callbacks->save_yourself_done.manager_data = client;
    callbacks->close_connection.callback = [](SmsConn, SmPointer, int count, char **reasons) {
        SmFreeReasons(count, reasons);
    };
    callbacks->close_connection.manager_data = client;
    callbacks->set_properties.callback = setProperties;
    callbacks->set_properties.manager_data = client;
    callbacks->delete_properties.callback = deleteProperties;
    callbacks->delete_properties.manager_data = client;
    callbacks->get_properties.callback = getProperties;
    callbacks->get_properties.manager_data = client;
    *mask = SmsRegisterClientProcMask | SmsInteractRequestProcMask | SmsInteractDoneProcMask
        | SmsSaveYourselfRequestProcMask | SmsSaveYourselfP2RequestProcMask | SmsSaveYourselfDoneProcMask
        | SmsCloseConnectionProcMask | SmsSetPropertiesProcMask | SmsDeletePropertiesProcMask
        | SmsGetPropertiesProcMask;
    return 1;
}

QStringList XsmpSessionManager::registeredClients() const
{
    QStringList ids;
    for (const Client *client : m_clients) {
        if (!client->id.isEmpty())
            ids << client->id;
    }
    return ids;
}

void XsmpSessionManager::logout()
{
    for (Client *client : std::as_const(m_clients)) {
        client->ending = true;
        SmsSaveYourself(client->connection, SmSaveBoth, True, SmInteractStyleAny, False);
        IceFlush(client->ice);
    }
}

void XsmpSessionManager::checkpoint()
{
    for (Client *client : std::as_const(m_clients)) {
        SmsSaveYourself(client->connection, SmSaveBoth, False, SmInteractStyleNone, False);
        IceFlush(client->ice);
    }
}

} // namespace fornax::test
