#pragma once

#include "cost/RateCard.h"
#include "cost/UsageRecord.h"
#include "hub/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fornax {

/**
 * Whether a smaller size would have done for what the user ran lately: "Your last 3 sessions on
 * Large peaked at 5.0 GB and 3.0 CPUs: Medium would do, saving 0.62 credits per hour."
 *
 * Only where that is true: the last Sessions ended sessions on the size all have known peaks, and
 * a smaller size (fewer cores or less memory, more of neither) holds the highest of them with
 * headroom — peak memory and peak CPU each at most Headroom of what it offers. The smallest such
 * size is named. Sizes whose cores or memory the hub's text does not give are never advised, and
 * the saving is said only where the rate card prices both sizes.
 */
class SizeAdvice
{
    Q_DECLARE_TR_FUNCTIONS(SizeAdvice)

public:
    static constexpr int Sessions = 3;
    static constexpr double Headroom = 0.8;

    QString fromSize; // slug of the size the sessions ran on
    QString toSize; // slug of the smaller size that would do
    double peakCores = 0;
    qint64 peakMemory = 0; // bytes
    std::optional<double> savingPerHour; // in the rate card's unit
    QString text;

    // records: the ledger (UsageLedger::records()); only sessions of hub and account on size count.
    static std::optional<SizeAdvice> advise(const QList<UsageRecord> &records, const QString &hub,
                                            const QString &account, const QString &size,
                                            const QList<Profile> &profiles, const RateCard &rates);
};

} // namespace fornax
