#include "TransferConflict.h"

namespace fornax {

bool TransferConflict::isIdentical() const
{
    if (existingIsFolder != incomingIsFolder || existingSize != incomingSize)
        return false;
    if (existingIsFolder)
        return existingTotals.files == incomingTotals.files
            && existingTotals.folders == incomingTotals.folders;
    return existingModified.isValid() && incomingModified.isValid()
        && existingModified.toSecsSinceEpoch() == incomingModified.toSecsSinceEpoch();
}

QString TransferConflict::policyName(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::Ask:
        return QStringLiteral("ask");
    case ConflictPolicy::Overwrite:
        return QStringLiteral("overwrite");
    case ConflictPolicy::Skip:
        return QStringLiteral("skip");
    case ConflictPolicy::KeepBoth:
        return QStringLiteral("keep-both");
    case ConflictPolicy::SkipIdentical:
        return QStringLiteral("skip-identical");
    }
    return {};
}

std::optional<ConflictPolicy> TransferConflict::policyFromName(QStringView name)
{
    for (ConflictPolicy policy : {ConflictPolicy::Ask, ConflictPolicy::Overwrite, ConflictPolicy::Skip,
                                  ConflictPolicy::KeepBoth, ConflictPolicy::SkipIdentical}) {
        if (name.compare(policyName(policy), Qt::CaseInsensitive) == 0)
            return policy;
    }
    return std::nullopt;
}

QString TransferConflict::policyTitle(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::Ask:
        return tr("Ask");
    case ConflictPolicy::Overwrite:
        return tr("Overwrite");
    case ConflictPolicy::Skip:
        return tr("Skip");
    case ConflictPolicy::KeepBoth:
        return tr("Keep both");
    case ConflictPolicy::SkipIdentical:
        return tr("Skip identical");
    }
    return {};
}

} // namespace fornax
