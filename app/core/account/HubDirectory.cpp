#include "HubDirectory.h"

#include "Defaults.h"
#include "Logging.h"
#include "Settings.h"
#include "hub/HubProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fornax {

namespace {

QList<Account> parseAccounts(const QString &json)
{
    QList<Account> accounts;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue value : array) {
        const Account account = Account::fromJson(value.toObject());
        if (account.isValid())
            accounts << account;
    }
    return accounts;
}

QString hostLabel(const QUrl &url)
{
    QString label = url.host();
    if (url.port() > 0)
        label += QLatin1Char(':') + QString::number(url.port());
    if (url.path().size() > 1)
        label += url.path().chopped(1);
    return label;
}

} // namespace

HubDirectory::HubDirectory(Settings *settings, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(network)
{ }

HubDirectory::~HubDirectory()
{
    for (const Pending &pending : std::as_const(m_probes))
        pending.probe->abort();
}

QList<HubEntry> HubDirectory::hubs() const
{
    QList<HubEntry> entries;
    QStringList ids {HubEntry::fornaxId()};
    ids << m_settings->addedHubIds();
    for (const QString &id : std::as_const(ids)) {
        if (auto entry = hub(id))
            entries << *entry;
    }
    return entries;
}

bool HubDirectory::contains(const QString &id) const
{
    return id == HubEntry::fornaxId() || m_settings->addedHubIds().contains(id);
}

std::optional<HubEntry> HubDirectory::confirmedHub(const HubUrl &base) const
{
    for (const HubEntry &entry : hubs()) {
        if (entry.isConfirmed() && entry.confirmedBase == base)
            return entry;
    }
    return std::nullopt;
}

std::optional<HubEntry> HubDirectory::hub(const QString &id) const
{
    if (!contains(id))
        return std::nullopt;
    using K = Settings::Key;
    HubEntry entry;
    entry.id = id;
    entry.displayName = m_settings->value(K::HubName, id).toString();
    entry.address = m_settings->value(K::HubAddress, id).toString();
    const QUrl base(m_settings->value(K::HubBase, id).toString());
    if (base.isValid() && !base.isEmpty())
        entry.confirmedBase = HubUrl(base);
    entry.version = m_settings->value(K::HubVersion, id).toString();
    entry.accounts = parseAccounts(m_settings->value(K::HubAccounts, id).toString());
    entry.currentAccount = m_settings->currentAccount(id);
    if (!entry.account(entry.currentAccount))
        entry.currentAccount.clear();
    return entry;
}

QString HubDirectory::currentHubId() const
{
    const QString id = m_settings->currentHubId();
    return contains(id) ? id : HubEntry::fornaxId();
}

bool HubDirectory::setCurrentHubId(const QString &id)
{
    if (!contains(id))
        return false;
    if (id == currentHubId())
        return true;
    m_settings->setCurrentHubId(id);
    Q_EMIT currentHubChanged(id);
    return true;
}

void HubDirectory::addHub(const QString &address, const QString &displayName)
{
    startProbe({nullptr, Purpose::Add, {}, address.trimmed(), displayName.trimmed()});
}

void HubDirectory::confirmHub(const QString &id)
{
    const auto entry = hub(id);
    if (!entry) {
        qCWarning(lcAccount) << "confirmHub: no hub" << id;
        return;
    }
    startProbe({nullptr, Purpose::Confirm, id, entry->address, {}});
}

void HubDirectory::setFornaxAddress(const QString &address)
{
    startProbe({nullptr, Purpose::CorrectFornax, HubEntry::fornaxId(), address.trimmed(), {}});
}

void HubDirectory::resetFornax()
{
    const QString id = HubEntry::fornaxId();
    const auto entry = hub(id);
    const QString shipped = m_settings->defaultValue(Settings::Key::HubAddress, id).toString();
    if (entry->address == shipped)
        return;
    qCInfo(lcAccount) << "Fornax's address reset to" << shipped;
    m_settings->reset(Settings::Key::HubAddress, id);
    m_settings->reset(Settings::Key::HubBase, id);
    m_settings->reset(Settings::Key::HubVersion, id);
    dropAccounts(id, entry->accounts);
    Q_EMIT hubChanged(id);
}

bool HubDirectory::removeHub(const QString &id)
{
    if (id == HubEntry::fornaxId() || !contains(id))
        return false;
    const auto entry = hub(id);
    QStringList ids = m_settings->addedHubIds();
    ids.removeAll(id);
    m_settings->setAddedHubIds(ids);
    m_settings->removeHub(id);
    qCInfo(lcAccount) << "hub removed:" << id;
    for (const Account &account : std::as_const(entry->accounts))
        Q_EMIT accountRemoved(id, account);
    Q_EMIT hubRemoved(id);
    if (m_settings->currentHubId() == id) {
        m_settings->reset(Settings::Key::CurrentHubId);
        Q_EMIT currentHubChanged(currentHubId());
    }
    return true;
}

bool HubDirectory::addAccount(const QString &hubId, const Account &account)
{
    const auto entry = hub(hubId);
    if (!entry || !account.isValid())
        return false;
    // A token is only ever sent to the hub it was made by: an account must belong to the base.
    if (!entry->isConfirmed() || HubUrl(account.hubUrl()) != entry->confirmedBase) {
        qCWarning(lcAccount) << "account of" << account.hubUrl().toDisplayString() << "does not belong to hub"
                             << hubId;
        return false;
    }
    QList<Account> accounts = entry->accounts;
    const auto same = std::find_if(accounts.begin(), accounts.end(), [&account](const Account &a) {
        return a.userName() == account.userName();
    });
    if (same != accounts.end())
        *same = account;
    else
        accounts << account;
    saveAccounts(hubId, accounts);
    if (entry->currentAccount.isEmpty())
        m_settings->setCurrentAccount(hubId, account.userName());
    qCInfo(lcAccount) << "account" << account.userName() << "kept for hub" << hubId;
    Q_EMIT hubChanged(hubId);
    return true;
}

bool HubDirectory::removeAccount(const QString &hubId, const QString &userName)
{
    const auto entry = hub(hubId);
    if (!entry)
        return false;
    const auto removed = entry->account(userName);
    if (!removed)
        return false;
    QList<Account> accounts = entry->accounts;
    accounts.removeIf([&userName](const Account &a) {
        return a.userName() == userName;
    });
    saveAccounts(hubId, accounts);
    if (entry->currentAccount == userName)
        m_settings->setCurrentAccount(hubId, accounts.isEmpty() ? QString() : accounts.first().userName());
    Q_EMIT accountRemoved(hubId, *removed);
    Q_EMIT hubChanged(hubId);
    return true;
}

bool HubDirectory::setCurrentAccount(const QString &hubId, const QString &userName)
{
    const auto entry = hub(hubId);
    if (!entry || !entry->account(userName))
        return false;
    if (entry->currentAccount != userName) {
        m_settings->setCurrentAccount(hubId, userName);
        Q_EMIT hubChanged(hubId);
    }
    return true;
}

std::optional<Account> HubDirectory::currentAccount(const QString &hubId) const
{
    const auto entry = hub(hubId);
    return entry ? entry->account(entry->currentAccount) : std::nullopt;
}

void HubDirectory::startProbe(Pending pending)
{
    pending.probe = new HubProbe(m_network, this);
    connect(pending.probe, &HubProbe::hubFound, this,
            [this, probe = pending.probe](const HubUrl &base, const QString &version) {
                handleFound(probe, base, version);
            });
    connect(pending.probe, &HubProbe::probeFailed, this,
            [this, probe = pending.probe](const HubError &error) {
                handleFailed(probe, error);
            });
    m_probes << pending;
    // probe() may report at once (an address that is not a URL), so it is the last thing here.
    pending.probe->probe(pending.address);
}

HubDirectory::Pending HubDirectory::takePending(HubProbe *probe)
{
    for (qsizetype i = 0; i < m_probes.size(); ++i) {
        if (m_probes.at(i).probe == probe) {
            probe->deleteLater();
            return m_probes.takeAt(i);
        }
    }
    return {};
}

void HubDirectory::handleFailed(HubProbe *probe, const HubError &error)
{
    const Pending pending = takePending(probe);
    qCInfo(lcAccount) << "no usable hub at" << pending.address << error.kindName();
    Q_EMIT hubRejected(pending.address, error, error.message());
}

void HubDirectory::handleFound(HubProbe *probe, const HubUrl &base, const QString &version)
{
    const Pending pending = takePending(probe);
    const QString existing = entryAt(base, pending.hubId);
    if (!existing.isEmpty()) {
        const QString name = hub(existing)->displayName;
        const QString message = existing == HubEntry::fornaxId() && pending.purpose == Purpose::Add
            ? tr("This is the hub of %1, which is already in your list. If its address there is "
                 "wrong, correct it in the settings instead of adding it again.")
                  .arg(name)
            : tr("The hub at %1 is already in your list as “%2”. Choose it there instead of "
                 "adding it again.")
                  .arg(base.toDisplayString(), name);
        qCInfo(lcAccount) << "hub at" << base.toDisplayString() << "already listed as" << existing;
        Q_EMIT hubRejected(pending.address, HubError(), message);
        return;
    }

    using K = Settings::Key;
    switch (pending.purpose) {
    case Purpose::Add: {
        const QString id = newIdFor(base);
        m_settings->removeHub(id); // leftovers of an add that did not finish
        m_settings->setValue(
            K::HubName, pending.displayName.isEmpty() ? hostLabel(base.base()) : pending.displayName, id);
        m_settings->setValue(K::HubAddress, pending.address, id);
        setBase(id, base, version);
        m_settings->setAddedHubIds(m_settings->addedHubIds() << id);
        qCInfo(lcAccount) << "hub added:" << id << base.toDisplayString() << "JupyterHub" << version;
        Q_EMIT hubAdded(id);
        return;
    }
    case Purpose::CorrectFornax:
        m_settings->setValue(K::HubAddress, pending.address, pending.hubId);
        [[fallthrough]];
    case Purpose::Confirm:
        if (!contains(pending.hubId))
            return; // removed while the probe ran
        setBase(pending.hubId, base, version);
        Q_EMIT hubChanged(pending.hubId);
        return;
    }
}

void HubDirectory::setBase(const QString &hubId, const HubUrl &base, const QString &version)
{
    using K = Settings::Key;
    const auto entry = hub(hubId);
    m_settings->setValue(K::HubBase, QString::fromUtf8(base.base().toEncoded()), hubId);
    m_settings->setValue(K::HubVersion, version, hubId);
    if (!entry)
        return;
    QList<Account> stale;
    for (const Account &account : std::as_const(entry->accounts)) {
        if (HubUrl(account.hubUrl()) != base)
            stale << account;
    }
    dropAccounts(hubId, stale);
}

void HubDirectory::dropAccounts(const QString &hubId, const QList<Account> &accounts)
{
    if (accounts.isEmpty())
        return;
    const auto entry = hub(hubId);
    QList<Account> kept = entry ? entry->accounts : QList<Account>();
    kept.removeIf([&accounts](const Account &a) {
        return accounts.contains(a);
    });
    saveAccounts(hubId, kept);
    if (!entry || !kept.contains(entry->account(entry->currentAccount).value_or(Account())))
        m_settings->setCurrentAccount(hubId, kept.isEmpty() ? QString() : kept.first().userName());
    for (const Account &account : accounts)
        Q_EMIT accountRemoved(hubId, account);
}

void HubDirectory::saveAccounts(const QString &hubId, const QList<Account> &accounts)
{
    QJsonArray array;
    for (const Account &account : accounts)
        array.append(account.toJson());
    m_settings->setValue(Settings::Key::HubAccounts,
                         accounts.isEmpty()
                             ? QString()
                             : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)),
                         hubId);
}

QString HubDirectory::entryAt(const HubUrl &base, const QString &exceptId) const
{
    for (const HubEntry &entry : hubs()) {
        if (entry.id == exceptId)
            continue;
        if (entry.isConfirmed() ? entry.confirmedBase == base
                                : HubUrl::candidateBases(entry.address).contains(base.base()))
            return entry.id;
    }
    return {};
}

QString HubDirectory::newIdFor(const HubUrl &base) const
{
    // Readable in the settings file ("hub-example-org", "127-0-0-1-8000") and safe in its paths.
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    QString stem = hostLabel(base.base()).toLower().replace(unsafe, QStringLiteral("-"));
    while (stem.startsWith(QLatin1Char('-')))
        stem.remove(0, 1);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    if (stem.isEmpty())
        stem = QStringLiteral("hub");
    QString id = stem;
    for (int n = 2; contains(id); ++n)
        id = stem + QLatin1Char('-') + QString::number(n);
    return id;
}

} // namespace fornax
