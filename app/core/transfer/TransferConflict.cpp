#include "TransferConflict.h"

namespace fornax {

bool TransferConflict::isIdentical() const
{
    if (kind != Kind::Files || existingSize != incomingSize)
        return false;
    return existingModified.isValid() && incomingModified.isValid()
        && existingModified.toSecsSinceEpoch() == incomingModified.toSecsSinceEpoch();
}

QList<ConflictPolicy> TransferConflict::answers() const
{
    if (kind == Kind::TypeClash)
        return {ConflictPolicy::Skip, ConflictPolicy::KeepBoth, ConflictPolicy::Replace};
    return {ConflictPolicy::Skip, ConflictPolicy::Overwrite, ConflictPolicy::KeepBoth,
            ConflictPolicy::SkipIdentical};
}

QString TransferConflict::replaceText(bool upload) const
{
    if (existingIsFolder) {
        const QString files = tr("%n file(s)", nullptr, int(existingTotals.files));
        return upload ? tr("Replace: the folder on your server, with %1 that exist only there, is renamed "
                           "“%2 (replaced <date>)” and kept; nothing is deleted.")
                            .arg(files, name.mid(name.lastIndexOf(QLatin1Char('/')) + 1))
                      : tr("Replace: the folder on this computer, with %1 that exist only here, moves to "
                           "the trash; nothing is deleted.")
                            .arg(files);
    }
    return upload ? tr("Replace: the file on your server is renamed “%1 (replaced <date>)” and kept; "
                       "nothing is deleted.")
                        .arg(name.mid(name.lastIndexOf(QLatin1Char('/')) + 1))
                  : tr("Replace: the file on this computer moves to the trash; nothing is deleted.");
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
    case ConflictPolicy::Replace:
        return QStringLiteral("replace");
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
    case ConflictPolicy::Replace:
        return tr("Replace (keep the old one aside)");
    }
    return {};
}

} // namespace fornax
