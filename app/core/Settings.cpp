#include "Settings.h"

#include "Defaults.h"
#include "Logging.h"
#include "account/HubEntry.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <array>
#include <utility>

namespace fornax {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char *path; // per-hub paths hold %1 for the hub id
    QVariant defaultValue;
    QVariant fornaxDefault; // per-hub keys only: Fornax's own default, when it has one
};

// The key table: the only place a settings path or default is written down.
const std::array<KeyInfo, 37> &keyTable()
{
    using K = Settings::Key;
    static const std::array<KeyInfo, 37> table {{
        {K::TokenLifetimeDays, "account/tokenLifetimeDays", 30, {}},
        {K::CurrentHubId, "app/currentHub", QString(), {}},
        {K::ToldAboutClosingToTray, "window/toldAboutClosingToTray", false, {}},
        {K::StartAtLogin, "system/startAtLogin", false, {}},
        {K::AddedHubIds, "app/addedHubs", QStringList(), {}},
        {K::Language, "app/language", QString(), {}},
        {K::EgressThresholdBytes, "cost/egressThresholdBytes", qint64(100'000'000), {}},
        {K::RateCards, "cost/rateCards", QString(), {}},
        {K::LastDownloadFolder, "transfer/lastDownloadFolder", QString(), {}},
        {K::PendingRevocations, "account/pendingRevocations", QString(), {}},
        {K::InsecureHubsAllowed, "security/insecureHubsAllowed", QStringList(), {}},
        {K::ConfirmedRedirects, "security/confirmedRedirects", QStringList(), {}},
        {K::KeepAliveDuringWork, "server/keepAliveDuringWork", true, {}},
        {K::NotifyServerReady, "notifications/serverReady", true, {}},
        {K::NotifyJobEnded, "notifications/jobEnded", true, {}},
        {K::NotifyCullSoon, "notifications/cullSoon", true, {}},
        {K::NotifyHardLimitSoon, "notifications/hardLimitSoon", true, {}},
        {K::NotifyServerStopped, "notifications/serverStopped", true, {}},
        {K::NotifyTransferDone, "notifications/transferDone", true, {}},
        {K::NotifyCreditAlert, "notifications/creditAlert", true, {}},
        {K::HubCreditAlertsSent, "hubs/%1/creditAlertsSent", QStringList(), {}},
        {K::HubName, "hubs/%1/name", QString(), QString::fromUtf8(defaults::FornaxHubName)},
        {K::HubAddress, "hubs/%1/address", QString(), QString::fromUtf8(defaults::FornaxConsoleUrl)},
        {K::HubBase, "hubs/%1/base", QString(), {}},
        {K::HubVersion, "hubs/%1/version", QString(), {}},
        {K::HubAccounts, "hubs/%1/accounts", QString(), {}},
        {K::HubCurrentAccount, "hubs/%1/currentAccount", QString(), {}},
        {K::HubLastProfile, "hubs/%1/lastProfile", QString(), {}},
        {K::HubProfileCache, "hubs/%1/profileCache", QString(), {}},
        // Fornax culls idle servers after about 15 minutes (FACTS.md); other hubs do not say.
        {K::HubIdleCullMinutes, "hubs/%1/idleCullMinutes", 0, 15},
        // Fornax stops every server 48 hours after its start (FACTS.md); other hubs do not say.
        {K::HubMaxServerHours, "hubs/%1/maxServerHours", 0, 48},
        // Fornax has SSH switched off, only ports 80 and 443 are open (FACTS.md).
        {K::HubSshOffered, "hubs/%1/ssh/offered", true, false},
        {K::HubSshHost, "hubs/%1/ssh/host", QString(), {}},
        {K::HubSshPort, "hubs/%1/ssh/port", 22, {}},
        {K::HubSshUser, "hubs/%1/ssh/user", QString(), {}},
        {K::HubSshAuth, "hubs/%1/ssh/auth", QStringLiteral("agent"), {}},
        {K::HubSshKeyPath, "hubs/%1/ssh/keyPath", QString(), {}},
    }};
    return table;
}

const KeyInfo &infoOf(Settings::Key key)
{
    const auto &table = keyTable();
    const auto it = std::find_if(table.begin(), table.end(), [key](const KeyInfo &info) {
        return info.key == key;
    });
    Q_ASSERT(it != table.end());
    return *it;
}

// Values come back from the INI file as strings, so compare them the way they are stored.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QStringList || b.typeId() == QMetaType::QStringList)
        return a.toStringList() == b.toStringList();
    return a.toString() == b.toString();
}

bool isValidHubId(const QString &hubId)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return pattern.match(hubId).hasMatch();
}

} // namespace

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(filePath.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
    // On the first run the folder does not exist yet; make it, then open the file afresh.
    const QString folder = QFileInfo(m_settings->fileName()).absolutePath();
    if (!QFileInfo::exists(folder)) {
        QDir().mkpath(folder);
        m_settings = filePath.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(filePath, QSettings::IniFormat);
    }
    qCDebug(lcApp) << "settings in" << m_settings->fileName();
}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

bool Settings::isPerHub(Key key)
{
    return QLatin1String(infoOf(key).path).contains(QLatin1String("%1"));
}

QString Settings::pathOf(Key key, const QString &hubId) const
{
    QString path = QString::fromLatin1(infoOf(key).path);
    if (!isPerHub(key))
        return path;
    // Ids come from HubDirectory; a malformed one would write outside the hub's group.
    if (!isValidHubId(hubId)) {
        qCWarning(lcApp) << "settings: invalid hub id" << hubId << "for" << key;
        return {};
    }
    return path.arg(hubId);
}

QVariant Settings::defaultValue(Key key, const QString &hubId) const
{
    const KeyInfo &info = infoOf(key);
    if (isPerHub(key) && hubId == HubEntry::fornaxId() && info.fornaxDefault.isValid())
        return info.fornaxDefault;
    return info.defaultValue;
}

bool Settings::contains(Key key, const QString &hubId) const
{
    const QString path = pathOf(key, hubId);
    return !path.isEmpty() && m_settings->contains(path);
}

QVariant Settings::value(Key key, const QString &hubId) const
{
    const QString path = pathOf(key, hubId);
    if (path.isEmpty() || !m_settings->contains(path))
        return defaultValue(key, hubId);
    return m_settings->value(path);
}

void Settings::setValue(Key key, const QVariant &value, const QString &hubId)
{
    const QString path = pathOf(key, hubId);
    if (path.isEmpty())
        return;
    const bool changedValue = !sameValue(this->value(key, hubId), value);
    // A value equal to the default is not written, so that a later release can improve defaults.
    if (sameValue(value, defaultValue(key, hubId)))
        m_settings->remove(path);
    else
        m_settings->setValue(path, value);
    m_settings->sync();
    // status() is no guide: Qt reports AccessError for the read-only system-wide fallbacks
    // (/etc/xdg) even when the user's own file was written.
    if (!m_settings->isWritable())
        qCWarning(lcApp) << "settings could not be written to" << m_settings->fileName();
    if (changedValue)
        Q_EMIT changed(key, isPerHub(key) ? hubId : QString());
}

void Settings::reset(Key key, const QString &hubId)
{
    setValue(key, defaultValue(key, hubId), hubId);
}

void Settings::removeHub(const QString &hubId)
{
    if (!isValidHubId(hubId))
        return;
    QList<Key> present;
    for (const KeyInfo &info : keyTable()) {
        if (isPerHub(info.key) && contains(info.key, hubId))
            present << info.key;
    }
    m_settings->remove(QStringLiteral("hubs/") + hubId);
    m_settings->sync();
    for (Key key : std::as_const(present))
        Q_EMIT changed(key, hubId);
}

int Settings::tokenLifetimeDays() const
{
    return std::clamp(value(Key::TokenLifetimeDays).toInt(), 1, 365);
}

void Settings::setTokenLifetimeDays(int days)
{
    setValue(Key::TokenLifetimeDays, std::clamp(days, 1, 365));
}

QString Settings::currentHubId() const
{
    return value(Key::CurrentHubId).toString();
}

void Settings::setCurrentHubId(const QString &hubId)
{
    setValue(Key::CurrentHubId, hubId);
}

bool Settings::toldAboutClosingToTray() const
{
    return value(Key::ToldAboutClosingToTray).toBool();
}

void Settings::setToldAboutClosingToTray(bool told)
{
    setValue(Key::ToldAboutClosingToTray, told);
}

bool Settings::startAtLogin() const
{
    return value(Key::StartAtLogin).toBool();
}

void Settings::setStartAtLogin(bool start)
{
    setValue(Key::StartAtLogin, start);
}

QStringList Settings::addedHubIds() const
{
    return value(Key::AddedHubIds).toStringList();
}

void Settings::setAddedHubIds(const QStringList &ids)
{
    setValue(Key::AddedHubIds, ids);
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

QString Settings::lastProfile(const QString &hubId) const
{
    return value(Key::HubLastProfile, hubId).toString();
}

void Settings::setLastProfile(const QString &hubId, const QString &slug)
{
    setValue(Key::HubLastProfile, slug, hubId);
}

QByteArray Settings::cachedProfiles(const QString &hubId) const
{
    return value(Key::HubProfileCache, hubId).toString().toUtf8();
}

void Settings::setCachedProfiles(const QString &hubId, const QByteArray &json)
{
    // Kept as text so the file stays readable (QSettings would store bytes as @ByteArray()).
    setValue(Key::HubProfileCache, QString::fromUtf8(json), hubId);
}

int Settings::idleCullMinutes(const QString &hubId) const
{
    return std::max(0, value(Key::HubIdleCullMinutes, hubId).toInt());
}

void Settings::setIdleCullMinutes(const QString &hubId, int minutes)
{
    setValue(Key::HubIdleCullMinutes, std::max(0, minutes), hubId);
}

int Settings::maxServerHours(const QString &hubId) const
{
    return std::max(0, value(Key::HubMaxServerHours, hubId).toInt());
}

void Settings::setMaxServerHours(const QString &hubId, int hours)
{
    setValue(Key::HubMaxServerHours, std::max(0, hours), hubId);
}

bool Settings::sshOffered(const QString &hubId) const
{
    return value(Key::HubSshOffered, hubId).toBool();
}

bool Settings::keepAliveDuringWork() const
{
    return value(Key::KeepAliveDuringWork).toBool();
}

void Settings::setKeepAliveDuringWork(bool keep)
{
    setValue(Key::KeepAliveDuringWork, keep);
}

qint64 Settings::egressThreshold() const
{
    bool ok = false;
    const qint64 bytes = value(Key::EgressThresholdBytes).toLongLong(&ok);
    return ok ? std::max<qint64>(0, bytes) : defaultValue(Key::EgressThresholdBytes).toLongLong();
}

void Settings::setEgressThreshold(qint64 bytes)
{
    setValue(Key::EgressThresholdBytes, std::max<qint64>(0, bytes));
}

QJsonObject Settings::rateCard(const QString &hubKey) const
{
    const QJsonObject cards = QJsonDocument::fromJson(value(Key::RateCards).toString().toUtf8()).object();
    return cards.value(hubKey).toObject();
}

void Settings::setRateCard(const QString &hubKey, const QJsonObject &card)
{
    QJsonObject cards = QJsonDocument::fromJson(value(Key::RateCards).toString().toUtf8()).object();
    if (card.isEmpty())
        cards.remove(hubKey);
    else
        cards.insert(hubKey, card);
    // Kept as one line of JSON text so the file stays readable.
    setValue(Key::RateCards,
             cards.isEmpty() ? QString()
                             : QString::fromUtf8(QJsonDocument(cards).toJson(QJsonDocument::Compact)));
}

QByteArray Settings::pendingRevocations() const
{
    return value(Key::PendingRevocations).toString().toUtf8();
}

void Settings::setPendingRevocations(const QByteArray &json)
{
    setValue(Key::PendingRevocations, QString::fromUtf8(json));
}

bool Settings::isInsecureHubAllowed(const QUrl &base) const
{
    return value(Key::InsecureHubsAllowed).toStringList().contains(base.toString());
}

void Settings::allowInsecureHub(const QUrl &base)
{
    QStringList bases = value(Key::InsecureHubsAllowed).toStringList();
    if (!bases.contains(base.toString()))
        setValue(Key::InsecureHubsAllowed, bases << base.toString());
}

bool Settings::isRedirectConfirmed(const QUrl &requested, const QUrl &found) const
{
    return value(Key::ConfirmedRedirects)
        .toStringList()
        .contains(requested.toString() + QLatin1Char('|') + found.toString());
}

void Settings::confirmRedirect(const QUrl &requested, const QUrl &found)
{
    QStringList pairs = value(Key::ConfirmedRedirects).toStringList();
    const QString pair = requested.toString() + QLatin1Char('|') + found.toString();
    if (!pairs.contains(pair))
        setValue(Key::ConfirmedRedirects, pairs << pair);
}

QString Settings::currentAccount(const QString &hubId) const
{
    return value(Key::HubCurrentAccount, hubId).toString();
}

void Settings::setCurrentAccount(const QString &hubId, const QString &userName)
{
    setValue(Key::HubCurrentAccount, userName, hubId);
}

} // namespace fornax
