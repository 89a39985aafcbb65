#include "Account.h"

#include "hub/HubUrl.h"

#include <QJsonArray>

namespace fornax {

namespace {

QLatin1String originName(Account::Origin origin)
{
    switch (origin) {
    case Account::Origin::PastedToken:
        return QLatin1String("pasted");
    case Account::Origin::WebSignIn:
        break;
    }
    return QLatin1String("web");
}

} // namespace

Account::Account(const QUrl &hubUrl, const QString &userName)
    : m_userName(userName)
{
    setHubUrl(hubUrl);
}

bool Account::isValid() const
{
    return m_hubUrl.isValid() && !m_hubUrl.host().isEmpty() && !m_userName.isEmpty();
}

void Account::setHubUrl(const QUrl &hubUrl)
{
    // The same normalisation as every other hub base, so that keys and comparisons agree.
    m_hubUrl = hubUrl.isEmpty() ? QUrl() : HubUrl(hubUrl).base();
}

bool Account::isExpired(const QDateTime &now) const
{
    return m_tokenExpiry.isValid() && m_tokenExpiry <= now;
}

QString Account::keychainKey() const
{
    return QStringLiteral("fornax-desktop:%1:%2")
        .arg(QString::fromUtf8(m_hubUrl.toEncoded(QUrl::FullyEncoded)), m_userName);
}

QString Account::serverKeychainKey() const
{
    return QStringLiteral("fornax-desktop-server:%1:%2")
        .arg(QString::fromUtf8(m_hubUrl.toEncoded(QUrl::FullyEncoded)), m_userName);
}

QJsonObject Account::toJson() const
{
    QJsonObject json {
        {QStringLiteral("hub"), QString::fromUtf8(m_hubUrl.toEncoded(QUrl::FullyEncoded))},
        {QStringLiteral("user"), m_userName},
        {QStringLiteral("origin"), originName(m_origin)},
    };
    if (!m_tokenId.isEmpty())
        json.insert(QStringLiteral("tokenId"), m_tokenId);
    if (m_tokenExpiry.isValid())
        json.insert(QStringLiteral("tokenExpiry"), m_tokenExpiry.toUTC().toString(Qt::ISODateWithMs));
    if (!m_serverTokenId.isEmpty())
        json.insert(QStringLiteral("serverTokenId"), m_serverTokenId);
    if (m_serverTokenExpiry.isValid())
        json.insert(QStringLiteral("serverTokenExpiry"),
                    m_serverTokenExpiry.toUTC().toString(Qt::ISODateWithMs));
    if (!m_refusedScopes.isEmpty())
        json.insert(QStringLiteral("refusedScopes"), QJsonArray::fromStringList(m_refusedScopes));
    if (m_unscoped)
        json.insert(QStringLiteral("unscoped"), true);
    return json;
}

Account Account::fromJson(const QJsonObject &json)
{
    const QUrl hub(json.value(QLatin1String("hub")).toString(), QUrl::StrictMode);
    const QString user = json.value(QLatin1String("user")).toString();
    if (!hub.isValid() || hub.host().isEmpty() || user.isEmpty())
        return {};
    Account account(hub, user);
    account.setTokenId(json.value(QLatin1String("tokenId")).toString());
    const QString expiry = json.value(QLatin1String("tokenExpiry")).toString();
    if (!expiry.isEmpty())
        account.setTokenExpiry(QDateTime::fromString(expiry, Qt::ISODateWithMs));
    if (json.value(QLatin1String("origin")).toString() == originName(Origin::PastedToken))
        account.setOrigin(Origin::PastedToken);
    account.setServerTokenId(json.value(QLatin1String("serverTokenId")).toString());
    const QString serverExpiry = json.value(QLatin1String("serverTokenExpiry")).toString();
    if (!serverExpiry.isEmpty())
        account.setServerTokenExpiry(QDateTime::fromString(serverExpiry, Qt::ISODateWithMs));
    for (const QJsonValue scope : json.value(QLatin1String("refusedScopes")).toArray())
        account.m_refusedScopes << scope.toString();
    account.setUnscoped(json.value(QLatin1String("unscoped")).toBool());
    return account;
}

} // namespace fornax
