#pragma once

#include "account/Account.h"
#include "account/HubEntry.h"
#include "hub/HubError.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QNetworkAccessManager;

namespace fornax {

class HubProbe;
class Settings;

/**
 * The hubs the app knows: Fornax's always first, then those the user added, each with the
 * accounts signed in on it.
 *
 * A hub is only added once HubProbe has confirmed that the address leads to a JupyterHub, and a
 * hub already in the list (same confirmed base, whatever address was typed) is refused with a
 * message saying so. Fornax's entry cannot be removed; its address, which Fornax does not publish
 * (FACTS.md), can be corrected and reset. Everything is kept in Settings and read back from it,
 * so a new HubDirectory on the same Settings sees the same hubs. It never holds a token: when an
 * account goes away (removed, its hub removed, or its hub's base changed) accountRemoved() is
 * emitted so that the owner of CredentialStore can delete the token and revoke it.
 */
class HubDirectory : public QObject
{
    Q_OBJECT

public:
    HubDirectory(Settings *settings, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HubDirectory() override;

    // Fornax first, then the added hubs in the order they were added.
    QList<HubEntry> hubs() const;
    std::optional<HubEntry> hub(const QString &id) const;
    // The entry whose confirmed base is base (the window, the command line and its transfers
    // all look a hub up by the address they reached it at).
    std::optional<HubEntry> confirmedHub(const HubUrl &base) const;
    bool contains(const QString &id) const;

    // The hub shown; Fornax's when none was chosen or the chosen one is gone.
    QString currentHubId() const;
    bool setCurrentHubId(const QString &id);

    // Probes address and adds the hub it leads to: hubAdded() or hubRejected(). An empty
    // displayName is replaced by the hub's host name.
    void addHub(const QString &address, const QString &displayName = {});
    // Forgets an added hub and its settings (false for Fornax and unknown ids).
    bool removeHub(const QString &id);

    // Probes the entry's address and records the base and version found: hubChanged() or
    // hubRejected(). Fornax's entry needs this before its first sign-in.
    void confirmHub(const QString &id);
    // Corrects Fornax's address after probing it: hubChanged() or hubRejected().
    void setFornaxAddress(const QString &address);
    // Back to the address the app ships with; the base will be probed again.
    void resetFornax();

    // Adds or updates (same user name) an account of a confirmed hub; account.hubUrl() must be
    // the hub's confirmed base. The first account of a hub becomes its current one.
    bool addAccount(const QString &hubId, const Account &account);
    bool removeAccount(const QString &hubId, const QString &userName);
    bool setCurrentAccount(const QString &hubId, const QString &userName);
    std::optional<Account> currentAccount(const QString &hubId) const;

    // Whether a probe started by addHub, confirmHub or setFornaxAddress is still running.
    bool isProbing() const { return !m_probes.isEmpty(); }

Q_SIGNALS:
    void hubAdded(const QString &id);
    // error tells what failed when the address is not a usable hub; it is HubError() (no error)
    // when the hub is fine but already in the list. message is the sentence to show either way.
    void hubRejected(const QString &address, const fornax::HubError &error, const QString &message);
    void hubChanged(const QString &id);
    void hubRemoved(const QString &id);
    void currentHubChanged(const QString &id);
    void accountRemoved(const QString &hubId, const fornax::Account &account);

private:
    enum class Purpose { Add, Confirm, CorrectFornax };
    struct Pending
    {
        HubProbe *probe = nullptr;
        Purpose purpose = Purpose::Add;
        QString hubId; // Confirm, CorrectFornax
        QString address;
        QString displayName; // Add
    };

    void startProbe(Pending pending);
    void handleFound(HubProbe *probe, const HubUrl &base, const QString &version);
    void handleFailed(HubProbe *probe, const HubError &error);
    Pending takePending(HubProbe *probe);
    // The id of an entry other than exceptId that is (or may be, if unconfirmed) the hub at base.
    QString entryAt(const HubUrl &base, const QString &exceptId = {}) const;
    QString newIdFor(const HubUrl &base) const;
    void saveAccounts(const QString &hubId, const QList<Account> &accounts);
    // Records a (new) base; accounts of another base are dropped, as their tokens are not for it.
    void setBase(const QString &hubId, const HubUrl &base, const QString &version);
    void dropAccounts(const QString &hubId, const QList<Account> &accounts);

    Settings *m_settings;
    QNetworkAccessManager *m_network;
    QList<Pending> m_probes;
};

} // namespace fornax
