#pragma once

#include "account/Account.h"
#include "hub/HubUrl.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace fornax {

/**
 * One hub the app knows: Fornax's, or one the user added, as HubDirectory lists it.
 *
 * The address is kept as the user typed it (it is what they recognise and may correct); the
 * confirmed base is what a probe found behind it and what every URL is built from. An entry holds
 * the accounts signed in on it, never a token.
 */
struct HubEntry
{
    // Fornax's entry always exists, always comes first and has this id.
    static QString fornaxId() { return QStringLiteral("fornax"); }

    QString id; // stable for the entry's life; safe in settings paths
    QString displayName;
    QString address; // as typed
    HubUrl confirmedBase; // invalid until a probe confirmed it
    QString version; // JupyterHub's version, from the probe
    QList<Account> accounts;
    QString currentAccount; // user name, empty when nobody is signed in

    bool isValid() const { return !id.isEmpty(); }
    bool isFornax() const { return id == fornaxId(); }
    bool isConfirmed() const { return confirmedBase.isValid(); }

    std::optional<Account> account(const QString &userName) const
    {
        for (const Account &candidate : accounts) {
            if (candidate.userName() == userName)
                return candidate;
        }
        return std::nullopt;
    }
};

} // namespace fornax

Q_DECLARE_METATYPE(fornax::HubEntry)
