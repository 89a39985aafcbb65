#pragma once

#include "StorageWalk.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace fornax {

class HubClient;

/**
 * When to measure the home folder, and where the measure goes: the usage ledger (a storage
 * sample, which CreditYear prices) and whoever listens.
 *
 * measureIfDue() walks only when the ledger's last home sample of this hub and account is older
 * than StorageWalk::MinimumInterval (the window calls it while someone looks at a running
 * server); measureNow() walks whatever the ledger says (the usage page's button, the `storage`
 * command). One walk at a time. A walk cut short is recorded as a lower bound; one that could not
 * list the home folder, or was cancelled, records nothing.
 */
class StorageMeter : public QObject
{
    Q_OBJECT

public:
    explicit StorageMeter(HubClient *client, QObject *parent = nullptr);

    // The hub (its address), the account and the running server to measure.
    void setTarget(const QString &hubUrl, const QString &account, const QUrl &serverUrl);
    // The ledger file (tests); empty: UsageLedger's default.
    void setLedgerPath(const QString &path) { m_ledgerPath = path; }
    StorageWalk *walk() { return &m_walk; }

    // Starts a walk when one is due; true when one started.
    bool measureIfDue();
    // Starts a walk now; false when one runs already or there is no server to walk.
    bool measureNow();
    bool isMeasuring() const { return m_walk.isRunning(); }
    std::optional<StorageWalk::Result> last() const { return m_last; }

    // The latest home sample of hubUrl and account in the ledger: bytes, nullopt when none.
    static std::optional<qint64> lastHomeBytes(const QString &hubUrl, const QString &account,
                                               const QString &ledgerPath = {});

Q_SIGNALS:
    void started();
    // Every walk's end; recorded says whether it went into the ledger (and why not in ledgerError).
    void measured(const fornax::StorageWalk::Result &result, bool recorded, const QString &ledgerError);

private:
    void walked(const StorageWalk::Result &result);

    StorageWalk m_walk;
    QString m_hubUrl;
    QString m_account;
    QUrl m_serverUrl;
    QString m_ledgerPath;
    std::optional<StorageWalk::Result> m_last;
};

} // namespace fornax
