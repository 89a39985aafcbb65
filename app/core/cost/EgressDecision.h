#pragma once

#include <QString>

#include <optional>

namespace fornax {

/**
 * What EgressPolicy decided about one download, with everything a dialog or a terminal prompt
 * needs to show: the size, its estimated cost, what this month has cost so far, the budget, and
 * the words to say it in (already translated). Costs are in the rate card's unit.
 */
struct EgressDecision
{
    enum class Verdict {
        Allow, // below the threshold (and within the budget): go without asking
        Ask, // above the threshold, or the size is unknown: the user decides
        Refuse, // the estimated cost would go over what is left of the monthly budget
    };

    Verdict verdict = Verdict::Ask;
    QString what; // the file or folder, for the texts
    qint64 bytes = -1; // -1: unknown
    double cost = 0; // estimated cost of this download; 0 when the size is unknown
    double monthToDate = 0; // estimated cost of this hub so far this month
    std::optional<double> budget; // the monthly budget, when the user set one
    double remaining = 0; // what is left of the budget (0 without one)
    qint64 threshold = 0; // bytes above which the policy asks
    QString unit; // "credits", "USD"
    QString title; // a short heading
    QString message; // size, estimated cost and month-to-date (or why it is refused), in words
    QString advice; // analyse in the cloud, download only results

    bool isAllowed() const { return verdict == Verdict::Allow; }
    bool needsConfirmation() const { return verdict == Verdict::Ask; }
    bool isRefused() const { return verdict == Verdict::Refuse; }
    bool isSizeKnown() const { return bytes >= 0; }
};

} // namespace fornax
