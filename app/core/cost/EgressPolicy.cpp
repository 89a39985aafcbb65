#include "EgressPolicy.h"

#include "DataSize.h"
#include "Settings.h"
#include "cost/CostMeter.h"
#include "cost/UsageLedger.h"

#include <QLocale>

#include <algorithm>

namespace fornax {

EgressPolicy::EgressPolicy(const RateCard &card, qint64 thresholdBytes, double monthToDateCost)
    : m_card(card)
    , m_threshold(std::max<qint64>(0, thresholdBytes))
    , m_monthToDate(std::max(0.0, monthToDateCost))
{ }

EgressPolicy EgressPolicy::forHub(const QString &hubUrl, const UsageLedger &ledger, const Settings &settings,
                                  const QDateTime &now)
{
    const RateCard card = RateCard::load(settings, hubUrl);
    const CostMeter meter(card, hubUrl);
    return EgressPolicy(card, settings.egressThreshold(), meter.monthToDate(ledger.records(), now).total());
}

EgressDecision EgressPolicy::decide(qint64 bytes, const QString &what) const
{
    EgressDecision decision;
    decision.what = what.isEmpty() ? tr("this download") : what;
    decision.bytes = bytes < 0 ? -1 : bytes;
    decision.threshold = m_threshold;
    decision.unit = m_card.unit();
    decision.monthToDate = m_monthToDate;
    const CostMeter meter(m_card, QString());
    decision.cost = decision.isSizeKnown() ? meter.egressCost(bytes) : 0;
    if (const auto budget = m_card.monthlyBudget()) {
        decision.budget = budget->value;
        decision.remaining = std::max(0.0, budget->value - m_monthToDate);
    }
    decision.advice = tr("Every byte that leaves the console is billed to the mission. Where you can, "
                         "analyse the data in the cloud and download only the results.");

    const QLocale locale;
    const QString size = decision.isSizeKnown() ? DataSize::format(bytes) : tr("of unknown size");
    const QString cost = m_card.formatApproximate(decision.cost);
    const QString soFar = m_card.formatApproximate(m_monthToDate);

    // Over the budget: a known size that costs more than is left, or an unknown size when nothing
    // is left. An unknown size within the budget is asked about like any large one.
    const bool overBudget = decision.budget
        && (decision.isSizeKnown() ? decision.cost > decision.remaining : decision.remaining <= 0);
    if (overBudget) {
        decision.verdict = EgressDecision::Verdict::Refuse;
        decision.title = tr("Download over your monthly budget");
        const QString budgetText = m_card.formatAmount(*decision.budget);
        decision.message = decision.isSizeKnown()
            ? tr("Downloading “%1” (%2) would cost %3, but only %4 of your monthly budget of %5 "
                 "is left (%6 used this month; all figures are estimates). Raise the budget in "
                 "Settings ▸ Rates and budget to download it.")
                  .arg(decision.what, size, cost, m_card.formatAmount(decision.remaining), budgetText, soFar)
            : tr("Your monthly budget of %1 is used up (%2 this month; an estimate), and the size of "
                 "“%3” is not known. Raise the budget in Settings ▸ Rates and budget to download it.")
                  .arg(budgetText, soFar, decision.what);
        return decision;
    }
    if (decision.isSizeKnown() && bytes <= m_threshold) {
        decision.verdict = EgressDecision::Verdict::Allow;
        decision.title = tr("Download");
        decision.message = tr("“%1” (%2) costs %3 to download (an estimate).").arg(decision.what, size, cost);
        return decision;
    }
    decision.verdict = EgressDecision::Verdict::Ask;
    decision.title = tr("Download a large file?");
    const QString thresholdText = DataSize::format(m_threshold);
    decision.message = decision.isSizeKnown()
        ? tr("“%1” is %2, more than %3. Downloading it costs %4 (an estimate). This month so far: %5.")
              .arg(decision.what, size, thresholdText, cost, soFar)
        : tr("The size of “%1” is not known before it downloads, so its cost cannot be estimated "
             "(%2 per GB). This month so far: %3.")
              .arg(decision.what, m_card.formatAmount(m_card.egressPerGB()), soFar);
    return decision;
}

} // namespace fornax
