#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <memory>

class QSettings;

namespace fornax {

/**
 * The one typed facade over QSettings: every setting the app keeps, its path in the file and its
 * default live in one key table (Settings.cpp), in the manner of KeePassXC's Config.
 *
 * Nobody else touches QSettings or spells a settings path: code asks for a Key, or better, calls
 * the typed getter. Some keys belong to one hub (per-hub keys, stored below "hubs/<hub id>/");
 * those take the hub's id, and Fornax's entry may have its own default (its address, its 15-minute
 * idle cull, its 48-hour limit, no SSH). The file is plain text that the user can read, so NO SECRET MAY EVER
 * BE STORED HERE: tokens, passwords and cookies belong to CredentialStore (the OS keychain) and nowhere else.
 * Every change is written through at once and announced with changed().
 */
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        // Global
        TokenLifetimeDays, // lifetime asked for when the app mints an API token
        CurrentHubId, // the hub the window shows
        ToldAboutClosingToTray, // the "still running in the tray" notice was shown once
        StartAtLogin,
        AddedHubIds, // ids of the hubs the user added, in the order added (Fornax is implicit)
        Language, // language of the app, e.g. "de"; empty = the system's (Translations)
        EgressThresholdBytes, // downloads above this size ask first (EgressPolicy)
        RateCards, // JSON object: hub address (RateCard::hubKey) -> the user's edited RateCard
        LastDownloadFolder, // local folder the remote browser's Download… chose last
        PendingRevocations, // JSON array: tokens still to revoke (ids and keychain names, no secrets)
        InsecureHubsAllowed, // plain-http hub bases the user agreed to use anyway
        ConfirmedRedirects, // "requested base|found base" pairs the user confirmed
        KeepAliveDuringWork, // keep the server from idling out while transfers (jobs) run
        // Desktop notifications, one switch per kind (NotificationCenter); all on by default.
        NotifyServerReady,
        NotifyJobEnded,
        NotifyCullSoon,
        NotifyHardLimitSoon,
        NotifyServerStopped,
        NotifyTransferDone,
        NotifyCreditAlert,
        // Per hub: the credit alerts already sent (CreditYear::Alert::occurrence), so that a
        // threshold is announced once, not at every start of the app.
        HubCreditAlertsSent,
        // Per hub (take a hub id)
        HubName, // display name
        HubAddress, // the address as the user typed it
        HubBase, // the hub base a probe confirmed (HubUrl), empty until then
        HubVersion, // JupyterHub version the hub reported
        HubAccounts, // JSON array of Account (no secrets)
        HubCurrentAccount, // user name of the account in use
        HubLastProfile, // slug of the server size last chosen
        HubProfileCache, // the hub's profile list as JSON, cached for the command line
        HubIdleCullMinutes, // how long the hub lets a server idle; 0 = unknown
        HubMaxServerHours, // the hub stops every server this long after its start; 0 = unknown
        HubSshOffered, // false where the hub has no SSH at all (Fornax): nothing to set up
        HubSshHost, // optional SSH access to the hub's files (SshConfig); empty = none
        HubSshPort,
        HubSshUser,
        HubSshAuth, // "agent", "key" or "password" (the secret itself is in the keychain)
        HubSshKeyPath, // private key file for "key"
    };
    Q_ENUM(Key)

    // The settings file at filePath (tests use a temporary one), else the app's usual settings
    // file in the user's config folder (organisation and application names must be set first).
    explicit Settings(const QString &filePath = {}, QObject *parent = nullptr);
    ~Settings() override;

    // Where the settings live, for the settings dialog and bug reports.
    QString fileName() const;
    static bool isPerHub(Key key);

    // Generic access by key; hubId is required for per-hub keys and ignored for the others.
    QVariant value(Key key, const QString &hubId = {}) const;
    QVariant defaultValue(Key key, const QString &hubId = {}) const;
    bool contains(Key key, const QString &hubId = {}) const;
    void setValue(Key key, const QVariant &value, const QString &hubId = {});
    void reset(Key key, const QString &hubId = {});
    // Forgets every per-hub value of hubId (the hub was removed).
    void removeHub(const QString &hubId);

    int tokenLifetimeDays() const;
    void setTokenLifetimeDays(int days); // clamped to 1..365
    QString currentHubId() const;
    void setCurrentHubId(const QString &hubId);
    bool toldAboutClosingToTray() const;
    void setToldAboutClosingToTray(bool told);
    bool startAtLogin() const;
    void setStartAtLogin(bool start);
    QStringList addedHubIds() const;
    void setAddedHubIds(const QStringList &ids);
    QString language() const; // empty = the system's language
    void setLanguage(const QString &language);

    QString lastProfile(const QString &hubId) const;
    void setLastProfile(const QString &hubId, const QString &slug);
    QByteArray cachedProfiles(const QString &hubId) const;
    void setCachedProfiles(const QString &hubId, const QByteArray &json);
    int idleCullMinutes(const QString &hubId) const; // 0 = unknown
    void setIdleCullMinutes(const QString &hubId, int minutes);
    int maxServerHours(const QString &hubId) const; // 0 = unknown; Fornax: 48
    void setMaxServerHours(const QString &hubId, int hours);
    bool sshOffered(const QString &hubId) const; // false on Fornax
    // Keep the server alive while transfers run (ActivityHolder); on by default.
    bool keepAliveDuringWork() const;
    void setKeepAliveDuringWork(bool keep);
    // Downloads larger than this ask first (EgressPolicy); 100 MB unless the user changed it.
    qint64 egressThreshold() const;
    void setEgressThreshold(qint64 bytes); // at least 0
    // The user's rate card for a hub address (RateCard::hubKey); empty when never edited. Cards
    // are keyed by address rather than hub id, so the command line finds them without a directory.
    QJsonObject rateCard(const QString &hubKey) const;
    void setRateCard(const QString &hubKey, const QJsonObject &card); // empty: forget the edits
    QByteArray pendingRevocations() const;
    void setPendingRevocations(const QByteArray &json);
    bool isInsecureHubAllowed(const QUrl &base) const;
    void allowInsecureHub(const QUrl &base);
    bool isRedirectConfirmed(const QUrl &requested, const QUrl &found) const;
    void confirmRedirect(const QUrl &requested, const QUrl &found);
    QString currentAccount(const QString &hubId) const;
    void setCurrentAccount(const QString &hubId, const QString &userName);

Q_SIGNALS:
    // hubId is empty for global keys.
    void changed(fornax::Settings::Key key, const QString &hubId);

private:
    QString pathOf(Key key, const QString &hubId) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace fornax
