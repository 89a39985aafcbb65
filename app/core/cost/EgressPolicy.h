#pragma once

#include "cost/EgressDecision.h"
#include "cost/RateCard.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fornax {

class Settings;
class UsageLedger;

/**
 * Decides, before a byte moves, whether a download may go: silently below the threshold (100 MB
 * unless the user changed it), after asking above it or when the size is unknown, and not at all
 * when its estimated cost would go over what is left of the hub's monthly budget (the user raises
 * the budget in settings to go on). Every download goes through it: the app's own (the archive's
 * exact size once the server has packed it), the command line's, and every download started
 * inside JupyterLab (Content-Length, or unknown).
 *
 * Synchronous and free of widgets, so the GUI, the command line and the transfer engine share
 * it; asking the user is theirs (EgressDialog, cli::EgressPrompt).
 */
class EgressPolicy
{
    Q_DECLARE_TR_FUNCTIONS(EgressPolicy)

public:
    EgressPolicy(const RateCard &card, qint64 thresholdBytes, double monthToDateCost);

    // The policy for the hub at hubUrl as the user set it up: their rate card and budget, their
    // threshold, and this month's estimate from the ledger (which it reads now).
    static EgressPolicy forHub(const QString &hubUrl, const UsageLedger &ledger, const Settings &settings,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());

    // bytes: the download's size, -1 when unknown. what names it in the texts.
    EgressDecision decide(qint64 bytes, const QString &what = {}) const;

    const RateCard &rateCard() const { return m_card; }
    qint64 threshold() const { return m_threshold; }
    double monthToDate() const { return m_monthToDate; }

private:
    RateCard m_card;
    qint64 m_threshold;
    double m_monthToDate;
};

} // namespace fornax
