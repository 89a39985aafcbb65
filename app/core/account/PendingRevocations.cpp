#include "PendingRevocations.h"

#include "CredentialStore.h"
#include "Logging.h"
#include "Settings.h"
#include "hub/HubCall.h"
#include "hub/HubClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fornax {

namespace {

QJsonObject toJson(const PendingRevocations::Entry &entry)
{
    QJsonObject json {
        {QStringLiteral("hub"), QString::fromUtf8(entry.hub.toEncoded())},
        {QStringLiteral("user"), entry.user},
        {QStringLiteral("tokenIds"), QJsonArray::fromStringList(entry.tokenIds)},
        {QStringLiteral("credentialKey"), entry.credentialKey},
    };
    if (entry.expiry.isValid())
        json.insert(QStringLiteral("expiry"), entry.expiry.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

PendingRevocations::Entry fromJson(const QJsonObject &json)
{
    PendingRevocations::Entry entry;
    entry.hub = QUrl(json.value(QLatin1String("hub")).toString());
    entry.user = json.value(QLatin1String("user")).toString();
    for (const QJsonValue id : json.value(QLatin1String("tokenIds")).toArray())
        entry.tokenIds << id.toString();
    entry.credentialKey = json.value(QLatin1String("credentialKey")).toString();
    entry.expiry = QDateTime::fromString(json.value(QLatin1String("expiry")).toString(), Qt::ISODateWithMs);
    return entry;
}

} // namespace

PendingRevocations::PendingRevocations(Settings *settings, CredentialStore *credentials,
                                       QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_network(network)
{ }

QString PendingRevocations::credentialKey(const Account &account)
{
    return QStringLiteral("fornax-desktop-revoke:%1:%2:%3")
        .arg(QString::fromUtf8(account.hubUrl().toEncoded()), account.userName(), account.tokenId());
}

QList<PendingRevocations::Entry> PendingRevocations::entries() const
{
    QList<Entry> list;
    for (const QJsonValue value : QJsonDocument::fromJson(m_settings->pendingRevocations()).array()) {
        const Entry entry = fromJson(value.toObject());
        if (entry.hub.isValid() && !entry.user.isEmpty() && !entry.credentialKey.isEmpty())
            list << entry;
    }
    return list;
}

void PendingRevocations::save(const QList<Entry> &entries)
{
    QJsonArray array;
    for (const Entry &entry : entries)
        array.append(toJson(entry));
    m_settings->setPendingRevocations(array.isEmpty() ? QByteArray()
                                                      : QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void PendingRevocations::add(const Account &account, const QByteArray &credential,
                             const QStringList &tokenIds, const QDateTime &expiry)
{
    Entry entry {account.hubUrl(), account.userName(), tokenIds, credentialKey(account), expiry.toUTC()};
    QList<Entry> list = entries();
    list.removeIf([&entry](const Entry &other) {
        return other.credentialKey == entry.credentialKey;
    });
    list << entry;
    save(list);
    auto *context = new QObject(this);
    const auto answered = [this, context, key = entry.credentialKey](const QString &written, bool stored) {
        if (written != key)
            return;
        delete context;
        Q_EMIT this->written(stored);
    };
    connect(m_credentials, &CredentialStore::tokenWritten, context, [answered](const QString &key) {
        answered(key, true);
    });
    connect(m_credentials, &CredentialStore::storeFailed, context,
            [answered](const QString &key, const QString &) {
                answered(key, false);
            });
    m_credentials->writeSecret(entry.credentialKey, credential);
    qCInfo(lcAccount) << "revocation of" << tokenIds << "for" << account.userName()
                      << "pending until it works";
}

void PendingRevocations::retryAll()
{
    // From the event loop, as every outcome: never from inside this call.
    QMetaObject::invokeMethod(
        this,
        [this] {
            const QList<Entry> list = entries();
            m_revoked = 0;
            m_running = int(list.size());
            if (list.isEmpty()) {
                Q_EMIT retried(0, 0);
                return;
            }
            for (const Entry &entry : list)
                retry(entry);
        },
        Qt::QueuedConnection);
}

void PendingRevocations::retry(const Entry &entry)
{
    if (entry.expiry.isValid() && entry.expiry <= QDateTime::currentDateTimeUtc()) {
        qCInfo(lcAccount) << "pending revocation for" << entry.user << "expired; forgotten";
        settle(entry, true);
        return;
    }
    auto *context = new QObject(this);
    connect(m_credentials, &CredentialStore::tokenRead, context,
            [this, context, entry](const QString &key, const QByteArray &credential) {
                if (key != entry.credentialKey)
                    return;
                delete context;
                revokeNext(entry, credential, entry.tokenIds);
            });
    connect(m_credentials, &CredentialStore::tokenMissing, context,
            [this, context, entry](const QString &key) {
                if (key != entry.credentialKey)
                    return;
                delete context;
                qCWarning(lcAccount) << "pending revocation for" << entry.user
                                     << "has no credential left; forgotten";
                settle(entry, true);
            });
    connect(m_credentials, &CredentialStore::storeFailed, context,
            [this, context, entry](const QString &key, const QString &) {
                if (key != entry.credentialKey)
                    return;
                delete context;
                settle(entry, false); // the keychain may work next time
            });
    m_credentials->readSecret(entry.credentialKey);
}

void PendingRevocations::revokeNext(const Entry &entry, const QByteArray &credential, QStringList ids)
{
    if (ids.isEmpty()) {
        qCInfo(lcAccount) << "pending revocation for" << entry.user << "done";
        ++m_revoked;
        settle(entry, true);
        return;
    }
    const QString id = ids.takeFirst();
    auto *client = new HubClient(HubUrl(entry.hub), m_network, this);
    HubCall *call = client->revokeToken(entry.user, id, credential);
    connect(call, &HubCall::finished, this, [this, call, client, entry, credential, ids] {
        client->deleteLater();
        const HubError error = call->error();
        using K = HubError::Kind;
        if (!error.isError() || error.kind() == K::NotFound) {
            revokeNext(entry, credential, ids);
            return;
        }
        if (error.isTransient() || error.kind() == K::Tls || error.kind() == K::HostNotFound) {
            qCInfo(lcAccount) << "pending revocation for" << entry.user
                              << "failed again:" << error.kindName();
            settle(entry, false);
            return;
        }
        // 403: the credential itself is gone (expired or revoked elsewhere) or may not revoke;
        // trying again cannot help.
        qCWarning(lcAccount) << "pending revocation for" << entry.user << "given up:" << error.kindName();
        settle(entry, true);
    });
}

void PendingRevocations::settle(const Entry &entry, bool done)
{
    if (done) {
        QList<Entry> list = entries();
        list.removeIf([&entry](const Entry &other) {
            return other.credentialKey == entry.credentialKey;
        });
        save(list);
        m_credentials->deleteSecret(entry.credentialKey);
    }
    if (--m_running == 0)
        Q_EMIT retried(m_revoked, int(entries().size()));
}

} // namespace fornax
