#include "StorageMeter.h"

#include "cost/RateCard.h"
#include "cost/UsageLedger.h"

#include <climits>

namespace fornax {

StorageMeter::StorageMeter(HubClient *client, QObject *parent)
    : QObject(parent)
    , m_walk(client)
{
    connect(&m_walk, &StorageWalk::finished, this, &StorageMeter::walked);
}

void StorageMeter::setTarget(const QString &hubUrl, const QString &account, const QUrl &serverUrl)
{
    m_hubUrl = hubUrl;
    m_account = account;
    m_serverUrl = serverUrl;
}

bool StorageMeter::measureIfDue()
{
    if (m_walk.isRunning() || m_hubUrl.isEmpty() || !m_serverUrl.isValid())
        return false;
    const UsageLedger ledger(m_ledgerPath);
    if (!StorageWalk::isDue(ledger.records(), RateCard::hubKey(m_hubUrl), m_account))
        return false;
    return measureNow();
}

bool StorageMeter::measureNow()
{
    if (m_hubUrl.isEmpty() || !m_serverUrl.isValid() || !m_walk.start(m_serverUrl))
        return false;
    Q_EMIT started();
    return true;
}

std::optional<qint64> StorageMeter::lastHomeBytes(const QString &hubUrl, const QString &account,
                                                  const QString &ledgerPath)
{
    const QString hub = RateCard::hubKey(hubUrl);
    std::optional<UsageRecord> latest;
    for (const UsageRecord &record : UsageLedger(ledgerPath).records()) {
        if (record.kind == UsageRecord::Kind::Storage && record.what == UsageRecord::homeVolume()
            && record.hub == hub && record.account == account && (!latest || latest->time <= record.time))
            latest = record;
    }
    if (!latest)
        return std::nullopt;
    return latest->bytes;
}

void StorageMeter::walked(const StorageWalk::Result &result)
{
    m_last = result;
    if (!result.isValid() || result.cancelled) {
        Q_EMIT measured(result, false, {});
        return;
    }
    UsageLedger ledger(m_ledgerPath);
    const bool recorded =
        ledger.recordStorage(m_hubUrl, m_account, UsageRecord::homeVolume(), result.bytes, result.takenAt,
                             !result.complete, int(std::min<qint64>(result.files, INT_MAX)));
    Q_EMIT measured(result, recorded, recorded ? QString() : ledger.errorString());
}

} // namespace fornax
